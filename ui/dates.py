"""Dates and moments as the window writes them: 2026年11月27日 in Chinese (2026-11-27 in
English), with the time where a moment is meant. The one place that says how."""

from __future__ import annotations

from datetime import date

from station_app.timeutil import LOCAL_TZ, from_iso, local_date, utc_now

from .i18n import context

DateText = context("DateText")  # lupdate context of this module's strings


def station_today() -> date:
    """Today at the station (Beijing time), whatever zone the PC's clock is set to: the day
    a date field starts on, and the day the core stamps a record with."""
    return utc_now().astimezone(LOCAL_TZ).date()


def cn_date(value: date | str | None, year: bool = True) -> str:
    """A date, an ISO date (2026-11-27) or a UTC instant (its local day): 2026年11月27日,
    or 11月27日 without the year."""
    if not value:
        return ""
    if isinstance(value, str):
        value = local_date(value) if len(value) > 10 else date.fromisoformat(value)
    if not year:
        return DateText.tr("{0}月{1}日").format(value.month, value.day)
    return DateText.tr("{0}年{1}月{2}日").format(value.year, value.month, value.day)


def cn_moment(iso_utc: str | None, year: bool = True) -> str:
    """A UTC instant in local time: 2026年11月27日 14:32 (or 11月27日 14:32)."""
    if not iso_utc:
        return ""
    moment = from_iso(iso_utc).astimezone(LOCAL_TZ)
    return f"{cn_date(moment.date(), year)} {moment:%H:%M}"


def cn_recent(iso_utc: str) -> str:
    """The local day, without the year when it is this year's: 11月27日, or 2025年11月27日."""
    day = local_date(iso_utc)
    return cn_date(day, year=day.year != utc_now().astimezone(LOCAL_TZ).year)
