"""Advances for elders and the children's repayments: oldest debt first, never edited."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from station_app import advances
from station_app.advances import (allocate, balance, collection_list, give_advance, outstanding_list,
                                  record_repayment, reminder_text, statement, void_advance, void_repayment)
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.payments import record_payment
from station_app.timeutil import LOCAL_TZ
from station_app.villagers import add_villager
from station_app.voids import is_voided


def outbox_count(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM outbox")


def at(clock, year, month, day, hour=10):
    """Move the station clock to a Beijing-time moment."""
    clock.moment = datetime(year, month, day, hour, tzinfo=LOCAL_TZ)


# -- writes ------------------------------------------------------------------------
def test_give_advance_records_the_payer_contact(station, agent, villager, payer):
    advance_id = give_advance(station, agent, villager, 3000, "代买降压药")
    row = station.get("advances", advance_id)
    assert (row["amount_fen"], row["purpose"], row["payer_contact_id"]) == (3000, "代买降压药", payer)
    assert row["payment_id"] is None
    assert balance(station, villager) == {"given": 3000, "repaid": 0, "outstanding": 3000, "overpaid": 0}


@pytest.mark.parametrize("villager_id, amount, purpose, error, field", [
    (None, 30.0, "药费", ValidationError, "amount_fen"),
    (None, 0, "药费", ValidationError, "amount_fen"),
    (None, 3000, " ", ValidationError, "purpose"),
    ("missing", 3000, "药费", NotFoundError, "villager"),
])
def test_bad_advance_writes_nothing(station, agent, villager, villager_id, amount, purpose, error, field):
    before = outbox_count(station)
    with pytest.raises(error) as info:
        give_advance(station, agent, villager_id or villager, amount, purpose)
    assert info.value.field == field
    assert outbox_count(station) == before


def test_repayment_defaults_to_the_payer_and_reduces_the_debt(station, agent, villager, payer):
    give_advance(station, agent, villager, 5000, "电费")
    repayment_id = record_repayment(station, agent, villager, 2000, "wechat", "")
    row = station.get("repayments", repayment_id)
    assert (row["paid_by_name"], row["method"], row["amount_fen"]) == ("张建军", "wechat", 2000)
    assert balance(station, villager)["outstanding"] == 3000


def test_repayment_beyond_the_debt_is_refused_and_writes_nothing(station, agent, villager):
    give_advance(station, agent, villager, 5000, "电费")
    record_repayment(station, agent, villager, 4000, "cash", "张建军")
    before = outbox_count(station)
    with pytest.raises(ValidationError) as info:
        record_repayment(station, agent, villager, 1001, "cash", "张建军")
    assert info.value.message.startswith("还款金额超过欠款")
    assert info.value.field == "amount_fen"
    assert outbox_count(station) == before
    record_repayment(station, agent, villager, 1000, "cash", "张建军")
    with pytest.raises(StateError):
        record_repayment(station, agent, villager, 1, "cash", "张建军")


@pytest.mark.parametrize("amount, method, name, field", [
    (100, "advance", "张建军", "method"),
    (1.5, "cash", "张建军", "amount_fen"),
    (100, "cash", "", "paid_by_name"),  # no payer contact to default to
])
def test_bad_repayment_writes_nothing(station, agent, villager, amount, method, name, field):
    give_advance(station, agent, villager, 5000, "电费")
    before = outbox_count(station)
    with pytest.raises(ValidationError) as info:
        record_repayment(station, agent, villager, amount, method, name)
    assert info.value.field == field
    assert outbox_count(station) == before


def test_repayments_clear_the_oldest_advance_first_and_never_edit_it(station, agent, villager, clock):
    at(clock, 2026, 3, 1)
    march = give_advance(station, agent, villager, 3000, "三月电费")
    at(clock, 2026, 1, 5)  # entered later, but happened earlier
    january = give_advance(station, agent, villager, 2000, "一月电费")
    at(clock, 2026, 6, 1)
    june = give_advance(station, agent, villager, 4000, "六月电费")
    record_repayment(station, agent, villager, 2500, "cash", "张建军")
    record_repayment(station, agent, villager, 1000, "cash", "张建军")
    lines = {line["id"]: line for line in advances.allocation(station, villager)}
    assert [line["id"] for line in advances.allocation(station, villager)] == [january, march, june]
    assert (lines[january]["repaid_fen"], lines[january]["outstanding_fen"]) == (2000, 0)
    assert (lines[march]["repaid_fen"], lines[march]["outstanding_fen"]) == (1500, 1500)
    assert (lines[june]["repaid_fen"], lines[june]["outstanding_fen"]) == (0, 4000)
    assert station.scalar("SELECT MAX(version) FROM advances") == 1
    assert station.scalar("SELECT COUNT(*) FROM outbox WHERE entity = 'advances' AND kind = 'update'") == 0


def test_void_repayment_brings_the_debt_back(station, agent, villager):
    give_advance(station, agent, villager, 5000, "电费")
    repayment_id = record_repayment(station, agent, villager, 5000, "cash", "张建军")
    assert balance(station, villager)["outstanding"] == 0
    void_repayment(station, agent, repayment_id, "钱是假币，退回")
    assert balance(station, villager)["outstanding"] == 5000
    with pytest.raises(StateError):
        void_repayment(station, agent, repayment_id, "又一次")
    with pytest.raises(NotFoundError):
        void_repayment(station, agent, "missing", "原因")


def test_void_advance_rules(station, agent, villager):
    direct = give_advance(station, agent, villager, 3000, "药费")
    payment_id = record_payment(station, agent, payer_name="张桂兰", bill_kind="electricity",
                                account_no="41001", amount_fen=2000, method="advance", villager_id=villager)
    from_payment = station.scalar("SELECT id FROM advances WHERE payment_id = ?", (payment_id,))
    with pytest.raises(StateError) as info:
        void_advance(station, agent, from_payment, "录错")
    assert info.value.code == "advance_from_payment"
    record_repayment(station, agent, villager, 2500, "cash", "张建军")
    before = outbox_count(station)
    with pytest.raises(StateError) as info:
        void_advance(station, agent, direct, "录错")  # 2,500 repaid but only 2,000 would remain owed
    assert info.value.code == "advance_already_repaid"
    assert outbox_count(station) == before
    with pytest.raises(NotFoundError):
        void_advance(station, agent, "missing", "录错")


def test_voided_records_leave_the_balance(station, agent, villager):
    keep = give_advance(station, agent, villager, 3000, "药费")
    wrong = give_advance(station, agent, villager, 9900, "录错的垫付")
    void_advance(station, agent, wrong, "金额多打了一个9")
    assert is_voided(station, "advances", wrong)
    assert balance(station, villager)["given"] == 3000
    assert [line["id"] for line in advances.allocation(station, villager)] == [keep]


# -- reports -----------------------------------------------------------------------
def test_statement_has_running_balance_and_totals(station, agent, villager, payer, clock):
    at(clock, 2026, 2, 1)
    give_advance(station, agent, villager, 3000, "代缴电费")
    at(clock, 2026, 3, 1)
    give_advance(station, agent, villager, 2000, "代买药")
    at(clock, 2026, 4, 1)
    record_repayment(station, agent, villager, 4000, "alipay", "张建军")
    voided = give_advance(station, agent, villager, 100, "错")
    void_advance(station, agent, voided, "录错")
    sheet = statement(station, villager)
    assert [(l["date"], l["advance_fen"], l["repayment_fen"], l["balance_fen"]) for l in sheet["lines"]] == [
        ("2026-02-01", 3000, 0, 3000), ("2026-03-01", 2000, 0, 5000), ("2026-04-01", 0, 4000, 1000)]
    assert sheet["lines"][2]["description"] == "还款（张建军，支付宝）"
    assert sheet["totals"]["outstanding_fen"] == 1000
    assert sheet["totals"]["outstanding_capitals"] == "壹拾元整"
    assert sheet["payer"]["name"] == "张建军" and sheet["payer"]["relation_label"] == "儿子"
    assert sheet["payer"]["phone_masked"] == "139****4321"
    assert sheet["villager"]["name"] == "张桂兰"


def test_outstanding_list_names_who_owes_and_since_when(station, agent, villager, payer, clock):
    other = add_villager(station, agent, "李老汉")
    paid_up = add_villager(station, agent, "赵奶奶")
    at(clock, 2026, 1, 10)
    give_advance(station, agent, villager, 2000, "一月")
    give_advance(station, agent, paid_up, 500, "一月")
    at(clock, 2026, 5, 10)
    give_advance(station, agent, villager, 3000, "五月")
    give_advance(station, agent, other, 700, "五月")
    record_repayment(station, agent, villager, 2000, "cash", "张建军")  # clears January
    record_repayment(station, agent, paid_up, 500, "cash", "赵家儿子")
    rows = outstanding_list(station)
    assert [r["name"] for r in rows] == ["张桂兰", "李老汉"]
    zhang = rows[0]
    assert (zhang["given_fen"], zhang["repaid_fen"], zhang["outstanding_fen"]) == (5000, 2000, 3000)
    assert zhang["oldest_advance_date"] == "2026-05-10"  # January is paid off
    assert (zhang["payer_name"], zhang["payer_phone"], zhang["payer_relation_label"]) == ("张建军", "13987654321", "儿子")
    assert rows[1]["payer_name"] is None


def test_outstanding_list_agrees_with_allocation(station, agent, clock):
    rng = random.Random(7)
    people = [add_villager(station, agent, f"村民{i}") for i in range(6)]
    for step in range(60):
        clock.moment = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randrange(300))
        person = rng.choice(people)
        owed = balance(station, person)["outstanding"]
        if owed and rng.random() < 0.4:
            record_repayment(station, agent, person, rng.randint(1, owed), "cash", "家属")
        else:
            give_advance(station, agent, person, rng.randint(1, 9999), f"第{step}笔")
    listed = {r["villager_id"]: r for r in outstanding_list(station)}
    for person in people:
        open_lines = [l for l in advances.allocation(station, person) if l["outstanding_fen"]]
        if not open_lines:
            assert person not in listed
            continue
        assert listed[person]["outstanding_fen"] == sum(l["outstanding_fen"] for l in open_lines)
        assert listed[person]["oldest_advance_at"] == open_lines[0]["advanced_at"]


def test_outstanding_list_of_many_households_leaves_out_those_who_paid_back(station, agent):
    # How long it takes with 20,000 advances: bench/advances_bench.py.
    with station.write(agent) as w:
        people = [w.insert("villagers", {"name": f"老人{i}", "tags": []}) for i in range(200)]
        for i in range(2000):
            w.insert("advances", {"villager_id": people[i % 200], "amount_fen": 1000 + i % 7,
                                  "purpose": "代缴电费", "advanced_at": station.now_iso()})
        for person in people[:50]:
            w.insert("repayments", {"villager_id": person, "amount_fen": 100_000, "method": "cash",
                                    "paid_by_name": "家属", "received_at": station.now_iso()})
    rows = outstanding_list(station)
    assert len(rows) == 150  # the first 50 repaid more than their ten advances
    assert {r["villager_id"] for r in rows} == set(people[50:])


def test_collection_list_splits_this_year_from_earlier(station, agent, villager, payer, clock):
    at(clock, 2025, 11, 1)
    give_advance(station, agent, villager, 1000, "去年电费")
    at(clock, 2026, 7, 1)
    give_advance(station, agent, villager, 2000, "今年电费")
    at(clock, 2027, 1, 1, hour=0)  # just after the new year locally: not in the 2026 list
    give_advance(station, agent, villager, 4000, "明年电费")
    record_repayment(station, agent, villager, 500, "cash", "张建军")
    (row,) = collection_list(station, 2026)
    assert (row["outstanding_fen"], row["this_year_fen"], row["earlier_fen"]) == (2500, 2000, 500)
    assert row["open_advances"] == 2 and row["oldest_advance_date"] == "2025-11-01"
    assert (row["payer_name"], row["payer_relation_label"]) == ("张建军", "儿子")
    (earlier,) = collection_list(station, 2025)
    assert earlier["outstanding_fen"] == 500
    assert collection_list(station, 2024) == []


def test_reminder_text_is_polite_and_exact(station, agent, villager, payer):
    station.set_meta("station_phone", "0379-6666888")
    give_advance(station, agent, villager, 12050, "代缴电费 户号4101")
    text = reminder_text(station, villager)
    assert text.startswith("张建军您好！这里是朱坡村便民服务站。")
    assert "张桂兰" in text and "¥120.50" in text and "壹佰贰拾元伍角整" in text
    assert "代缴电费 户号4101" in text and "0379-6666888" in text and "谢谢" in text


def test_reminder_needs_a_debt(station, agent, villager):
    with pytest.raises(StateError):
        reminder_text(station, villager)


# -- the allocation rule, as properties ----------------------------------------------
advance_lists = st.lists(
    st.builds(lambda day, amount, n: {"id": f"a{n:03d}", "advanced_at": f"2026-{1 + day % 12:02d}-{1 + day % 28:02d}",
                                       "amount_fen": amount},
              st.integers(0, 400), st.integers(1, 100_000), st.integers(0, 999)),
    max_size=12, unique_by=lambda a: a["id"])
repayment_lists = st.lists(st.builds(lambda amount: {"amount_fen": amount}, st.integers(1, 100_000)), max_size=8)


@given(advance_lists, repayment_lists)
def test_allocation_totals_and_bounds(advance_rows, repayment_rows):
    lines = allocate(advance_rows, repayment_rows)
    given_fen = sum(a["amount_fen"] for a in advance_rows)
    repaid_fen = sum(r["amount_fen"] for r in repayment_rows)
    assert sum(l["outstanding_fen"] for l in lines) == max(0, given_fen - repaid_fen)
    for line in lines:
        assert 0 <= line["outstanding_fen"] <= line["amount_fen"]
        assert line["repaid_fen"] + line["outstanding_fen"] == line["amount_fen"]


@given(advance_lists, repayment_lists)
def test_allocation_clears_the_oldest_first(advance_rows, repayment_rows):
    lines = allocate(advance_rows, repayment_rows)
    assert [(l["advanced_at"], l["id"]) for l in lines] == sorted((a["advanced_at"], a["id"]) for a in advance_rows)
    seen_open = False
    for line in lines:
        if seen_open:
            assert line["repaid_fen"] == 0  # nothing newer is touched while something older is open
        seen_open = seen_open or line["outstanding_fen"] > 0


@given(advance_lists, repayment_lists, st.randoms())
def test_allocation_ignores_listing_order_and_edits_nothing(advance_rows, repayment_rows, rnd):
    originals = [dict(a) for a in advance_rows]
    shuffled_adv, shuffled_rep = advance_rows[:], repayment_rows[:]
    rnd.shuffle(shuffled_adv)
    rnd.shuffle(shuffled_rep)
    assert allocate(shuffled_adv, shuffled_rep) == allocate(advance_rows, repayment_rows)
    assert advance_rows == originals


def test_allocate_refuses_float_money():
    with pytest.raises(ValidationError):
        allocate([{"id": "a", "advanced_at": "2026-01-01", "amount_fen": 10.0}], [])
