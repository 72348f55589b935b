from datetime import date, timedelta
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app import parcels, pickup_codes
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.parcel_lookups import ReleaseQuery, ShelfQuery, count_shelf, list_release_matches, list_shelf
from station_app.parcels import (
    check_in, count_in_stock, daily_counts, deliver_home, find_for_release, history, in_stock, notice_text,
    overdue, release, report_problem, resolve_problem, return_to_courier, set_retention_days,
    set_shelf_layout, shelf_layout,
)
from station_app.settings import PICKUP_SEQ
from station_app.store import Store
from station_app.villagers import add_villager

_numbers = count(1)


def sf() -> str:
    """A fresh SF tracking number (the courier is guessed from it)."""
    return f"SF{next(_numbers):013d}"


def refused(station, error, field, call, *args, **kwargs):
    """The call raises ``error`` naming ``field`` and writes nothing."""
    before = station.pending_outbox()
    with pytest.raises(error) as err:
        call(*args, **kwargs)
    assert err.value.field == field, err.value
    assert station.pending_outbox() == before
    return err.value


def on_shelf_codes(station) -> list[str]:
    return [r[0] for r in station.all("SELECT pickup_code FROM parcels WHERE status IN ('in_stock', 'problem')")]


# -- check-in ------------------------------------------------------------------------

def test_check_in_from_the_register(station, agent, villager):
    before = station.pending_outbox()
    got = check_in(station, agent, " sf1234567890123 ", villager_id=villager)
    assert got["courier"] == "SF" and got["pickup_code"] == "1-1-1"
    row = parcels.get_parcel(station, got["id"])
    assert (row["recipient_name"], row["recipient_phone"], row["phone_tail"]) == ("张桂兰", "13812345678", "5678")
    assert (row["shelf"], row["layer"], row["seq"], row["status"]) == (1, 1, 1, "in_stock")
    assert row["tracking_no"] == "SF1234567890123" and row["created_by"] == agent
    assert [e["kind"] for e in history(station, got["id"])] == ["check_in"]
    assert station.pending_outbox() == before + 2  # the parcel and its event


def test_notice_text_is_ready_to_send(station, agent, villager):
    station.set_meta("station_phone", "13700001111")
    got = check_in(station, agent, sf(), villager_id=villager)
    for part in ("朱坡村便民服务站", "张桂兰", "顺丰速运", got["pickup_code"], "8:00-18:00", "7天", "13700001111"):
        assert part in got["notice"]
    assert notice_text(station, got["id"]) == got["notice"]
    home = check_in(station, agent, sf(), villager_id=villager, home_delivery=True)
    assert "送到家" in home["notice"]


def test_typed_recipient_and_privacy_waybill_phone(station, agent):
    got = check_in(station, agent, "YT1234567890123", recipient_name="李四", recipient_phone="139****4321")
    row = parcels.get_parcel(station, got["id"])
    assert (row["courier"], row["recipient_phone"], row["phone_tail"]) == ("YTO", None, "4321")
    tail_only = check_in(station, agent, sf(), recipient_name="王五", recipient_phone="8765")
    assert parcels.get_parcel(station, tail_only["id"])["phone_tail"] == "8765"


def test_typed_name_wins_over_the_register(station, agent, villager):
    got = check_in(station, agent, sf(), villager_id=villager, recipient_name="张建军")
    row = parcels.get_parcel(station, got["id"])
    assert row["recipient_name"] == "张建军" and row["phone_tail"] == "5678" and row["villager_id"] == villager


def test_courier_given_when_it_cannot_be_guessed(station, agent):
    refused(station, ValidationError, "courier", check_in, station, agent, "431234567890123", recipient_name="李四")
    err = refused(station, ValidationError, "courier", check_in, station, agent, "ZZ12345678", recipient_name="李四")
    assert err.message == "无法识别快递公司，请选择"
    got = check_in(station, agent, "431234567890123", recipient_name="李四", courier="YUNDA")
    assert got["courier"] == "YUNDA"
    refused(station, ValidationError, "courier", check_in, station, agent, sf(), recipient_name="李四", courier="XX")


