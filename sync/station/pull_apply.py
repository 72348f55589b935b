"""Applying a pulled page in runs: consecutive changes of one table and one shape are
written with one ``executemany`` of the same upsert that ``state._put_row`` runs per
row (newer version wins), so a recovery of a whole station, 500 records a page, costs a
few statements per page instead of one or two per record. Recovered records sent as
tables (``apply_tables``) are such runs already: their rows go to ``executemany`` as
they came.

Kept from the row-by-row path: changes apply in page order (runs are consecutive), a
record of another station is never written, a returning number parks the local holder
first (``recovery.free_number``, for the whole run before its upserts: within one table
the hub's numbers are unique, so the order inside a run changes nothing), a refused row
(a constraint) is skipped alone — the run is rolled back to its savepoint and applied row
by row. So is a run with a value SQLite cannot take (a list or an object where the hub
holds text: a record's row writes it as JSON), rather than looking at every value first.
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
from ..protocol import rows_in

TABLES = {"problem": "sync_problems", "notice": "town_notices"}
# What SQLite raises for a run it will not write: a constraint, or a value it cannot bind.
RUN_REFUSED = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError)
ROW_TYPES = (list, tuple)  # a row as sent, or as made from values sent column by column


def apply_in_runs(store: Store, station: str, changes: list[dict], one_by_one: Callable[[dict], bool],
                  prepare_notices: Callable[[], None], refilling: bool = False) -> tuple[int, int]:
    """Returns (applied, skipped). ``one_by_one(change)`` is the row-by-row path;
    ``refilling``: the hub's copy of an own record replaces a local one of the same version
    (``recovery.refill``)."""
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
        key = shapes[seen] if seen in shapes else shapes.setdefault(seen, _shape(store, change, refilling))
        if key is not None and key[4] and data.get("station_code") != station:
            key = None  # never another station's records
        if key is None:
            skipped += 1
            continue
        if key != run_key and run:
            done = _write_changes(store, run_key, run, one_by_one)
            applied, skipped, run = applied + done, skipped + len(run) - done, []
        run_key = key
        run.append(change)
    if run:
        done = _write_changes(store, run_key, run, one_by_one)
        applied, skipped = applied + done, skipped + len(run) - done
    return applied, skipped


def apply_tables(store: Store, station: str, tables: list[dict], one_by_one: Callable[[dict], bool],
                 refilling: bool = False) -> tuple[int, int]:
    """Recovered records as the hub sends them when asked for tables (``{entity, columns,
    rows}``, or ``values`` column by column), in page order, by the same runs as
    ``apply_in_runs``: each row is the change ``{"kind": "record", "entity", "data":
    dict(zip(columns, row))}``, but no dict is made unless SQLite refuses the run. Only a
    station's own records come this way. Returns (applied, skipped)."""
    applied = skipped = 0
    for index, table in enumerate(tables):
        if index == len(tables) // 2:
            crash_point("mid_pull_apply")
        entity, columns, rows = table["entity"], table["columns"], _rows_of(table)
        key = _table_key(store, entity, columns, refilling) if rows is not None else None
        if key is None:
            skipped += rows_in(table)
            continue
        width, owner = len(columns), columns.index("station_code")
        mine = [row for row in rows if type(row) in ROW_TYPES and len(row) == width and row[owner] == station]
        if key[1] != tuple(columns):  # columns this store does not have are left out
            pick = itemgetter(*map(columns.index, key[1]))
            values = [pick(row) for row in mine]
        else:
            values = mine

        def one(at: int, entity=entity, columns=columns, mine=mine) -> bool:
            data = dict(zip(columns, mine[at]))
            return one_by_one({"cursor": 0, "kind": "record", "entity": entity, "id": data["id"], "data": data})

        done = _write_run(store, key, values, one) if values else 0
        applied, skipped = applied + done, skipped + len(rows) - done
    return applied, skipped


