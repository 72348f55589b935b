"""Unannounced spot checks (抽查): the town's discipline office visits or calls a station
and notes who it found at the post — an agent, or nobody — and why, if it matters.

A check is a hub-only record (``hub_spot_checks``): stations never receive it. It is read
beside the station's own duty log for that moment (``station_app.duty.on_duty_at``, run on
the hub's copy of the station's records), and the two either agree or they do not. The
log is read when the check is shown, not when it is recorded: a station's log for the
hour of the check may reach the town only at its next sync, and until then the check says
so instead of claiming a disagreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from station_app.duty import on_duty_at
from station_app.errors import ValidationError
from station_app.ids import new_id
from station_app.queries import Query
from station_app.station_profile import parse_hours
from station_app.store import Store
from station_app.timeutil import LOCAL_TZ, from_iso, to_iso
from station_app.validation import optional_text, required_text

from ..hub.stations import get_station
from .people import find_station_agent, profile_of

VERDICTS = {
    "agree": "与值班记录一致",
    "absent": "值班记录有人，实际不在岗",
    "other": "在岗的不是值班记录上的人",
    "unlogged": "有人在岗，值班记录上却无人",
    "nobody": "无人在岗，值班记录也无人",
    "not_synced": "该站的值班记录还没同步到抽查时间",
}
DISAGREE = frozenset({"absent", "other", "unlogged"})
NOBODY = ("", "nobody", "无人", "无")  # what "found nobody" may be typed as
MOMENT_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?::\d{2})?$")
FUTURE_SLACK = timedelta(minutes=10)  # a PC clock a little behind the staff member's watch


def parse_moment(text: str | datetime, field: str = "checked_at") -> datetime:
    """``2026-11-27 10:30`` (local time) or an aware datetime → an aware datetime."""
    if isinstance(text, datetime):
        if text.tzinfo is None:
            raise ValidationError("bad_moment", "抽查时间缺少时区", field)
        return text
    m = MOMENT_RE.match((text or "").strip())
    try:
        if not m:
            raise ValueError
        return datetime.fromisoformat(f"{m.group(1)} {m.group(2).zfill(5)}").replace(tzinfo=LOCAL_TZ)
    except ValueError:
        raise ValidationError("bad_moment", "抽查时间应写成 2026-11-27 10:30", field) from None


def record_check(hub: Store, station: str, checked_at: str | datetime, staff: str, found: str | None,
                 remarks: str | None = None) -> str:
    """Record a check. ``found``: the agent at the post (name or id), or None / "" /
    "nobody" / "无人" for nobody. Every value is checked before anything is written."""
    code = (station or "").strip().upper()
    if not code:
        raise ValidationError("required", "请选择服务站", "station")
    moment = parse_moment(checked_at)
    if moment > hub.clock.now() + FUTURE_SLACK:
        raise ValidationError("future_check", "抽查时间不能晚于现在", "checked_at")
    if moment.year < 2000:
        raise ValidationError("bad_moment", "抽查时间应写成 2026-11-27 10:30", "checked_at")
    staff = required_text(staff, "staff", "抽查人", 20)
    remarks = optional_text(remarks, "remarks", "情况说明", 300)
    with hub.transaction():
        get_station(hub, code)
        wanted = (found or "").strip()
        agent_id = None
        if wanted.lower() not in NOBODY:  # an agent who has left since may still have been found then
            agent_id = find_station_agent(hub, code, wanted, field="found", active_only=False)["id"]
        check_id = new_id()
        hub.conn.execute(
            "INSERT INTO hub_spot_checks (id, station_code, checked_at, staff_name, found_agent_id, remarks,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (check_id, code, to_iso(moment), staff, agent_id, remarks, hub.now_iso()))
        hub.note_change("hub_spot_checks")
    return check_id


def open_at(profile: dict, moment: datetime) -> bool:
    """Within the station's opening hours at ``moment``."""
    local = moment.astimezone(LOCAL_TZ)
    if str(local.isoweekday()) not in profile["open_weekdays"]:
        return False
    return any(start <= local.time() < end for start, end in parse_hours(profile["opening_hours"]))


def compare(hub: Store, check: dict, known_until: str | None) -> dict:
    """The check beside the duty log at its moment: who the log says, and the verdict."""
    moment = from_iso(check["checked_at"])
    if not known_until or known_until < check["checked_at"]:
        return {"log_agent_id": None, "log_agent_name": None, "verdict": "not_synced"}
    logged = on_duty_at(hub, moment, check["station_code"])
    log_id = logged["agent_id"] if logged else None
    found = check["found_agent_id"]
    if log_id is None:
        verdict = "nobody" if found is None else "unlogged"
    elif found is None:
        verdict = "absent"
    else:
        verdict = "agree" if found == log_id else "other"
    return {"log_agent_id": log_id, "log_agent_name": logged["agent_name"] if logged else None, "verdict": verdict}


@dataclass(frozen=True)
class CheckQuery(Query):
    """``station``: one station's checks; ``start``/``end``: UTC instants [start, end)."""

    station: str | None = None
    start: str | None = None
    end: str | None = None


def _where(q: CheckQuery) -> tuple[str, list]:
    clauses, params = ["1 = 1"], []
    for clause, value in (("c.station_code = ?", q.station), ("c.checked_at >= ?", q.start),
                          ("c.checked_at < ?", q.end)):
        if value:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params


def list_checks(hub: Store, q: CheckQuery = CheckQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    """Checks, newest first, each with the agent found, the log's agent and the verdict."""
    where, params = _where(q)
    rows = hub.all(
        "SELECT c.*, a.name AS found_name, s.name AS station_name, s.last_seen_at FROM hub_spot_checks c"
        " LEFT JOIN agents a ON a.id = c.found_agent_id LEFT JOIN hub_stations s ON s.code = c.station_code"
        f" WHERE {where} ORDER BY c.checked_at DESC, c.rowid DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    hours: dict[str, dict] = {}
    out = []
    for row in rows:
        check = dict(row)
        profile = hours.setdefault(check["station_code"], profile_of(hub, check["station_code"]))
        check.update(compare(hub, check, row["last_seen_at"]))
        check["open"] = open_at(profile, from_iso(check["checked_at"]))
        check["disagrees"] = check["verdict"] in DISAGREE
        check["verdict_label"] = VERDICTS[check["verdict"]]
        out.append(check)
    return out


def count_checks(hub: Store, q: CheckQuery = CheckQuery()) -> int:
    where, params = _where(q)
    return hub.scalar(f"SELECT COUNT(*) FROM hub_spot_checks c WHERE {where}", params)


def checks_between(hub: Store, start: str, end: str, station: str | None = None) -> list[dict]:
    return list_checks(hub, CheckQuery(station=station, start=start, end=end), limit=100_000)
