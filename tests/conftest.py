"""Shared fixtures: a fresh station on a fixed clock, with two agents on the A/B post."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sms_sim import SimulatedModem
from station_app import agents
from station_app.station import init_station
from station_app.timeutil import FixedClock
from station_app.villagers import add_contact, add_villager


@pytest.fixture(autouse=True)
def fast_pin_hashing(monkeypatch):
    # The production cost factor makes every test that adds an agent take a fifth of a second.
    monkeypatch.setattr(agents, "PIN_ITERATIONS", 1_000)


@pytest.fixture
def clock():
    """2026-11-27 10:00 Beijing time, one second further at every reading."""
    return FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc), step=timedelta(seconds=1))


@pytest.fixture
def station(tmp_path, clock):
    store = init_station(tmp_path / "station", "ZHUPO", "朱坡村便民服务站",
                         [("王秀英", "1234"), ("李建国", "5678")], clock=clock)
    yield store
    store.close()


@pytest.fixture
def agent(station):
    return agents.list_agents(station)[0].id


@pytest.fixture
def villager(station, agent):
    return add_villager(station, agent, "张桂兰", phone="13812345678", village_group="三组",
                        tags=["elderly", "alone"])


@pytest.fixture
def payer(station, agent, villager):
    return add_contact(station, agent, villager, "张建军", "13987654321", "son", is_payer=True)


@pytest.fixture
def sim():
    """A modem simulated on a pseudo-terminal, answering AT commands as a real one does."""
    modem = SimulatedModem()
    modem.start()
    yield modem
    modem.stop()
