"""The people in the demo town (``station-hub demo``): each station's own two agents, its
hours, a duty log from logins, locks, switches and the end of the day (now and then a late
start or an empty afternoon), a letter or two to the town; the town's notices in their
categories, its spot checks beside the logs, its answers, and the stations reading the
notices. Everything goes through the same calls the windows make, at the station or at
the town, on clocks set to the demo's days. A station that already has a duty log (a
station demo that makes its own) is left as it is.
"""

from __future__ import annotations

import random
import struct
import zlib
from base64 import b64encode
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from station_app import duty, letters
from station_app.agents import list_agents
from station_app.demo_people import GIVEN_OLD, SURNAMES
from station_app.station import open_station
from station_app.station_profile import parse_hours, update_profile
from station_app.timeutil import LOCAL_TZ, FixedClock, utc_now

HOURS = [("08:30-12:00,14:30-17:30", "123456"), ("08:00-12:00,14:00-18:00", "12345"),
         ("08:30-12:00,14:30-18:00", "123456")]
NOTICES = [
    ("village_affairs", "村务公开：2026年第四季度低保、五保名单公示",
     "各村请将本季度低保、五保评议结果在村务公开栏张贴公示七天，公示期间接受群众监督。"),
    ("policy", "2027年度城乡居民医保开始缴费",
     "2027年度城乡居民基本医疗保险个人缴费即日起开始，截止到明年2月底。服务站可以代缴，请提醒在外务工人员家属。"),
    ("service", "社保待遇资格认证可在服务站办理",
     "老人不用再跑镇里：带身份证到村服务站，代办员用手机帮助完成刷脸认证。行动不便的可以预约上门。"),
    ("duty", "元旦期间服务站值班安排",
     "元旦放假期间各服务站A岗、B岗轮流值班，每天至少一人在岗，值班电话要保持畅通。镇纪检办将随机抽查。"),
]
LETTERS = [
    ("problem", "服务站屋顶漏水", "昨晚下雨，服务站屋顶漏水，快递架最下面一层受潮。请镇里安排人来看看。", True),
    ("question", "五保申请要不要户口簿原件", "有村民问五保申请除了身份证还要不要户口簿原件，复印件行不行？", False),
    ("report", "本月上门送件情况", "本月给行动不便的老人送件上门12次，没有丢失和投诉。", False),
]
ANSWERS = ["收到，明天上午派人去看，先把快递挪到干的地方。", "要户口簿原件，现场核对后退还；复印件一份。"]
CHECK_STAFF = "刘文静"  # the discipline office's clerk: a staff account of the demo town


def agent_names(rng: random.Random) -> list[tuple[str, str]]:
    """Two agents of a station: the village's accountant and its finance clerk."""
    first = rng.choice(SURNAMES) + rng.choice(GIVEN_OLD)
    second = first
    while second[0] == first[0]:
        second = rng.choice(SURNAMES) + rng.choice(GIVEN_OLD)
    return [(first, "1234"), (second, "5678")]