def _rows_of(table: dict) -> list | None:
    """A recovered table's records row by row, however they came; None when the values
    cannot be the table's (columns of unequal length, or not one list per column)."""
    if table.get("values") is None:
        rows = table.get("rows")
        return rows if isinstance(rows, list) else None
    values, columns = table["values"], table["columns"]
    if (not isinstance(values, list) or not isinstance(columns, list) or len(values) != len(columns)
            or not all(type(column) is list for column in values) or len(set(map(len, values))) > 1):
        return None
    return list(zip(*values))


def _table_key(store: Store, entity: Any, columns: Any, refilling: bool) -> tuple | None:
    """The upsert key of a recovered table; None when it cannot be one of this station's
    own tables (no such entity, a town table, column names that are not a plain list)."""
    spec = ENTITIES.get(entity) if isinstance(entity, str) else None
    if (spec is None or spec.owner != "station" or not isinstance(columns, list)
            or not all(isinstance(name, str) for name in columns) or len(set(columns)) != len(columns)
            or "station_code" not in columns):
        return None
    return _shape(store, {"kind": "record", "entity": entity, "data": dict.fromkeys(columns)}, refilling)


def _shape(store: Store, change: dict, refilling: bool = False) -> tuple | None:
    """(table, column names, rule, kind, a station's record?) of the change's upsert;
    None: nothing to write."""
    kind, data = change["kind"], change["data"]
    own = False
    if kind == "record":
        spec = ENTITIES.get(change["entity"] or "")
        if spec is None:
            return None
        own = spec.owner == "station"
        table, rule = change["entity"], ">" if own and not refilling else ">="
    elif kind in TABLES:
        table, rule = TABLES[kind], ">" if kind == "notice" else ""
    else:
        return None
    columns = store.columns(table)
    names = tuple(n for n in data if n in columns)
    if "id" not in names:
        return None
    return table, names, rule, kind, own


def _write_changes(store: Store, key: tuple, run: list[dict], one_by_one: Callable[[dict], bool]) -> int:
    return _write_run(store, key, run_values(run, key[1]), lambda at: one_by_one(run[at]))


def _write_run(store: Store, key: tuple, rows: list, one_by_one: Callable[[int], bool]) -> int:
    """Write ``rows`` (the values of ``key``'s columns); ``one_by_one(i)`` applies the
    i-th alone, should SQLite refuse the run."""
    table, names, rule, kind, _own = key
    store.conn.execute("SAVEPOINT pulled_run")
    try:
        column = SERIES[table][0] if kind == "record" and table in SERIES else None
        if column in names and ENTITIES[table].owner == "station":
            at, ident = names.index(column), names.index("id")
            store.conn.executemany(f"UPDATE {table} SET {column} = {column} || '*' WHERE {column} = ? AND id != ?",
                                   [(row[at], row[ident]) for row in rows if row[at]])
        done = _insert_or_upsert(store, table, names, rule, rows)
    except RUN_REFUSED:
        store.conn.execute("ROLLBACK TO pulled_run")
        store.conn.execute("RELEASE pulled_run")
        done = sum(one_by_one(at) for at in range(len(rows)))
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


def _insert_or_upsert(store: Store, table: str, names: tuple[str, ...], rule: str, rows: list) -> int:
    """A plain insert of the run first: SQLite does it for 40% less than the upsert, and a
    recovery onto a new PC is nothing else. A record held here already (an old backup put
    back) makes it fail, mostly at its first row; then the upsert, newer version wins."""
    store.conn.execute("SAVEPOINT pulled_insert")
    try:
        done = store.conn.executemany(insert_sql(table, names), rows).rowcount
    except sqlite3.IntegrityError:
        store.conn.execute("ROLLBACK TO pulled_insert")
        store.conn.execute("RELEASE pulled_insert")
        return store.conn.executemany(upsert_sql(table, names, rule), rows).rowcount
    store.conn.execute("RELEASE pulled_insert")
    return done


def insert_sql(table: str, names) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def upsert_sql(table: str, names, rule: str) -> str:
    """Insert a row or, when ``rule`` is ">"/">=", replace the local copy only if the
    incoming version is higher (or the same); "": always."""
    sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    where = f" WHERE excluded.version {rule} {table}.version" if rule else ""
    return f"{insert_sql(table, names)} ON CONFLICT (id) DO UPDATE SET {sets}{where}"
