"""The hub is the station's backup: giving a station back everything the hub holds for it.

A station whose store went back in time — a new PC enrolled with a re-issued code, an
old backup restored, a lost data folder set up again — lacks records the hub holds. The
hub sees it (``went_back``: the station's highest outbox seq is below what the hub has
applied, or it sends new ops under seqs the hub already holds) and says so; the station
then pulls, page by page, the current state of every record of its own
(``recovery_page``), applied by the same code as every pull. Positions are
``{"entity", "after": rowid}`` in parent-before-child order, so a station resumes where
a killed or cancelled sync stopped. ``number_floors`` tells it the highest receipt and
case numbers the hub holds from it, so numbers continue and never repeat.
"""

from __future__ import annotations

import json
from typing import Any

from station_app.ids import new_id
from station_app.numbering import SERIES, all_highs, highest
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..bodies import dumps
from ..protocol import MAX_RAW_BYTES, OP_ID, SEQ, ProtocolError
from .changes import log_problem, log_record_state

# Parents before children (ENTITIES is declared in that order), so foreign keys hold
# at the station while records arrive.
STATION_ENTITIES: tuple[str, ...] = tuple(name for name, spec in ENTITIES.items() if spec.owner == "station")
START: dict[str, Any] = {"entity": STATION_ENTITIES[0], "after": 0}
# A station inflates at most MAX_RAW_BYTES of reply: the records of a page stay within
# half of it, whatever their texts (a page of long notes holds fewer records).
PAGE_RECORD_BYTES = MAX_RAW_BYTES // 2


# -- does the station lack records? ------------------------------------------------------
def went_back(request: dict, last_applied: int, ops: list, known: set[str]) -> bool:
    """True when the station's store holds less of its own history than the hub.

    A store that kept its history has handed out every seq up to ``last_applied`` and
    never sends a new op under one of them; a new PC or a restored backup does both."""
    if last_applied <= 0:
        return False
    high = request.get("outbox_seq")
    if high is not None and high < last_applied:
        return True
    return any(wire[SEQ] <= last_applied and wire[OP_ID] not in known for wire in ops)


def number_floors(hub: Store, station: str) -> dict[str, int]:
    """The highest number of each of the station's series the hub holds."""
    return all_highs(hub, station)


# -- the recovery stream -------------------------------------------------------------------
def check_position(position: Any) -> dict[str, Any]:
    if position.get("entity") not in STATION_ENTITIES:
        raise ProtocolError(422, "bad_position", f"恢复位置 {str(position.get('entity'))[:40]} 不对")
    return position


def recovery_total(hub: Store, station: str) -> int:
    return sum(hub.scalar(f"SELECT COUNT(*) FROM {name} WHERE station_code = ?", (station,))
               for name in STATION_ENTITIES)


def recovery_page(hub: Store, station: str, position: dict, limit: int,
                  form: str = "changes") -> tuple[list[dict], dict | None]:
    """Up to ``limit`` of the station's records after ``position``, and the position after
    them (None: the station now has everything). Full record states, as pulls carry, in
    one of ``protocol.RECOVERY_FORMS``: one change per record; or one ``{entity, columns,
    rows}`` per table, which says each column name once (half the JSON, a tenth fewer
    bytes once packed); or ``{entity, columns, values}``, the same column by column (a
    tenth fewer again)."""
    check_position(position)
    found: list[dict] = []
    count = 0
    after = int(position["after"])
    # Plain tuples zipped with the column names: half the cost of a dict of each sqlite3.Row.
    cursor = hub.conn.cursor()
    cursor.row_factory = None
    for name in STATION_ENTITIES[STATION_ENTITIES.index(position["entity"]):]:
        rows = cursor.execute(f"SELECT rowid, * FROM {name} WHERE station_code = ? AND rowid > ?"
                              " ORDER BY rowid LIMIT ?", (station, after, limit - count)).fetchall()
        names = [column[0] for column in cursor.description[1:]]
        if rows and form == "columns":
            found.append({"entity": name, "columns": names, "values": list(zip(*rows))[1:]})
        elif rows and form == "rows":
            found.append({"entity": name, "columns": names, "rows": [row[1:] for row in rows]})
        elif rows:
            found += [{"cursor": 0, "kind": "record", "entity": name, "id": data["id"], "data": data}
                      for data in (dict(zip(names, row[1:])) for row in rows)]
        if rows:
            count += len(rows)
            after = rows[-1][0]
        if count >= limit:
            return found, {"entity": name, "after": after}
        after = 0
    return found, None


