"""Parcels: check-in, pickup codes and shelves, and every status move (look-ups:
test_parcel_lookups)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app import parcels, pickup_codes
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.parcels import (check_in, deliver_home, find_for_release, history, notice_text, release, report_problem,
                                 resolve_problem, return_to_courier, set_shelf_layout, shelf_layout)
from station_app.settings import PICKUP_SEQ
from station_app.store import Store

from parcel_support import sf



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
