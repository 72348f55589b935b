"""Real processes killed with SIGKILL at chosen points, then restarted: nothing is lost
and nothing counts twice. The crash points are named in sync/crash.py."""

from __future__ import annotations

import json
import signal

import pytest

from station_app.station import open_station
from sync.hub.store import open_hub
from sync.protocol import PAGE_OPS
from sync.town.notices import publish_notice
from sync.town.writes import publish_catalogue_item, set_case_status
from sync_support import HubProcess, cli_stats_pair, enrol_offline, hub_op_ids, station_app, station_op_ids

KILLED = -signal.SIGKILL


def _acked(station) -> int:
    with open_station(station) as store:
        return int(store.get_meta("sync_acked_seq", "0"))


def _last_applied(hub_dir) -> int:
    with open_hub(hub_dir) as hub:
        return hub.scalar("SELECT last_applied FROM hub_stations WHERE code = 'ZHUPO'")


def _equal_after_restart(station, hub_dir) -> None:
    done = station_app("sync", "--data-dir", station)
    assert done.stdout.startswith("同步完成") and "待上传 0" in done.stdout
    mine, theirs = cli_stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs
    op_ids = hub_op_ids(hub_dir, "ZHUPO")
    assert len(op_ids) == len(set(op_ids))  # no op id stored twice
    assert sorted(op_ids) == sorted(station_op_ids(station))  # and none missing


@pytest.mark.parametrize("point, hub_has, station_has", [
    ("before_request@2", PAGE_OPS, PAGE_OPS),  # killed as it was about to send the second page
    ("after_hub_commit@2", 1246, PAGE_OPS),  # the hub committed page 2; the reply was never read
])
def test_station_killed_during_push_then_sync_again(hub, hub_dir, make_station, point, hub_has, station_has):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)

    killed = station_app("sync", "--data-dir", station, env={"STATION_SYNC_CRASH_AT": point}, check=False)

    assert killed.returncode == KILLED
    assert (_last_applied(hub_dir), _acked(station)) == (hub_has, station_has)
    _equal_after_restart(station, hub_dir)


def test_station_killed_while_applying_a_pulled_page_then_sync_again(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    station_app("sync", "--data-dir", station)
    with open_hub(hub_dir) as hub_store:
        moved = [r["id"] for r in hub_store.all(
            "SELECT id FROM cases WHERE status = 'sent_to_town' AND station_code = 'ZHUPO'")]
        for case_id in moved:
            set_case_status(hub_store, case_id, "accepted")
        item = dict(hub_store.one("SELECT * FROM catalogue_items WHERE code = 'LB-01'"))
        publish_catalogue_item(hub_store, {**item, "materials": json.loads(item["materials"]), "time_limit_days": 2})
        publish_notice(hub_store, "通知", "村务公开栏已更新")
    assert moved
    with open_station(station) as store:
        cursor = store.get_meta("sync_cursor")

    killed = station_app("sync", "--data-dir", station, env={"STATION_SYNC_CRASH_AT": "mid_pull_apply"},
                         check=False)

    assert killed.returncode == KILLED
    with open_station(station) as store:  # the half-applied page was rolled back whole
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.get_meta("sync_cursor") == cursor
        assert {store.get("cases", c)["status"] for c in moved} == {"sent_to_town"}
        assert store.get("catalogue_items", "LB-01")["time_limit_days"] != 2
    _equal_after_restart(station, hub_dir)
    with open_station(station) as store:
        assert {store.get("cases", c)["status"] for c in moved} == {"accepted"}
        assert store.get("catalogue_items", "LB-01")["time_limit_days"] == 2


def test_hub_killed_mid_apply_then_restarted(hub_dir, make_station):
    station = make_station("ZHUPO")
    hub = HubProcess(hub_dir).start(env={"STATION_HUB_CRASH_AT": "mid_apply@2"})
    try:
        enrol_offline(hub_dir, station, "ZHUPO", hub.url)

        cut = station_app("sync", "--data-dir", station, check=False)

        assert cut.returncode == 3 and cut.stdout.startswith("暂时连不上镇中心")
        assert hub.wait_dead() == KILLED
        with open_hub(hub_dir) as hub_store:
            assert hub_store.scalar("PRAGMA integrity_check") == "ok"
        assert (_last_applied(hub_dir), _acked(station)) == (PAGE_OPS, PAGE_OPS)  # page 2 vanished whole
        assert len(hub_op_ids(hub_dir, "ZHUPO")) == PAGE_OPS
        hub.stop()
        hub.start(env={})  # same port, no crash point
        _equal_after_restart(station, hub_dir)
    finally:
        hub.stop()
