"""The duty log (AB岗: at least one agent on duty during opening hours).

Who was on duty when comes from what agents do at the window anyway: logging in, switching
agents, locking and unlocking, quitting, ending the day. Each is a ``duty_events`` record
(synced: the town sees every station's log beside its unannounced spot checks). One PC
has one agent at the counter at a time, so an agent coming on duty ends whoever was on.

The reading of a log (``spans``, ``gaps``, ``on_duty_at``) works on a plain list of events,
so the hub reads any station's log with the same code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable

from .agents import find_agent, require_agent
from .errors import ValidationError
from .station_profile import parse_hours, profile
from .store import Store
from .timeutil import LOCAL_TZ, from_iso, local_date, local_day_bounds, to_iso

REASONS = {"login": "登录", "switch": "换人", "unlock": "解锁", "lock": "锁定", "logout": "退出", "day_end": "下班"}
ON_REASONS = ("login", "switch", "unlock")


def record(store: Store, agent_id: str, kind: str, reason: str) -> str:
    """An agent comes on (``kind`` "on") or goes off duty, and why."""
    if kind not in ("on", "off") or reason not in REASONS or (kind == "on") != (reason in ON_REASONS):
        raise ValidationError("bad_duty_event", "值班记录的类型不对", "reason")
    require_agent(store, agent_id)
    agent = find_agent(store, agent_id)
    with store.write(agent_id) as w:
        return w.insert("duty_events", {"agent_id": agent_id, "post": agent.post, "kind": kind, "reason": reason,
                                        "at": store.now_iso()})


def events(store: Store, start_iso: str, end_iso: str, station: str | None = None) -> list[dict]:
    """Events in ``[start, end)`` with the agent's name, in order (``station``: on a hub)."""
    scope, params = ("AND e.station_code = ?", [station]) if station else ("", [])
    rows = store.all("SELECT e.*, a.name AS agent_name FROM duty_events e JOIN agents a ON a.id = e.agent_id"
                     f" WHERE e.at >= ? AND e.at < ? {scope} ORDER BY e.at, e.rowid", [start_iso, end_iso, *params])
    return [dict(r) for r in rows]


def before(store: Store, moment_iso: str, station: str | None = None) -> dict | None:
    """The last event before ``moment`` (who was on duty coming into a day)."""
    scope, params = ("AND e.station_code = ?", [station]) if station else ("", [])
    row = store.one("SELECT e.*, a.name AS agent_name FROM duty_events e JOIN agents a ON a.id = e.agent_id"
                    f" WHERE e.at < ? {scope} ORDER BY e.at DESC, e.rowid DESC LIMIT 1", [moment_iso, *params])
    return dict(row) if row else None


def spans(log: Iterable[dict], start: datetime, end: datetime, carried: dict | None = None) -> list[dict]:
    """Who was on duty from ``start`` to ``end`` (aware datetimes): one span per stretch,
    with the agent, their post and how it began and ended. ``carried``: the last event
    before ``start`` (an agent still on duty from the day before)."""
    result: list[dict] = []
    current = None
    if carried and carried["kind"] == "on":
        current = {"agent_id": carried["agent_id"], "agent_name": carried["agent_name"], "post": carried["post"],
                   "start": start, "began": "carried"}
    for event in log:
        at = from_iso(event["at"])
        if current is not None and (event["kind"] == "off" and event["agent_id"] == current["agent_id"]
                                    or event["kind"] == "on"):
            result.append({**current, "end": at, "ended": event["reason"] if event["kind"] == "off" else "switch"})
            current = None
        if event["kind"] == "on":
            current = {"agent_id": event["agent_id"], "agent_name": event["agent_name"], "post": event["post"],
                       "start": at, "began": event["reason"]}
    if current is not None:
        result.append({**current, "end": end, "ended": "still_on"})
    return [s for s in result if s["end"] > s["start"]]


def gaps(day_spans: list[dict], day: date, opening_hours: str) -> list[tuple[datetime, datetime]]:
    """Stretches of the day's opening hours with no one on duty."""
    found = []
    for open_at, close_at in parse_hours(opening_hours):
        cursor = datetime.combine(day, open_at, LOCAL_TZ)
        closing = datetime.combine(day, close_at, LOCAL_TZ)
        for span in sorted(day_spans, key=lambda s: s["start"]):
            if span["end"] <= cursor or span["start"] >= closing:
                continue
            if span["start"] > cursor:
                found.append((cursor, span["start"]))
            cursor = max(cursor, span["end"])
        if cursor < closing:
            found.append((cursor, closing))
    return found


def day_log(store: Store, day: date, station: str | None = None, opening_hours: str | None = None,
            open_weekdays: str | None = None, now: datetime | None = None) -> dict:
    """One day's duty: its spans, and the opening hours no one covered (nothing is a gap
    on a day the station is closed, nor after ``now``)."""
    start_iso, end_iso = local_day_bounds(day)
    start, end = from_iso(start_iso), from_iso(end_iso)
    now = now or store.clock.now()
    day_spans = spans(events(store, start_iso, end_iso, station), start, min(end, max(start, now)),
                      before(store, start_iso, station))
    if opening_hours is None:
        shown = profile(store)
        opening_hours, open_weekdays = shown["opening_hours"], shown["open_weekdays"]
    holes = []
    if str(day.isoweekday()) in (open_weekdays or "1234567"):
        holes = [(a, min(b, now)) for a, b in gaps(day_spans, day, opening_hours) if a < now]
    return {"day": day.isoformat(), "spans": day_spans, "gaps": holes,
            "covered": not holes, "minutes_uncovered": sum(int((b - a).total_seconds() // 60) for a, b in holes)}


def on_duty_at(store: Store, moment: datetime, station: str | None = None) -> dict | None:
    """Who was on duty at ``moment`` by the log (None: no one)."""
    last = before(store, to_iso(moment + timedelta(milliseconds=1)), station)
    return last if last and last["kind"] == "on" else None


def clock_label(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M")


def week_log(store: Store, first: date, station: str | None = None, now: datetime | None = None) -> list[dict]:
    """Seven days of the duty log from ``first``, each span and gap as clock times
    (``08:02–12:00``): what the people page shows and the town compares its checks with."""
    shown = profile(store)
    days = []
    for n in range(7):
        day = first + timedelta(days=n)
        log = day_log(store, day, station, shown["opening_hours"], shown["open_weekdays"], now)
        log["spans"] = [{**s, "from": clock_label(s["start"]), "to": _until(s["end"], day)} for s in log["spans"]]
        log["gaps"] = [{"from": clock_label(a), "to": clock_label(b)} for a, b in log["gaps"]]
        log["open"] = str(day.isoweekday()) in shown["open_weekdays"]
        log["future"] = day > local_date(store.now_iso())
        days.append(log)
    return days


def _until(moment: datetime, day: date) -> str:
    """A span that runs to midnight ends at 24:00 of its day, not 00:00."""
    return "24:00" if moment.astimezone(LOCAL_TZ).date() > day else clock_label(moment)
