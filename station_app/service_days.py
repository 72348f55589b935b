"""Town service days in the village (进驻服务, 服务关口前移): town staff come to a station on a
set day for items such as fingerprint capture or the 低保/五保 review, so villagers no
longer 找错人、摸错门、白跑腿.

The town plans a day (``service_days``, town-owned: it flows down to the stations it
names); the station signs its villagers up beforehand — villager, item, the materials
they have — tells each what to bring (a one-time notice), and on the day records each
sign-up's outcome. A sign-up that becomes a full-agency case opens one with the
materials already filled in.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from .agents import require_agent
from .cases import open_case
from .catalogue import get_item
from .errors import NotFoundError, StateError, ValidationError
from .station_profile import profile
from .store import Store
from .timeutil import format_local, local_date
from .validation import choice, optional_text
from .villagers import get_villager

OUTCOMES = {"done": "已办好", "materials_missing": "材料不全", "referred": "转到镇便民服务中心办理",
            "no_show": "没有来"}
SIGNUP_STATUS = {"signed_up": "已报名", "cancelled": "已取消"}
DAY_STATUS = {"planned": "已安排", "cancelled": "已取消"}
SHOWN_DAYS_AHEAD = 7  # a day shows on Today from a week before


def _day(row) -> dict:
    data = dict(row)
    for key in ("stations", "items", "staff"):
        data[key] = json.loads(data[key] or "[]")
    data["when"] = f"{data['day']} {data['starts']}–{data['ends']}"
    return data


def days_for_station(store: Store, since: date | None = None, until: date | None = None,
                     include_cancelled: bool = False) -> list[dict]:
    """The days planned at this station (oldest first), each with its sign-up count."""
    where, params = ["1 = 1"], []
    if since:
        where.append("d.day >= ?")
        params.append(since.isoformat())
    if until:
        where.append("d.day <= ?")
        params.append(until.isoformat())
    if not include_cancelled:
        where.append("d.status = 'planned'")
    code = store.station_code
    rows = store.all(
        "SELECT d.*, (SELECT COUNT(*) FROM service_day_signups s WHERE s.service_day_id = d.id"
        " AND s.status = 'signed_up') AS signed_up FROM service_days d WHERE "
        + " AND ".join(where) + " ORDER BY d.day, d.starts", params)
    return [day for day in map(_day, rows) if code in day["stations"]]


def upcoming(store: Store, today: date | None = None) -> list[dict]:
    """Days from today to a week ahead (what Today shows)."""
    today = today or local_date(store.now_iso())
    return days_for_station(store, today, today + timedelta(days=SHOWN_DAYS_AHEAD))


def get_day(store: Store, day_id: str) -> dict:
    row = store.one("SELECT * FROM service_days WHERE id = ?", (day_id,))
    if row is None:
        raise NotFoundError("unknown_service_day", "没有这个服务日", "service_day")
    day = _day(row)
    if store.station_code not in day["stations"]:
        raise NotFoundError("unknown_service_day", "这个服务日没有安排在本站", "service_day")
    return day


def day_meant(store: Store, text: str) -> dict:
    """A day by its id, or by its date (2026-12-10) when one day is planned here then."""
    try:
        on = date.fromisoformat((text or "").strip())
    except ValueError:
        return get_day(store, text)
    days = days_for_station(store, on, on)
    if len(days) != 1:
        raise NotFoundError("unknown_service_day", f"{on.isoformat()} 本站{'有几个' if days else '没有'}服务日，请用编号",
                            "service_day")
    return days[0]


def sign_up(store: Store, agent_id: str, day_id: str, villager_id: str, item_code: str,
            materials_have: list[str] | None = None) -> dict:
    """Sign a villager up for one item of a day. Returns the sign-up with what is missing."""
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    day = get_day(store, day_id)
    if day["status"] != "planned":
        raise StateError("day_cancelled", "这个服务日已取消", "service_day")
    if day["day"] < local_date(store.now_iso()).isoformat():
        raise StateError("day_past", "这个服务日已经过去了", "service_day")
    if item_code not in day["items"]:
        raise ValidationError("item_not_offered", "这一天不办理这个事项", "item_code")
    item = get_item(store, item_code)
    have = [m.name for m in item.materials if m.name in set(materials_have or ())]
    with store.write(agent_id) as w:
        if store.one("SELECT 1 FROM service_day_signups WHERE service_day_id = ? AND villager_id = ?"
                     " AND item_code = ? AND status = 'signed_up'", (day_id, villager_id, item_code)):
            raise StateError("already_signed_up", "这位村民已经报名了这个事项", "villager")
        signup_id = w.insert("service_day_signups", {
            "service_day_id": day_id, "villager_id": villager_id, "item_code": item_code,
            "materials_have": have, "status": "signed_up"})
    return {"id": signup_id, "missing": [m.name for m in item.materials if m.name not in have and m.required]}


def cancel(store: Store, agent_id: str, signup_id: str) -> None:
    require_agent(store, agent_id)
    with store.write(agent_id) as w:
        signup = _get(store, signup_id)
        if signup["status"] == "cancelled":
            raise StateError("already_cancelled", "这个报名已经取消了", "signup")
        if signup["outcome"]:
            raise StateError("has_outcome", "已经记录了办理结果，不能再取消", "signup")
        w.update("service_day_signups", signup_id, {"status": "cancelled"})


def record_outcome(store: Store, agent_id: str, signup_id: str, outcome: str, served_by: str | None = None,
                   note: str | None = None, open_as_case: bool = False) -> dict:
    """On the day: done, materials missing, referred to the town hall, or did not come.
    ``open_as_case``: the villager's application goes on as a full-agency case, opened now
    with the materials the sign-up recorded."""
    require_agent(store, agent_id)
    outcome = choice(outcome, "outcome", OUTCOMES, "办理结果")
    note = optional_text(note, "note", "说明", 300)
    served_by = optional_text(served_by, "served_by", "办理人", 30)
    if open_as_case and outcome == "no_show":
        raise ValidationError("no_show_case", "村民没有来，不能转为代办件", "outcome")
    with store.write(agent_id) as w:
        signup = _get(store, signup_id)
        if signup["status"] != "signed_up":
            raise StateError("cancelled", "这个报名已经取消了", "signup")
        if signup["outcome"]:
            raise StateError("has_outcome", "这个报名已经记录过办理结果", "signup")
        day = get_day(store, signup["service_day_id"])
        if day["day"] > local_date(store.now_iso()).isoformat():
            raise StateError("day_not_come", "服务日还没到，不能记录结果", "signup")
        case = None
        if open_as_case:
            case = open_case(store, agent_id, signup["villager_id"], signup["item_code"],
                             json.loads(signup["materials_have"]), note=f"{day['day']}进驻服务转代办")
        w.update("service_day_signups", signup_id, {
            "outcome": outcome, "outcome_note": note, "served_by": served_by, "outcome_at": store.now_iso(),
            "case_id": case["id"] if case else None})
    return {"outcome": outcome, "case": case}


def _get(store: Store, signup_id: str) -> dict:
    row = store.get("service_day_signups", signup_id)
    if row is None:
        raise NotFoundError("unknown_signup", "没有这个报名", "signup")
    return dict(row)


def signups(store: Store, day_id: str, include_cancelled: bool = False) -> list[dict]:
    """A day's sign-ups by item then name: the list to print and to settle on the day."""
    rows = store.all(
        "SELECT s.*, v.name AS villager_name, v.phone AS phone, v.village_group AS village_group,"
        " i.name AS item_name, c.case_no AS case_no FROM service_day_signups s"
        " JOIN villagers v ON v.id = s.villager_id LEFT JOIN catalogue_items i ON i.code = s.item_code"
        " LEFT JOIN cases c ON c.id = s.case_id WHERE s.service_day_id = ?"
        + ("" if include_cancelled else " AND s.status = 'signed_up'") + " ORDER BY s.item_code, v.name", (day_id,))
    result = []
    for r in rows:
        have = json.loads(r["materials_have"])
        missing = [m.name for m in get_item(store, r["item_code"]).materials if m.required and m.name not in have]
        result.append({**dict(r), "materials_have": have, "missing": missing,
                       "outcome_label": OUTCOMES.get(r["outcome"] or "", ""),
                       "status_label": SIGNUP_STATUS[r["status"]]})
    return result


