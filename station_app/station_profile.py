"""The station's phone and opening hours: a record the town sees (and that comes back with
everything else on a new PC), read by every notice and slip a villager takes away.

Opening hours are written as the agents say them, ``08:30-12:00,14:30-17:30``, on the
weekdays listed (``123456``: Monday to Saturday).
"""

from __future__ import annotations

import re
from datetime import datetime, time

from .agents import require_agent
from .errors import ValidationError
from .store import Store
from .validation import optional_text

HOURS_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
DEFAULT_HOURS = "08:00-18:00"
DEFAULT_WEEKDAYS = "1234567"
WEEKDAY_NAMES = "一二三四五六日"


def parse_hours(text: str | None, field: str = "opening_hours") -> list[tuple[time, time]]:
    """``08:30-12:00,14:30-17:30`` → spans, in order and not overlapping."""
    spans = []
    for part in re.split(r"[,，、\s]+", (text or "").strip()):
        if not part:
            continue
        part = part.replace("－", "-").replace("：", ":")
        if not HOURS_RE.match(part):
            raise ValidationError("bad_hours", "营业时间应写成 08:30-12:00,14:30-17:30", field)
        start, end = (time.fromisoformat(t) for t in part.split("-"))
        if end <= start or (spans and start < spans[-1][1]):
            raise ValidationError("bad_hours", "营业时间的各段要从早到晚，且每段结束晚于开始", field)
        spans.append((start, end))
    if not spans:
        raise ValidationError("bad_hours", "请填写营业时间", field)
    return spans


def _weekdays(text: str | None) -> str:
    digits = "".join(sorted(set(re.sub(r"\D", "", text or ""))))
    if not digits or any(d not in "1234567" for d in digits):
        raise ValidationError("bad_weekdays", "营业日应为1到7的数字（1是星期一）", "open_weekdays")
    return digits


def profile(store: Store) -> dict:
    """Name, phone and opening hours (the record if there is one, else what init set)."""
    row = store.one("SELECT * FROM station_profiles LIMIT 1")
    hours = row["opening_hours"] if row else DEFAULT_HOURS
    weekdays = row["open_weekdays"] if row else DEFAULT_WEEKDAYS
    phone = row["phone"] if row and row["phone"] is not None else store.get_meta("station_phone")
    return {"code": store.station_code, "name": store.get_meta("station_name") or "", "phone": phone or "",
            "opening_hours": hours, "open_weekdays": weekdays, "hours_text": hours_text(hours, weekdays)}


def hours_text(hours: str, weekdays: str) -> str:
    """``周一至周六 08:30-12:00、14:30-17:30`` for notices."""
    days = "每天" if weekdays == "1234567" else (
        f"周{WEEKDAY_NAMES[int(weekdays[0]) - 1]}至周{WEEKDAY_NAMES[int(weekdays[-1]) - 1]}"
        if weekdays == "".join(str(d) for d in range(int(weekdays[0]), int(weekdays[-1]) + 1))
        else "周" + "、".join(WEEKDAY_NAMES[int(d) - 1] for d in weekdays))
    return f"{days} {hours.replace(',', '、')}"


def update_profile(store: Store, agent_id: str, phone: str | None, opening_hours: str, open_weekdays: str) -> None:
    require_agent(store, agent_id)
    phone = optional_text(phone, "phone", "服务站电话", 20)
    if phone and not re.match(r"^[0-9-]{7,20}$", phone):
        raise ValidationError("bad_phone", "服务站电话只能有数字和短横线，如 0379-67901234", "phone")
    parse_hours(opening_hours)
    fields = {"phone": phone, "opening_hours": ",".join(p.strip() for p in re.split(r"[,，、\s]+", opening_hours.strip())
                                                        if p.strip()).replace("－", "-").replace("：", ":"),
              "open_weekdays": _weekdays(open_weekdays)}
    with store.write(agent_id) as w:
        row = store.one("SELECT id FROM station_profiles LIMIT 1")
        if row is None:
            w.insert("station_profiles", fields, record_id=f"{store.station_code}-profile")
        else:
            w.update("station_profiles", row["id"], fields)
        if phone:
            store.set_meta("station_phone", phone)


def is_open(store: Store, moment: datetime) -> bool:
    """Within opening hours at ``moment`` (local time)."""
    now = profile(store)
    if str(moment.isoweekday()) not in now["open_weekdays"]:
        return False
    return any(start <= moment.time() < end for start, end in parse_hours(now["opening_hours"]))
