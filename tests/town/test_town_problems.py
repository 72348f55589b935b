"""Rejections and conflicts listed for the town to settle; a settled one reaches its station."""

from __future__ import annotations

import shutil

import pytest

from station_app.errors import StateError, ValidationError
from station_app.station import open_station
from sync.hub_problems import problem_list, resolve_problem
from sync.hub_store import open_hub
from sync.station_state import open_problems as station_problems
from sync.town_demo import usb_sync
from town_support import send_a_foreign_record


@pytest.fixture
def rejected(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    station_dir = hub_dir / "demo-stations" / "ZHUPO"
    send_a_foreign_record(hub_dir, station_dir, tmp_path)
    return hub_dir, station_dir


def test_a_rejection_is_listed_settled_with_a_note_and_the_station_hears_of_it(rejected, tmp_path):
    hub_dir, station_dir = rejected
    with open_station(station_dir) as store:
        (problem,) = station_problems(store)  # the agent sees why the record was refused
    with open_hub(hub_dir) as hub:
        listed = problem_list(hub)
        assert listed["total"] == 1
        item = listed["items"][0]
        assert (item["id"], item["station_code"], item["kind_label"], item["entity"]) == \
            (problem["id"], "ZHUPO", "拒收", "receptions")
        assert "SHIMEN" in item["reason"]

        with pytest.raises(ValidationError) as empty:  # a note says what was done: required
            resolve_problem(hub, item["id"], "李会计", "  ")
        assert empty.value.field == "resolution"
        assert problem_list(hub)["total"] == 1

        resolve_problem(hub, item["id"], "李会计", "已电话联系朱坡村，重新登记了这条接待")
        with pytest.raises(StateError):
            resolve_problem(hub, item["id"], "李会计", "再来一次")
        assert problem_list(hub)["total"] == 0
        settled = problem_list(hub, state="resolved")["items"][0]
        assert (settled["resolved_by"], settled["resolution"]) == ("李会计", "已电话联系朱坡村，重新登记了这条接待")

    usb_sync(hub_dir, station_dir, tmp_path / "again")

    with open_station(station_dir) as store:
        assert station_problems(store) == []
        row = store.one("SELECT resolved_at, detail FROM sync_problems WHERE id = ?", (problem["id"],))
    assert row["resolved_at"] and "重新登记了这条接待" in row["detail"]


def test_problems_filter_by_station(rejected):
    hub_dir, _ = rejected
    with open_hub(hub_dir) as hub:
        assert problem_list(hub, station="zhupo")["total"] == 1
        assert problem_list(hub, station="SHIMEN")["total"] == 0
        assert problem_list(hub, state="all")["total"] == 1
