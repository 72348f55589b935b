"""The hub's change log (what stations pull), and ``HubWriter``: the one way the town writes.

Every entry is the full state of a record after a change (or a problem, or a notice),
addressed to one station or to all. A station applies a record state only when it is
newer than its own copy (higher ``version``), so pulling the same entries twice, or an
old entry after a newer one, changes nothing.

- catalogue items, calendar days: to every station; a notice: to every station or to
  the stations the town chose (one entry per station);
- a case status the town changed: to the station that owns the case;
- rejections, conflicts, and a record's merged state after a stale edit: to its station.

The town's writes (``sync/town``) go through ``town_write``: each change is applied with
``apply_op`` (the code every write shares), checked with the declared rules, and logged
for its audience in the same transaction. The hub keeps no outbox: its change log is
what stations pull. The town window writes the hub database directly while the hub
service may be running: SQLite serialises the writers.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Any, Iterator

from station_app.errors import NotFoundError
from station_app.ids import new_id
from station_app.record_fields import check_op
from station_app.store import Op, Store, apply_op
from station_app.store.ops import check_fields, to_column_value
from station_app.store.schema import SCHEMA_VERSION

from ..bodies import loads

TOWN = "TOWN"


def log_record_state(hub: Store, audience: str | None, entity: str, record_id: str) -> None:
    row = hub.get(entity, record_id)
    if row is None:
        return
    hub.conn.execute(
        "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'record', ?, ?, ?, ?)",
        (audience, entity, record_id, json.dumps(dict(row), ensure_ascii=False), hub.now_iso()))


def log_problem(hub: Store, station: str, problem: dict) -> None:
    """A new rejection or conflict: the station it concerns, and the entry it pulls."""
    hub.conn.execute("INSERT INTO hub_problem_stations (problem_id, station_code) VALUES (?, ?)",
                     (problem["id"], station))
    log_problem_state(hub, station, problem)


def log_problem_state(hub: Store, station: str, problem: dict, now: str | None = None) -> None:
    hub.conn.execute(
        "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'problem', ?, ?, ?, ?)",
        (station, problem["entity"], problem["id"], json.dumps(problem, ensure_ascii=False), now or hub.now_iso()))


def pull_page(hub: Store, station: str, cursor: int, limit: int) -> dict:
    """Changes for ``station`` after ``cursor``; call inside a transaction so ``next_cursor``
    never runs past an entry this page did not see."""
    rows = hub.all(
        "SELECT cursor, kind, entity, record_id, data FROM hub_changes WHERE cursor > ?"
        " AND (audience IS NULL OR audience = ?) ORDER BY cursor LIMIT ?", (cursor, station, limit + 1))
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = [{"cursor": r["cursor"], "kind": r["kind"], "entity": r["entity"], "id": r["record_id"],
                "data": loads(r["data"])} for r in rows]
    if has_more or rows:
        next_cursor = rows[-1]["cursor"] if rows else cursor
    else:  # nothing for this station: jump to the end so the next pull starts there
        next_cursor = max(cursor, hub.scalar("SELECT COALESCE(MAX(cursor), 0) FROM hub_changes"))
    return {"changes": changes, "next_cursor": next_cursor, "has_more": has_more}


class HubWriter:
    """Writes the town's changes on the hub; get one from ``town_write``.

    ``audience``: the station code a change is for, a list of codes (one entry each), or
    None for every station. ``hlc``: one timestamp for changes that belong together (a
    case's status and its event)."""

    def __init__(self, hub: Store):
        self.hub = hub
        self.now = hub.now_iso()  # one moment for the whole write

    def tick(self) -> str:
        return self.hub.hlc.tick().encode()

    def insert(self, entity: str, fields: dict[str, Any], *, record_id: str | None = None,
               audience: str | list[str] | None = None, hlc: str | None = None) -> str:
        record_id = record_id or new_id()
        values = {"created_at": self.now, "created_by": None, **{k: to_column_value(v) for k, v in fields.items()}}
        self._apply(entity, record_id, "insert", values, 0, hlc, audience)
        return record_id

    def update(self, entity: str, record_id: str, changes: dict[str, Any], *,
               audience: str | list[str] | None = None, hlc: str | None = None) -> int:
        """Returns the record's new version."""
        base = self.hub.scalar(f"SELECT version FROM {entity} WHERE id = ?", (record_id,))
        if base is None:
            raise NotFoundError("record_missing", f"要修改的记录不存在: {entity} {record_id}", "record_id")
        values = {"updated_at": self.now, "updated_by": None, **{k: to_column_value(v) for k, v in changes.items()}}
        self._apply(entity, record_id, "update", values, base, hlc, audience)
        return base + 1

    def _apply(self, entity: str, record_id: str, kind: str, values: dict, base: int, hlc: str | None,
               audience: str | list[str] | None) -> None:
        check_fields(self.hub.columns(entity), entity, values)
        check_op(entity, kind, values)  # the rules a station's own write path obeys
        apply_op(self.hub.conn, self.hub.columns, Op(
            op_id=new_id(), entity=entity, record_id=record_id, kind=kind, fields=values, base_version=base,
            hlc=hlc or self.tick(), agent_id=None, schema_version=SCHEMA_VERSION, created_at=self.now))
        for code in audience if isinstance(audience, list) else [audience]:
            log_record_state(self.hub, code, entity, record_id)

    def put_notice(self, notice_id: str, fields: dict[str, Any], audience: list[str] | None) -> None:
        """A town notice (not a record of the schema: stations keep a plain copy), inserted
        or changed with its version and HLC moved on; one entry per addressed station."""
        hlc = self.tick()
        if self.hub.one("SELECT 1 FROM town_notices WHERE id = ?", (notice_id,)) is None:
            names = ["id", *fields, "version", "hlc"]
            self.hub.conn.execute(f"INSERT INTO town_notices ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                                  [notice_id, *fields.values(), 1, hlc])
        else:
            sets = "".join(f"{name} = ?, " for name in fields)
            self.hub.conn.execute(f"UPDATE town_notices SET {sets}version = version + 1, hlc = ? WHERE id = ?",
                                  [*fields.values(), hlc, notice_id])
        row = self.hub.one("SELECT * FROM town_notices WHERE id = ?", (notice_id,))
        data, now = json.dumps(dict(row), ensure_ascii=False), self.hub.now_iso()
        self.hub.conn.executemany(
            "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'notice',"
            " 'town_notices', ?, ?, ?)", [(code, notice_id, data, now) for code in audience or [None]])

    def problem(self, station: str, problem: dict) -> None:
        """A problem's new state (settled by the town), for the station it concerns."""
        log_problem_state(self.hub, station, problem, self.now)


@contextmanager
def town_write(hub: Store) -> Iterator[HubWriter]:
    """One transaction of the town's writes; nested calls join the outer transaction."""
    with hub.transaction():
        yield HubWriter(hub)
