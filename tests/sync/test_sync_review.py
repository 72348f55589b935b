"""Review before import: with the setting on, the hub (a real process) keeps what a
station sends over the network until a person imports it; nothing is lost, nothing is
counted twice, and the station is told why its ops still wait."""

from __future__ import annotations

import pytest

from station_app.agents import list_agents
from station_app.errors import StateError
from station_app.station import open_station
from station_app.villagers import add_villager
from sync.hub.apply import import_held, import_held_batches
from sync.hub.review import held_batches, set_review
from sync.hub.store import open_hub
from sync.town.queries import inbox
from sync_support import enrol_offline, hub_op_ids, stats_pair, station_op_ids, sync_station


def _review(hub_dir, on: bool) -> None:
    with open_hub(hub_dir) as hub:
        set_review(hub, on)


def _held(hub_dir) -> list[dict]:
    with open_hub(hub_dir) as hub:
        return held_batches(hub)


def test_held_batches_wait_for_a_person_and_then_reach_the_records(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    _review(hub_dir, True)
    with open_station(station) as store:
        waiting = store.pending_outbox()
    assert waiting > 400  # several pages: the whole backlog is held in one sync, page by page

    first = sync_station(station, page_ops=200)

    assert first.status == "ok" and first.pushed == 0 and first.held == waiting and first.pending == waiting
    assert "等镇中心审核后入账" in first.summary()
    assert hub_op_ids(hub_dir, "ZHUPO") == []
    held = _held(hub_dir)
    assert [(h["from_seq"], h["to_seq"]) for h in held] == [(n + 1, min(n + 200, waiting))
                                                            for n in range(0, waiting, 200)]

    again = sync_station(station, page_ops=200)  # asking again holds nothing twice
    assert again.held == waiting and len(_held(hub_dir)) == len(held)

    with open_hub(hub_dir) as hub_store:
        row = inbox(hub_store, limit=1)["items"][0]
        assert (row["outcome"], row["outcome_label"]) == ("held", "待审核")
        with pytest.raises(StateError) as early:  # a later batch cannot go before an earlier one
            import_held(hub_store, held[1]["batch_id"], "李会计")
        assert "更早的一批" in early.value.message
        done = import_held(hub_store, held[0]["batch_id"], "李会计")
        assert (done["applied"], done["rejected"]) == (200, 0)
        first_row = next(r for r in inbox(hub_store, limit=100)["items"] if r["id"] == held[0]["batch_id"])
        assert (first_row["outcome"], first_row["reviewed_by"], first_row["applied"]) == ("ok", "李会计", 200)
        with pytest.raises(StateError):  # twice: refused, nothing changes
            import_held(hub_store, held[0]["batch_id"], "李会计")
        # The rest as the inbox's "import all" does: in order, each in its own transaction.
        done = import_held_batches(hub_store, [b["batch_id"] for b in reversed(held[1:])], "李会计")
        assert done["batches"] == 0 and len(done["problems"]) == 1  # the latest first: ZHUPO is stuck
        done = import_held_batches(hub_store, [b["batch_id"] for b in held[1:]], "李会计")
        assert (done["batches"], done["applied"], done["problems"]) == (len(held) - 1, waiting - 200, [])
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))

    # Still under review: the next sync is simply acknowledged everything.
    rest = sync_station(station)
    assert rest.status == "ok" and rest.pending == 0 and rest.held == 0 and rest.pushed == waiting
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs


def test_a_held_batch_sent_again_after_review_is_switched_off_is_dropped_as_merged(hub, hub_dir, make_station):
    station = make_station("SHIMEN")
    enrol_offline(hub_dir, station, "SHIMEN", hub.url)
    _review(hub_dir, True)
    assert sync_station(station, page_ops=50).held > 50
    _review(hub_dir, False)

    assert sync_station(station).pending == 0

    assert _held(hub_dir) == []
    with open_hub(hub_dir) as hub_store:
        outcomes = [r["outcome"] for r in inbox(hub_store, limit=100)["items"]]
    assert "merged" in outcomes and "held" not in outcomes
    assert sorted(hub_op_ids(hub_dir, "SHIMEN")) == sorted(station_op_ids(station))


def test_usb_files_and_later_batches_import_in_order(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    assert sync_station(station).pending == 0
    _review(hub_dir, True)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        for i in range(3):
            add_villager(store, agent, f"新村民{i}")

    report = sync_station(station)

    assert report.held == 3 and report.pulled >= 0
    (batch,) = _held(hub_dir)
    with open_hub(hub_dir) as hub_store:
        assert import_held(hub_store, batch["batch_id"], "李会计")["applied"] == 3
        assert hub_store.scalar("SELECT COUNT(*) FROM villagers WHERE name LIKE '新村民%'") == 3
    assert sync_station(station).pending == 0  # acknowledged, although review is still on
