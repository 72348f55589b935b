"""Sync test fixtures: demo stations made once per session and copied per test, and a
fresh hub (folder and real ``station-hub serve`` process) per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from station_app.demo import make_demo
from sync.hub.store import init_hub
from sync_support import TODAY, HubProcess


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory) -> dict[str, Path]:
    """Two small demo stations (20 days), made once per test session."""
    base = tmp_path_factory.mktemp("demo-templates")
    made = {}
    for code, village, seed in (("ZHUPO", "朱坡村", 2021), ("SHIMEN", "石门村", 7)):
        make_demo(base / code, days=20, seed=seed, station=(code, village), today=TODAY)
        made[code] = base / code
    return made


@pytest.fixture
def make_station(tmp_path, demo_templates):
    """A fresh copy of a demo station: ``make_station("ZHUPO")`` → its data folder."""

    def make(code: str = "ZHUPO", name: str | None = None) -> Path:
        folder = tmp_path / (name or f"station-{code}")
        shutil.copytree(demo_templates[code], folder)
        return folder

    return make


@pytest.fixture
def hub_dir(tmp_path) -> Path:
    folder = tmp_path / "hub"
    init_hub(folder, "小浪底镇便民服务中心").close()
    return folder


@pytest.fixture
def two_stations(hub, hub_dir, make_station):
    """ZHUPO (whose secret an attacker holds) and SHIMEN, both synced with the hub:
    their folders and ZHUPO's secret."""
    from station_app.station import open_station
    from sync.station.state import settings
    from sync_support import enrol_offline, sync_station

    folders = {}
    for code in ("ZHUPO", "SHIMEN"):
        folders[code] = make_station(code)
        enrol_offline(hub_dir, folders[code], code, hub.url)
        assert sync_station(folders[code]).status == "ok"
    with open_station(folders["ZHUPO"]) as store:
        return folders, settings(store).secret


@pytest.fixture
def hub(hub_dir):
    process = HubProcess(hub_dir).start()
    yield process
    process.stop()


