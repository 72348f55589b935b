"""A pulled page is written in runs (pull_apply.py): the shape of each change is worked out
once per page, yet each change is still judged on its own (another station's record is
never written, even in a run of the station's own), and values read in bulk are the
values the row-by-row path would write."""

from __future__ import annotations

from station_app.ids import new_id
from station_app.station import open_station
from sync.station.pull_apply import apply_in_runs, row_values, run_values

def _copy(row: dict, station: str) -> dict:
    data = {**row, "id": new_id(), "station_code": station}
    return {"cursor": 0, "kind": "record", "entity": "receptions", "id": data["id"], "data": data}


def test_a_run_of_the_stations_own_records_never_takes_in_another_stations(make_station):
    with open_station(make_station("ZHUPO")) as store:
        row = dict(store.one("SELECT * FROM receptions LIMIT 1"))
        changes = [_copy(row, "ZHUPO"), _copy(row, "SHIMEN"), _copy(row, "ZHUPO")]
        with store.transaction():
            applied, skipped = apply_in_runs(store, "ZHUPO", changes, lambda change: False, lambda: None)
        held = {r[0] for r in store.all("SELECT id FROM receptions WHERE id IN (?, ?, ?)",
                                        [c["id"] for c in changes])}
    assert (applied, skipped) == (2, 1)
    assert held == {changes[0]["id"], changes[2]["id"]}


def test_values_read_in_bulk_are_the_ones_written_row_by_row():
    plain = [{"data": {"id": "a", "n": 1, "t": "x"}}, {"data": {"id": "b", "n": None, "t": "y"}}]
    names = ("id", "n", "t")
    assert [list(row) for row in run_values(plain, names)] == [row_values(c["data"], names) for c in plain]
    nested = [*plain, {"data": {"id": "c", "n": 2, "t": ["x", "不"]}}]
    assert run_values(nested, names)[2] == ["c", 2, '["x", "不"]']
    assert [list(row) for row in run_values(plain, ("id",))] == [["a"], ["b"]]


def test_a_run_meeting_a_record_held_here_keeps_the_newer_version_and_takes_the_rest(make_station):
    """New records go in with a plain insert; a run that meets a record already held (or
    one record twice) is written by the upsert, where the newer version wins."""
    with open_station(make_station("ZHUPO")) as store:
        held = dict(store.one("SELECT * FROM receptions LIMIT 1"))
        older = {**held, "version": held["version"] - 1 if held["version"] > 1 else 0, "matter": "旧的"}
        twice = _copy(held, "ZHUPO")
        newer_twice = {**twice, "data": {**twice["data"], "version": twice["data"]["version"] + 1, "matter": "新的"}}
        runs = [[_copy(held, "ZHUPO"), _copy(held, "ZHUPO")],
                [_copy(held, "ZHUPO"), {"cursor": 0, "kind": "record", "entity": "receptions", "id": held["id"],
                                        "data": older}],
                [twice, newer_twice]]
        with store.transaction():
            counts = [apply_in_runs(store, "ZHUPO", run, lambda change: False, lambda: None) for run in runs]
        matters = {r["id"]: r["matter"] for r in store.all("SELECT id, matter FROM receptions")}
    assert counts == [(2, 0), (1, 1), (2, 0)]
    assert matters[held["id"]] == held["matter"]  # the older copy did not overwrite it
    assert matters[twice["id"]] == "新的"
    assert all(c["id"] in matters for run in runs for c in run)
