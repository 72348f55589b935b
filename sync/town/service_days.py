"""The town's service days in the villages (进驻服务): the town plans a day at some stations
with items of its catalogue and the staff who go; the plan flows down to those stations
(one change-log entry each), which sign their villagers up and record the outcomes on
the day; the sign-ups flow back, so the town sees every day planned, the sign-ups per
item and the outcomes per station."""

from __future__ import annotations

import json
import re
from datetime import date

from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.service_days import OUTCOMES
from station_app.store import Store
from station_app.timeutil import local_date
from station_app.validation import optional_text

from ..hub.changes import town_write
from .notices import audience_codes, short_name

TIME_RE = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")
MAX_STAFF = 8


def _names(text_or_list, field: str, label: str) -> list[str]:
    items = re.split(r"[,，、\s]+", text_or_list) if isinstance(text_or_list, str) else list(text_or_list or ())
    return [str(i).strip() for i in items if str(i).strip()]


def _clock(value: str, field: str) -> str:
    value = (value or "").strip().replace("：", ":")
    if not TIME_RE.match(value):
        raise ValidationError("bad_time", "时间应写成 09:00", field)
    return f"{int(value.split(':')[0]):02d}:{value.split(':')[1]}"


def plan_day(hub: Store, day: date, stations, items, staff, starts: str = "09:00", ends: str = "11:30",
             note: str | None = None) -> str:
    """Plan a day at the listed stations: it reaches each of them at its next sync."""
    if not isinstance(day, date):
        raise ValidationError("bad_day", "请选择服务日期", "day")
    if day < local_date(hub.now_iso()):
        raise ValidationError("day_past", "服务日期不能早于今天", "day")
    starts, ends = _clock(starts, "starts"), _clock(ends, "ends")
    if ends <= starts:
        raise ValidationError("bad_time", "结束时间要晚于开始时间", "ends")
    codes = audience_codes(hub, _names(stations, "stations", "服务站") or None)
    if codes is None:
        raise ValidationError("empty_audience", "请至少选一个服务站", "stations")
    item_codes = [i.upper() for i in _names(items, "items", "事项")]
    if not item_codes:
        raise ValidationError("no_items", "请至少选一个办理事项", "items")
    known = {r[0] for r in hub.all("SELECT code FROM catalogue_items WHERE active = 1")}
    unknown = [i for i in item_codes if i not in known]
    if unknown:
        raise ValidationError("unknown_item", f"服务目录里没有（或已暂停）：{'、'.join(unknown)}", "items")
    people = _names(staff, "staff", "工作人员")
    if not people or len(people) > MAX_STAFF:
        raise ValidationError("staff_required", f"请写上去服务的工作人员（1到{MAX_STAFF}人）", "staff")
    fields = {"day": day.isoformat(), "starts": starts, "ends": ends, "stations": codes,
              "items": list(dict.fromkeys(item_codes)), "staff": people,
              "note": optional_text(note, "note", "备注", 500), "status": "planned"}
    with town_write(hub) as w:
        return w.insert("service_days", fields, audience=codes)


def cancel_day(hub: Store, day_id: str, reason: str | None = None) -> None:
    """Called off: the stations see it cancelled (with the reason in its note)."""
    with town_write(hub) as w:
        row = hub.get("service_days", day_id)
        if row is None:
            raise NotFoundError("unknown_service_day", "没有这个服务日", "service_day")
        if row["status"] == "cancelled":
            raise StateError("already_cancelled", "这个服务日已经取消了", "service_day")
        note = optional_text(reason, "reason", "取消原因", 200)
        w.update("service_days", day_id, {"status": "cancelled", "note": f"已取消：{note}" if note else "已取消"},
                 audience=json.loads(row["stations"]))


