"""The town window's lists, read headless through their listings on a demo town."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from station_app.errors import ValidationError
from sync.hub.stations import list_stations, revoke_station
from sync.hub.store import open_hub
from sync.town.lists import INBOX, NOTICES, PROBLEMS, STATIONS, WORKLIST, calendar_exceptions, case_filter_choices
from sync.town.notices import publish_notice
from sync.town.queries import case_worklist, inbox, stations_overview
from sync.town.writes import publish_calendar_day, publish_catalogue_item


def rows(hub, listing, limit=100, offset=0, **query) -> list[dict]:
    return listing.rows(hub, type(listing.query)(**query), limit, offset)


def count(hub, listing, **query) -> int:
    return listing.count(hub, type(listing.query)(**query))


def test_the_lists_read_what_the_town_queries_read(demo_town):
    with open_hub(demo_town["hub"]) as hub:
        assert [b["id"] for b in rows(hub, INBOX)] == [b["id"] for b in inbox(hub)["items"]]
        zhupo = [b["station_code"] for b in rows(hub, INBOX, search="zhupo")]
        assert zhupo == ["ZHUPO"] * count(hub, INBOX, search="ZHUPO") and zhupo
        codes = [s["code"] for s in rows(hub, STATIONS)]
        assert codes == [s["code"] for s in stations_overview(hub)] == ["SHIMEN", "XIANGLIU", "ZHUPO"]
        stale_first = rows(hub, STATIONS, stale_first=True)
        assert stale_first[0]["code"] == "XIANGLIU" and stale_first[0]["stale"]
        assert [s["code"] for s in rows(hub, STATIONS, status="stale")] == ["XIANGLIU"]
        assert [s["code"] for s in rows(hub, STATIONS, search="zhu")] == ["ZHUPO"]
        assert count(hub, STATIONS, status="stale") == 1
        assert len(rows(hub, PROBLEMS)) == count(hub, PROBLEMS) == 1  # the demo's one conflict
        assert rows(hub, PROBLEMS, status="resolved") == [] and len(rows(hub, PROBLEMS, status="every")) == 1
        whole = case_worklist(hub, status="open")
        assert [c["id"] for c in rows(hub, WORKLIST, status="open")] == [c["id"] for c in whole["items"]]
        assert count(hub, WORKLIST, status="open") == whole["total"]
        assert [c["id"] for c in rows(hub, WORKLIST, limit=2, offset=1, status="open")] == [
            c["id"] for c in whole["items"][1:3]]


def test_one_list_of_stations_and_what_the_filters_offer(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    with open_hub(hub_dir) as hub:
        revoke_station(hub, "XIANGLIU")
        assert [s["code"] for s in list_stations(hub)] == ["SHIMEN", "XIANGLIU", "ZHUPO"]
        assert [s["code"] for s in list_stations(hub, working_only=True)] == ["SHIMEN", "ZHUPO"]
        choices = case_filter_choices(hub)
        assert [code for code, _name in choices["stations"]] == ["SHIMEN", "XIANGLIU", "ZHUPO"]
        assert [code for code, _name in choices["items"]] == [r[0] for r in hub.all(
            "SELECT code FROM catalogue_items ORDER BY code")]
        assert hub.scalar("SELECT window FROM catalogue_items WHERE code = 'LB-01'") in choices["windows"]
        publish_calendar_day(hub, "2099-01-02", "holiday", "测试")
        assert calendar_exceptions(hub, date(2099, 1, 1)) == [("2099-01-02", "holiday", "测试")]
        notice = publish_notice(hub, "停水", "明天停水", audience=["ZHUPO"])
        assert [n["id"] for n in rows(hub, NOTICES)][0] == notice and NOTICES.count is None


def test_an_item_the_town_publishes_lists_what_to_bring(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    with open_hub(hub_dir) as hub, pytest.raises(ValidationError) as refused:
        publish_catalogue_item(hub, {"code": "MZ-09", "name": "临时救助申请", "window": "民政救助",
                                     "time_limit_days": 5, "materials": []}, new=True)
    assert refused.value.field == "materials"