def test_bad_check_in_writes_nothing(station, agent, villager):
    refused(station, ValidationError, "tracking_no", check_in, station, agent, "  ", recipient_name="李四")
    refused(station, ValidationError, "tracking_no", check_in, station, agent, "SF12 3456 7890", recipient_name="李四")
    refused(station, ValidationError, "recipient_name", check_in, station, agent, sf())
    refused(station, ValidationError, "recipient_phone", check_in, station, agent, sf(), recipient_name="李四",
            recipient_phone="12345")
    refused(station, NotFoundError, "villager", check_in, station, agent, sf(), villager_id="nobody")
    refused(station, NotFoundError, "agent", check_in, station, "nobody", sf(), recipient_name="李四")
    refused(station, ValidationError, "note", check_in, station, agent, sf(), recipient_name="李四", note="长" * 201)
    assert station.scalar("SELECT COUNT(*) FROM parcels") == 0
    assert station.get_meta(PICKUP_SEQ.key) is None  # the counter did not move either


def test_same_tracking_number_in_stock_is_refused(station, agent):
    first = check_in(station, agent, "JT1234567890123", recipient_name="李四")
    err = refused(station, StateError, "tracking_no", check_in, station, agent, "jt1234567890123",
                  recipient_name="李四")
    assert first["pickup_code"] in err.message
    # Once it has left the station the same number may come back (a re-delivery).
    return_to_courier(station, agent, first["id"], "地址错误")
    check_in(station, agent, "JT1234567890123", recipient_name="李四")


# -- pickup codes and shelves ----------------------------------------------------------

def test_codes_fill_layers_in_order_and_count_on(station, agent):
    set_shelf_layout(station, 2, 2, 2)
    codes = [check_in(station, agent, sf(), recipient_name="李四")["pickup_code"] for _ in range(8)]
    assert codes == ["1-1-1", "1-1-2", "1-2-3", "1-2-4", "2-1-5", "2-1-6", "2-2-7", "2-2-8"]
    err = refused(station, StateError, "shelf", check_in, station, agent, sf(), recipient_name="李四")
    assert err.code == "shelves_full"
    first = find_for_release(station, "1-1-1")[0]
    release(station, agent, first["id"], None, "self")
    assert check_in(station, agent, sf(), recipient_name="李四")["pickup_code"] == "1-1-9"


def test_chosen_shelf_and_layer(station, agent):
    set_shelf_layout(station, 3, 2, 1)
    assert check_in(station, agent, sf(), recipient_name="李四", shelf=3, layer=2)["pickup_code"] == "3-2-1"
    assert check_in(station, agent, sf(), recipient_name="李四", shelf=3)["pickup_code"] == "3-1-2"
    refused(station, StateError, "layer", check_in, station, agent, sf(), recipient_name="李四", shelf=3, layer=2)
    refused(station, StateError, "shelf", check_in, station, agent, sf(), recipient_name="李四", shelf=3)
    refused(station, ValidationError, "shelf", check_in, station, agent, sf(), recipient_name="李四", shelf=4)
    refused(station, ValidationError, "layer", check_in, station, agent, sf(), recipient_name="李四", shelf=1, layer=3)
    refused(station, ValidationError, "shelf", check_in, station, agent, sf(), recipient_name="李四", layer=1)


def test_sequence_is_persisted_and_wraps(station, agent):
    check_in(station, agent, sf(), recipient_name="李四")
    station.close()
    reopened = Store(station.path, clock=station.clock)
    try:
        assert check_in(reopened, agent, sf(), recipient_name="李四")["pickup_code"] == "1-1-2"
        reopened.set_meta(PICKUP_SEQ.key, "9998")
        codes = [check_in(reopened, agent, sf(), recipient_name="李四")["pickup_code"] for _ in range(3)]
        assert codes == ["1-1-9999", "1-1-3", "1-1-4"]  # 1-1-1 and 1-1-2 are still on the shelf
    finally:
        reopened.close()


def test_code_is_reused_after_release(station, agent):
    first = check_in(station, agent, sf(), recipient_name="李四")
    release(station, agent, first["id"], "李四", "self")
    station.set_meta(PICKUP_SEQ.key, "0")
    again = check_in(station, agent, sf(), recipient_name="王五")
    assert again["pickup_code"] == first["pickup_code"] == "1-1-1"
    assert [p["id"] for p in find_for_release(station, "1-1-1")] == [again["id"]]


