"""Bills paid for villagers: receipts, numbering, station advances, voids."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from station_app import advances, payments
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.payments import (PaymentQuery, count_payments, list_payments, payment_totals, receipt,
                                  record_payment, void_payment)
from station_app.voids import is_voided, void_record


def outbox_count(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM outbox")


def pay(store, agent, **overrides) -> str:
    fields = dict(payer_name="张桂兰", bill_kind="electricity", account_no="4101234567",
                  amount_fen=12050, method="cash")
    fields.update(overrides)
    return record_payment(store, agent, **fields)


def test_payment_is_recorded_with_its_receipt_number_and_outbox_row(station, agent):
    before = outbox_count(station)
    payment_id = pay(station, agent, payer_phone="138 1234 5678", voucher_no="GD20261127001")
    row = station.get("payments", payment_id)
    assert row["receipt_no"] == "ZHUPO-2026-00001"
    assert row["amount_fen"] == 12050 and isinstance(row["amount_fen"], int)
    assert row["payer_phone"] == "13812345678"
    assert row["created_by"] == agent
    assert row["station_code"] == "ZHUPO"
    assert outbox_count(station) == before + 1
    op = station.one("SELECT entity, record_id FROM outbox ORDER BY seq DESC LIMIT 1")
    assert (op["entity"], op["record_id"]) == ("payments", payment_id)
    assert station.scalar("SELECT COUNT(*) FROM advances") == 0


def test_receipt_numbers_are_sequential_and_survive_voids(station, agent):
    first = pay(station, agent)
    void_payment(station, agent, first, "金额输错")
    second = pay(station, agent, amount_fen=100)
    third = pay(station, agent, amount_fen=200)
    numbers = [station.get("payments", p)["receipt_no"] for p in (first, second, third)]
    assert numbers == ["ZHUPO-2026-00001", "ZHUPO-2026-00002", "ZHUPO-2026-00003"]


def test_receipt_numbers_restart_at_the_local_new_year(station, agent, clock):
    clock.moment = datetime(2026, 12, 31, 15, 59, 50, tzinfo=timezone.utc)  # 23:59:50 in Henan
    last_of_year = pay(station, agent)
    clock.moment = datetime(2026, 12, 31, 16, 0, 30, tzinfo=timezone.utc)  # already 2027 locally
    first_of_year = pay(station, agent)
    second_of_year = pay(station, agent)
    numbers = [station.get("payments", p)["receipt_no"] for p in (last_of_year, first_of_year, second_of_year)]
    assert numbers == ["ZHUPO-2026-00001", "ZHUPO-2027-00001", "ZHUPO-2027-00002"]


def test_receipt_number_beyond_five_digits_keeps_counting(station, agent):
    assert payments.next_receipt_no(station, 2026) == "ZHUPO-2026-00001"
    with station.write(agent) as w:
        w.insert("payments", {"receipt_no": "ZHUPO-2026-99999", "payer_name": "甲", "bill_kind": "water",
                              "account_no": "1", "amount_fen": 1, "method": "cash", "paid_at": station.now_iso()})
    assert payments.next_receipt_no(station, 2026) == "ZHUPO-2026-100000"
    pay(station, agent)
    assert payments.next_receipt_no(station, 2026) == "ZHUPO-2026-100001"


def test_payment_by_station_advance_books_the_advance_in_the_same_write(station, agent, villager, payer):
    payment_id = pay(station, agent, method="advance", villager_id=villager, payer_name="")
    payment = station.get("payments", payment_id)
    advance = station.one("SELECT * FROM advances WHERE payment_id = ?", (payment_id,))
    assert payment["payer_name"] == "张桂兰"  # defaults to the villager
    assert advance["villager_id"] == villager
    assert advance["payer_contact_id"] == payer
    assert advance["amount_fen"] == 12050
    assert advance["purpose"] == "代缴电费 户号4101234567"
    assert advance["advanced_at"] == payment["paid_at"]
    assert advances.balance(station, villager)["outstanding"] == 12050


def test_advance_purpose_can_be_given(station, agent, villager):
    payment_id = pay(station, agent, method="advance", villager_id=villager, bill_kind="water",
                     advance_purpose="老人住院期间代缴水费")
    advance = station.one("SELECT purpose, payer_contact_id FROM advances WHERE payment_id = ?", (payment_id,))
    assert advance["purpose"] == "老人住院期间代缴水费"
    assert advance["payer_contact_id"] is None  # no payer named yet


@pytest.mark.parametrize("overrides, error, field", [
    ({"payer_name": "  "}, ValidationError, "payer_name"),
    ({"bill_kind": "rent"}, ValidationError, "bill_kind"),
    ({"account_no": ""}, ValidationError, "account_no"),
    ({"amount_fen": 120.5}, ValidationError, "amount_fen"),
    ({"amount_fen": 0}, ValidationError, "amount_fen"),
    ({"amount_fen": -100}, ValidationError, "amount_fen"),
    ({"method": "card"}, ValidationError, "method"),
    ({"method": "advance"}, ValidationError, "villager_id"),
    ({"payer_phone": "12345"}, ValidationError, "payer_phone"),
    ({"villager_id": "no-such-villager"}, NotFoundError, "villager"),
])
def test_bad_payment_is_refused_and_writes_nothing(station, agent, overrides, error, field):
    before = outbox_count(station)
    with pytest.raises(error) as info:
        pay(station, agent, **overrides)
    assert info.value.field == field
    assert outbox_count(station) == before
    assert station.scalar("SELECT COUNT(*) FROM payments") == 0


def test_payment_needs_an_active_agent(station):
    before = outbox_count(station)
    with pytest.raises(NotFoundError) as info:
        pay(station, "nobody")
    assert info.value.field == "agent"
    assert outbox_count(station) == before


def test_void_payment_keeps_the_record_and_needs_a_reason(station, agent):
    payment_id = pay(station, agent)
    before = outbox_count(station)
    with pytest.raises(ValidationError) as info:
        void_payment(station, agent, payment_id, "  ")
    assert info.value.field == "reason"
    assert outbox_count(station) == before
    void_id = void_payment(station, agent, payment_id, "户号输错")
    void = station.get("voids", void_id)
    assert (void["target_entity"], void["target_id"], void["reason"]) == ("payments", payment_id, "户号输错")
    assert station.get("payments", payment_id)["amount_fen"] == 12050  # never edited
    assert is_voided(station, "payments", payment_id)
    with pytest.raises(StateError):
        void_payment(station, agent, payment_id, "再作废一次")
    assert outbox_count(station) == before + 1


def test_void_unknown_payment(station, agent):
    with pytest.raises(NotFoundError):
        void_payment(station, agent, "missing", "原因")


def test_voiding_an_advance_payment_voids_its_advance(station, agent, villager):
    payment_id = pay(station, agent, method="advance", villager_id=villager)
    advance_id = station.scalar("SELECT id FROM advances WHERE payment_id = ?", (payment_id,))
    void_payment(station, agent, payment_id, "重复录入")
    assert is_voided(station, "advances", advance_id)
    assert "ZHUPO-2026-00001" in station.one(
        "SELECT reason FROM voids WHERE target_id = ?", (advance_id,))["reason"]
    assert advances.balance(station, villager) == {"given": 0, "repaid": 0, "outstanding": 0, "overpaid": 0}


def test_advance_payment_already_repaid_cannot_be_voided(station, agent, villager):
    payment_id = pay(station, agent, method="advance", villager_id=villager, amount_fen=10000)
    advances.record_repayment(station, agent, villager, 4000, "cash", "张建军")
    before = outbox_count(station)
    with pytest.raises(StateError) as info:
        void_payment(station, agent, payment_id, "录错了")
    assert info.value.code == "advance_already_repaid"
    assert outbox_count(station) == before
    assert not is_voided(station, "payments", payment_id)


def test_advance_payment_can_be_voided_when_other_advances_absorb_the_repayment(station, agent, villager):
    first = pay(station, agent, method="advance", villager_id=villager, amount_fen=10000)
    pay(station, agent, method="advance", villager_id=villager, amount_fen=5000)
    advances.record_repayment(station, agent, villager, 4000, "cash", "张建军")
    void_payment(station, agent, first, "这笔其实是现金付的")
    assert advances.balance(station, villager)["outstanding"] == 1000
    (line,) = advances.allocation(station, villager)
    assert (line["repaid_fen"], line["outstanding_fen"]) == (4000, 1000)


def test_list_payments_newest_first_with_void_flags(station, agent):
    old = pay(station, agent, payer_name="李四", account_no="A-1")
    new = pay(station, agent, payer_name="王五", account_no="B-2", voucher_no="V99")
    void_payment(station, agent, old, "重复")
    rows = list_payments(station)
    assert [r["id"] for r in rows] == [new, old]
    assert rows[1]["voided"] and rows[1]["void_reason"] == "重复"
    assert not rows[0]["voided"] and rows[0]["method_label"] == "现金"
    assert [r["id"] for r in list_payments(station, PaymentQuery(include_voided=False))] == [new]
    assert [r["id"] for r in list_payments(station, PaymentQuery(search="V99"))] == [new]
    assert [r["id"] for r in list_payments(station, PaymentQuery(search="李"))] == [old]
    assert [r["id"] for r in list_payments(station, PaymentQuery(search="00002"))] == [new]
    assert list_payments(station, PaymentQuery(search="%")) == []
    assert [r["id"] for r in list_payments(station, limit=1, offset=1)] == [old]


def test_list_payments_by_local_day(station, agent, clock):
    clock.moment = datetime(2026, 11, 27, 15, 59, tzinfo=timezone.utc)  # 23:59 on the 27th locally
    late = pay(station, agent)
    clock.moment = datetime(2026, 11, 27, 16, 1, tzinfo=timezone.utc)  # 00:01 on the 28th
    early = pay(station, agent)
    the_27th = PaymentQuery(day_from=date(2026, 11, 27), day_to=date(2026, 11, 27))
    assert [r["id"] for r in list_payments(station, the_27th)] == [late]
    assert [r["id"] for r in list_payments(station, PaymentQuery(day_from=date(2026, 11, 28)))] == [early]
    with pytest.raises(ValidationError):
        list_payments(station, limit=0)


def test_the_lists_chips_counts_and_totals_leave_voided_payments_out_of_the_sums(station, agent, clock):
    clock.moment = datetime(2026, 11, 26, 3, 0, tzinfo=timezone.utc)
    yesterday = pay(station, agent, amount_fen=1000)
    clock.moment = datetime(2026, 11, 27, 3, 0, tzinfo=timezone.utc)
    cash = pay(station, agent, amount_fen=2000)
    wechat = pay(station, agent, amount_fen=3000, method="wechat")
    void_payment(station, agent, cash, "重复")
    today, voided = PaymentQuery(status="today"), PaymentQuery(status="voided")
    assert [r["id"] for r in list_payments(station, today)] == [wechat, cash]
    assert [r["id"] for r in list_payments(station, voided)] == [cash]
    assert [count_payments(station, q) for q in (PaymentQuery(), today, voided)] == [3, 2, 1]
    assert payment_totals(station, today) == {"count": 1, "fen": 3000, "by_method": {"wechat": (1, 3000)}}
    assert payment_totals(station)["fen"] == 4000 and yesterday
    assert payment_totals(station, voided)["count"] == 0


def test_receipt_shows_what_is_printed(station, agent):
    station.set_meta("station_phone", "0379-6666888")
    payment_id = pay(station, agent, payer_phone="13812345678", amount_fen=123450, method="wechat",
                     voucher_no="GD001")
    printed = receipt(station, payment_id)
    assert printed["station_name"] == "朱坡村便民服务站"
    assert printed["station_phone"] == "0379-6666888"
    assert printed["receipt_no"] == "ZHUPO-2026-00001"
    paid_at = station.get("payments", payment_id)["paid_at"]
    assert paid_at.startswith("2026-11-27T02:0")  # stored in UTC ...
    assert printed["date"] == "2026-11-27" and printed["time"].startswith("10:0")  # ... printed in Beijing time
    assert printed["payer_phone_masked"] == "138****5678"
    assert "13812345678" not in printed.values()
    assert printed["bill_kind_label"] == "电费"
    assert printed["amount"] == "¥1,234.50"
    assert printed["amount_capitals"] == "壹仟贰佰叁拾肆元伍角整"
    assert printed["method_label"] == "微信"
    assert printed["voucher_no"] == "GD001"
    assert printed["agent_name"] == "王秀英"
    assert printed["voided"] is False
    void_payment(station, agent, payment_id, "打错")
    assert receipt(station, payment_id)["voided"] is True


def test_void_record_checks_entity_existence_and_repeat(station, agent):
    payment_id = pay(station, agent)
    with pytest.raises(ValidationError):
        void_record(station, agent, "meta", payment_id, "原因")
    with pytest.raises(ValidationError):
        void_record(station, agent, "voids", payment_id, "原因")
    with pytest.raises(NotFoundError):
        void_record(station, agent, "parcels_out", payment_id, "原因")
    with pytest.raises(NotFoundError):
        void_record(station, "nobody", "payments", payment_id, "原因")
    before = outbox_count(station)
    void_record(station, agent, "payments", payment_id, "原因")
    with pytest.raises(StateError):
        void_record(station, agent, "payments", payment_id, "原因")
    assert outbox_count(station) == before + 1


def test_a_payment_is_checked_whole_before_it_is_confirmed_and_the_check_writes_nothing(tmp_path):
    """The window asks ``check_payment`` before showing its confirmation: no 站点垫付 for
    someone not in the register, no payment without a payer's name and an account."""
    from station_app.agents import list_agents
    from station_app.errors import ValidationError
    from station_app.payments import check_payment
    from station_app.station import init_station

    store = init_station(tmp_path / "s", "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
    agent = list_agents(store)[0].id
    base = dict(payer_name="赵大爷", bill_kind="electricity", account_no="4101", amount_fen=500, method="advance")
    with pytest.raises(ValidationError) as refused:
        check_payment(store, agent, **base)
    assert refused.value.code == "advance_needs_villager"
    with pytest.raises(ValidationError) as refused:
        check_payment(store, agent, **{**base, "method": "cash", "payer_name": "", "account_no": ""})
    assert refused.value.field == "payer_name"
    with pytest.raises(ValidationError) as refused:
        check_payment(store, agent, **{**base, "method": "cash", "account_no": " "})
    assert refused.value.field == "account_no"
    assert check_payment(store, agent, **{**base, "method": "cash"})["fields"]["payer_name"] == "赵大爷"
    assert store.scalar("SELECT COUNT(*) FROM payments") == 0
    store.close()
