"""Applying a pulled page in runs: consecutive changes of one table and one shape are
written with one ``executemany`` of the same upsert that ``state._put_row`` runs per
row (newer version wins), so a recovery of a whole station, 500 records a page, costs a
few statements per page instead of one or two per record.

Kept from the row-by-row path: changes apply in page order (runs are consecutive), a
record of another station is never written, a returning number parks the local holder
first (``recovery.free_number``, for the whole run before its upserts: within one table
the hub's numbers are unique, so the order inside a run changes nothing), a refused row
(a constraint) is skipped alone — the run is rolled back to its savepoint and applied row
by row.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Callable

from station_app.numbering import SERIES
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..crash import crash_point

TABLES = {"problem": "sync_problems", "notice": "town_notices"}


def apply_in_runs(store: Store, station: str, changes: list[dict], one_by_one: Callable[[dict], bool],
                  prepare_notices: Callable[[], None]) -> tuple[int, int]:
    """Returns (applied, skipped). ``one_by_one(change)`` is the row-by-row path."""
    applied = skipped = 0
    run: list[dict] = []
    run_key: tuple | None = None
    if any(c["kind"] == "notice" for c in changes):
        prepare_notices()
    for index, change in enumerate(changes):
        if index == len(changes) // 2:
            crash_point("mid_pull_apply")
        key = _shape(store, station, change)
        if key is None:
            skipped += 1
            continue
        if key != run_key and run:
            done = _write_run(store, run_key, run, one_by_one)
            applied, skipped, run = applied + done, skipped + len(run) - done, []
        run_key = key
        run.append(change)
    if run:
        done = _write_run(store, run_key, run, one_by_one)
        applied, skipped = applied + done, skipped + len(run) - done
    return applied, skipped


def _shape(store: Store, station: str, change: dict) -> tuple | None:
    """(table, column names, rule) of the change's upsert; None: nothing to write."""
    kind, data = change["kind"], change["data"]
    if kind == "record":
        spec = ENTITIES.get(change["entity"] or "")
        if spec is None or (spec.owner == "station" and data.get("station_code") != station):
            return None  # never another station's records
        table, rule = change["entity"], ">=" if spec.owner == "town" else ">"
    elif kind in TABLES:
        table, rule = TABLES[kind], ">" if kind == "notice" else ""
    else:
        return None
    columns = store.columns(table)
    names = tuple(n for n in data if n in columns)
    if "id" not in names:
        return None
    return table, names, rule, kind


def _write_run(store: Store, key: tuple, run: list[dict], one_by_one: Callable[[dict], bool]) -> int:
    table, names, rule, kind = key
    store.conn.execute("SAVEPOINT pulled_run")
    try:
        if kind == "record" and table in SERIES and ENTITIES[table].owner == "station":
            column = SERIES[table][0]
            store.conn.executemany(f"UPDATE {table} SET {column} = {column} || '*' WHERE {column} = ? AND id != ?",
                                   [(c["data"][column], c["data"]["id"]) for c in run if c["data"].get(column)])
        done = store.conn.executemany(upsert_sql(table, names, rule), [row_values(c["data"], names) for c in run]).rowcount
    except sqlite3.IntegrityError:
        store.conn.execute("ROLLBACK TO pulled_run")
        store.conn.execute("RELEASE pulled_run")
        done = sum(one_by_one(c) for c in run)
    else:
        store.conn.execute("RELEASE pulled_run")
    if done:
        store.note_change(table)  # a window showing it reads it again
    return done


def row_values(data: dict[str, Any], names) -> list:
    return [json.dumps(data[n], ensure_ascii=False) if isinstance(data[n], (dict, list)) else data[n] for n in names]


def upsert_sql(table: str, names, rule: str) -> str:
    """Insert a row or, when ``rule`` is ">"/">=", replace the local copy only if the
    incoming version is higher (or the same); "": always."""
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    where = f" WHERE excluded.version {rule} {table}.version" if rule else ""
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            f" ON CONFLICT (id) DO UPDATE SET {sets}{where}")