def bring_notice(store: Store, signup_id: str) -> str:
    """The one-time notice (一次性告知) for one villager: when, where, what to bring."""
    signup = _get(store, signup_id)
    day = get_day(store, signup["service_day_id"])
    villager = get_villager(store, signup["villager_id"])
    item = get_item(store, signup["item_code"])
    have = set(json.loads(signup["materials_have"]))
    lines = [f"{villager.name}：",
             f"镇便民服务中心工作人员 {day['day']} {day['starts']}–{day['ends']} 到{store.get_meta('station_name') or '本站'}"
             f"办理“{item.name}”。请带齐以下材料："]
    for material in item.materials:
        # All of them come on the day; the ones the villager said they lack need getting first.
        if material.name in have:
            mark = ""
        else:
            mark = "（还没有：请提前准备）" if material.required else "（没有可以后补）"
        lines.append(f"  □ {material.name}（{material.form}）{mark}")
    phone = profile(store)["phone"]
    lines.append(f"有问题请打服务站电话 {phone}。" if phone else "有问题请到服务站询问。")
    return "\n".join(lines)


def day_summary(store: Store, day_id: str) -> dict:
    """A day's sign-ups per item and outcomes (the station's view of what the town sees)."""
    day = get_day(store, day_id)
    per_item: dict[str, dict] = {}
    for s in signups(store, day_id):
        entry = per_item.setdefault(s["item_code"], {"item_name": s["item_name"], "signed_up": 0,
                                                     **dict.fromkeys(OUTCOMES, 0)})
        entry["signed_up"] += 1
        if s["outcome"]:
            entry[s["outcome"]] += 1
    return {"day": day, "items": per_item, "printed_at": format_local(store.now_iso()),
            "station": profile(store)}


def day_items(store: Store, day_id: str) -> list[dict]:
    """What a day offers, each item with its materials: the sign-up form's choices."""
    items = []
    for code in get_day(store, day_id)["items"]:
        item = get_item(store, code)
        items.append({"code": item.code, "name": item.name,
                      "materials": [{"name": m.name, "form": m.form, "required": m.required} for m in item.materials]})
    return items
