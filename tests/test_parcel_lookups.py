"""Parcels looked up: for release at the counter, the shelf, overdue ones, daily counts,
never by scanning the whole table; a scan or a lookup that finds a parcel already gone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from station_app import parcels, pickup_codes
from station_app.errors import StateError, ValidationError
from station_app.parcel_lookups import ReleaseQuery, ShelfQuery, count_shelf, list_release_matches, list_shelf
from station_app.parcels import (check_in, count_in_stock, daily_counts, find_for_release, in_stock, overdue, release,
                                 report_problem, return_to_courier, set_retention_days)
from station_app.villagers import add_villager

from parcel_support import sf


# -- look-ups ----------------------------------------------------------------------------

def test_find_for_release(station, agent, villager):
    other = add_villager(station, agent, "王建设", phone="13900005678")
    a = check_in(station, agent, sf(), villager_id=villager)
    b = check_in(station, agent, "YT1234567890123", villager_id=other)
    c = check_in(station, agent, sf(), recipient_name="张桂兰", recipient_phone="138****5678")
    gone = check_in(station, agent, sf(), villager_id=villager)
    release(station, agent, gone["id"], None, "self")
    report_problem(station, agent, c["id"], "damaged")

    def ids(text):
        return [p["id"] for p in find_for_release(station, text)]

    assert ids(a["pickup_code"]) == [a["id"]]
    assert ids(" " + a["pickup_code"].replace("-", " ") + " ") == [a["id"]]
    assert ids(a["pickup_code"].replace("-", "－")) == [a["id"]]
    assert ids("5678") == [a["id"], b["id"], c["id"]]
    assert ids("138 1234 5678") == [a["id"], c["id"]]  # the masked one may be theirs too
    assert ids("yt1234567890123") == [b["id"]]
    assert ids("桂兰") == [a["id"], c["id"]]
    assert ids("%") == [] and ids("") == [] and ids("9-9-9") == []
    assert find_for_release(station, c["pickup_code"])[0]["status"] == "problem"


def test_in_stock_pages_and_search(station, agent, villager):
    made = [check_in(station, agent, sf(), villager_id=villager)["id"] for _ in range(5)]
    check_in(station, agent, sf(), recipient_name="李四", recipient_phone="13700001111")
    release(station, agent, made[0], None, "self")
    assert count_in_stock(station) == 5
    first, second = in_stock(station, limit=3), in_stock(station, limit=3, offset=3)
    assert len(first) == 3 and len(second) == 2
    assert [p["id"] for p in first + second][1:] == made[:0:-1]  # newest first
    assert count_in_stock(station, search="李四") == 1
    assert [p["recipient_name"] for p in in_stock(station, search="1111")] == ["李四"]


def test_overdue_with_the_clock(station, agent, clock):
    old = check_in(station, agent, sf(), recipient_name="李四")["id"]
    clock.moment += timedelta(days=3)
    newer = check_in(station, agent, sf(), recipient_name="王五")["id"]
    assert overdue(station) == []
    clock.moment += timedelta(days=4)  # old: 7 days on the shelf, not yet more than 7
    assert overdue(station) == []
    clock.moment += timedelta(days=1)
    assert [(p["id"], p["days_waiting"]) for p in overdue(station)] == [(old, 8)]
    assert [p["id"] for p in overdue(station, retention_days=5)] == [old]
    set_retention_days(station, 3)
    assert [p["id"] for p in overdue(station)] == [old, newer]
    release(station, agent, old, None, "self")
    assert [p["id"] for p in overdue(station)] == [newer]
    with pytest.raises(ValidationError) as err:
        set_retention_days(station, 0)
    assert err.value.field == "retention_days"


def test_daily_counts_past_and_present(station, agent, clock):
    day1 = date(2026, 11, 27)
    ids = [check_in(station, agent, sf(), recipient_name="李四")["id"] for _ in range(3)]
    clock.moment += timedelta(days=1)
    release(station, agent, ids[0], None, "self")
    return_to_courier(station, agent, ids[1], "破损")
    check_in(station, agent, sf(), recipient_name="王五")
    assert daily_counts(station, day1) == {
        "day": "2026-11-27", "in": 3, "out": 0, "released": 0, "delivered": 0, "returned": 0,
        "in_stock": 3, "overdue": 0, "sent": 0,
    }
    today = daily_counts(station)
    assert (today["day"], today["in"], today["out"], today["released"], today["returned"]) == (
        "2026-11-28", 1, 2, 1, 1)
    assert today["in_stock"] == 2 == count_in_stock(station)
    clock.moment += timedelta(days=8)
    assert daily_counts(station)["overdue"] == 2 == len(overdue(station))
    assert daily_counts(station, day1 + timedelta(days=1))["in_stock"] == 2


@pytest.mark.parametrize("call", [
    lambda s: find_for_release(s, "3-2-1024"),
    lambda s: find_for_release(s, "5678"),
    lambda s: find_for_release(s, "13812345678"),
    lambda s: find_for_release(s, "SF1234567890123"),
    lambda s: find_for_release(s, "张"),
    lambda s: in_stock(s),
    lambda s: overdue(s),
    lambda s: list_shelf(s, ShelfQuery(status="overdue", search="5678")),
    lambda s: list_shelf(s, ShelfQuery(status="problem")),
    lambda s: count_shelf(s, ShelfQuery(search="张")),
    lambda s: list_release_matches(s, ReleaseQuery(text="5678"), 50, 50),
    lambda s: daily_counts(s),
    lambda s: pickup_codes.occupancy(s),
])
def test_look_ups_never_scan_the_parcel_table(station, call, monkeypatch):
    plans = []
    real_all, real_scalar, real_one = station.all, station.scalar, station.one

    def explained(real):
        def run(sql, params=()):
            plans.extend(r[3] for r in station.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            return real(sql, params)
        return run

    monkeypatch.setattr(station, "all", explained(real_all))
    monkeypatch.setattr(station, "scalar", explained(real_scalar))
    monkeypatch.setattr(station, "one", explained(real_one))
    call(station)
    # Walking one of the small on-shelf indexes is fine; reading the table or a full index is not.
    full_scans = [p for p in plans if p.startswith("SCAN") and "parcels_shelf_" not in p]
    assert plans and not full_scans, plans


def test_a_full_phone_alone_is_enough_for_a_recipient_not_in_the_register(station, agent):
    got = parcels.check_in_typed(station, agent, sf(), courier=None, villager_id=None, typed="13912345678",
                                 home_delivery=False, typed_ok=False)
    assert (got["parcel"]["recipient_name"], got["parcel"]["phone_tail"]) == ("尾号5678", "5678")


def test_a_scan_already_on_the_shelf_is_refused_at_the_scan(station, agent):
    from station_app.parcels import check_new_tracking

    number = sf()
    assert check_new_tracking(station, f" {number} ") == number
    got = parcels.check_in(station, agent, number, recipient_name="李四")
    with pytest.raises(StateError) as refused_:
        check_new_tracking(station, number)
    assert refused_.value.code == "already_in_stock" and got["pickup_code"] in refused_.value.message


def test_a_parcel_looked_up_after_it_went_says_when_and_to_whom(station, agent):
    from station_app.parcel_lookups import last_gone

    got = parcels.check_in(station, agent, sf(), recipient_name="张桂兰", recipient_phone="13812345678")
    parcels.release(station, agent, got["id"], "张建军", "family")
    for typed in (got["pickup_code"], "5678", "张桂兰"):
        gone = last_gone(station, typed)
        assert (gone["status"], gone["collected_by"], gone["collected_relation"]) == ("released", "张建军", "family")
        assert gone["closed_at_local"]
    assert last_gone(station, "9999") is None
