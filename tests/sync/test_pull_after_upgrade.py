"""Changes a station's version could not read (a hub one schema ahead) are pulled again
once the station is upgraded (sync/station/unread.py)."""

from __future__ import annotations

from station_app.settings import SYNC_CURSOR, SYNC_UNREAD
from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from sync.station.engine import SyncEngine
from sync.station.state import apply_changes
from sync.station.unread import pull_again_if_upgraded
from sync_support import enrolled


def _change(cursor: int, entity: str | None, kind: str = "record") -> dict:
    return {"cursor": cursor, "kind": kind, "entity": entity, "id": f"id-{cursor}",
            "data": {"id": f"id-{cursor}", "version": 1}}


def test_the_first_unread_change_is_kept_with_the_version_that_skipped_it(make_station):
    with open_station(make_station("ZHUPO")) as store:
        with store.transaction():
            applied, skipped = apply_changes(store, "ZHUPO", [_change(42, "future_outcomes"), _change(43, None, "poll"),
                                                               _change(0, "future_records")])
            assert (applied, skipped) == (0, 3)
        assert SYNC_UNREAD.get(store) == {"cursor": 42, "schema": SCHEMA_VERSION}
        with store.transaction():
            apply_changes(store, "ZHUPO", [_change(50, "future_outcomes")])
        assert SYNC_UNREAD.get(store) == {"cursor": 42, "schema": SCHEMA_VERSION}  # the first stays

        SYNC_CURSOR.put(store, 60)
        pull_again_if_upgraded(store)  # the same version: it still could not read them
        assert SYNC_CURSOR.get(store) == 60 and SYNC_UNREAD.get(store) is not None

        SYNC_UNREAD.put(store, {"cursor": 42, "schema": SCHEMA_VERSION - 1})  # as the version before left it
        pull_again_if_upgraded(store)
        assert SYNC_CURSOR.get(store) == 41 and SYNC_UNREAD.get(store) is None

        SYNC_UNREAD.put(store, {"cursor": 42, "schema": SCHEMA_VERSION - 1})
        SYNC_CURSOR.put(store, 5)  # the hub started again since (a new epoch): never moved forward
        pull_again_if_upgraded(store)
        assert SYNC_CURSOR.get(store) == 5 and SYNC_UNREAD.get(store) is None


def test_an_upgraded_station_gets_again_the_town_records_its_older_version_skipped(hub, hub_dir, make_station):
    with enrolled(hub, hub_dir, make_station("ZHUPO")) as (store, transport):
        assert SyncEngine(store, transport).run().status == "ok"
        days = store.scalar("SELECT COUNT(*) FROM calendar_days")
        assert days > 0 and SYNC_CURSOR.get(store) > 0
        # What a version without calendar_days would have left: no rows, the cursor past
        # them, and the first of them remembered.
        with store.transaction():
            store.conn.execute("DELETE FROM calendar_days")
            SYNC_UNREAD.put(store, {"cursor": 1, "schema": SCHEMA_VERSION - 1})
        report = SyncEngine(store, transport).run()
        assert report.status == "ok" and report.pulled >= days
        assert store.scalar("SELECT COUNT(*) FROM calendar_days") == days
        assert SYNC_UNREAD.get(store) is None


def test_a_town_record_with_a_column_this_version_lacks_is_kept_to_be_pulled_again(make_station):
    with open_station(make_station("ZHUPO")) as store:
        item = dict(store.one("SELECT * FROM catalogue_items LIMIT 1"))
        known = {"cursor": 7, "kind": "record", "entity": "catalogue_items", "id": item["id"],
                 "data": {**item, "version": item["version"] + 1}}
        newer = {**known, "cursor": 8, "data": {**known["data"], "online_link": "https://zwfw"}}  # a newer schema's column
        with store.transaction():
            apply_changes(store, "ZHUPO", [known])
        assert SYNC_UNREAD.get(store) is None  # read whole
        with store.transaction():
            applied, _skipped = apply_changes(store, "ZHUPO", [newer])
        assert applied == 1  # what it has columns for is written now
        assert SYNC_UNREAD.get(store) == {"cursor": 8, "schema": SCHEMA_VERSION}  # the rest once upgraded