def test_shelf_layout_setting(station, agent):
    assert shelf_layout(station) == pickup_codes.DEFAULT_LAYOUT
    assert shelf_layout(station).total == 6 * 4 * 50
    check_in(station, agent, sf(), recipient_name="李四", shelf=5, layer=3)
    with pytest.raises(StateError) as err:
        set_shelf_layout(station, 4, 4, 50)
    assert err.value.field == "shelves"
    with pytest.raises(StateError) as err:
        set_shelf_layout(station, 6, 2, 50)
    assert err.value.field == "layers"
    for bad in ({"shelves": 0}, {"layers": 21}, {"capacity": "50"}):
        args = {"shelves": 6, "layers": 4, "capacity": 50, **bad}
        with pytest.raises(ValidationError) as err:
            set_shelf_layout(station, **args)
        assert err.value.field == next(iter(bad))
    assert set_shelf_layout(station, 8, 5, 30) == shelf_layout(station)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["in", "in", "in", "release", "release", "problem", "resolve"]),
                          st.integers(0, 30)), max_size=40))
def test_no_two_parcels_on_the_shelf_share_a_code(station, agent, monkeypatch, ops):
    # A counter as short as a layer is deep makes every check-in land on a code used before.
    monkeypatch.setattr(pickup_codes, "SEQ_MAX", 3)
    for row in station.all("SELECT id FROM parcels WHERE status IN ('in_stock', 'problem')"):
        return_to_courier(station, agent, row[0], "清空货架")  # each example starts with empty shelves
    set_shelf_layout(station, 1, 2, 3)
    for action, pick in ops:
        shelf = station.all("SELECT id, status FROM parcels WHERE status IN ('in_stock', 'problem') ORDER BY id")
        if action == "in":
            try:
                check_in(station, agent, sf(), recipient_name="李四")
            except StateError as err:
                assert err.code == "shelves_full" and len(shelf) == 6
        elif shelf:
            parcel_id, status = shelf[pick % len(shelf)]
            if action == "release" and status == "in_stock":
                release(station, agent, parcel_id, None, "self")
            elif action == "problem" and status == "in_stock":
                report_problem(station, agent, parcel_id, "damaged")
            elif action == "resolve" and status == "problem":
                resolve_problem(station, agent, parcel_id)
        codes = on_shelf_codes(station)
        assert len(codes) == len(set(codes))
        assert all(n <= 3 for n in pickup_codes.occupancy(station).values())


# -- moves ----------------------------------------------------------------------------

def _parcel_in(station, agent, status: str) -> str:
    pid = check_in(station, agent, sf(), recipient_name="李四")["id"]
    if status == "problem":
        report_problem(station, agent, pid, "damaged", "外箱压坏")
    elif status == "released":
        release(station, agent, pid, None, "self")
    elif status == "delivered":
        deliver_home(station, agent, pid)
    elif status == "returned":
        return_to_courier(station, agent, pid, "拒收")
    return pid


ACTIONS = {
    "release": (lambda s, a, p: release(s, a, p, "李四", "self"), "released"),
    "deliver": (lambda s, a, p: deliver_home(s, a, p, "送到家门口"), "delivered"),
    "return": (lambda s, a, p: return_to_courier(s, a, p, "超期无人领取"), "returned"),
    "problem": (lambda s, a, p: report_problem(s, a, p, "lost"), "problem"),
    "resolve": (lambda s, a, p: resolve_problem(s, a, p, "找到了"), "in_stock"),
}


@pytest.mark.parametrize("start", list(parcels.STATUS_LABELS))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_status_move(station, agent, start, action):
    pid = _parcel_in(station, agent, start)
    call, target = ACTIONS[action]
    if start in parcels.MOVES[action]:
        call(station, agent, pid)
        row = parcels.get_parcel(station, pid)
        assert row["status"] == target
        assert (row["closed_at"] is None) == (target in ("in_stock", "problem"))
        assert history(station, pid)[-1]["kind"] == action
    else:
        refused(station, StateError, "status", call, station, agent, pid)
        assert parcels.get_parcel(station, pid)["status"] == start


def test_release_records_who_collected(station, agent, villager):
    pid = check_in(station, agent, sf(), villager_id=villager)["id"]
    refused(station, ValidationError, "relation", release, station, agent, pid, "张建军", "cousin")
    refused(station, ValidationError, "collected_by", release, station, agent, pid, "  ", "family")
    refused(station, NotFoundError, "parcel", release, station, agent, "nope", "张建军", "family")
    refused(station, NotFoundError, "agent", release, station, None, pid, "张建军", "family")
    release(station, agent, pid, "张建军", "family")
    row = parcels.get_parcel(station, pid)
    assert (row["collected_by"], row["collected_relation"], row["status"]) == ("张建军", "family", "released")
    assert row["updated_by"] == agent and row["closed_at"]
    refused(station, StateError, "status", release, station, agent, pid, "张建军", "family")
    assert parcels.RELATIONS["neighbour"] == "邻居"


