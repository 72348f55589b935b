"""No write bypasses the outbox: for any mix of agent actions, replaying the outbox into an
empty store rebuilds every station record exactly, and the op count matches the versions."""

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app import advances, cases, feedback, parcels, payments, reception
from station_app.agents import list_agents
from station_app.errors import DomainError
from station_app.store import ENTITIES, Store
from station_app.store.replay import differences, outbox_ops, replay
from station_app.station import init_station
from station_app.town_data import seed_town_data
from station_app.villagers import add_contact, add_villager

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("villager"), st.booleans()),
        st.tuples(st.just("pay"), st.sampled_from(["cash", "wechat", "advance"]), st.integers(1, 50_000)),
        st.tuples(st.just("void"), st.integers(0, 50)),
        st.tuples(st.just("repay"), st.integers(1, 30_000)),
        st.tuples(st.just("parcel_in"), st.integers(0, 10**6)),
        st.tuples(st.just("release"), st.integers(0, 50)),
        st.tuples(st.just("case"), st.integers(0, 50)),
        st.tuples(st.just("move"), st.integers(0, 50), st.sampled_from(sorted(cases.STATUS_LABELS))),
        st.tuples(st.just("reception"), st.integers(1, 5)),
    ),
    max_size=40,
)
counter = itertools.count()


class Actor:
    def __init__(self, store: Store):
        self.store = store
        self.agent = list_agents(store)[0].id
        self.villagers: list[str] = []

    def pick(self, table: str, index: int) -> str | None:
        ids = [r[0] for r in self.store.all(f"SELECT id FROM {table} ORDER BY id")]
        return ids[index % len(ids)] if ids else None

    def do(self, action: tuple) -> None:
        kind, *args = action
        s, a = self.store, self.agent
        if kind == "villager":
            vid = add_villager(s, a, f"村民{next(counter)}", tags=["elderly"] if args[0] else [])
            if args[0]:
                add_contact(s, a, vid, "子女", "13900000000", "son", is_payer=True)
            self.villagers.append(vid)
        elif kind == "pay" and self.villagers:
            payments.record_payment(s, a, payer_name="户主", bill_kind="electricity", account_no="41001",
                                    amount_fen=args[1], method=args[0], villager_id=self.villagers[-1])
        elif kind == "void" and (pid := self.pick("payments", args[0])):
            payments.void_payment(s, a, pid, "输错了")
        elif kind == "repay" and self.villagers:
            advances.record_repayment(s, a, self.villagers[-1], args[0], "cash", "子女")
        elif kind == "parcel_in":
            parcels.check_in(s, a, f"SF{args[0]:013d}", recipient_name="张三", recipient_phone="13812345678")
        elif kind == "release" and (pid := self.pick("parcels", args[0])):
            parcels.release(s, a, pid, "张三", "self")
        elif kind == "case" and self.villagers:
            code = self.pick("catalogue_items", args[0])
            cases.open_case(s, a, self.villagers[0], code, [])
        elif kind == "move" and (cid := self.pick("cases", args[0])):
            cases.change_status(s, a, cid, args[1], note="补正：缺户口簿")
        elif kind == "reception":
            rid = reception.log_reception(s, a, "来访人", "咨询")
            feedback.give_feedback(s, a, "receptions", rid, args[0], "不满意的原因" if args[0] <= 2 else None)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS)
def test_replaying_the_outbox_rebuilds_every_record(actions):
    with tempfile.TemporaryDirectory() as tmp:
        store = init_station(Path(tmp) / "s", "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
        actor = Actor(store)
        for action in actions:
            try:
                actor.do(action)
            except DomainError:
                pass  # a refused action must write nothing; the comparison below proves it
        ops = store.scalar("SELECT COUNT(*) FROM outbox")
        versions = sum(store.scalar(f"SELECT COALESCE(SUM(version), 0) FROM {t}")
                       for t, spec in ENTITIES.items() if spec.owner == "station")
        assert ops == versions
        with Store(Path(tmp) / "replayed.db") as copy:
            with copy.transaction():
                copy.set_meta("station_code", "ZHUPO")
                seed_town_data(copy)
            replay(outbox_ops(store), copy)
            assert differences(store, copy) == []
        store.close()
