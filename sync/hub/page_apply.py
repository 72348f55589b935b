"""Applying a page the way SQLite likes it: checked in bulk, written in runs.

The exact path (``apply._apply_one``) checks and writes one op at a time: two or three
look-ups and a statement per op. Most pages are nothing but plain ops — new records
and fresh edits of the station's own records, every value within the rules — so:

- ``PageChecker`` looks up what the page refers to with one query per table, and
  decides op by op, in page order, whether an op is *plain* (page_checks.py);
- plain ops wait in a *run*; the run is written with one ``executemany`` per shape
  (inserts parents first, in the order ``ENTITIES`` declares, then the edits in page
  order) inside a savepoint;
- an op that is not plain (a value the rules refuse, another station's record, a stale
  edit, a number already held) is applied by the exact path after the run before it is
  written, so it is decided exactly as before and rejected alone with its reason;
- should SQLite refuse a run anyway (a constraint the checks did not foresee), the run
  is rolled back and its ops, and every op after them, go through the exact path.

The whole page is still one transaction with the station's ``last_applied``.
"""

from __future__ import annotations

from typing import Callable

from station_app.clock import MAX_FORWARD_DRIFT_MS
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..crash import crash_point
from ..protocol import ENTITY, FIELDS, HLC, KIND, OP_ID, RECORD_ID
from . import conflicts
from .page_checks import PageChecker

# False: every op takes the exact path (tests compare the two).
BATCHED = True
ORDER = {name: index for index, name in enumerate(ENTITIES)}


class RunRefused(Exception):
    """SQLite refused a run of plain ops: it is rolled back and applied exactly."""


def apply_ops(hub: Store, station: str, ops: list, known: set[str], exact: Callable, plausible: Callable,
              result: dict, refusals: tuple) -> list[tuple[list, str]]:
    """Apply the ops of a page not in ``known``; returns (op, outcome) of each, skipped
    ones left out. ``exact(op)`` applies one op the exact way and returns its outcome;
    ``plausible(op)`` is the op with its HLC clamped if it runs a day ahead."""
    fresh = [w for w in ops if w[OP_ID] not in known]
    checker = PageChecker(hub, station, fresh) if BATCHED and fresh else None
    limit = hub.hlc.wall_ms() + MAX_FORWARD_DRIFT_MS
    run: list[tuple[list, str, int]] = []  # (op, its HLC once clamped, the record's version after it)
    done: list[tuple[list, str]] = []
    for index, wire in enumerate(ops):
        if index == len(ops) // 2:
            crash_point("mid_apply", env="STATION_HUB_CRASH_AT")
        if wire[OP_ID] in known:
            result["skipped"] += 1
            continue
        known.add(wire[OP_ID])
        version = checker.plain(wire) if checker is not None else None
        if version:
            run.append((wire, wire[HLC] if int(wire[HLC][:15]) <= limit else plausible(wire)[HLC], version))
            continue
        if run and not _write_run(hub, station, run, done, exact, result, refusals):
            checker = None  # what the checker assumed of the run no longer holds
        run = []
        done.append((wire, exact(wire)))
        if checker is not None:
            checker.after_exact(wire)
    if run:
        _write_run(hub, station, run, done, exact, result, refusals)
    return done


def _write_run(hub: Store, station: str, run: list, done: list, exact: Callable, result: dict,
               refusals: tuple) -> bool:
    """Write a run of plain ops; False when SQLite refused it and it went the exact way."""
    hub.conn.execute("SAVEPOINT page_run")
    try:
        _write(hub, station, run)
    except (*refusals, RunRefused):
        hub.conn.execute("ROLLBACK TO page_run")
        hub.conn.execute("RELEASE page_run")
        done += [(wire, exact(wire)) for wire, _hlc, _version in run]
        return False
    hub.conn.execute("RELEASE page_run")
    result["applied"] += len(run)
    done += [(wire, "applied") for wire, _hlc, _version in run]
    return True


def _write(hub: Store, station: str, run: list) -> None:
    inserts: dict[tuple[str, tuple[str, ...]], list] = {}
    updates: list[tuple[tuple[str, tuple[str, ...]], list]] = []
    for wire, hlc, _version in run:
        entity, fields = wire[ENTITY], wire[FIELDS]
        if wire[KIND] == "insert":
            values = {**fields, "station_code": station}
            inserts.setdefault((entity, tuple(values)), []).append((wire[RECORD_ID], *values.values(), hlc))
        else:
            shape = (entity, tuple(fields))
            if updates and updates[-1][0] == shape:
                updates[-1][1].append((*fields.values(), hlc, wire[RECORD_ID]))
            else:
                updates.append((shape, [(*fields.values(), hlc, wire[RECORD_ID])]))
    for (entity, names), rows in sorted(inserts.items(), key=lambda item: ORDER[item[0][0]]):
        hub.conn.executemany(f"INSERT INTO {entity} (id, {', '.join(names)}, version, hlc)"
                             f" VALUES (?, {'?, ' * len(names)}1, ?)", rows)
    for (entity, names), rows in updates:
        sets = "".join(f"{name} = ?, " for name in names)
        changed = hub.conn.executemany(f"UPDATE {entity} SET {sets}version = version + 1, hlc = ? WHERE id = ?",
                                       rows).rowcount
        if changed != len(rows):
            raise RunRefused(f"{len(rows) - changed} {entity} records to update are missing")
    for wire, hlc, version in run:
        if wire[KIND] == "update" and wire[ENTITY] in conflicts.SHARED_FIELDS:
            conflicts.set_marks(hub, wire[ENTITY], wire[RECORD_ID], wire[FIELDS], version, "station", hlc)