def test_problem_and_return_need_their_details(station, agent):
    pid = check_in(station, agent, sf(), recipient_name="李四")["id"]
    refused(station, ValidationError, "kind", report_problem, station, agent, pid, "stolen", "")
    refused(station, ValidationError, "reason", return_to_courier, station, agent, pid, " ")
    report_problem(station, agent, pid, "refused", "收件人拒收")
    row = parcels.get_parcel(station, pid)
    assert (row["status"], row["problem_kind"], row["pickup_code"]) == ("problem", "refused", "1-1-1")
    assert "1-1-1" in on_shelf_codes(station)  # the code stays held
    return_to_courier(station, agent, pid, "收件人拒收")
    assert parcels.get_parcel(station, pid)["return_reason"] == "收件人拒收"
    assert parcels.PROBLEM_KINDS["wrong_person"]


def test_history_lists_every_event_with_agent(station, agent):
    pid = check_in(station, agent, sf(), recipient_name="李四")["id"]
    report_problem(station, agent, pid, "damaged", "外箱破")
    resolve_problem(station, agent, pid, "已和快递员确认")
    deliver_home(station, agent, pid, "老人在家")
    events = history(station, pid)
    assert [e["kind"] for e in events] == ["check_in", "problem", "resolve", "deliver"]
    assert [e["label"] for e in events] == ["入库", "登记问题", "问题处理完毕", "送货上门"]
    assert events[1]["detail"] == {"from": "in_stock", "to": "problem", "kind": "damaged", "note": "外箱破"}
    assert {e["agent_name"] for e in events} == {"王秀英"}
    with pytest.raises(NotFoundError):
        history(station, "nope")


# -- look-ups ----------------------------------------------------------------------------

def test_find_for_release(station, agent, villager):
    other = add_villager(station, agent, "王建设", phone="13900005678")
    a = check_in(station, agent, sf(), villager_id=villager)
    b = check_in(station, agent, "YT1234567890123", villager_id=other)
    c = check_in(station, agent, sf(), recipient_name="张桂兰", recipient_phone="138****5678")
    gone = check_in(station, agent, sf(), villager_id=villager)
    release(station, agent, gone["id"], None, "self")
    report_problem(station, agent, c["id"], "damaged")

    def ids(text):
        return [p["id"] for p in find_for_release(station, text)]

    assert ids(a["pickup_code"]) == [a["id"]]
    assert ids(" " + a["pickup_code"].replace("-", " ") + " ") == [a["id"]]
    assert ids(a["pickup_code"].replace("-", "－")) == [a["id"]]
    assert ids("5678") == [a["id"], b["id"], c["id"]]
    assert ids("138 1234 5678") == [a["id"], c["id"]]  # the masked one may be theirs too
    assert ids("yt1234567890123") == [b["id"]]
    assert ids("桂兰") == [a["id"], c["id"]]
    assert ids("%") == [] and ids("") == [] and ids("9-9-9") == []
    assert find_for_release(station, c["pickup_code"])[0]["status"] == "problem"


def test_in_stock_pages_and_search(station, agent, villager):
    made = [check_in(station, agent, sf(), villager_id=villager)["id"] for _ in range(5)]
    check_in(station, agent, sf(), recipient_name="李四", recipient_phone="13700001111")
    release(station, agent, made[0], None, "self")
    assert count_in_stock(station) == 5
    first, second = in_stock(station, limit=3), in_stock(station, limit=3, offset=3)
    assert len(first) == 3 and len(second) == 2
    assert [p["id"] for p in first + second][1:] == made[:0:-1]  # newest first
    assert count_in_stock(station, search="李四") == 1
    assert [p["recipient_name"] for p in in_stock(station, search="1111")] == ["李四"]


def test_overdue_with_the_clock(station, agent, clock):
    old = check_in(station, agent, sf(), recipient_name="李四")["id"]
    clock.moment += timedelta(days=3)
    newer = check_in(station, agent, sf(), recipient_name="王五")["id"]
    assert overdue(station) == []
    clock.moment += timedelta(days=4)  # old: 7 days on the shelf, not yet more than 7
    assert overdue(station) == []
    clock.moment += timedelta(days=1)
    assert [(p["id"], p["days_waiting"]) for p in overdue(station)] == [(old, 8)]
    assert [p["id"] for p in overdue(station, retention_days=5)] == [old]
    set_retention_days(station, 3)
    assert [p["id"] for p in overdue(station)] == [old, newer]
    release(station, agent, old, None, "self")
    assert [p["id"] for p in overdue(station)] == [newer]
    with pytest.raises(ValidationError) as err:
        set_retention_days(station, 0)
    assert err.value.field == "retention_days"