def _photo() -> tuple[str, str]:
    """A small PNG (a grey square with a darker stain), as a shrunk phone photo would be sent."""
    size = 48
    rows = b"".join(b"\x00" + bytes(60 if (x - 30) ** 2 + (y - 20) ** 2 < 120 else 190 for x in range(size))
                    for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return "屋顶漏水.png", b64encode(png).decode("ascii")


def _at(clock: FixedClock, day: date, hhmm: str) -> datetime:
    moment = datetime.combine(day, time.fromisoformat(hhmm), LOCAL_TZ)
    clock.moment = moment.astimezone(timezone.utc)
    return moment


def _shift(rng: random.Random, at: time, earliest: int, latest: int) -> str:
    """``at`` moved by a random number of minutes in [earliest, latest]."""
    moment = datetime.combine(date(2000, 1, 1), at) + timedelta(minutes=rng.randint(earliest, latest))
    return moment.strftime("%H:%M")


def duty_day(rng: random.Random, hours: str, first: str, second: str) -> list[tuple[str, str, str, str]]:
    """One working day's (time, agent, kind, reason) around the opening ``hours``: A opens,
    B takes the afternoon, now and then a switch in the morning, a late start or nobody
    after lunch."""
    (opens, noon), (afternoon, closes) = parse_hours(hours)[:2]  # every demo station closes at noon
    late = rng.random() < 0.12
    events = [(_shift(rng, opens, 20, 50) if late else _shift(rng, opens, -15, 2), first, "on", "login")]
    if rng.random() < 0.3:
        events += [(_shift(rng, opens, 100, 130), second, "on", "switch"),
                   (_shift(rng, opens, 150, 170), first, "on", "switch")]
    events.append((_shift(rng, noon, 0, 8), first, "off", "lock"))
    if rng.random() < 0.06:  # nobody came back after lunch
        return events
    back = _shift(rng, afternoon, -12, 3) if rng.random() < 0.85 else _shift(rng, afternoon, 25, 50)
    events += [(back, second, "on", "unlock"), (_shift(rng, closes, 0, 15), second, "off", "day_end")]
    return events


def at_station(station_dir: Path, first: date, last: date, seed: int, letter: int | None) -> None:
    """Hours, posts' duty log and a letter at one station, as its agents would make them."""
    rng = random.Random(seed * 7919 + 14)
    clock = FixedClock(utc_now(), step=timedelta(milliseconds=5))
    now = utc_now()
    with open_station(station_dir, clock=clock) as store:
        if store.scalar("SELECT COUNT(*) FROM duty_events"):
            return
        people = {a.post: a.id for a in list_agents(store)}
        opener, closer = people.get("A"), people.get("B") or people.get("A")
        hours, weekdays = HOURS[seed % len(HOURS)]
        _at(clock, first, "08:00")
        update_profile(store, opener, None, hours, weekdays)
        day = first
        while day <= last:
            if str(day.isoweekday()) in weekdays:
                for hhmm, who, kind, reason in duty_day(rng, hours, opener, closer):
                    if _at(clock, day, hhmm) > now:
                        break
                    duty.record(store, who, kind, reason)
            day += timedelta(days=1)
        if letter is not None:
            kind, subject, body, photo = LETTERS[letter % len(LETTERS)]
            when = max(first, last - timedelta(days=2))
            if _at(clock, when, "10:20") <= now:
                letters.write_letter(store, closer, kind, subject, body, _photo() if photo else None)


def publish_notices(hub) -> None:
    """The town's notices, one of each category (once: a demo town topped up keeps its own)."""
    from .notices import list_notices, publish_notice

    if list_notices(hub, limit=1):
        return
    for category, title, body in NOTICES:
        publish_notice(hub, title, body, category=category)


def at_town(hub, codes: list[str], staff: list[str]) -> None:
    """The town's side: two spot checks at each station (one finding what the log says, one
    at a moment the log may disagree with), and answers to the first letters."""
    from station_app.duty import on_duty_at
    from station_app.timeutil import to_iso

    from ..hub.stations import get_station
    from .letters import answer, list_threads, mark_read, thread
    from .people import profile_of
    from .spot_checks import record_check

    now = hub.clock.now()
    for index, code in enumerate(codes):
        weekdays = profile_of(hub, code)["open_weekdays"]
        today = now.astimezone(LOCAL_TZ).date()
        days = [today - timedelta(days=n) for n in range(1, 9)
                if str((today - timedelta(days=n)).isoweekday()) in weekdays]
        for n, (day, hhmm) in enumerate(zip(days[1::3], ("10:40", "15:20"))):
            moment = datetime.combine(day, time.fromisoformat(hhmm), LOCAL_TZ)
            logged = on_duty_at(hub, moment, code)
            found = logged["agent_name"] if logged else None
            if get_station(hub, code)["last_seen_at"] < to_iso(moment):  # its log is not here yet
                found = hub.scalar("SELECT name FROM agents WHERE station_code = ? AND post = 'A'", (code,))
            remarks = None
            if n == 1 and index % 3 == 0:  # the post was empty whatever the log says
                found, remarks = None, "电话打到服务站无人接，到站时门锁着"
            elif n == 1 and index % 3 == 1:  # the colleague was there, logged in or not
                others = [r[0] for r in hub.all("SELECT name FROM agents WHERE station_code = ? AND active = 1"
                                                " AND name != ? ORDER BY post", (code, found or ""))]
                found, remarks = (others[0] if others else found), "在岗的是另一位代办员，没有换人登录"
            record_check(hub, code, moment, CHECK_STAFF, found or "nobody", remarks)
    answered, writing = 0, [row for row in list_threads(hub) if row["letters"]]
    for row in writing[: max(1, len(writing) // 2)]:  # the rest wait for the town, unread
        if answered >= len(ANSWERS):
            break
        first = thread(hub, row["code"])["items"][0]
        mark_read(hub, row["code"], staff[answered % len(staff)])
        answer(hub, row["code"], ANSWERS[answered], staff[answered % len(staff)], first["id"])
        answered += 1


def read_notices(station_dir: Path, seed: int) -> None:
    """The station's agent opens some of the town's notices (their reads go up at the next sync)."""
    rng = random.Random(seed)
    with open_station(station_dir) as store:
        agent = list_agents(store)[0].id
        notices = [r["id"] for r in store.all("SELECT id FROM town_notices WHERE withdrawn_at IS NULL"
                                              " ORDER BY published_at, rowid")] \
            if store.one("SELECT 1 FROM sqlite_master WHERE name = 'town_notices'") else []
        for notice in notices[: rng.randint(1, len(notices))] if notices else []:
            letters.notice_read(store, agent, notice)
