"""A small town for the people tests: a hub and two fresh stations (ZHUPO, SHIMEN) whose
agents' days are written at chosen local times, synced over USB files in this process."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from station_app.agents import list_agents
from station_app.station import init_station, open_station
from station_app.store import Store
from station_app.timeutil import LOCAL_TZ, FixedClock
from sync.hub.stations import add_station
from sync.hub.store import init_hub, open_hub
from sync.station.state import save_enrolment
from sync.town.demo import usb_sync

MONDAY = date(2026, 11, 23)
AGENTS = {"ZHUPO": [("王秀英", "1234"), ("李建国", "5678")], "SHIMEN": [("刘玉珍", "1234"), ("杨素梅", "5678")]}
NAMES = {"ZHUPO": "朱坡村便民服务站", "SHIMEN": "石门村便民服务站"}


def local(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), LOCAL_TZ)


@dataclass
class SmallTown:
    root: Path
    clock: FixedClock = field(default_factory=lambda: FixedClock(local(MONDAY, "07:00").astimezone(timezone.utc),
                                                                step=timedelta(milliseconds=10)))

    @property
    def hub_dir(self) -> Path:
        return self.root / "hub"

    def station_dir(self, code: str) -> Path:
        return self.root / code

    def hub(self) -> Store:
        return open_hub(self.hub_dir)

    def station(self, code: str) -> Store:
        """The station's store on the town's shared test clock (set it with ``at``)."""
        return open_station(self.station_dir(code), clock=self.clock)

    def at(self, day: date, hhmm: str) -> None:
        self.clock.moment = local(day, hhmm).astimezone(timezone.utc)

    def agent(self, code: str, name: str) -> str:
        with self.station(code) as store:
            return next(a.id for a in list_agents(store) if a.name == name)

    def sync(self, code: str) -> dict:
        work = self.root / "usb"
        work.mkdir(exist_ok=True)
        return usb_sync(self.hub_dir, self.station_dir(code), work)


def small_town(root: Path) -> SmallTown:
    town = SmallTown(root)
    init_hub(town.hub_dir, "小浪底镇便民服务中心").close()
    for code, agents in AGENTS.items():
        init_station(town.station_dir(code), code, NAMES[code], agents, clock=town.clock).close()
        enrol = root / f"enrol-{code}.json"
        with open_hub(town.hub_dir) as hub:
            add_station(hub, code, NAMES[code], enrol_file=enrol)
        with open_station(town.station_dir(code)) as store:
            save_enrolment(store, json.loads(enrol.read_text(encoding="utf-8")), None)
        town.sync(code)
    return town