def test_daily_counts_past_and_present(station, agent, clock):
    day1 = date(2026, 11, 27)
    ids = [check_in(station, agent, sf(), recipient_name="李四")["id"] for _ in range(3)]
    clock.moment += timedelta(days=1)
    release(station, agent, ids[0], None, "self")
    return_to_courier(station, agent, ids[1], "破损")
    check_in(station, agent, sf(), recipient_name="王五")
    assert daily_counts(station, day1) == {
        "day": "2026-11-27", "in": 3, "out": 0, "released": 0, "delivered": 0, "returned": 0,
        "in_stock": 3, "overdue": 0, "sent": 0,
    }
    today = daily_counts(station)
    assert (today["day"], today["in"], today["out"], today["released"], today["returned"]) == (
        "2026-11-28", 1, 2, 1, 1)
    assert today["in_stock"] == 2 == count_in_stock(station)
    clock.moment += timedelta(days=8)
    assert daily_counts(station)["overdue"] == 2 == len(overdue(station))
    assert daily_counts(station, day1 + timedelta(days=1))["in_stock"] == 2


@pytest.mark.parametrize("call", [
    lambda s: find_for_release(s, "3-2-1024"),
    lambda s: find_for_release(s, "5678"),
    lambda s: find_for_release(s, "13812345678"),
    lambda s: find_for_release(s, "SF1234567890123"),
    lambda s: find_for_release(s, "张"),
    lambda s: in_stock(s),
    lambda s: overdue(s),
    lambda s: list_shelf(s, ShelfQuery(status="overdue", search="5678")),
    lambda s: list_shelf(s, ShelfQuery(status="problem")),
    lambda s: count_shelf(s, ShelfQuery(search="张")),
    lambda s: list_release_matches(s, ReleaseQuery(text="5678"), 50, 50),
    lambda s: daily_counts(s),
    lambda s: pickup_codes.occupancy(s),
])
def test_look_ups_never_scan_the_parcel_table(station, call, monkeypatch):
    plans = []
    real_all, real_scalar, real_one = station.all, station.scalar, station.one

    def explained(real):
        def run(sql, params=()):
            plans.extend(r[3] for r in station.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            return real(sql, params)
        return run

    monkeypatch.setattr(station, "all", explained(real_all))
    monkeypatch.setattr(station, "scalar", explained(real_scalar))
    monkeypatch.setattr(station, "one", explained(real_one))
    call(station)
    # Walking one of the small on-shelf indexes is fine; reading the table or a full index is not.
    full_scans = [p for p in plans if p.startswith("SCAN") and "parcels_shelf_" not in p]
    assert plans and not full_scans, plans


def test_a_full_phone_alone_is_enough_for_a_recipient_not_in_the_register(station, agent):
    got = parcels.check_in_typed(station, agent, sf(), courier=None, villager_id=None, typed="13912345678",
                                 home_delivery=False, typed_ok=False)
    assert (got["parcel"]["recipient_name"], got["parcel"]["phone_tail"]) == ("尾号5678", "5678")


def test_a_scan_already_on_the_shelf_is_refused_at_the_scan(station, agent):
    from station_app.parcels import check_new_tracking

    number = sf()
    assert check_new_tracking(station, f" {number} ") == number
    got = parcels.check_in(station, agent, number, recipient_name="李四")
    with pytest.raises(StateError) as refused_:
        check_new_tracking(station, number)
    assert refused_.value.code == "already_in_stock" and got["pickup_code"] in refused_.value.message


def test_a_parcel_looked_up_after_it_went_says_when_and_to_whom(station, agent):
    from station_app.parcel_lookups import last_gone

    got = parcels.check_in(station, agent, sf(), recipient_name="张桂兰", recipient_phone="13812345678")
    parcels.release(station, agent, got["id"], "张建军", "family")
    for typed in (got["pickup_code"], "5678", "张桂兰"):
        gone = last_gone(station, typed)
        assert (gone["status"], gone["collected_by"], gone["collected_relation"]) == ("released", "张建军", "family")
        assert gone["closed_at_local"]
    assert last_gone(station, "9999") is None
