"""A whole station coming back, or a long outbox going up, paces its pages (engine.py
``_pace``): they grow while full pages make quick round trips, shrink when one is slow,
and never go below what the station was told to ask for or send (a poor link's smaller
page)."""

from __future__ import annotations

from sync.protocol import PAGE_OPS, PULL_LIMIT, RECOVER_QUICK
from sync.station.engine import SyncEngine
from sync.station.state import Outgoing


def _reply(changes: int) -> dict:
    return {"pull": {"changes": [{}] * changes, "has_more": True, "recovery": {"next": {}, "total": 10_000}}}


def test_recovery_pages_grow_on_a_quick_link_and_shrink_on_a_slow_one():
    engine = SyncEngine(store=None, transport=None)
    asking = Outgoing(b"", 0, 1, 0, recovering=True)
    sizes = []
    for _ in range(5):
        engine._pace(asking, _reply(engine.recover_limit), 0.1)
        sizes.append(engine.recover_limit)
    assert sizes == [2 * PULL_LIMIT, 4 * PULL_LIMIT, 8 * PULL_LIMIT, 8 * PULL_LIMIT, 8 * PULL_LIMIT]
    assert RECOVER_QUICK == 8 * PULL_LIMIT  # the most a page grows to
    engine._pace(asking, _reply(10), 0.1)  # the last page, not full: no reason to grow
    engine._pace(asking, _reply(engine.recover_limit), 9.0)
    engine._pace(asking, _reply(engine.recover_limit), 9.0)
    engine._pace(asking, _reply(engine.recover_limit), 9.0)
    assert engine.recover_limit == PULL_LIMIT
    engine._pace(Outgoing(b"", 0, 1, 0), _reply(engine.recover_limit), 0.1)  # an ordinary pull
    assert engine.recover_limit == PULL_LIMIT


def test_a_poor_links_smaller_pages_stay_small():
    engine = SyncEngine(store=None, transport=None, pull_limit=50)
    asking = Outgoing(b"", 0, 1, 0, recovering=True)
    for took in (0.1, 0.1, 9.0):
        engine._pace(asking, _reply(engine.recover_limit), took)
        assert engine.recover_limit == 50


def test_a_long_outbox_goes_up_in_growing_pages_on_a_quick_link():
    engine = SyncEngine(store=None, transport=None)
    sizes = []
    for took in (0.1, 0.1, 0.1, 9.0, 9.0, 9.0):
        engine._pace(Outgoing(b"", engine.push_limit, 1, engine.push_limit), {"pull": None}, took)
        sizes.append(engine.push_limit)
    assert sizes == [2 * PAGE_OPS, 4 * PAGE_OPS, 4 * PAGE_OPS, 2 * PAGE_OPS, PAGE_OPS, PAGE_OPS]
    engine._pace(Outgoing(b"", 10, 1, 10), {"pull": None}, 0.1)  # the last page, not full
    assert engine.push_limit == PAGE_OPS
    small = SyncEngine(store=None, transport=None, page_ops=40)
    small._pace(Outgoing(b"", 40, 1, 40), {"pull": None}, 0.1)
    assert small.push_limit == 40
