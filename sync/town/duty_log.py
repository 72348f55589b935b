"""Every station's duty log at the town (AB岗: at least one agent on duty during opening
hours), a week at a time, with the town's spot checks of that week beside it.

The reading of a log is the station's own (``station_app.duty.day_log`` with the station's
code and hours), so the town sees exactly what the station sees. The hub knows a log only
up to the station's last sync: later hours are "not known yet", never counted as gaps.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from station_app.duty import clock_label, day_log
from station_app.store import Store
from station_app.timeutil import LOCAL_TZ, from_iso, local_range_bounds, to_iso

from ..hub.stations import get_station
from .people import profile_of
from .spot_checks import checks_between

WEEKDAYS = "一二三四五六日"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _span(span: dict, day: date) -> dict:
    minutes = int((span["end"] - span["start"]).total_seconds() // 60)
    # A span that runs to midnight ends at 24:00 of its day, as the station shows it.
    until = "24:00" if span["end"].astimezone(LOCAL_TZ).date() > day else clock_label(span["end"])
    return {"agent_id": span["agent_id"], "agent_name": span["agent_name"], "post": span["post"],
            "start": to_iso(span["start"]), "end": to_iso(span["end"]), "from": clock_label(span["start"]),
            "to": until, "began": span["began"], "ended": span["ended"], "minutes": minutes}


def week_log(hub: Store, station: str, week_of: date, now: datetime | None = None) -> dict:
    """The week (Monday to Sunday) holding ``week_of`` at ``station``: per day who was on
    duty when, the opening hours no one covered, and the spot checks; the week's totals."""
    known = get_station(hub, (station or "").strip().upper())
    code = known["code"]
    monday = monday_of(week_of)
    hours = profile_of(hub, code)
    now = now or hub.clock.now()
    seen = from_iso(known["last_seen_at"]) if known["last_seen_at"] else None
    known_to = min(now, seen) if seen else None
    start, end = local_range_bounds(monday, monday + timedelta(days=7))
    checks = checks_between(hub, start, end, code)
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        opens = str(day.isoweekday()) in hours["open_weekdays"]
        midnight = datetime.combine(day, datetime.min.time(), LOCAL_TZ)
        if known_to is None or known_to <= midnight:
            log = {"spans": [], "gaps": [], "minutes_uncovered": 0, "covered": True}
        else:
            log = day_log(hub, day, station=code, opening_hours=hours["opening_hours"],
                          open_weekdays=hours["open_weekdays"], now=known_to)
        days.append({
            "day": day.isoformat(), "weekday": day.isoweekday(), "weekday_label": f"周{WEEKDAYS[day.weekday()]}",
            "open": opens, "known": known_to is not None and known_to > midnight,
            "known_whole": known_to is not None and known_to >= midnight + timedelta(days=1),
            "spans": [_span(s, day) for s in log["spans"]],
            "gaps": [{"from": clock_label(a), "to": clock_label(b)} for a, b in log["gaps"]],
            "minutes_uncovered": log["minutes_uncovered"], "covered": not log["gaps"],
            "checks": [c for c in checks if from_iso(c["checked_at"]).astimezone(LOCAL_TZ).date() == day],
        })
    return {"station": code, "name": known["name"], "monday": monday.isoformat(),
            "sunday": (monday + timedelta(days=6)).isoformat(), "known_until": to_iso(known_to) if known_to else None,
            "opening_hours": hours["opening_hours"], "open_weekdays": hours["open_weekdays"],
            "hours_text": hours["hours_text"], "hours_set": hours["hours_set"], "days": days,
            "minutes_uncovered": sum(d["minutes_uncovered"] for d in days),
            "days_uncovered": sum(1 for d in days if d["open"] and not d["covered"]),
            "checks": checks, "disagreements": sum(1 for c in checks if c["disagrees"])}
