"""The hub's own tables migrate forward from every earlier version, keeping what is there."""

from __future__ import annotations

import pytest

from station_app.store import Store, migrate_side_tables
from sync.hub.store import HUB_MIGRATIONS, HUB_SCHEMA_VERSION, hub_path, open_hub


@pytest.mark.parametrize("start", [v for v, _ in HUB_MIGRATIONS[:-1]])
def test_an_older_hub_migrates_and_keeps_its_stations(tmp_path, start):
    store = Store(hub_path(tmp_path), role="town")
    migrate_side_tables(store, "hub_schema_version", [m for m in HUB_MIGRATIONS if m[0] <= start], "hub")
    with store.transaction():
        store.set_meta("hub_epoch", "e1")
        store.conn.execute("INSERT INTO hub_stations (code, name, last_applied, created_at)"
                           " VALUES ('ZHUPO', '朱坡村', 42, '2026-01-01T00:00:00Z')")
    store.close()

    hub = open_hub(tmp_path)
    try:
        assert int(hub.get_meta("hub_schema_version")) == HUB_SCHEMA_VERSION
        row = hub.one("SELECT * FROM hub_stations WHERE code = 'ZHUPO'")
        assert (row["name"], row["last_applied"], row["app_version"], row["clock_skew_s"]) == ("朱坡村", 42, None, None)
        assert hub.columns("hub_held_pages") and hub.columns("hub_notice_audience")
        assert "resolution" in hub.columns("hub_problem_stations")
    finally:
        hub.close()


def test_the_hub_keeps_no_shelf_indexes_and_finds_a_batchs_refusals_by_its_own_index(tmp_path):
    from sync.hub.store import init_hub

    init_hub(tmp_path, "小浪底镇").close()
    hub = open_hub(tmp_path)
    try:
        indexes = {r[0] for r in hub.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not {"parcels_shelf_code", "parcels_shelf_tail", "parcels_shelf_slot", "hub_ops_batch"} & indexes
        plan = " ".join(r[3] for r in hub.conn.execute(
            "EXPLAIN QUERY PLAN SELECT p.id FROM hub_ops o JOIN sync_problems p ON p.op_id = o.op_id"
            " WHERE o.batch_id = ? AND o.outcome <> 'applied'", ("b1",)))
        assert "hub_ops_refused" in plan
    finally:
        hub.close()
