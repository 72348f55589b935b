"""``station-app demo``: a year (or N days) of a living station, made through the services.

Everything goes through the same service calls an agent's clicks make, on a clock that
walks through the days, so the demo obeys every rule (receipt numbers, pickup codes,
oldest-first repayments, legal status moves) and its outbox is complete.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from . import advances, cases, daily_close, feedback, parcels, parcels_out, payments, reception
from .agents import list_agents
from .catalogue import list_items
from .demo_extras import DemoExtras
from .settings import DEMO_STATION
from .demo_people import GROUPS, MATTERS, PURPOSES, VILLAGES, mobile_number, person_name, resident_id
from .errors import DomainError
from .station import init_station, is_initialised, open_station
from .stats import station_stats
from .timeutil import LOCAL_TZ, FixedClock, local_date, utc_now
from .villagers import add_contact, add_villager

OPEN_CASE = ("received", "sent_to_town", "accepted", "needs_correction")
NEXT_CASE = {
    "received": ["sent_to_town"],
    "sent_to_town": ["accepted", "accepted", "accepted", "needs_correction"],
    "accepted": ["completed_approved"] * 6 + ["completed_rejected", "needs_correction"],
    "needs_correction": ["accepted"],
    "completed_approved": ["delivered"],
    "completed_rejected": ["delivered"],
}


class DemoStation:
    def __init__(self, store, clock: FixedClock, rng: random.Random):
        self.store, self.clock, self.rng = store, clock, rng
        self.agents = [a.id for a in list_agents(store)]
        self.villagers: list[tuple[str, str, str, bool]] = []  # id, name, phone, elderly
        self.items = [i["code"] for i in list_items(store)]

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ)
        self.clock.moment = local.astimezone(timezone.utc)

    @property
    def agent(self) -> str:
        return self.rng.choice(self.agents)

    def register_villagers(self, count: int) -> None:
        rng = self.rng
        for _ in range(count):
            elderly = rng.random() < 0.35
            name = person_name(rng, elderly)
            phone = mobile_number(rng)
            tags = ["elderly"] + (["alone"] if rng.random() < 0.5 else []) if elderly else []
            if elderly and rng.random() < 0.3:
                tags.append("mobility")
            born = rng.randint(1938, 1958) if elderly else rng.randint(1965, 2000)
            vid = add_villager(self.store, self.agent, name, phone=phone,
                               id_number=resident_id(rng, born) if rng.random() < 0.6 else None,
                               village_group=rng.choice(GROUPS), tags=tags)
            if elderly:
                child = name[0] + rng.choice(["建军", "海燕", "志刚", "红霞", "伟", "静"])
                add_contact(self.store, self.agent, vid, child, mobile_number(rng),
                            rng.choice(["son", "daughter"]), is_payer=True)
            self.villagers.append((vid, name, phone, elderly))

    def villager(self, elderly: bool | None = None):
        pool = [v for v in self.villagers if elderly is None or v[3] == elderly] or self.villagers
        return self.rng.choice(pool)

    # -- one day ----------------------------------------------------------------------
    def run_day(self, day: date, last_day: date) -> None:
        rng = self.rng
        self.at(day, 8, 30)
        for _ in range(rng.randint(4, 18)):
            self._check_in_parcel(day)
        self.at(day, 9, 30)
        for _ in range(rng.randint(0, 5)):
            self._pay_bill()
        self._release_parcels(day)
        self.at(day, 11)
        if rng.random() < 0.6:
            self._open_case()
        self._move_cases()
        self.at(day, 14)
        for _ in range(rng.randint(1, 5)):
            self._reception()
        if rng.random() < 0.35:
            self._send_parcel()
        if day.month in (1, 2) or rng.random() < 0.08:
            self._repayment()
        for _ in range(2 if day == last_day else rng.random() < 0.15):
            self._appointment(day, last_day)
        self.at(day, 17, 30)
        if day < last_day:
            self._close(day)

    def show_every_status(self) -> None:
        """On the last day make sure a new user sees each parcel and case status at least once."""
        stock = [r for r in parcels.in_stock(self.store, limit=50) if r["status"] == "in_stock"]
        if stock and not self.store.scalar("SELECT COUNT(*) FROM parcels WHERE status = 'problem'"):
            parcels.report_problem(self.store, self.agent, stock[0]["id"], "wrong_person", "收件人姓名与手机号不符")
        paths = {
            "needs_correction": ["sent_to_town", "needs_correction"],
            "completed_rejected": ["sent_to_town", "accepted", "completed_rejected"],
            "completed_approved": ["sent_to_town", "accepted", "completed_approved"],
            "delivered": ["sent_to_town", "accepted", "completed_approved", "delivered"],
            "withdrawn": ["withdrawn"],
            "sent_to_town": ["sent_to_town"],
            "received": [],
        }
        for status, path in paths.items():
            if self.store.scalar("SELECT COUNT(*) FROM cases WHERE status = ?", (status,)):
                continue
            self._open_case()
            case_id = self.store.scalar("SELECT id FROM cases ORDER BY case_no DESC LIMIT 1")
            for step in path:
                cases.change_status(self.store, self.agent, case_id, step, note=self._note(case_id, step))

    def _check_in_parcel(self, day: date) -> None:
        vid, name, phone, elderly = self.villager()
        prefix, digits = self.rng.choice([("SF", 13), ("YT", 13), ("JT", 13), ("78", 12), ("43", 11)])
        tracking = prefix + "".join(self.rng.choice("0123456789") for _ in range(digits))
        try:
            parcels.check_in(self.store, self.agent, tracking, villager_id=vid,
                             recipient_name=name, recipient_phone=phone,
                             home_delivery=elderly and self.rng.random() < 0.5)
        except DomainError:
            pass  # an unknown courier format or full shelves: the agent would ask; skip in the demo

    def _release_parcels(self, day: date) -> None:
        rng = self.rng
        for row in parcels.in_stock(self.store, limit=2000):
            age = (day - local_date(row["checked_in_at"])).days
            if row["status"] == "problem":
                if age > 3:
                    parcels.return_to_courier(self.store, self.agent, row["id"], "破损件，退回快递公司处理")
                continue
            # About one villager in twenty is slow to come for a parcel: they make the overdue list.
            slow = int(row["tracking_no"][-2:]) < 5
            roll = rng.random()
            if row["home_delivery"] and roll < 0.6:
                parcels.deliver_home(self.store, self.agent, row["id"], note="送到家中")
            elif slow and age > 14 and roll < 0.3:
                parcels.return_to_courier(self.store, self.agent, row["id"], "超期无人领取，退回快递公司")
            elif roll < (0.08 if slow else 0.22 + 0.1 * age):
                relation = rng.choice(["self", "self", "self", "family", "neighbour"])
                who = row["recipient_name"] if relation == "self" else person_name(rng, False)
                parcels.release(self.store, self.agent, row["id"], who, relation)
            elif age == 0 and roll > 0.996:
                parcels.report_problem(self.store, self.agent, row["id"], "damaged", "外包装破损")

    def _pay_bill(self) -> None:
        rng = self.rng
        vid, name, phone, elderly = self.villager()
        method = "advance" if elderly and rng.random() < 0.45 else rng.choice(["cash", "cash", "wechat", "alipay"])
        kind = rng.choice(["electricity"] * 6 + ["water", "phone", "tv"])
        amount = rng.choice([3000, 5000, 8000, 10000, 12000, 20000]) + rng.randrange(0, 9999)
        pid = payments.record_payment(
            self.store, self.agent, payer_name=name, bill_kind=kind,
            account_no=f"41{rng.randrange(10**8):08d}", amount_fen=amount, method=method,
            villager_id=vid, payer_phone=phone, voucher_no=f"DF{rng.randrange(10**10):010d}")
        if rng.random() < 0.03:
            payments.void_payment(self.store, self.agent, pid, rng.choice(["户号填错", "金额输错，重新登记"]))
        elif rng.random() < 0.1:
            self._rate("payments", pid)

    def _repayment(self) -> None:
        for entry in self.rng.sample(advances.outstanding_list(self.store), k=min(2, len(advances.outstanding_list(self.store)))):
            owed = entry["outstanding_fen"]
            amount = owed if self.rng.random() < 0.6 else max(100, owed // self.rng.randint(2, 4))
            payer = entry.get("payer_name") or "家属"
            advances.record_repayment(self.store, self.agent, entry["villager_id"], amount,
                                      self.rng.choice(["cash", "wechat"]), payer)

    def _open_case(self) -> None:
        vid = self.villager()[0]
        item = self.rng.choice(self.items)
        try:
            required = [m["name"] for m in cases.item_materials(self.store, item)]
        except AttributeError:
            required = []
        have = [m for m in required if self.rng.random() < 0.85]
        cases.open_case(self.store, self.agent, vid, item, have)

    def _move_cases(self) -> None:
        rng = self.rng
        for row in self.store.all("SELECT id, status FROM cases WHERE status NOT IN ('delivered', 'withdrawn')"):
            if rng.random() > 0.12:
                continue
            if row["status"] in OPEN_CASE and rng.random() < 0.02:
                cases.change_status(self.store, self.agent, row["id"], "withdrawn", note="村民撤回申请")
                continue
            target = rng.choice(NEXT_CASE[row["status"]])
            cases.change_status(self.store, self.agent, row["id"], target, note=self._note(row["id"], target))
            if target == "delivered" and rng.random() < 0.5:
                self._rate("cases", row["id"])

    def _note(self, case_id: str, step: str) -> str | None:
        """What an agent writes with a move: what to correct, why a file goes in short."""
        if step == "sent_to_town" and cases.missing_materials(self.store, case_id)["required"]:
            return "容缺先送镇，村民答应三天内补交"
        return {"needs_correction": "请补交户口本复印件", "completed_rejected": "不符合申请条件",
                "withdrawn": "村民撤回申请"}.get(step)

    def _reception(self) -> None:
        rng = self.rng
        vid, name, phone, _ = self.villager()
        rid = reception.log_reception(
            self.store, self.agent, name, rng.choice(MATTERS), villager_id=vid, phone=phone,
            channel=rng.choice(["walk_in", "walk_in", "phone"]),
            outcome=rng.choice(["answered", "answered", "answered", "referred"]))
        if rng.random() < 0.15:
            self._rate("receptions", rid)

    def _rate(self, entity: str, record_id: str) -> None:
        level = self.rng.choices([5, 4, 3, 2, 1], weights=[60, 25, 10, 4, 1])[0]
        comment = "办事太慢，跑了两趟" if level <= 2 else None
        # Most villagers rate on the screen turned towards them; now and then the agent enters it.
        source = "agent" if record_id[-1] in "01" else "villager"
        made = feedback.give_feedback(self.store, self.agent, entity, record_id, level, comment, source=source)
        if made["callback_id"] and self.rng.random() < 0.8:
            feedback.complete_callback(self.store, self.agent, made["callback_id"], "已电话回访致歉，下次上门服务")

    def _send_parcel(self) -> None:
        vid, name, phone, _ = self.villager(elderly=False)
        sid = parcels_out.send_parcel(
            self.store, self.agent, sender_name=name, sender_phone=phone,
            receiver_name=person_name(self.rng, False), receiver_phone=mobile_number(self.rng),
            receiver_address=self.rng.choice(["郑州市金水区", "洛阳市涧西区", "广东省东莞市", "上海市闵行区"]),
            courier=self.rng.choice(["SF", "YTO", "ZTO"]), fee_fen=self.rng.choice([800, 1000, 1200, 1500, 2300]),
            method=self.rng.choice(["cash", "wechat"]), villager_id=vid)
        if self.rng.random() < 0.02:
            parcels_out.void_sent(self.store, self.agent, sid, "寄件人取消")

    def _appointment(self, day: date, last_day: date) -> None:
        vid, name, phone, _ = self.villager()
        when = datetime(day.year, day.month, day.day, 19, 0, tzinfo=LOCAL_TZ) + timedelta(days=self.rng.randint(0, 3))
        aid = reception.book_appointment(self.store, self.agent, name, when.astimezone(timezone.utc),
                                         self.rng.choice(PURPOSES), phone=phone, villager_id=vid)
        if when.date() < last_day:
            reception.close_appointment(self.store, self.agent, aid, self.rng.choice(["done", "done", "no_show"]))

    def _close(self, day: date) -> None:
        expected = daily_close.expected_for_day(self.store, day)
        counted = dict(expected)
        reasons = {}
        if self.rng.random() < 0.05:
            counted["cash"] = max(0, counted["cash"] - 500)
            reasons["cash"] = "找零少收5元"
        # The agent keeps ¥200 for change and takes the rest to the bank / the power company.
        daily_close.close_day(self.store, self.agent, day, counted, reasons,
                              carried_forward_fen=min(counted["cash"], 20000))


DEMO_AGENTS = [("王秀英", "1234"), ("李建国", "5678")]  # the demo's PINs are no secret: shown at its login


def demo_logins(store) -> list[tuple[str, str]]:
    """The demo's agents and PINs, for its login screen; [] on a real station."""
    return list(DEMO_AGENTS) if DEMO_STATION.get(store) else []


