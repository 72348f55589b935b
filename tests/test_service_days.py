"""Town service days at the station: signing villagers up, what to bring, outcomes on the
day, and a sign-up that goes on as a full-agency case with its materials filled in."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from station_app import service_days
from station_app.cases import get_case
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.ids import new_id
from station_app.stats import station_stats
from station_app.timeutil import local_date
from station_app.today import today_summary


def plan(station, day: date, stations=("ZHUPO",), items=("LB-01", "MZ-02"), status="planned") -> str:
    """A day as the town's plan arrives at the station (a pulled, town-owned record)."""
    day_id = new_id()
    station.conn.execute(
        "INSERT INTO service_days (id, day, starts, ends, stations, items, staff, status, created_at, version, hlc)"
        " VALUES (?, ?, '09:00', '11:30', ?, ?, ?, ?, ?, 1, '000000000000000-00000-TOWN')",
        (day_id, day.isoformat(), json.dumps(list(stations)), json.dumps(list(items)), json.dumps(["刘文静", "赵强"]),
         status, station.now_iso()))
    return day_id


@pytest.fixture
def soon(station):
    return local_date(station.now_iso()) + timedelta(days=3)


def test_signing_up_only_for_what_the_day_offers_and_telling_what_to_bring(station, agent, villager, soon):
    day_id = plan(station, soon)
    other_station = plan(station, soon, stations=("SHIMEN",))
    with pytest.raises(NotFoundError):
        service_days.sign_up(station, agent, other_station, villager, "LB-01")
    with pytest.raises(ValidationError) as err:
        service_days.sign_up(station, agent, day_id, villager, "GT-01")
    assert err.value.code == "item_not_offered"
    made = service_days.sign_up(station, agent, day_id, villager, "LB-01", ["居民身份证", "不存在的材料"])
    with pytest.raises(StateError):
        service_days.sign_up(station, agent, day_id, villager, "LB-01")
    assert "居民身份证" not in made["missing"]
    (signup,) = service_days.signups(station, day_id)
    assert signup["materials_have"] == ["居民身份证"] and signup["missing"] == made["missing"]
    notice = service_days.bring_notice(station, made["id"])
    assert notice.startswith("张桂兰：") and f"{soon.isoformat()} 09:00–11:30" in notice
    assert "居民身份证（原件）\n" in notice and "（没有可以后补）" in notice  # LB-01: the social-security card


def test_today_shows_a_day_from_a_week_before(station, agent, villager, soon):
    later = plan(station, local_date(station.now_iso()) + timedelta(days=20))
    near = plan(station, soon)
    service_days.sign_up(station, agent, near, villager, "MZ-02")
    lines = [t for t in today_summary(station)["todo"] if t["page"] == "service_days"]
    assert [t["id"] for t in lines] == [near] and "已报名 1 人" in lines[0]["text"]
    assert later not in [d["id"] for d in service_days.upcoming(station)]


def test_outcomes_on_the_day_and_a_sign_up_that_becomes_a_case(station, agent, villager, clock):
    today = local_date(station.now_iso())
    day_id = plan(station, today + timedelta(days=1))
    ok = service_days.sign_up(station, agent, day_id, villager, "LB-01", ["居民身份证", "社会保障卡"])
    case = service_days.sign_up(station, agent, day_id, villager, "MZ-02", ["居民身份证"])
    with pytest.raises(StateError):  # not before the day
        service_days.record_outcome(station, agent, ok["id"], "done")
    clock.moment += timedelta(days=1)
    service_days.record_outcome(station, agent, ok["id"], "done", served_by="刘文静")
    with pytest.raises(StateError):
        service_days.record_outcome(station, agent, ok["id"], "no_show")
    with pytest.raises(ValidationError):
        service_days.record_outcome(station, agent, case["id"], "no_show", open_as_case=True)
    made = service_days.record_outcome(station, agent, case["id"], "referred", note="需到镇民政窗口审核",
                                       open_as_case=True)

    opened = get_case(station, made["case"]["id"])
    assert opened["item_code"] == "MZ-02" and opened["materials_received"] == ["居民身份证"]
    rows = {s["item_code"]: s for s in service_days.signups(station, day_id)}
    assert rows["MZ-02"]["case_no"] == opened["case_no"] and rows["LB-01"]["served_by"] == "刘文静"
    summary = service_days.day_summary(station, day_id)["items"]
    assert summary["LB-01"]["done"] == 1 and summary["MZ-02"]["referred"] == 1
    figures = station_stats(station)["service_days"]
    assert figures["signups"]["signed_up"] == 2 and figures["outcomes"]["referred"] == 1


def test_a_cancelled_sign_up_or_day(station, agent, villager, soon):
    day_id = plan(station, soon)
    made = service_days.sign_up(station, agent, day_id, villager, "LB-01")
    service_days.cancel(station, agent, made["id"])
    with pytest.raises(StateError):
        service_days.cancel(station, agent, made["id"])
    assert service_days.signups(station, day_id) == []
    assert len(service_days.signups(station, day_id, include_cancelled=True)) == 1
    called_off = plan(station, soon, status="cancelled")
    with pytest.raises(StateError):
        service_days.sign_up(station, agent, called_off, villager, "LB-01")
