"""The hub's change log (what stations pull) and the town's own writes that feed it.

Every entry is the full state of a record after a change (or a problem, or a notice),
addressed to one station or to all. A station applies a record state only when it is
newer than its own copy (higher ``version``), so pulling the same entries twice, or an
old entry after a newer one, changes nothing.

- catalogue items, calendar days: to every station; a notice: to every station or to
  the stations the town chose (one entry per station, see ``town_notices``);
- a case status the town changed: to the station that owns the case;
- rejections, conflicts, and a record's merged state after a stale edit: to its station.

The town window calls ``set_case_status`` / ``publish_*`` on the hub database directly
(the hub service may be running at the same time: SQLite serialises the writers).
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from station_app.case_rules import check_transition
from station_app.errors import NotFoundError, ValidationError
from station_app.ids import new_id
from station_app.store import Op, Store, apply_op
from station_app.store.schema import SCHEMA_VERSION
from station_app.town_data import catalogue_fields
from station_app.validation import optional_text, required_text

from . import conflicts, town_notices
from .conflicts import Edit

TOWN = "TOWN"


def log_record_state(hub: Store, audience: str | None, entity: str, record_id: str) -> None:
    row = hub.get(entity, record_id)
    if row is None:
        return
    hub.conn.execute(
        "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'record', ?, ?, ?, ?)",
        (audience, entity, record_id, json.dumps(dict(row), ensure_ascii=False), hub.now_iso()))


def log_problem(hub: Store, station: str, problem: dict) -> None:
    hub.conn.execute("INSERT INTO hub_problem_stations (problem_id, station_code) VALUES (?, ?)",
                     (problem["id"], station))
    hub.conn.execute(
        "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'problem', ?, ?, ?, ?)",
        (station, problem["entity"], problem["id"], json.dumps(problem, ensure_ascii=False), hub.now_iso()))


def pull_page(hub: Store, station: str, cursor: int, limit: int) -> dict:
    """Changes for ``station`` after ``cursor``; call inside a transaction so ``next_cursor``
    never runs past an entry this page did not see."""
    rows = hub.all(
        "SELECT cursor, kind, entity, record_id, data FROM hub_changes WHERE cursor > ?"
        " AND (audience IS NULL OR audience = ?) ORDER BY cursor LIMIT ?", (cursor, station, limit + 1))
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = [{"cursor": r["cursor"], "kind": r["kind"], "entity": r["entity"], "id": r["record_id"],
                "data": json.loads(r["data"])} for r in rows]
    if has_more or rows:
        next_cursor = rows[-1]["cursor"] if rows else cursor
    else:  # nothing for this station: jump to the end so the next pull starts there
        next_cursor = max(cursor, hub.scalar("SELECT COALESCE(MAX(cursor), 0) FROM hub_changes"))
    return {"changes": changes, "next_cursor": next_cursor, "has_more": has_more}


# -- the town's case work ------------------------------------------------------------
def set_case_status(hub: Store, case_id: str, to_status: str, note: str | None = None,
                    base_version: int | None = None, seen_status: str | None = None) -> dict:
    """A town window moves a case on. ``base_version``/``seen_status`` are what the window
    showed; if the station changed the status since, this is a conflict decided by
    ``conflicts.winner`` and kept on both sides. Returns status, version and conflict."""
    note = optional_text(note, "note", "说明")
    with hub.transaction():
        case = hub.get("cases", case_id)
        if case is None:
            raise NotFoundError("unknown_case", "找不到这件代办", "case")
        base = case["version"] if base_version is None else int(base_version)
        stale = base < case["version"]
        check_transition(seen_status if stale and seen_status else case["status"], to_status)
        if to_status == "needs_correction" and not note:
            raise ValidationError("correction_note_required", "请写明需要补正什么材料", "note")
        station = case["station_code"]
        now = hub.now_iso()
        hlc = hub.hlc.tick().encode()
        fields: dict[str, Any] = {"status": to_status, "updated_at": now, "updated_by": None}
        conflict = None
        for field, (_version, _side, mark_hlc) in conflicts.contested(hub, "cases", case_id, ["status"], base, "town").items():
            if case[field] == to_status:
                continue
            town_edit = Edit("town", TOWN, to_status, hlc)
            station_edit = Edit("station", station, case[field], mark_hlc)
            won = conflicts.winner("cases", field, town_edit, station_edit)
            conflict = conflicts.conflict_record(hub, "cases", case_id, field, station_edit, town_edit, won, None, base)
            log_problem(hub, station, conflict)
            if won is station_edit:
                fields.pop(field)
        apply_op(hub.conn, hub.columns, Op(new_id(), "cases", case_id, "update", fields, case["version"], hlc,
                                           None, SCHEMA_VERSION, now))
        if "status" in fields:
            conflicts.set_marks(hub, "cases", case_id, ["status"], case["version"] + 1, "town", hlc)
            event_id = new_id()
            apply_op(hub.conn, hub.columns, Op(new_id(), "case_events", event_id, "insert", {
                "station_code": station, "case_id": case_id, "from_status": case["status"], "to_status": to_status,
                "note": note, "by_side": "town", "at": now, "created_at": now, "created_by": None,
            }, 0, hlc, None, SCHEMA_VERSION, now))
            log_record_state(hub, station, "case_events", event_id)
        log_record_state(hub, station, "cases", case_id)
        after = hub.get("cases", case_id)
    return {"status": after["status"], "version": after["version"], "conflict": conflict}


# -- what the town publishes to every station -----------------------------------------
def publish_catalogue_item(hub: Store, item: dict, new: bool = False) -> str:
    """Add or change a catalogue item (keyed by its code); every station receives it.
    ``new``: the town meant a new item, so a code already in use is refused rather than
    silently overwriting that item (cases refer to items by code)."""
    fields = catalogue_fields(item)
    with hub.write(None) as w:
        row = hub.one("SELECT id, name, item_version FROM catalogue_items WHERE code = ?", (fields["code"],))
        if row is not None and new:
            raise ValidationError("duplicate_item_code", f"编号 {fields['code']} 已经用于“{row['name']}”，请换一个编号",
                                  "code")
        if row is None:
            record_id = w.insert("catalogue_items", fields, record_id=fields["code"])
        else:
            record_id = row["id"]
            fields["item_version"] = max(fields["item_version"], row["item_version"] + 1)
            w.update("catalogue_items", record_id, {k: v for k, v in fields.items() if k != "code"})
        log_record_state(hub, None, "catalogue_items", record_id)
    return record_id


def publish_calendar_day(hub: Store, day: str, kind: str, name: str | None = None) -> str:
    if kind not in ("holiday", "workday"):
        raise ValidationError("bad_day_kind", "日期类型只能是节假日或调休上班", "kind")
    with hub.write(None) as w:
        row = hub.one("SELECT id FROM calendar_days WHERE day = ?", (day,))
        if row is None:
            record_id = w.insert("calendar_days", {"day": day, "kind": kind, "name": name}, record_id=day)
        else:
            record_id = row["id"]
            w.update("calendar_days", record_id, {"kind": kind, "name": name})
        log_record_state(hub, None, "calendar_days", record_id)
    return record_id


def publish_notice(hub: Store, title: str, body: str, audience: Iterable[str] | str | None = None) -> str:
    """A notice to every station (``audience`` None) or only to the listed station codes."""
    title = required_text(title, "title", "标题", 60)
    body = required_text(body, "body", "内容", 4000)
    notice_id = new_id()
    with hub.transaction():
        codes = town_notices.audience_codes(hub, audience)  # inside: a station revoked meanwhile is seen
        hub.conn.execute(
            "INSERT INTO town_notices (id, title, body, published_at, version, hlc) VALUES (?, ?, ?, ?, 1, ?)",
            (notice_id, title, body, hub.now_iso(), hub.hlc.tick().encode()))
        hub.conn.executemany("INSERT INTO hub_notice_audience (notice_id, station_code) VALUES (?, ?)",
                             [(notice_id, code) for code in codes or ()])
        _log_notice(hub, notice_id)
    return notice_id


def withdraw_notice(hub: Store, notice_id: str) -> None:
    """Withdrawn for the same stations it was sent to (their copies are marked withdrawn)."""
    with hub.transaction():
        done = hub.conn.execute(
            "UPDATE town_notices SET withdrawn_at = ?, version = version + 1, hlc = ? WHERE id = ?"
            " AND withdrawn_at IS NULL", (hub.now_iso(), hub.hlc.tick().encode(), notice_id)).rowcount
        if not done:
            raise NotFoundError("unknown_notice", "没有这条通知，或已撤回", "notice")
        _log_notice(hub, notice_id)


def _log_notice(hub: Store, notice_id: str) -> None:
    """One change for every station, or one per station of the notice's audience."""
    row = hub.one("SELECT * FROM town_notices WHERE id = ?", (notice_id,))
    data, now = json.dumps(dict(row), ensure_ascii=False), hub.now_iso()
    codes = [r[0] for r in hub.all("SELECT station_code FROM hub_notice_audience WHERE notice_id = ?"
                                   " ORDER BY station_code", (notice_id,))]
    hub.conn.executemany(
        "INSERT INTO hub_changes (audience, kind, entity, record_id, data, created_at) VALUES (?, 'notice',"
        " 'town_notices', ?, ?, ?)", [(code, notice_id, data, now) for code in codes or [None]])
