"""The town's own writes to records: a case moved on at the town's windows, and the
catalogue and calendar it publishes to every station. Each goes through the hub's one
town write path (``hub.changes.town_write``), so it is applied and logged for the
stations that should pull it in one transaction. Notices: ``notices.py``.
"""

from __future__ import annotations

from typing import Any

from station_app.case_rules import check_transition
from station_app.errors import NotFoundError, ValidationError
from station_app.store import Store
from station_app.town_data import catalogue_fields
from station_app.validation import optional_text

from ..hub import conflicts
from ..hub.changes import TOWN, log_problem, town_write
from ..hub.conflicts import Edit


# -- the town's case work ------------------------------------------------------------
def set_case_status(hub: Store, case_id: str, to_status: str, note: str | None = None,
                    base_version: int | None = None, seen_status: str | None = None,
                    staff: str | None = None) -> dict:
    """A town window moves a case on. ``base_version``/``seen_status`` are what the window
    showed; if the station changed the status since, this is a conflict decided by
    ``conflicts.winner`` and kept on both sides. ``staff``: the staff member who made the
    move (the window's logged-in one), kept beside the case event for the assessment.
    Returns status, version, conflict and the event made (None if the station's edit won)."""
    note = optional_text(note, "note", "说明")
    staff = optional_text(staff, "staff", "工作人员姓名", 20)
    with town_write(hub) as w:
        case = hub.get("cases", case_id)
        if case is None:
            raise NotFoundError("unknown_case", "找不到这件代办", "case")
        base = case["version"] if base_version is None else int(base_version)
        stale = base < case["version"]
        check_transition(seen_status if stale and seen_status else case["status"], to_status)
        if to_status == "needs_correction" and not note:
            raise ValidationError("correction_note_required", "请写明需要补正什么材料", "note")
        station = case["station_code"]
        hlc = w.tick()
        fields: dict[str, Any] = {"status": to_status}
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
        event = None
        if "status" in fields:
            conflicts.set_marks(hub, "cases", case_id, ["status"], case["version"] + 1, "town", hlc)
            event = w.insert("case_events", {"station_code": station, "case_id": case_id,
                                             "from_status": case["status"], "to_status": to_status, "note": note,
                                             "by_side": "town", "at": w.now}, audience=station, hlc=hlc)
            if staff:  # who at the town: a hub-only mark (the station's record has no column for it)
                hub.conn.execute("INSERT INTO hub_case_moves (event_id, case_id, staff_name, at) VALUES (?, ?, ?, ?)",
                                 (event, case_id, staff, w.now))
        w.update("cases", case_id, fields, audience=station, hlc=hlc)
        after = hub.get("cases", case_id)
    return {"status": after["status"], "version": after["version"], "conflict": conflict, "event": event}


# -- what the town publishes to every station -----------------------------------------
def publish_catalogue_item(hub: Store, item: dict, new: bool = False) -> str:
    """Add or change a catalogue item (keyed by its code); every station receives it.
    ``new``: the town meant a new item, so a code already in use is refused rather than
    silently overwriting that item (cases refer to items by code). An item lists what to
    bring: at least one material."""
    if not item.get("materials"):
        raise ValidationError("no_materials", "至少要列一项办事材料", "materials")
    fields = catalogue_fields(item)
    with town_write(hub) as w:
        row = hub.one("SELECT id, name, item_version FROM catalogue_items WHERE code = ?", (fields["code"],))
        if row is not None and new:
            raise ValidationError("duplicate_item_code", f"编号 {fields['code']} 已经用于“{row['name']}”，请换一个编号",
                                  "code")
        if row is None:
            return w.insert("catalogue_items", fields, record_id=fields["code"])
        fields["item_version"] = max(fields["item_version"], row["item_version"] + 1)
        w.update("catalogue_items", row["id"], {k: v for k, v in fields.items() if k != "code"})
        return row["id"]


def publish_calendar_day(hub: Store, day: str, kind: str, name: str | None = None) -> str:
    if kind not in ("holiday", "workday"):
        raise ValidationError("bad_day_kind", "日期类型只能是节假日或调休上班", "kind")
    with town_write(hub) as w:
        row = hub.one("SELECT id FROM calendar_days WHERE day = ?", (day,))
        if row is None:
            return w.insert("calendar_days", {"day": day, "kind": kind, "name": name}, record_id=day)
        w.update("calendar_days", row["id"], {"kind": kind, "name": name})
        return row["id"]
