"""``station-hub demo``: a living town at once — a hub with N stations named after the
demo villages, each filled by ``station_app.demo.make_demo`` (through the station's own
services) and synced to the hub through the real USB-file path: the station exports a
signed batch, the hub imports it (``import_at_hub``, the code HTTP uses) and the station
takes the reply. A couple of stations stop a few days early and last synced then, so the
dashboard shows stale ones; the town plans service days at up to six others (three a day),
which sign villagers up for them. Each station has its own two agents, hours and duty log,
and writes to the town now and then; the town publishes notices, checks the posts, answers
(``demo_people``). The station folders stay under ``H/demo-stations/CODE``.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from station_app.demo import make_demo
from station_app.demo_people import VILLAGES
from station_app.errors import ValidationError
from station_app.station import init_station, open_station
from station_app.timeutil import LOCAL_TZ, FixedClock, utc_now

from ..hub.stations import add_station, list_stations
from ..hub.store import init_hub, is_hub, open_hub
from ..hub.usb import import_at_hub
from ..station.state import save_enrolment
from ..station.usb import export_batch, import_reply
from . import demo_people
from .staff import add_staff, list_staff
from .writes import set_case_status

DEMO_TOWN = "小浪底镇便民服务中心"  # the town of the seed report
DEMO_STAFF = ("演示管理员", "demo-password")
STATIONS_DIR = "demo-stations"
SERVICE_DAY_ITEMS = ["LB-01", "MZ-02"]  # fingerprint capture; the 五保 application
SERVICE_DAY_STAFF = ["孙丽", "王海涛"]
TOWN_STAFF = [DEMO_STAFF[0], *SERVICE_DAY_STAFF, demo_people.CHECK_STAFF]  # accounts, all with the demo password


def stale_positions(count: int) -> dict[int, int]:
    """Station index → days behind: two stations (one of a small town) a few days behind."""
    if count < 2:
        return {}
    if count < 6:
        return {count - 1: 3}
    return {count // 3: 3, (2 * count) // 3: 5}


def usb_sync(hub_dir: Path, station_dir: Path, work: Path, clock: FixedClock | None = None) -> dict:
    """One round trip over files: export at the station, import at the hub, reply back."""
    batch, reply = work / "batch.vsbatch", work / "reply.vsreply"  # the names the windows' file dialogs offer
    with open_station(station_dir) as store:
        export_batch(store, batch)
    with open_hub(hub_dir, clock=clock) as hub:
        got = import_at_hub(hub, batch, reply)
    with open_station(station_dir) as store:
        back = import_reply(store, reply)
    batch.unlink(missing_ok=True)
    reply.unlink(missing_ok=True)
    return {**got, "pending": back["pending"]}


def make_town_demo(data_dir: Path, stations: int = 28, days: int = 30, today: date | None = None,
                   progress: Callable[[str], None] | None = None) -> dict:
    if not 1 <= stations <= len(VILLAGES):
        raise ValidationError("bad_stations", f"服务站数应为1到{len(VILLAGES)}", "stations")
    if not 1 <= days <= 3660:
        raise ValidationError("bad_days", "天数应为1到3660", "days")
    data_dir = Path(data_dir)
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    if not is_hub(data_dir):
        init_hub(data_dir, DEMO_TOWN).close()
    work = data_dir / STATIONS_DIR
    work.mkdir(parents=True, exist_ok=True)
    behind = stale_positions(stations)
    made, skipped, ops = [], [], 0
    with open_hub(data_dir) as hub:
        known = {s["code"] for s in list_stations(hub)}
        staff = None
        if not list_staff(hub):
            for name in TOWN_STAFF:
                add_staff(hub, name, DEMO_STAFF[1])
            staff = DEMO_STAFF
        demo_people.publish_notices(hub)
    for index, (code, village) in enumerate(VILLAGES[:stations]):
        if code in known:
            skipped.append(code)
            continue
        late = behind.get(index, 0)
        last_day = today - timedelta(days=late)
        station_dir = work / code
        # The cooperative's desk is 石门村's. Service days are the town's: planned at the hub, they
        # reach a station by sync, so a station made here alone has none.
        first_day = last_day - timedelta(days=max(days, 1) - 1)
        if not station_dir.exists():  # its own two agents (make_demo would name every station's alike)
            rng = random.Random(index + 1)
            start = FixedClock(datetime(first_day.year, first_day.month, first_day.day, tzinfo=LOCAL_TZ)
                               .astimezone(timezone.utc))
            init_station(station_dir, code, f"{village}便民服务站", demo_people.agent_names(rng), clock=start,
                         phone="0379-6790" + f"{rng.randrange(1000):04d}").close()
        make_demo(station_dir, days=days, seed=index + 1, station=(code, village), today=last_day,
                  coop=code == "SHIMEN")
        demo_people.at_station(station_dir, first_day, last_day, index + 1, index if index % 2 == 0 else None)
        enrol_file = work / f"enrol-{code}.json"
        with open_hub(data_dir) as hub:
            add_station(hub, code, f"{village}便民服务站", enrol_file=enrol_file)
        with open_station(station_dir) as store:
            save_enrolment(store, json.loads(enrol_file.read_text(encoding="utf-8")), None)
        enrol_file.unlink()
        clock = None
        if late:  # it last came to town at the end of its last day
            evening = datetime(last_day.year, last_day.month, last_day.day, 18, tzinfo=LOCAL_TZ)
            clock = FixedClock(evening.astimezone(timezone.utc), step=timedelta(milliseconds=3))
        got = usb_sync(data_dir, station_dir, work, clock)
        ops += got["ops"]
        made.append({"code": code, "name": village, "ops": got["ops"], "applied": got["applied"],
                     "rejected": got["rejected"], "days_behind": late})
        if progress:
            progress(f"{code} {village}：{got['ops']} 条记录已同步" + (f"（{late} 天前）" if late else ""))
    moved = _town_moves(data_dir, [m["code"] for m in made if not m["days_behind"]])
    _withdrawn_meanwhile(work, moved[:1])
    conflicts = 0
    # The moved cases reach their stations on the next sync, as they would in real life.
    for code in sorted({c for c, _ in moved}):
        conflicts += usb_sync(data_dir, work / code, work)["conflicts"]
    _sheets_signed_for(data_dir, today)
    up_to_date = [m["code"] for m in made if not m["days_behind"]]
    _service_day(data_dir, work, up_to_date[:3], today + timedelta(days=4))
    _service_day(data_dir, work, up_to_date[3:6], today + timedelta(days=11))
    _people(data_dir, work, [m["code"] for m in made], up_to_date)
    return {"hub": str(data_dir), "stations": made, "skipped": skipped, "ops": ops, "town_moves": len(moved),
            "conflicts": conflicts, "staff": staff, "stale": [m["code"] for m in made if m["days_behind"]]}


def _sheets_signed_for(data_dir: Path, today: date) -> None:
    """The town has signed for the files of every sheet older than a week (the receipts go
    back at the stations' next sync); the newer ones still wait in its window."""
    from . import handovers

    with open_hub(data_dir) as hub:
        for sheet in handovers.list_sheets(hub, handovers.SheetQuery(waiting=True), 100_000):
            if sheet["carried_on"] <= (today - timedelta(days=7)).isoformat():
                handovers.receive(hub, sheet["id"], DEMO_STAFF[0], None)


def _service_day(data_dir: Path, work: Path, codes: list[str], day: date) -> None:
    """The town plans a service day at a few stations; each takes the plan at its next sync,
    signs a few villagers up and sends the sign-ups back, as in real life."""
    from station_app import service_days as station_days
    from station_app.agents import list_agents

    from . import service_days

    if not codes:
        return
    with open_hub(data_dir) as hub:
        day_id = service_days.plan_day(hub, day, codes, SERVICE_DAY_ITEMS, SERVICE_DAY_STAFF)
    for n, code in enumerate(codes):
        usb_sync(data_dir, work / code, work)
        with open_station(work / code) as store:
            agent = list_agents(store)[0].id
            people = store.all("SELECT id FROM villagers ORDER BY name LIMIT ?", (3 + 2 * n,))
            for k, person in enumerate(people):
                station_days.sign_up(store, agent, day_id, person["id"], SERVICE_DAY_ITEMS[k % 2],
                                     ["居民身份证"] if k % 3 else [])
        usb_sync(data_dir, work / code, work)


def _people(data_dir: Path, work: Path, made: list[str], up_to_date: list[str]) -> None:
    """The town's spot checks and answers; the up-to-date stations then read some notices
    and sync once more (the answers come down, the reads go up)."""
    if not made:
        return
    with open_hub(data_dir) as hub:
        demo_people.at_town(hub, made, SERVICE_DAY_STAFF)
    for n, code in enumerate(up_to_date):
        demo_people.read_notices(work / code, n)
        usb_sync(data_dir, work / code, work)


def _withdrawn_meanwhile(work: Path, moved: list[tuple[str, str]]) -> None:
    """A villager withdraws a case at the station before the station hears that the town
    accepted it: on the next sync the town's status stands, and the town window lists the
    conflict for someone to settle with the station, as happens in real life."""
    from station_app.agents import list_agents
    from station_app.cases import change_status

    for code, case_id in moved:
        with open_station(work / code) as store:
            change_status(store, list_agents(store)[0].id, case_id, "withdrawn", note="村民说家里已自己办了，不用代办")


def _town_moves(data_dir: Path, codes: list[str]) -> list[tuple[str, str]]:
    """The town accepts some of the cases waiting for it, as its window would."""
    if not codes:
        return []
    moved = []
    with open_hub(data_dir) as hub:
        marks = ",".join("?" * len(codes))
        rows = hub.all(f"SELECT id, station_code FROM cases WHERE status = 'sent_to_town' AND station_code IN ({marks})"
                       " ORDER BY case_no", codes)
        for index, row in enumerate(rows):
            if index % 2 == 0:  # every other one: the rest still wait for the window
                set_case_status(hub, row["id"], "accepted", note="镇中心窗口已受理",
                                staff=TOWN_STAFF[(index // 2) % 3])
                moved.append((row["station_code"], row["id"]))
    return moved


def summary_text(result: dict) -> str:
    lines = [f"演示镇中心已建立：{result['hub']}",
             f"服务站 {len(result['stations'])} 个，同步记录 {result['ops']} 条；镇中心受理代办件 {result['town_moves']} 件"]
    if result.get("conflicts"):
        lines.append(f"待镇中心处理的冲突 {result['conflicts']} 条（见“拒收与冲突”）")
    if result["stale"]:
        lines.append("几天没来同步的站（看板上会标出）：" + "、".join(result["stale"]))
    if result["skipped"]:
        lines.append("已在镇中心登记、这次跳过的站：" + "、".join(result["skipped"]))
    if result["staff"]:
        lines.append(f"演示登录：姓名 {result['staff'][0]}，密码 {result['staff'][1]}")
    lines.append(f"服务站数据文件夹在 {Path(result['hub']) / STATIONS_DIR}")
    return "\n".join(lines)