def serve(hub: Store, station: str, position: dict, room: int, ready: bool,
          form: str = "changes") -> tuple[list[dict], dict]:
    """The recovery part of a pull page (as ``recovery_page`` gives it): up to ``room``
    records, fewer when they would pass ``PAGE_RECORD_BYTES``. ``ready``: the station has
    pushed everything (its records must reach the hub first, or a returning number could
    meet a local one)."""
    check_position(position)
    state = {"next": position, "total": recovery_total(hub, station)}
    if not ready or room <= 0:
        return [], state
    if position == START:
        hub.conn.execute("UPDATE hub_stations SET recovery_started_at = ?, recovered_at = NULL WHERE code = ?",
                         (hub.now_iso(), station))
    found, state["next"] = recovery_page(hub, station, position, room, form)
    while room > 1 and len(dumps(found)) > PAGE_RECORD_BYTES:
        room //= 2
        found, state["next"] = recovery_page(hub, station, position, room, form)
    if state["next"] is None:
        hub.conn.execute("UPDATE hub_stations SET recovered_at = ? WHERE code = ?", (hub.now_iso(), station))
    return found, state


# -- a number the hub already holds --------------------------------------------------------
def renumber_if_taken(hub: Store, station: str, entity: str, record_id: str, fields: dict,
                      declared: dict[str, int]) -> tuple[str, str] | None:
    """An insert whose receipt or case number the hub already holds for another record of
    the same station (a store that went back in time numbered from an old high): the
    record keeps coming, with the next free number after both the hub's and the station's
    highest. Returns (old, new) to be settled by ``settle_renumber`` once it is stored."""
    series_spec = SERIES.get(entity)
    if series_spec is None:
        return None
    column, middle, digits = series_spec
    number = fields.get(column)
    width = len(station) + 6 + len(middle)
    if not isinstance(number, str) or not number.startswith(f"{station}-") or len(number) <= width:
        return None
    holder = hub.one(f"SELECT id, station_code FROM {entity} WHERE {column} = ?", (number,))
    if holder is None or holder["id"] == record_id or holder["station_code"] != station:
        return None
    series = number[:width]
    top = max(highest(hub, entity, series, station), declared.get(series, 0))
    fields[column] = f"{series}{top + 1:0{digits}d}"
    return number, fields[column]


def settle_renumber(hub: Store, station: str, entity: str, record_id: str, op_id: str,
                    numbers: tuple[str, str]) -> None:
    """The renumbered record goes back to the station as version 2 (so it replaces the
    station's copy), with a problem row that says which paper to take back."""
    old, new = numbers
    hub.conn.execute(f"UPDATE {entity} SET version = version + 1, hlc = ? WHERE id = ?",
                     (hub.hlc.tick().encode(), record_id))
    what = "收据号" if entity == "payments" else "代办编号"
    problem = {
        "id": new_id(), "kind": "conflict", "entity": entity, "record_id": record_id, "op_id": op_id,
        "code": "renumbered",
        "reason": f"{what} {old} 在镇中心已经用于另一条记录，这条记录已改为 {new}；"
                  f"请收回写着 {old} 的单据，重新打印给村民",
        "detail": json.dumps({"field": SERIES[entity][0], "old": old, "new": new}, ensure_ascii=False),
        "created_at": hub.now_iso(), "resolved_at": None,
    }
    hub.conn.execute(
        "INSERT INTO sync_problems (id, kind, entity, record_id, op_id, code, reason, detail, created_at,"
        " resolved_at) VALUES (:id, :kind, :entity, :record_id, :op_id, :code, :reason, :detail,"
        " :created_at, :resolved_at)", problem)
    log_problem(hub, station, problem)
    log_record_state(hub, station, entity, record_id)