def pins_line() -> str:
    return "登录密码：" + "，".join(f"{name} {pin}" for name, pin in DEMO_AGENTS)


def make_demo(data_dir: Path, days: int = 365, seed: int = 2021, station: tuple[str, str] = VILLAGES[0],
              today: date | None = None, progress: Callable[[int, int], None] | None = None,
              coop: bool = False, service_days: bool = False) -> str:
    """Initialise (if needed) and fill ``days`` days ending today. Returns a one-line summary.
    ``coop``: a season of the cooperative's desk; ``service_days``: two town service days
    (one held, with its outcomes, one coming, with its sign-ups)."""
    rng = random.Random(seed)
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    first = today - timedelta(days=max(days, 1) - 1)
    clock = FixedClock(datetime(first.year, first.month, first.day, tzinfo=LOCAL_TZ).astimezone(timezone.utc),
                       step=timedelta(seconds=37))
    if is_initialised(data_dir):
        store = open_station(data_dir, clock=clock)
    else:
        code, village = station
        store = init_station(data_dir, code, f"{village}便民服务站", DEMO_AGENTS,
                             clock=clock, phone="0379-6790" + f"{rng.randrange(1000):04d}")
    try:
        DEMO_STATION.put(store, True)
        demo = DemoStation(store, clock, rng)
        extras = DemoExtras(demo, seed, first, today, coop, service_days)
        with store.transaction():
            demo.at(first, 8)
            demo.register_villagers(160)
            extras.start()
        for offset in range(days):
            day = first + timedelta(days=offset)
            with store.transaction():
                demo.at(day, 8, 5)  # the desk's work, before the day's close counts the till
                extras.run_day(day)
                extras.payover_day(day)
                demo.run_day(day, today)
                extras.duty_day(day, today)
                extras.letters_day(day)
                extras.handover_day(day)
                if day == today:
                    demo.show_every_status()
                    extras.messages_today(today)
            if progress:
                progress(offset + 1, days)
        stats = station_stats(store, today=today)
    finally:
        store.close()
    return (f"演示数据已生成：{days} 天，村民 {stats['villagers']} 人，代缴 {stats['payments']['count']} 笔，"
            f"快递 {stats['parcels']['total']} 件，代办 {stats['cases']['total']} 件\n{pins_line()}")
