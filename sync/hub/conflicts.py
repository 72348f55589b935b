"""Fields both sides may edit, how a stale edit is recognised, and who wins.

Only case fields are edited by both a station and the town. Every change to them at the
hub leaves a *mark* (field, version, side, HLC). An edit whose ``base_version`` is older
than the record conflicts on a field when the other side changed that field after the
base version; it merges silently on every other field.

The winner is decided without looking at the order of arrival: first the authority
rule (the town's windows decide a case's status), then the later HLC, then the side
name, so the hub picks the same value whichever edit reached it first. Both values are
kept in a ``sync_problems`` row of kind ``conflict`` that syncs to the station.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_app.case_rules import label
from station_app.ids import new_id
from station_app.store import Store

# entity -> the fields both sides may change
SHARED_FIELDS: dict[str, frozenset[str]] = {
    "cases": frozenset({"status", "note", "materials_received"}),
}
# (entity, field) -> the side whose value stands, whatever the clocks say
AUTHORITY: dict[tuple[str, str], str] = {
    ("cases", "status"): "town",
}
FIELD_LABELS = {"status": "办理状态", "note": "备注", "materials_received": "已收材料"}


@dataclass(frozen=True)
class Edit:
    side: str  # "station" or "town"
    who: str  # station code, or "TOWN"
    value: Any
    hlc: str


def winner(entity: str, field: str, a: Edit, b: Edit) -> Edit:
    """The edit that stands. Symmetric: ``winner(x, y) is winner(y, x)``."""
    authority = AUTHORITY.get((entity, field))
    if authority and a.side != b.side:
        return a if a.side == authority else b
    if a.hlc != b.hlc:
        return a if a.hlc > b.hlc else b
    return a if a.who <= b.who else b


def marks(store: Store, entity: str, record_id: str) -> dict[str, tuple[int, str, str]]:
    rows = store.all("SELECT field, version, side, hlc FROM hub_field_marks WHERE entity = ? AND record_id = ?",
                     (entity, record_id))
    return {r["field"]: (r["version"], r["side"], r["hlc"]) for r in rows}


def set_marks(store: Store, entity: str, record_id: str, fields, version: int, side: str, hlc: str) -> None:
    shared = SHARED_FIELDS.get(entity, frozenset())
    store.conn.executemany(
        "INSERT INTO hub_field_marks (entity, record_id, field, version, side, hlc) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (entity, record_id, field) DO UPDATE SET version = excluded.version,"
        " side = excluded.side, hlc = excluded.hlc",
        [(entity, record_id, f, version, side, hlc) for f in fields if f in shared],
    )


def contested(store: Store, entity: str, record_id: str, fields, base_version: int, side: str) -> dict[str, tuple]:
    """Fields of an edit (made on ``base_version``) that the other side changed since."""
    shared = SHARED_FIELDS.get(entity, frozenset()) & set(fields)
    if not shared:
        return {}
    found = marks(store, entity, record_id)
    return {f: found[f] for f in shared if f in found and found[f][0] > base_version and found[f][1] != side}


def _shown(field: str, value: Any) -> str:
    if field == "status":
        return f"“{label(value)}”"
    if field == "materials_received" and isinstance(value, str):
        try:
            value = "、".join(json.loads(value)) or "无"
        except ValueError:
            pass
    return f"“{value}”"


def conflict_record(store: Store, entity: str, record_id: str, field: str, station_edit: Edit,
                    town_edit: Edit, won: Edit, op_id: str | None, base_version: int) -> dict:
    """Write the conflict (both values, the winner) as a ``sync_problems`` row; returns it."""
    name = FIELD_LABELS.get(field, field)
    side_name = "镇中心" if won.side == "town" else "服务站"
    reason = (f"镇中心和服务站同时修改了{name}：镇中心改为{_shown(field, town_edit.value)}，"
              f"服务站改为{_shown(field, station_edit.value)}；按规则采用{side_name}的"
              f"{_shown(field, won.value)}，请核对")
    row = {
        "id": new_id(), "kind": "conflict", "entity": entity, "record_id": record_id, "op_id": op_id,
        "code": "field_conflict", "reason": reason,
        "detail": json.dumps({
            "field": field, "base_version": base_version, "winner": won.side,
            "town": {"value": town_edit.value, "hlc": town_edit.hlc},
            "station": {"value": station_edit.value, "hlc": station_edit.hlc, "station": station_edit.who},
        }, ensure_ascii=False, sort_keys=True),
        "created_at": store.now_iso(), "resolved_at": None,
    }
    store.conn.execute(
        "INSERT INTO sync_problems (id, kind, entity, record_id, op_id, code, reason, detail, created_at,"
        " resolved_at) VALUES (:id, :kind, :entity, :record_id, :op_id, :code, :reason, :detail,"
        " :created_at, :resolved_at)", row)
    return row
