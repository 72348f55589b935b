"""The demo's season of the cooperative's desk and its two town service days, made through
the same services an agent's clicks use (so every rule holds and the outbox is whole).

Kept apart from ``demo`` and on a random stream of their own, so a demo without them is
record for record what it was before they existed.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from . import (coop, coop_accounts, coop_services, coop_stock, duty, electricity, handover, letters, service_days,
               station_profile, villager_messages)
from .agents import list_agents
from .catalogue import get_item
from .errors import DomainError
from .ids import new_id

SUPPLIES = [("石榴专用复合肥", "fertiliser", "袋", 12_000), ("有机肥", "fertiliser", "袋", 4_500),
            ("吡虫啉杀虫剂", "pesticide", "瓶", 1_800), ("多菌灵", "pesticide", "袋", 900),
            ("黑色地膜", "film", "卷", 6_500), ("软籽石榴苗", "seedling", "株", 800)]
TOPICS = ["石榴冬季修剪", "春季疏花疏果", "石榴病虫害防治", "夏季控梢与肥水管理", "采收与贮藏"]
PROBLEMS = ["叶片发黄", "果实裂果", "蚜虫多", "新栽苗不发芽", "果面有黑斑"]
TRAINERS = ["县农技站 李工", "合作社技术员 赵强"]
DEMO_HOURS = "08:00-12:00,14:30-17:30"  # a village station closes at noon
SERVICE_ITEMS = [["LB-01", "LB-03"], ["MZ-01", "MZ-02", "GT-01"]]
STAFF = [["刘文静", "赵强"], ["孙丽", "王海涛"]]


class DemoExtras:
    def __init__(self, demo, seed: int, first: date, last: date, with_coop: bool, with_days: bool):
        self.demo, self.store = demo, demo.store
        self.rng = random.Random(seed * 7919 + 13)
        self.duty_rng = random.Random(seed * 31 + 7)
        self.first, self.last = first, last
        self.members: list[str] = []
        self.items: list[str] = []
        self.days: list[tuple[str, date]] = []
        if with_coop:
            coop.set_enabled(self.store, True)
        self.with_coop, self.with_days = with_coop, with_days
        self.asked: str | None = None  # the demo's letter the town answers

    def start(self) -> None:
        """At the first day: the station's hours, the desk's members and supplies, the two
        service days planned."""
        station_profile.update_profile(self.store, list_agents(self.store)[0].id, None, DEMO_HOURS, "123456")
        if self.with_coop:
            agent = self.demo.agent
            for vid, _name, _phone, elderly in self.rng.sample(self.demo.villagers, 24):
                if not elderly:
                    self.members.append(coop.add_member(self.store, agent, vid, self.first,
                                                        self.rng.choice([2, 3, 5, 8]), "mu"))
            for name, category, unit, price in SUPPLIES:
                item = coop.add_item(self.store, agent, name, category, unit, price)
                self.items.append(item)
                coop_stock.receive(self.store, agent, item, self.rng.randint(60, 200), "县农资公司",
                                   cost_fen=price * 80)
        if self.with_days:
            span = (self.last - self.first).days
            for n, items in enumerate(SERVICE_ITEMS):
                day = self.last - timedelta(days=max(1, span // (3 + 2 * n))) if n == 0 else self.last + timedelta(days=3)
                self.days.append((self._plan(day, items, STAFF[n]), day))

    def _plan(self, day: date, items: list[str], staff: list[str]) -> str:
        """A day the town planned, as it arrives at the station by sync (town-owned)."""
        day_id = new_id()
        self.store.conn.execute(
            "INSERT INTO service_days (id, day, starts, ends, stations, items, staff, status, created_at, version, hlc)"
            " VALUES (?, ?, '09:00', '11:30', ?, ?, ?, 'planned', ?, 1, ?)",
            (day_id, day.isoformat(), json.dumps([self.store.station_code]), json.dumps(items),
             json.dumps(staff, ensure_ascii=False), self.store.now_iso(), self.store.hlc.tick().encode()))
        return day_id

    def duty_day(self, day: date, today: date) -> None:
        """The duty log of a day at the counter: A in the morning, B after lunch, now and
        then a gap (an errand without locking handed over), as logins and locks record it.
        Today's log stops at the morning login: the rest has not happened yet."""
        a, b = [agent.id for agent in list_agents(self.store)][:2]
        rng = self.duty_rng  # its own: the station's other demo records stay as they were
        plan = [(7, 48 + rng.randrange(12), a, "on", "login")]
        if day != today:
            if rng.random() < 0.2:  # A stepped out mid-morning and locked the window
                plan += [(10, 10, a, "off", "lock"), (10, 30 + rng.randrange(20), a, "on", "unlock")]
            plan += [(12, rng.randrange(5), a, "off", "lock"), (14, 25 + rng.randrange(10), b, "on", "unlock"),
                     (17, 35 + rng.randrange(15), b, "off", "logout")]
        for hour, minute, agent, kind, reason in plan:
            self.demo.at(day, hour, minute)
            duty.record(self.store, agent, kind, reason)

    def messages_today(self, today: date) -> None:
        """Today's messages to villagers, made by the rules (parcels waiting, cases ready,
        tomorrow's appointments); a demo station has no modem, so the agent has copied some
        into WeChat and printed a slip, and the rest wait for them."""
        made = villager_messages.due(self.store, today)
        agent = list_agents(self.store)[0].id
        for n, message_id in enumerate(made[: len(made) // 2]):
            if villager_messages.get(self.store, message_id)["status"] == "queued":
                villager_messages.mark_handled(self.store, agent, message_id, "printed" if n % 4 == 0 else "copied")

    def handover_day(self, day: date) -> None:
        """Wednesdays the agent carries the week's files to the town, on a hand-over sheet."""
        if day.weekday() != 2:
            return
        carried = {case["id"]: case["pieces"] for case in handover.to_carry(self.store)}
        if carried:
            self.demo.at(day, 9, 10)
            handover.make_sheet(self.store, list_agents(self.store)[0].id, carried, carried_on=day)

    def payover_day(self, day: date) -> None:
        """Wednesdays the agent pays the week's electricity money to the power company, by
        bank transfer from what was banked at each close (the till is not touched)."""
        if day.weekday() != 2:
            return
        waiting = [p["id"] for p in electricity.not_paid_over(self.store)]
        if waiting:
            self.demo.at(day, 9, 5)
            electricity.pay_over(self.store, list_agents(self.store)[0].id, waiting, "国网孟津供电所", "transfer",
                                 f"网银{day:%Y%m%d}")

    def letters_day(self, day: date) -> None:
        """Word with the town: a question answered the next day (the town's answer as it
        arrives by sync, when the demo plays the town) and, days before the end, a report
        still waiting for its answer."""
        back = (self.last - day).days
        if back == 12:
            self.asked = letters.write_letter(self.store, list_agents(self.store)[0].id, "question", "低保年审材料",
                                              "低保户年审，村里有几户老人行动不便，能否由代办员把材料带到镇里？")
        elif back == 11 and self.with_days and self.asked:
            self.store.conn.execute(
                "INSERT INTO town_messages (id, to_station, in_reply_to, body, staff_name, sent_at, created_at,"
                " version, hlc) VALUES (?, ?, ?, ?, '孙丽', ?, ?, 1, ?)",
                (new_id(), self.store.station_code, self.asked,
                 "可以。材料复印件由代办员收齐带到镇便民服务中心民政窗口，原件核对后当场退回；行动不便的老人不必本人来。",
                 self.store.now_iso(), self.store.now_iso(), self.store.hlc.tick().encode()))
        elif back == 2:
            letters.write_letter(self.store, list_agents(self.store)[-1].id, "problem", "三组路灯不亮",
                                 "三组村口到服务站的三盏路灯坏了一周，晚上来取快递的老人看不清路，请镇里协调维修。")

    def run_day(self, day: date) -> None:
        if self.with_coop:
            self._desk(day)
        if self.with_days:
            self._service_days(day)

    def _desk(self, day: date) -> None:
        rng, agent = self.rng, self.demo.agent
        growing = 3 <= day.month <= 10
        for _ in range(rng.randint(0, 3) if growing else rng.random() < 0.2):
            try:
                coop_stock.hand_out(self.store, agent, rng.choice(self.items), rng.choice(self.members),
                                    rng.randint(1, 4), rng.choice(["account", "account", "cash", "wechat"]))
            except DomainError:  # out of stock: the desk restocks
                item = rng.choice(self.items)
                coop_stock.receive(self.store, agent, item, rng.randint(40, 120), "县农资公司")
        if day.month in (9, 10) and rng.random() < 0.4:
            for member in coop_accounts.owing_members(self.store)[:2]:
                coop_accounts.settle(self.store, agent, member["id"], member["owed_fen"], "harvest", "石榴收购款抵扣")
        if day.day == 10 and day.month in (1, 3, 4, 6, 9):
            coop_services.record_training(self.store, agent, day, rng.choice(TOPICS), rng.choice(TRAINERS),
                                          "村委会会议室", rng.sample(self.members, min(len(self.members), 9)))
        if growing and rng.random() < 0.05:
            coop_services.ask_for_help(self.store, agent, rng.choice(self.members), rng.choice(PROBLEMS),
                                       f"{rng.choice('东西南北')}坡{rng.randint(1, 9)}号地", day)
        for request in coop_services.field_requests(self.store, open_only=True):
            if (day - date.fromisoformat(request["asked_on"])).days >= 2 and rng.random() < 0.6:
                coop_services.record_visit(self.store, agent, request["id"], day, "已到田查看，按技术员建议用药和追肥")

    def _service_days(self, day: date) -> None:
        rng, agent = self.rng, self.demo.agent
        for day_id, held_on in self.days:
            if held_on - timedelta(days=6) <= day < held_on:
                plan = service_days.get_day(self.store, day_id)
                for vid, *_rest in rng.sample(self.demo.villagers, 2):
                    item = rng.choice(plan["items"])
                    have = [m for m in self._materials(item) if rng.random() < 0.8]
                    try:
                        service_days.sign_up(self.store, agent, day_id, vid, item, have)
                    except DomainError:
                        pass  # signed up already
            if day == held_on:
                for signup in service_days.signups(self.store, day_id):
                    outcome = rng.choice(["done", "done", "done", "materials_missing", "referred", "no_show"])
                    service_days.record_outcome(self.store, agent, signup["id"], outcome,
                                                served_by=service_days.get_day(self.store, day_id)["staff"][0],
                                                open_as_case=outcome == "referred")

    def _materials(self, item: str) -> list[str]:
        return [m.name for m in get_item(self.store, item).materials]
