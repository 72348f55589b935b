"""Working days: Monday to Friday, except the State Council's holidays, plus its make-up
workdays (调休: a Saturday or Sunday worked in exchange for a longer holiday).

The exceptions are data (the town-owned ``calendar_days`` table, seeded from
``resources/calendar.json`` and refreshed by sync), never code: next year's schedule
reaches the stations without a new release. A ``WorkCalendar`` can also be built from
plain sets of dates, which is how the tests use it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Union

from .store import Store

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()  # make-up workdays on a weekend
    names: dict[date, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> "WorkCalendar":
        return cls(frozenset(holidays), frozenset(workdays))

    @classmethod
    def from_rows(cls, rows: Iterable) -> "WorkCalendar":
        holidays, workdays, names = set(), set(), {}
        for row in rows:
            day = date.fromisoformat(row["day"])
            (holidays if row["kind"] == "holiday" else workdays).add(day)
            if row["name"]:
                names[day] = row["name"]
        return cls(frozenset(holidays), frozenset(workdays), names)

    @classmethod
    def from_store(cls, store: Store) -> "WorkCalendar":
        return cls.from_rows(store.all("SELECT day, kind, name FROM calendar_days"))

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (the start day itself never counts,
        as a time limit runs from the day after receipt). Negative n counts back."""
        step = ONE_DAY if n >= 0 else -ONE_DAY
        day, left = start, abs(n)
        while left:
            day += step
            if self.is_workday(day):
                left -= 1
        return day

    def workdays_between(self, a: date, b: date) -> int:
        """Working days stepped onto going from a to b: those in (a, b], or minus those
        in [b, a) when b is earlier. The inverse of ``add_workdays``:
        workdays_between(a, add_workdays(a, n)) == n."""
        step = ONE_DAY if b >= a else -ONE_DAY
        count, day = 0, a
        while day != b:
            day += step
            count += self.is_workday(day)
        return count if b >= a else -count

    def covers(self, day: date) -> bool:
        """Whether the published schedule includes this day's year. Beyond it, dates
        fall back to plain Monday-Friday and a deadline is only an estimate."""
        return any(d.year == day.year for d in self.holidays)

    def name_of(self, day: date) -> str | None:
        return self.names.get(day)


CalendarSource = Union[Store, WorkCalendar]

# One calendar per open store, rebuilt when the table changes (a sync may bring next
# year's schedule while the app is running).
_cache: "weakref.WeakKeyDictionary[Store, tuple[tuple, WorkCalendar]]" = weakref.WeakKeyDictionary()


def _fingerprint(store: Store) -> tuple:
    row = store.one("SELECT COUNT(*), MAX(hlc), SUM(version) FROM calendar_days")
    return tuple(row)


def calendar_for(source: CalendarSource) -> WorkCalendar:
    if isinstance(source, WorkCalendar):
        return source
    stamp = _fingerprint(source)
    cached = _cache.get(source)
    if cached is None or cached[0] != stamp:
        cached = (stamp, WorkCalendar.from_store(source))
        _cache[source] = cached
    return cached[1]


def reload_calendar(store: Store) -> WorkCalendar:
    """Forget the cached calendar of this store (e.g. right after a sync applied)."""
    _cache.pop(store, None)
    return calendar_for(store)


def is_workday(source: CalendarSource, day: date) -> bool:
    return calendar_for(source).is_workday(day)


def add_workdays(source: CalendarSource, start_day: date, n: int) -> date:
    return calendar_for(source).add_workdays(start_day, n)


def workdays_between(source: CalendarSource, a: date, b: date) -> int:
    return calendar_for(source).workdays_between(a, b)
