"""A station coming back gets its records as tables (column names once per table) once the
hub has said it sends them so; a station that never asks, and a hub that never says,
go on with one change per record. Either way the same records arrive, and a table row
is judged as a change would be: another station's never written, a refused one skipped
alone (real hub process, HTTP)."""

from __future__ import annotations

import gzip
from pathlib import Path

from station_app.ids import new_id
from station_app.station import open_station
from sync.codings import coding_of, inflate_zstd
from sync.hub.recovery import START, recovery_page
from sync.hub.store import open_hub
from sync.bodies import loads
from sync.station.client import HttpTransport
from sync.station.engine import SyncEngine
from sync.station.pull_apply import apply_tables
from sync.station.state import settings
from test_recovery_ahead import _new_pc
from test_sync_recovery import records


def _recover(new_pc: Path, hub_says_tables: bool = True) -> tuple:
    """One sync of the new PC in small pages; returns (report, [(request, reply)])."""
    seen: list[tuple[dict, dict]] = []
    with open_station(new_pc) as store:
        s = settings(store)
        transport = HttpTransport(s.hub_url, s.secret)
        sent = transport.exchange

        def exchange(body):
            reply, up, down = sent(body)
            if not hub_says_tables:  # a hub from before tables
                (((reply.get("pull") or {}).get("recovery")) or {}).pop("tables", None)
            raw = inflate_zstd(body) if coding_of(body) == "zstd" else gzip.decompress(body)
            seen.append((loads(raw), reply))
            return reply, up, down

        transport.exchange = exchange
        try:
            report = SyncEngine(store, transport, pull_limit=50).run()
        finally:
            transport.close()
    return report, seen


def _recovering(seen: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    return [(asked, reply) for asked, reply in seen if (asked.get("pull") or {}).get("recover")]


def test_after_the_hub_says_so_the_records_come_back_as_tables_and_all_arrive(hub, hub_dir, make_station,
                                                                                tmp_path):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, seen = _recover(new_pc)

    assert report.status == "ok"
    assert records(new_pc) == kept
    pages = _recovering(seen)
    first_asked, first_reply = pages[0]
    assert "tables" not in first_asked["pull"]  # it cannot know yet what this hub sends
    assert first_reply["pull"]["recovery"]["tables"] is True
    assert all(asked["pull"].get("tables") for asked, _reply in pages[1:])
    came_as_tables = sum(len(t["rows"]) for _asked, reply in pages for t in reply["pull"].get("records") or ())
    came_as_changes = sum(1 for _asked, reply in pages for c in reply["pull"]["changes"] if c["cursor"] == 0)
    assert came_as_tables > 10 * came_as_changes and came_as_tables > 0
    # Rows of tables count as recovered (a page asked ahead may have gone unread).
    assert came_as_tables - 50 <= report.recovered <= came_as_tables + came_as_changes


def test_a_hub_that_never_says_tables_is_never_asked_for_them(hub, hub_dir, make_station, tmp_path):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, seen = _recover(new_pc, hub_says_tables=False)

    assert report.status == "ok"
    assert records(new_pc) == kept
    assert not any("tables" in (asked.get("pull") or {}) for asked, _reply in seen)
    assert not any((reply.get("pull") or {}).get("records") for _asked, reply in seen)


def test_a_recovery_page_as_tables_holds_what_the_changes_hold(hub, hub_dir, make_station, tmp_path):
    _new_pc(hub, hub_dir, make_station, tmp_path)
    with open_hub(hub_dir) as town:
        for position in (START, {"entity": "payments", "after": 3}):
            changes, after_changes = recovery_page(town, "ZHUPO", position, 700)
            tables, after_tables = recovery_page(town, "ZHUPO", position, 700, tables=True)
            assert after_tables == after_changes and after_changes is not None
            assert [(c["entity"], c["data"]) for c in changes] == [
                (t["entity"], dict(zip(t["columns"], row))) for t in tables for row in t["rows"]]
            assert [t["entity"] for t in tables] == list(dict.fromkeys(c["entity"] for c in changes))


def _reception_table(store, station: str, rows: int) -> dict:
    cursor = store.conn.execute("SELECT * FROM receptions LIMIT 1")
    columns = [column[0] for column in cursor.description]
    held = list(cursor.fetchone())
    fresh = []
    for _ in range(rows):
        row = list(held)
        row[columns.index("id")] = new_id()
        row[columns.index("station_code")] = station
        fresh.append(row)
    return {"entity": "receptions", "columns": columns, "rows": fresh}


def test_a_table_row_is_judged_as_its_change_would_be(make_station):
    with open_station(make_station("ZHUPO")) as store:
        own = _reception_table(store, "ZHUPO", 3)
        foreign = _reception_table(store, "SHIMEN", 1)
        own["rows"].append(foreign["rows"][0])  # another station's row inside the station's own table
        own["rows"].append(own["rows"][0][:-1])  # a row short of a value
        own["rows"].append(dict(enumerate(own["rows"][0])))  # not a row at all
        wider = _reception_table(store, "ZHUPO", 1)
        wider["columns"].append("written_by_a_newer_hub")  # a column this store does not have
        wider["rows"][0].append("ignored")
        refused = _reception_table(store, "ZHUPO", 2)
        refused["rows"][1][refused["columns"].index("channel")] = "fax"  # the CHECK refuses it
        not_ours = [{"entity": "catalogue_items", "columns": ["id", "station_code"], "rows": [["x", "ZHUPO"]]},
                    {"entity": "receptions", "columns": "id", "rows": [["y"]]},
                    {"entity": "no_such", "columns": ["id", "station_code"], "rows": [["z", "ZHUPO"]]}]
        alone: list[dict] = []

        def one_by_one(change: dict) -> bool:
            alone.append(change)
            return change["data"]["channel"] != "fax"

        with store.transaction():
            counts = apply_tables(store, "ZHUPO", [own, wider, refused, *not_ours], one_by_one)
            got = {r[0] for r in store.all("SELECT id FROM receptions")}

    assert counts == (3 + 1 + 1, 3 + 1 + 3)
    id_at = own["columns"].index("id")
    assert {row[id_at] for row in own["rows"][:3]} <= got
    assert foreign["rows"][0][id_at] not in got
    assert wider["rows"][0][id_at] in got
    # The refused run went row by row: the good row as a change, the bad one skipped alone.
    assert [c["id"] for c in alone] == [row[id_at] for row in refused["rows"]]
    assert alone[0]["kind"] == "record" and alone[0]["data"]["station_code"] == "ZHUPO"
