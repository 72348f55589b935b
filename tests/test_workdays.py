"""Working days: Mon-Fri, minus the State Council's holidays, plus its make-up workdays (调休)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app import workdays
from station_app.ids import new_id
from station_app.paths import resource_path
from station_app.store import SCHEMA_VERSION, Op, apply_op
from station_app.workdays import WorkCalendar, add_workdays, calendar_for, is_workday, reload_calendar, workdays_between

D = date.fromisoformat
PLAIN = WorkCalendar.of()


def _town_insert_day(store, day: str, kind: str, name: str) -> None:
    """What a sync from the town does: apply the town's op directly (no outbox row)."""
    now = store.now_iso()
    with store.transaction():
        apply_op(store.conn, store.columns, Op(new_id(), "calendar_days", day, "insert",
                 {"day": day, "kind": kind, "name": name, "created_at": now}, 0,
                 store.hlc.tick().encode(), None, SCHEMA_VERSION, now))


# -- the rule on plain sets of dates ----------------------------------------------------
def test_monday_to_friday_are_workdays_without_exceptions():
    week = [D("2026-11-23") + timedelta(days=i) for i in range(7)]  # Monday..Sunday
    assert [PLAIN.is_workday(d) for d in week] == [True] * 5 + [False] * 2


def test_a_holiday_is_off_and_a_make_up_weekend_day_is_worked():
    cal = WorkCalendar.of(holidays={D("2026-11-25")}, workdays={D("2026-11-28")})
    assert not cal.is_workday(D("2026-11-25"))  # a Wednesday holiday
    assert cal.is_workday(D("2026-11-28"))  # a Saturday worked in exchange
    assert not cal.is_workday(D("2026-11-29"))  # the Sunday stays off


def test_add_workdays_skips_the_weekend_and_never_counts_the_start_day():
    friday = D("2026-11-27")
    assert PLAIN.add_workdays(friday, 0) == friday
    assert PLAIN.add_workdays(friday, 1) == D("2026-11-30")  # Monday
    assert PLAIN.add_workdays(D("2026-11-28"), 1) == D("2026-11-30")  # from a Saturday
    assert PLAIN.add_workdays(D("2026-11-23"), 5) == D("2026-11-30")  # Monday + 5 = next Monday


def test_add_workdays_counts_back_with_a_negative_number():
    assert PLAIN.add_workdays(D("2026-11-30"), -1) == D("2026-11-27")
    assert PLAIN.add_workdays(D("2026-11-30"), -5) == D("2026-11-23")


def test_workdays_between_counts_the_half_open_interval_and_is_signed():
    assert PLAIN.workdays_between(D("2026-11-27"), D("2026-11-27")) == 0
    assert PLAIN.workdays_between(D("2026-11-27"), D("2026-11-30")) == 1
    assert PLAIN.workdays_between(D("2026-11-27"), D("2026-11-29")) == 0
    assert PLAIN.workdays_between(D("2026-11-30"), D("2026-11-27")) == -1


def test_module_functions_accept_a_calendar_or_a_store(station):
    cal = WorkCalendar.of(holidays={D("2026-11-30")})
    assert add_workdays(cal, D("2026-11-27"), 1) == D("2026-12-01")
    assert not is_workday(cal, D("2026-11-30"))
    assert workdays_between(cal, D("2026-11-27"), D("2026-12-01")) == 1
    assert calendar_for(cal) is cal
    assert is_workday(station, D("2026-11-30"))


days = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@given(st.sets(days, max_size=40), st.sets(days, max_size=10), days, st.integers(-40, 40))
def test_workdays_between_inverts_add_workdays(holidays, make_up, start, n):
    cal = WorkCalendar.of(holidays - make_up, make_up)
    end = cal.add_workdays(start, n)
    assert cal.workdays_between(start, end) == n
    if n:
        assert cal.is_workday(end)


