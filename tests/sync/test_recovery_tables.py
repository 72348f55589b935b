"""A station coming back gets its records as tables (column names once per table), column
by column, once the hub has said it sends them so; a hub from before columns sends them
row by row; a station that never asks, and a hub that never says, go on with one change
per record. Every way the same records arrive, and a table row is judged as a change
would be: another station's never written, a refused one skipped alone (real hub
process, HTTP)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from station_app.ids import new_id
from station_app.settings import SYNC_RECOVER_AS
from station_app.station import open_station
from sync.codings import coding_of, inflate_zstd
from sync.hub import recovery as hub_recovery
from sync.hub.recovery import START, recovery_page, serve
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.bodies import dumps, loads
from sync.protocol import RECOVERY_OFFER, flagged_form
from sync.station.client import HttpTransport
from sync.station.engine import SyncEngine
from sync.station.pull_apply import apply_tables
from sync.station.enrolment import take_over
from sync.station.state import _apply_change, settings
from test_recovery_ahead import _new_pc
from test_sync_recovery import records


def _recover(new_pc: Path, hub_says: tuple[str, ...] = ("tables", "columns")) -> tuple:
    """One sync of the new PC in small pages, against a hub that says it can send the
    forms ``hub_says`` (an older hub says fewer); returns (report, [(request, reply)])."""
    seen: list[tuple[dict, dict]] = []
    with open_station(new_pc) as store:
        with store.transaction():  # what that hub's enrolment said
            SYNC_RECOVER_AS.put(store, flagged_form(dict.fromkeys(hub_says, True)) or "changes")
        s = settings(store)
        transport = HttpTransport(s.hub_url, s.secret)
        sent = transport.exchange

        def exchange(body):
            reply, up, down = sent(body)
            for form in {"tables", "columns"} - set(hub_says):  # a hub from before that form
                (((reply.get("pull") or {}).get("recovery")) or {}).pop(form, None)
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


def test_after_the_hub_says_so_the_records_come_back_column_by_column_and_all_arrive(hub, hub_dir, make_station,
                                                                                      tmp_path):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, seen = _recover(new_pc)

    assert report.status == "ok"
    assert records(new_pc) == kept
    pages = _recovering(seen)
    assert pages[0][1]["pull"]["recovery"]["columns"] is True
    # The first page too: the enrolment said how this hub sends records back.
    assert all(asked["pull"].get("columns") and not asked["pull"].get("tables") for asked, _reply in pages)
    tables = [t for _asked, reply in pages for t in reply["pull"].get("records") or ()]
    assert tables and all("rows" not in t and len(t["values"]) == len(t["columns"]) for t in tables)
    came_as_tables = sum(len(t["values"][0]) for t in tables)
    came_as_changes = sum(1 for _asked, reply in pages for c in reply["pull"]["changes"] if c["cursor"] == 0)
    assert came_as_changes == 0 and came_as_tables > 0
    # Rows of tables count as recovered (a page asked ahead may have gone unread).
    assert came_as_tables - 50 <= report.recovered <= came_as_tables + came_as_changes


def test_enrolment_says_how_the_hub_sends_records_back_and_an_older_hubs_says_nothing(hub, hub_dir, make_station,
                                                                                      tmp_path):
    new_pc, _kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)  # enrolled over the network
    with open_station(new_pc) as store:
        assert SYNC_RECOVER_AS.get(store) == "columns"
    with open_hub(hub_dir) as town:
        add_station(town, "ZHUPO", "朱坡村便民服务站", enrol_file=tmp_path / "enrol.json", reissue=True)
    made = json.loads((tmp_path / "enrol.json").read_text())
    assert made["recovery"] == RECOVERY_OFFER
    with take_over(tmp_path / "by-file", enrol_file=tmp_path / "enrol.json") as store:
        assert SYNC_RECOVER_AS.get(store) == "columns"
    del made["recovery"]  # a file from an older hub
    (tmp_path / "older.json").write_text(json.dumps(made))
    with take_over(tmp_path / "by-older-file", enrol_file=tmp_path / "older.json") as store:
        assert SYNC_RECOVER_AS.get(store) == "changes"


def test_a_hub_from_before_columns_sends_the_tables_row_by_row(hub, hub_dir, make_station, tmp_path):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, seen = _recover(new_pc, hub_says=("tables",))

    assert report.status == "ok"
    assert records(new_pc) == kept
    pages = _recovering(seen)
    assert all(asked["pull"].get("tables") and not asked["pull"].get("columns") for asked, _reply in pages)
    tables = [t for _asked, reply in pages for t in reply["pull"].get("records") or ()]
    assert tables and all("values" not in t and t["rows"] for t in tables)


def test_a_hub_that_never_says_tables_is_never_asked_for_them(hub, hub_dir, make_station, tmp_path):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, seen = _recover(new_pc, hub_says=())

    assert report.status == "ok"
    assert records(new_pc) == kept
    assert not any({"tables", "columns"} & set(asked.get("pull") or {}) for asked, _reply in seen)
    assert not any((reply.get("pull") or {}).get("records") for _asked, reply in seen)


def test_a_recovery_page_as_tables_holds_what_the_changes_hold(hub, hub_dir, make_station, tmp_path):
    _new_pc(hub, hub_dir, make_station, tmp_path)
    with open_hub(hub_dir) as town:
        for position in (START, {"entity": "payments", "after": 3}):
            changes, after_changes = recovery_page(town, "ZHUPO", position, 700)
            as_records = [(c["entity"], c["data"]) for c in changes]
            rows, after_rows = recovery_page(town, "ZHUPO", position, 700, "rows")
            columns, after_columns = recovery_page(town, "ZHUPO", position, 700, "columns")
            assert after_rows == after_columns == after_changes and after_changes is not None
            assert as_records == [(t["entity"], dict(zip(t["columns"], row))) for t in rows for row in t["rows"]]
            assert as_records == [(t["entity"], dict(zip(t["columns"], row)))
                                  for t in columns for row in zip(*t["values"])]
            entities = list(dict.fromkeys(c["entity"] for c in changes))
            assert [t["entity"] for t in rows] == [t["entity"] for t in columns] == entities


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


def test_a_value_sqlite_cannot_take_sends_its_run_row_by_row_where_it_is_written_as_json(make_station):
    with open_station(make_station("ZHUPO")) as store:
        table = _reception_table(store, "ZHUPO", 3)
        matter, id_at = table["columns"].index("matter"), table["columns"].index("id")
        table["rows"][1][matter] = {"问": "低保"}  # an object where the hub holds text

        with store.transaction():
            counts = apply_tables(store, "ZHUPO", [table], lambda change: _apply_change(store, "ZHUPO", change))
        held = {r["id"]: r["matter"] for r in store.all("SELECT id, matter FROM receptions")}

    assert counts == (3, 0)
    assert json.loads(held[table["rows"][1][id_at]]) == {"问": "低保"}
    assert held[table["rows"][0][id_at]] == table["rows"][0][matter]


def _by_columns(table: dict) -> dict:
    return {"entity": table["entity"], "columns": table["columns"], "values": [list(c) for c in zip(*table["rows"])]}


def test_a_table_sent_column_by_column_is_judged_row_by_row_or_refused_whole(make_station):
    with open_station(make_station("ZHUPO")) as store:
        own = _reception_table(store, "ZHUPO", 3)
        own["rows"].append(_reception_table(store, "SHIMEN", 1)["rows"][0])  # another station's record
        ragged = _by_columns(_reception_table(store, "ZHUPO", 2))
        ragged["values"][0].pop()  # one column short of a value: no row can be trusted
        flat = _by_columns(_reception_table(store, "ZHUPO", 1))
        flat["values"] = [value for column in flat["values"] for value in column]  # not one list per column

        before = {r[0] for r in store.all("SELECT id FROM receptions")}
        with store.transaction():
            counts = apply_tables(store, "ZHUPO", [_by_columns(own), ragged, flat], lambda change: False)
            got = {r[0] for r in store.all("SELECT id FROM receptions")} - before

    id_at = own["columns"].index("id")
    assert counts == (3, 1 + 1 + 0)  # a ragged table counts the rows its first column holds
    assert got == {row[id_at] for row in own["rows"][:3]}


def test_a_page_of_long_records_holds_fewer_of_them_and_none_is_lost(hub, hub_dir, make_station, tmp_path,
                                                                      monkeypatch):
    _new_pc(hub, hub_dir, make_station, tmp_path)
    with open_hub(hub_dir) as town:
        whole, end = recovery_page(town, "ZHUPO", START, 100_000, "columns")
        budget = len(dumps(whole)) // 5
        monkeypatch.setattr(hub_recovery, "PAGE_RECORD_BYTES", budget)
        pages, position = [], START
        while position is not None:
            found, state = serve(town, "ZHUPO", position, 100_000, True, "columns")
            assert len(dumps(found)) <= budget
            pages.append(found)
            position = state["next"]

    def rows(tables: list[dict]) -> list:
        return [(t["entity"], row) for t in tables for row in zip(*t["values"])]

    assert end is None and len(pages) >= 5
    assert [row for page in pages for row in rows(page)] == rows(whole)  # every record once, in order
