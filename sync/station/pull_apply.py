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
from itertools import chain
from operator import itemgetter
from typing import Any, Callable

from station_app.numbering import SERIES
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..crash import crash_point

TABLES = {"problem": "sync_problems", "notice": "town_notices"}
ID_CHUNK = 500  # bound parameters per IN (...) query


def apply_in_runs(store: Store, station: str, changes: list[dict], one_by_one: Callable[[dict], bool],
                  prepare_notices: Callable[[], None]) -> tuple[int, int]:
    """Returns (applied, skipped). ``one_by_one(change)`` is the row-by-row path."""
    applied = skipped = 0
    run: list[dict] = []
    run_key: tuple | None = None
    if any(c["kind"] == "notice" for c in changes):
        prepare_notices()
    shapes: dict[tuple, tuple | None] = {}  # (kind, entity, field names) -> its upsert's key
    for index, change in enumerate(changes):
        if index == len(changes) // 2:
            crash_point("mid_pull_apply")
        data = change["data"]
        seen = (change["kind"], change["entity"], tuple(data))
        key = shapes[seen] if seen in shapes else shapes.setdefault(seen, _shape(store, change))
        if key is not None and key[4] and data.get("station_code") != station:
            key = None  # never another station's records
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


def _shape(store: Store, change: dict) -> tuple | None:
    """(table, column names, rule, kind, a station's record?) of the change's upsert;
    None: nothing to write."""
    kind, data = change["kind"], change["data"]
    own = False
    if kind == "record":
        spec = ENTITIES.get(change["entity"] or "")
        if spec is None:
            return None
        table, rule, own = change["entity"], ">=" if spec.owner == "town" else ">", spec.owner == "station"
    elif kind in TABLES:
        table, rule = TABLES[kind], ">" if kind == "notice" else ""
    else:
        return None
    columns = store.columns(table)
    names = tuple(n for n in data if n in columns)
    if "id" not in names:
        return None
    return table, names, rule, kind, own


def _write_run(store: Store, key: tuple, run: list[dict], one_by_one: Callable[[dict], bool]) -> int:
    table, names, rule, kind, _own = key
    store.conn.execute("SAVEPOINT pulled_run")
    try:
        if kind == "record" and table in SERIES and ENTITIES[table].owner == "station":
            column = SERIES[table][0]
            store.conn.executemany(f"UPDATE {table} SET {column} = {column} || '*' WHERE {column} = ? AND id != ?",
                                   [(c["data"][column], c["data"]["id"]) for c in run if c["data"].get(column)])
        sql = insert_sql(table, names) if _all_new(store, table, run) else upsert_sql(table, names, rule)
        done = store.conn.executemany(sql, run_values(run, names)).rowcount
    except sqlite3.IntegrityError:
        store.conn.execute("ROLLBACK TO pulled_run")
        store.conn.execute("RELEASE pulled_run")
        done = sum(one_by_one(c) for c in run)
    else:
        store.conn.execute("RELEASE pulled_run")
    if done:
        store.note_change(table)  # a window showing it reads it again
    return done


def run_values(run: list[dict], names: tuple[str, ...]) -> list:
    """The run's rows as ``row_values`` gives them, read with C loops when no value is a
    list or an object (records as the hub holds them: texts and integers)."""
    pick = itemgetter(*names) if len(names) > 1 else (lambda data: (data[names[0]],))
    rows = list(map(pick, map(itemgetter("data"), run)))
    if set(map(type, chain.from_iterable(rows))) & {dict, list}:
        return [row_values(c["data"], names) for c in run]
    return rows


def row_values(data: dict[str, Any], names) -> list:
    return [json.dumps(data[n], ensure_ascii=False) if isinstance(data[n], (dict, list)) else data[n] for n in names]


def _all_new(store: Store, table: str, run: list[dict]) -> bool:
    """No record of the run is held here yet, and none comes twice: what the upsert would
    do is a plain insert, which costs SQLite 40% less (a recovery onto a new PC is
    nothing but these)."""
    ids = [c["data"]["id"] for c in run]
    if len(set(ids)) != len(ids):
        return False
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        if store.conn.execute(f"SELECT 1 FROM {table} WHERE id IN ({','.join('?' * len(chunk))}) LIMIT 1",
                              chunk).fetchone() is not None:
            return False
    return True


def insert_sql(table: str, names) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def upsert_sql(table: str, names, rule: str) -> str:
    """Insert a row or, when ``rule`` is ">"/">=", replace the local copy only if the
    incoming version is higher (or the same); "": always."""
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    where = f" WHERE excluded.version {rule} {table}.version" if rule else ""
    return f"{insert_sql(table, names)} ON CONFLICT (id) DO UPDATE SET {sets}{where}"