# -- the published schedule, read from the store ---------------------------------------
@pytest.mark.parametrize("start, n, expected", [
    # National Day 2026: Oct 1-7 off, Sunday Sep 20 and Saturday Oct 10 worked.
    ("2026-09-30", 1, "2026-10-08"),
    ("2026-09-18", 1, "2026-09-20"),
    ("2026-10-09", 1, "2026-10-10"),
    ("2026-09-24", 1, "2026-09-28"),  # Mid-Autumn, Friday Sep 25 off
    # Spring Festival 2026: Feb 15-23 off, Saturdays Feb 14 and Feb 28 worked.
    ("2026-02-13", 1, "2026-02-14"),
    ("2026-02-14", 1, "2026-02-24"),
    ("2026-02-27", 1, "2026-02-28"),
    # New Year 2026: Jan 1-3 off, Sunday Jan 4 worked.
    ("2025-12-31", 1, "2026-01-04"),
    # Labour Day 2026: May 1-5 off, Saturday May 9 worked.
    ("2026-04-30", 1, "2026-05-06"),
    ("2026-05-08", 1, "2026-05-09"),
    # 2025: Spring Festival Jan 28 - Feb 4, Sunday Jan 26 and Saturday Feb 8 worked.
    ("2025-01-24", 1, "2025-01-26"),
    ("2025-01-27", 1, "2025-02-05"),
    ("2025-09-30", 1, "2025-10-09"),  # National Day + Mid-Autumn 2025, Oct 1-8
])
def test_add_workdays_follows_the_state_council_schedule(station, start, n, expected):
    assert add_workdays(station, D(start), n) == D(expected)


def test_workdays_between_across_national_day_2026(station):
    assert workdays_between(station, D("2026-09-30"), D("2026-10-10")) == 3  # Oct 8, 9, 10
    assert workdays_between(station, D("2026-09-19"), D("2026-09-21")) == 2  # Sun 20 (调休), Mon 21


def test_is_workday_on_the_seeded_calendar(station):
    assert not is_workday(station, D("2026-10-01"))
    assert not is_workday(station, D("2026-02-23"))  # a Monday inside the Spring Festival
    assert is_workday(station, D("2026-01-04"))  # a Sunday, 调休
    assert is_workday(station, D("2025-10-11"))  # a Saturday, 调休
    assert is_workday(station, D("2026-11-27"))


def test_calendar_covers_only_published_years(station):
    cal = calendar_for(station)
    assert cal.covers(D("2026-06-01")) and cal.covers(D("2025-06-01"))
    assert not cal.covers(D("2027-06-01"))
    assert cal.name_of(D("2026-10-01")) == "国庆节"


def test_a_synced_calendar_change_is_seen_without_restarting(station):
    assert is_workday(station, D("2027-01-01"))  # 2027 not published yet: plain Friday
    first = calendar_for(station)
    assert calendar_for(station) is first  # cached while nothing changes
    _town_insert_day(station, "2027-01-01", "holiday", "元旦")
    assert not is_workday(station, D("2027-01-01"))
    assert reload_calendar(station) is not first


def test_the_cache_is_per_store(station, tmp_path):
    from station_app.station import init_station

    other = init_station(tmp_path / "other", "SHIMEN", "石门村便民服务站", [("赵六", "1111")])
    try:
        _town_insert_day(other, "2026-12-01", "holiday", "测试")
        assert not is_workday(other, D("2026-12-01"))
        assert is_workday(station, D("2026-12-01"))
        assert len(workdays._cache) >= 2
    finally:
        other.close()


# -- the bundled calendar file ---------------------------------------------------------
def _calendar_file() -> dict:
    return json.loads(resource_path("calendar.json").read_text(encoding="utf-8"))


def test_calendar_file_is_well_formed():
    days = _calendar_file()["days"]
    assert len({d["day"] for d in days}) == len(days)
    assert {d["kind"] for d in days} == {"holiday", "workday"}
    assert all(d["name"] for d in days)
    for d in days:
        if d["kind"] == "workday":
            assert D(d["day"]).weekday() >= 5, d  # a make-up workday is always a weekend day
    assert {D(d["day"]).year for d in days} == {2025, 2026}


def test_calendar_file_matches_the_2026_notice():
    days = [d for d in _calendar_file()["days"] if d["day"].startswith("2026")]
    holidays = Counter(d["name"] for d in days if d["kind"] == "holiday")
    assert holidays == {"元旦": 3, "春节": 9, "清明节": 3, "劳动节": 5, "端午节": 3, "中秋节": 3, "国庆节": 7}
    make_up = sorted(d["day"] for d in days if d["kind"] == "workday")
    assert make_up == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]


def test_calendar_file_matches_the_2025_notice():
    days = [d for d in _calendar_file()["days"] if d["day"].startswith("2025")]
    holidays = Counter(d["name"] for d in days if d["kind"] == "holiday")
    assert holidays == {"元旦": 1, "春节": 8, "清明节": 3, "劳动节": 5, "端午节": 3, "国庆节、中秋节": 8}
    make_up = sorted(d["day"] for d in days if d["kind"] == "workday")
    assert make_up == ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]


def test_the_store_is_seeded_with_the_whole_file(station):
    assert station.scalar("SELECT COUNT(*) FROM calendar_days") == len(_calendar_file()["days"])
