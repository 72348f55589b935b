"""Creating and opening a station's store in its data folder."""

from __future__ import annotations

import re
from pathlib import Path

from .agents import add_agent, check_pin_format
from .errors import StateError, ValidationError
from .paths import store_path
from .private import private_dir
from .settings import STATION_CODE, STATION_NAME
from .station_profile import profile
from .store import Store
from .timeutil import Clock
from .town_data import seed_town_data
from .validation import required_text

CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")


def check_station_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not CODE_RE.match(code):
        raise ValidationError("bad_station_code", "站点编号应为2到12位大写字母或数字，以字母开头", "station_code")
    return code


def is_initialised(data_dir: Path) -> bool:
    path = store_path(data_dir)
    if not path.exists():
        return False
    with Store(path) as store:
        return STATION_CODE.get(store) is not None


def init_station(data_dir: Path, code: str, name: str, agents: list[tuple[str, str]],
                 clock: Clock | None = None, phone: str | None = None, takes_over: bool = False) -> Store:
    """Make a new station store. Refuses a folder that already holds a station.
    ``takes_over``: a PC replacing the station's old one, whose agents (and everything
    else) come back from the town's hub, so it may start with none."""
    code = check_station_code(code)
    name = required_text(name, "station_name", "服务站名称", 40)
    if not agents and not takes_over:
        raise ValidationError("no_agent", "至少要登记一位代办员", "agent")
    for agent_name, pin in agents:  # checked before anything touches the disk
        required_text(agent_name, "agent", "代办员姓名", 20)
        check_pin_format(pin, "agent")
    data_dir = Path(data_dir)
    if is_initialised(data_dir):
        raise StateError("already_initialised", f"{data_dir} 里已经有一个服务站", "data_dir")
    private_dir(data_dir)
    store = Store(store_path(data_dir), clock=clock)
    try:
        with store.transaction():
            store.set_meta("station_code", code)
            store.set_meta("station_name", name)
            if phone:
                store.set_meta("station_phone", phone.strip())
            seed_town_data(store)
            first = None
            for (agent_name, pin), post in zip(agents, ("A", "B", *[None] * len(agents))):
                made = add_agent(store, agent_name, pin, by_agent=first, post=post)
                first = first or made
    except BaseException:
        store.close()
        raise
    return store


def identity(store: Store) -> dict:
    """Who the station is, as its window and printouts say: code, name, phone."""
    return {"code": store.station_code, "name": STATION_NAME.get(store), "phone": profile(store)["phone"]}


def awaiting_agents(data_dir: Path) -> bool:
    """A station made to take over from an old PC whose agents have not come back from the
    hub yet (the first sync was stopped): no one could log in, so the wizard carries on."""
    with open_station(data_dir) as store:
        return store.one("SELECT 1 FROM agents WHERE active = 1") is None


def open_station(data_dir: Path, clock: Clock | None = None) -> Store:
    path = store_path(Path(data_dir))
    if not path.exists():
        raise StateError("not_initialised", f"{data_dir} 里还没有服务站，请先运行 station-app init", "data_dir")
    private_dir(Path(data_dir))  # folders made by an older version were left open
    store = Store(path, clock=clock)
    if STATION_CODE.get(store) is None:
        store.close()
        raise StateError("not_initialised", f"{data_dir} 里还没有服务站，请先运行 station-app init", "data_dir")
    return store
