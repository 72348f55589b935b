"""GUI tests run offscreen against a real station store and the real database worker."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import STATION_PHONE, new_station, open_ctx  # noqa: E402
from station_app.agents import list_agents  # noqa: E402
from station_app.demo import make_demo  # noqa: E402
from station_app.villagers import add_contact, add_villager  # noqa: E402


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A 30-day demo station, made once and copied for each test that wants one."""
    folder = tmp_path_factory.mktemp("demo-template") / "station"
    make_demo(folder, days=30, seed=5, today=date(2026, 11, 27))
    return folder


@pytest.fixture
def demo_folder(demo_template, tmp_path):
    folder = tmp_path / "station"
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def empty_folder(tmp_path):
    folder = tmp_path / "fresh"
    new_station(folder).close()
    return folder


@pytest.fixture
def gui(qapp):
    """Our language and look on the test QApplication."""
    from ui.boot import make_app

    return make_app()


@pytest.fixture
def ctx(gui, demo_folder):
    context = open_ctx(demo_folder)
    yield context
    context.db.close()


@pytest.fixture
def station_folder(tmp_path):
    """A fresh station (with its phone) and two villagers: 张桂兰 (三组, elderly; her son 张建军
    pays her bills) and 李小燕 (一组). A test file may override it with its own station."""
    folder = tmp_path / "station"
    store = new_station(folder, phone=STATION_PHONE)
    agent = list_agents(store)[0].id
    villager = add_villager(store, agent, "张桂兰", phone="13812345678", village_group="三组", tags=["elderly"])
    add_contact(store, agent, villager, "张建军", "13987654321", "son", is_payer=True)
    add_villager(store, agent, "李小燕", phone="13600001111", village_group="一组")
    store.close()
    return folder


@pytest.fixture
def station_agent():
    """Who is on duty in `station_ctx`; override it in a test file for the other agent."""
    return "王秀英"


@pytest.fixture
def station_ctx(gui, station_folder, station_agent):
    context = open_ctx(station_folder, station_agent)
    yield context
    context.db.close()


@pytest.fixture(scope="session")
def town_template(tmp_path_factory):
    """A 3-station town with a few days of data, made once per session."""
    from sync.town.demo import make_town_demo

    folder = tmp_path_factory.mktemp("town-template") / "hub"
    make_town_demo(folder, stations=3, days=6)
    return folder


@pytest.fixture
def town_folder(town_template, tmp_path):
    folder = tmp_path / "hub"
    shutil.copytree(town_template, folder)
    return folder


@pytest.fixture
def town_ctx(gui, town_folder):
    from sync.town.demo import DEMO_STAFF
    from ui.boot import open_town_context, wait_idle

    ctx = open_town_context(town_folder)
    wait_idle(ctx.db)
    ctx.set_agent("staff", DEMO_STAFF[0])
    yield ctx
    ctx.db.close()