def test_own_records_got_back_without_a_column_are_got_back_again_once_upgraded(hub, hub_dir, make_station):
    """A PC set up again from an older installer recovers the station's records from a
    newer hub: columns it lacks are left out. Once upgraded, the station gets its records
    back again, and the hub's copy of each fills them in; an edit made since stands."""
    from station_app.parcels import release
    from station_app.settings import RECOVER_AT, RECOVER_REFILL, SYNC_REFILL
    from station_app.agents import list_agents

    with enrolled(hub, hub_dir, make_station("ZHUPO")) as (store, transport):
        assert SyncEngine(store, transport).run().status == "ok"
        shelves = dict(store.all("SELECT id, shelf FROM parcels WHERE shelf IS NOT NULL"))
        assert len(shelves) > 100
        waiting = store.scalar("SELECT id FROM parcels WHERE status = 'in_stock' AND shelf IS NOT NULL LIMIT 1")
        # What the older version's recovery left: no shelf (a column it lacked; the upgrade
        # added it empty), and the schema version that left it out.
        with store.transaction():
            store.conn.execute("UPDATE parcels SET shelf = NULL")
            SYNC_REFILL.put(store, SCHEMA_VERSION - 1)
        release(store, list_agents(store)[0].id, waiting, None, "self")  # work goes on meanwhile
        report = SyncEngine(store, transport).run()
        assert report.status == "ok" and report.recovered >= len(shelves)
        assert dict(store.all("SELECT id, shelf FROM parcels WHERE shelf IS NOT NULL")) == shelves
        assert store.scalar("SELECT status FROM parcels WHERE id = ?", (waiting,)) == "released"
        assert (SYNC_REFILL.get(store), RECOVER_AT.get(store), RECOVER_REFILL.get(store)) == (None, None, False)
        assert SyncEngine(store, transport).run().recovered == 0  # once


def test_a_recovery_page_with_a_column_this_version_lacks_is_remembered(make_station):
    from station_app.settings import RECOVER_AT, RECOVER_REFILL, SYNC_REFILL
    from sync.station.unread import remember_recovered

    with open_station(make_station("ZHUPO")) as store:
        parcel = dict(store.one("SELECT * FROM parcels LIMIT 1"))
        columns = list(parcel)
        with store.transaction():
            remember_recovered(store, {"records": [{"entity": "parcels", "columns": columns, "rows": []}],
                                       "changes": [{"cursor": 0, "entity": "parcels", "data": parcel},
                                                   {"cursor": 9, "entity": "parcels", "data": {**parcel, "x": 1}},
                                                   {"cursor": 0, "entity": "catalogue_items", "data": {"x": 1}}]})
        assert SYNC_REFILL.get(store) is None  # nothing of its own left out
        for page in ({"records": [{"entity": "parcels", "columns": [*columns, "cold_chain"], "values": []}]},
                     {"changes": [{"cursor": 0, "entity": "parcels", "data": {**parcel, "cold_chain": 1}}]}):
            SYNC_REFILL.clear(store)
            with store.transaction():
                remember_recovered(store, page)
            assert SYNC_REFILL.get(store) == SCHEMA_VERSION
        pull_again_if_upgraded(store)  # this very version left it out: nothing to get again
        assert RECOVER_AT.get(store) is None
        SYNC_REFILL.put(store, SCHEMA_VERSION - 1)
        pull_again_if_upgraded(store)
        assert RECOVER_AT.get(store) == {"entity": "agents", "after": 0} and RECOVER_REFILL.get(store)
        assert SYNC_REFILL.get(store) is None
