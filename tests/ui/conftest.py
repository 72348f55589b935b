"""GUI tests run offscreen against a real station store and the real database worker."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station_app.demo import make_demo  # noqa: E402
from station_app.station import init_station, open_station  # noqa: E402


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
    init_station(folder, "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234"), ("李建国", "5678")]).close()
    return folder


@pytest.fixture
def gui(qapp):
    """Our language and look on the test QApplication."""
    from ui.app import make_app

    return make_app()


def open_ctx(folder, agent_name="王秀英"):
    from station_app.agents import find_agent
    from ui.app import open_context, wait_idle

    ctx = open_context(folder)
    wait_idle(ctx.db)
    with open_station(folder) as store:
        agent = find_agent(store, agent_name)
    ctx.set_agent(agent.id, agent.name)
    return ctx


@pytest.fixture
def ctx(gui, demo_folder):
    context = open_ctx(demo_folder)
    yield context
    context.db.close()