def days(hub: Store, since: date | None = None, limit: int = 200, offset: int = 0, search: str = "") -> list[dict]:
    """Every day planned (newest first), with sign-ups and outcomes counted over the stations
    and the names of its stations and items; ``search``: a station's or an item's name or
    code, or a staff member."""
    where, params = ("WHERE d.day >= ?", [since.isoformat()]) if since else ("", [])
    rows = hub.all(
        "SELECT d.*, (SELECT COUNT(*) FROM service_day_signups s WHERE s.service_day_id = d.id"
        " AND s.status = 'signed_up') AS signed_up,"
        " (SELECT COUNT(*) FROM service_day_signups s WHERE s.service_day_id = d.id AND s.outcome = 'done') AS done"
        f" FROM service_days d {where} ORDER BY d.day DESC, d.starts", params)
    stations = {r["code"]: r["name"] for r in hub.all("SELECT code, name FROM hub_stations")}
    items = {r["code"]: r["name"] for r in hub.all("SELECT code, name FROM catalogue_items")}
    found = []
    for r in rows:
        day = {**dict(r), "stations": json.loads(r["stations"]), "items": json.loads(r["items"]),
               "staff": json.loads(r["staff"])}
        day["station_names"] = [short_name(stations.get(c) or c) for c in day["stations"]]
        day["item_names"] = [items.get(c) or c for c in day["items"]]
        words = " ".join([*day["stations"], *day["station_names"], *day["items"], *day["item_names"], *day["staff"]])
        if not search or search.strip().upper() in words.upper():
            found.append(day)
    return found[offset:offset + limit]  # a town plans a few days a month: read whole, cut to the page


def day_report(hub: Store, day_id: str) -> dict:
    """One day: sign-ups per item, and outcomes per station (every station of the plan,
    those without a sign-up too)."""
    row = hub.get("service_days", day_id)
    if row is None:
        raise NotFoundError("unknown_service_day", "没有这个服务日", "service_day")
    per_item: dict[str, dict] = {}
    names = {r["code"]: r["name"] for r in hub.all("SELECT code, name FROM hub_stations")}
    per_station = {code: {"name": short_name(names.get(code) or code), "signed_up": 0, "pending": 0,
                          **dict.fromkeys(OUTCOMES, 0)} for code in json.loads(row["stations"])}
    for r in hub.all("SELECT s.station_code, s.item_code, s.outcome, i.name AS item_name FROM service_day_signups s"
                     " LEFT JOIN catalogue_items i ON i.code = s.item_code WHERE s.service_day_id = ?"
                     " AND s.status = 'signed_up'", (day_id,)):
        item = per_item.setdefault(r["item_code"], {"item_name": r["item_name"] or r["item_code"], "signed_up": 0})
        item["signed_up"] += 1
        station = per_station.setdefault(r["station_code"], {"name": r["station_code"], "signed_up": 0, "pending": 0,
                                                             **dict.fromkeys(OUTCOMES, 0)})
        station["signed_up"] += 1
        station[r["outcome"] or "pending"] += 1
    return {"day": {**dict(row), "stations": json.loads(row["stations"]), "items": json.loads(row["items"]),
                    "staff": json.loads(row["staff"])}, "items": per_item, "stations": per_station}


def period_figures(hub: Store, first: date, last: date, station: str | None = None) -> dict:
    """For the town's report: days held in the period, sign-ups and outcomes."""
    scope, params = ("AND s.station_code = ?", [station]) if station else ("", [])
    planned = hub.all("SELECT id, stations FROM service_days WHERE status = 'planned' AND day >= ? AND day <= ?",
                      (first.isoformat(), last.isoformat()))
    held = [r["id"] for r in planned if station is None or station in json.loads(r["stations"])]
    counts = dict.fromkeys(("signed_up", "pending", *OUTCOMES), 0)
    if held:
        marks = ",".join("?" * len(held))
        for outcome, n in hub.all(
                f"SELECT COALESCE(s.outcome, 'pending'), COUNT(*) FROM service_day_signups s WHERE s.status = 'signed_up'"
                f" AND s.service_day_id IN ({marks}) {scope} GROUP BY 1", [*held, *params]):
            counts[outcome] = n
            counts["signed_up"] += n
    return {"days": len(held), **counts}
