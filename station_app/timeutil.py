"""Time: stored as UTC ISO-8601, shown and reasoned about in the station's local time.

Henan is on China Standard Time (UTC+8, no daylight saving), so a fixed offset is exact
and needs no tz database on the village PC.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

LOCAL_TZ = timezone(timedelta(hours=8), "CST")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_iso(moment: datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z, sortable as text."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_date(iso_utc: str) -> date:
    return from_iso(iso_utc).astimezone(LOCAL_TZ).date()


def local_day_bounds(day: date) -> tuple[str, str]:
    """The UTC instants [start, end) of a local calendar day, for range queries."""
    start = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)
    return to_iso(start), to_iso(start + timedelta(days=1))


def local_range_bounds(first: date, last_exclusive: date) -> tuple[str, str]:
    return local_day_bounds(first)[0], local_day_bounds(last_exclusive)[0]


def cn_date(day: date | str) -> str:
    """2026年11月27日: a date (or an ISO date) as the texts a villager takes away print it.
    The window's own, translated: ``ui/dates.py``."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{day.year}年{day.month}月{day.day}日"


def format_local(iso_utc: str) -> str:
    return from_iso(iso_utc).astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


class Clock:
    """Wall clock of the station; tests substitute a fixed or stepping one."""

    def now(self) -> datetime:
        return utc_now()


class FixedClock(Clock):
    def __init__(self, moment: datetime, step: timedelta = timedelta(0)):
        self.moment = moment
        self.step = step

    def now(self) -> datetime:
        current = self.moment
        self.moment = self.moment + self.step
        return current
