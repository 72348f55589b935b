"""Rejections and conflicts listed for the town to settle; a settled one reaches its station."""

from __future__ import annotations

import shutil

import pytest

from station_app.errors import StateError, ValidationError
from station_app.station import open_station
from sync.hub.store import open_hub
from sync.station.state import open_problems as station_problems
from sync.town.demo import usb_sync
from sync.town.problems import problem_list, resolve_problem
from town_support import send_a_foreign_record


@pytest.fixture
def rejected(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    station_dir = hub_dir / "demo-stations" / "ZHUPO"
    send_a_foreign_record(hub_dir, station_dir, tmp_path)
    return hub_dir, station_dir


def _rejections(hub, state="open", station=None) -> list[dict]:
    return [p for p in problem_list(hub, state=state, station=station)["items"] if p["kind"] == "rejection"]


def test_a_rejection_is_listed_settled_with_a_note_and_the_station_hears_of_it(rejected, tmp_path):
    hub_dir, station_dir = rejected
    with open_station(station_dir) as store:
        (problem,) = [p for p in station_problems(store) if p["kind"] == "rejection"]  # the agent sees why
    with open_hub(hub_dir) as hub:
        (item,) = _rejections(hub)
        assert (item["id"], item["station_code"], item["kind_label"], item["entity"]) == \
            (problem["id"], "ZHUPO", "拒收", "receptions")
        assert "SHIMEN" in item["reason"]
        open_before = problem_list(hub)["total"]

        with pytest.raises(ValidationError) as empty:  # a note says what was done: required
            resolve_problem(hub, item["id"], "李会计", "  ")
        assert empty.value.field == "resolution"
        assert problem_list(hub)["total"] == open_before

        resolve_problem(hub, item["id"], "李会计", "已电话联系朱坡村，重新登记了这条接待")
        with pytest.raises(StateError):
            resolve_problem(hub, item["id"], "李会计", "再来一次")
        assert problem_list(hub)["total"] == open_before - 1 and _rejections(hub) == []
        (settled,) = _rejections(hub, state="resolved")
        assert (settled["resolved_by"], settled["resolution"]) == ("李会计", "已电话联系朱坡村，重新登记了这条接待")

    usb_sync(hub_dir, station_dir, tmp_path / "again")

    with open_station(station_dir) as store:
        assert problem["id"] not in {p["id"] for p in station_problems(store)}
        row = store.one("SELECT resolved_at, detail FROM sync_problems WHERE id = ?", (problem["id"],))
    assert row["resolved_at"] and "重新登记了这条接待" in row["detail"]


def test_problems_filter_by_station(rejected):
    hub_dir, _ = rejected
    with open_hub(hub_dir) as hub:
        everyone = problem_list(hub, state="all")["items"]
        for code in ("ZHUPO", "SHIMEN", "XIANGLIU"):
            mine = problem_list(hub, station=code.lower())["items"]
            assert mine == [p for p in everyone if p["station_code"] == code]
        assert len(_rejections(hub, station="ZHUPO")) == 1 and _rejections(hub, station="SHIMEN") == []
