"""Stopping a station: its secret and file key stop working, nothing it sends is applied,
its records stay; a re-issued code brings it back."""

from __future__ import annotations

import json

import pytest

from station_app.agents import list_agents
from station_app.demo import make_demo
from station_app.errors import NotFoundError, StateError
from station_app.station import open_station
from station_app.villagers import add_villager
from sync.batch_files import BatchRefused
from sync.hub.stations import add_station, authenticate, enrol, list_stations, revoke_station
from sync.hub.store import init_hub, open_hub
from sync.hub.usb import import_at_hub
from sync.protocol import ProtocolError
from sync.station.state import save_enrolment, settings
from sync.station.usb import export_batch, import_reply
from sync.town.queries import stations_overview


@pytest.fixture
def town(tmp_path):
    hub_dir, station_dir = tmp_path / "hub", tmp_path / "ZHUPO"
    init_hub(hub_dir, "小浪底镇便民服务中心").close()
    make_demo(station_dir, days=2, seed=3, station=("ZHUPO", "朱坡村"))
    enrol_file = tmp_path / "enrol.json"
    with open_hub(hub_dir) as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=enrol_file)
    with open_station(station_dir) as store:
        save_enrolment(store, json.loads(enrol_file.read_text(encoding="utf-8")), None)
    return hub_dir, station_dir


def _round_trip(hub_dir, station_dir, tmp_path) -> dict:
    with open_station(station_dir) as store:
        export_batch(store, tmp_path / "batch.vsb")
    with open_hub(hub_dir) as hub:
        got = import_at_hub(hub, tmp_path / "batch.vsb", tmp_path / "reply.vsb")
    with open_station(station_dir) as store:
        import_reply(store, tmp_path / "reply.vsb")
    return got


def _counts(hub_dir) -> dict:
    with open_hub(hub_dir) as hub:
        return {t: hub.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("hub_ops", "hub_batches", "villagers")}


def test_a_revoked_station_is_refused_over_the_network_and_by_file_and_keeps_its_records(town, tmp_path):
    hub_dir, station_dir = town
    assert _round_trip(hub_dir, station_dir, tmp_path)["applied"] > 0
    with open_station(station_dir) as store:
        secret = settings(store).secret
        agent = list_agents(store)[0].id
        add_villager(store, agent, "赵春梅", phone="13700002222", village_group="二组")
        export_batch(store, tmp_path / "after.vsb")
    with open_hub(hub_dir) as hub:
        authenticate(hub, "ZHUPO", secret)  # works before
        stopped = revoke_station(hub, "zhupo")
        assert stopped["revoked_at"]
        before = _counts(hub_dir)
        with pytest.raises(ProtocolError) as refused:
            authenticate(hub, "ZHUPO", secret)  # what /v1/exchange asks first
        assert refused.value.status == 403 and "停用" in refused.value.reason
        with pytest.raises(BatchRefused) as file_refused:
            import_at_hub(hub, tmp_path / "after.vsb", tmp_path / "reply.vsb")
        assert "停用" in file_refused.value.message
        with pytest.raises(StateError):
            revoke_station(hub, "ZHUPO")
        with pytest.raises(NotFoundError):
            revoke_station(hub, "NOSUCH")
        overview = {s["code"]: s for s in stations_overview(hub)}
        assert overview["ZHUPO"]["revoked_at"] and not overview["ZHUPO"]["enrolled"]
        assert [s["code"] for s in list_stations(hub)] == ["ZHUPO"]
    after = _counts(hub_dir)
    assert after == before and after["hub_ops"] > 0  # nothing applied, nothing lost
    with open_hub(hub_dir) as hub:
        assert not hub.one("SELECT 1 FROM villagers WHERE name = '赵春梅'")
        # A re-issued code enrols it again and its next file is taken.
        code = add_station(hub, "ZHUPO", "朱坡村便民服务站", reissue=True)
        again = enrol(hub, "ZHUPO", code)
    with open_station(station_dir) as store:
        save_enrolment(store, again, None)
    assert _round_trip(hub_dir, station_dir, tmp_path)["applied"] >= 1
    with open_hub(hub_dir) as hub:
        assert hub.one("SELECT 1 FROM villagers WHERE name = '赵春梅'")
        assert not list_stations(hub)[0]["revoked_at"]
