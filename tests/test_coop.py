"""The cooperative's desk: members, supplies, stock that never goes below zero without a
count, member accounts settled at the harvest, training and field help, the daily close."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app import coop, coop_accounts, coop_services, coop_stock
from station_app.daily_close import day_sheet, income_for_day
from station_app.errors import DomainError, StateError, ValidationError
from station_app.stats import station_stats
from station_app.timeutil import local_date
from station_app.today import today_summary
from station_app.villagers import add_villager

JOINED = date(2026, 3, 1)


@pytest.fixture
def member(station, agent, villager):
    return coop.add_member(station, agent, villager, JOINED, 12, "mu")


@pytest.fixture
def fertiliser(station, agent):
    item = coop.add_item(station, agent, "复合肥", "fertiliser", "袋", 12_000)
    coop_stock.receive(station, agent, item, 10, "县农资公司", cost_fen=100_000)
    return item


def test_a_household_joins_once_and_leaves_keeping_its_history(station, agent, villager, member):
    with pytest.raises(StateError):
        coop.add_member(station, agent, villager, JOINED, 3, "trees")
    with pytest.raises(ValidationError) as err:
        coop.add_member(station, agent, add_villager(station, agent, "石榴户"), JOINED, -1, "mu")
    assert err.value.field == "holding"
    assert coop.get_member(station, member)["holding_label"] == "12 亩"
    coop.leave(station, agent, member, date(2026, 11, 1))
    assert coop.list_members(station) == [] and len(coop.list_members(station, include_left=True)) == 1
    with pytest.raises(StateError):
        coop.require_active_member(station, member)


def test_stock_never_goes_below_zero_without_a_count(station, agent, member, fertiliser):
    before = station.pending_outbox()
    with pytest.raises(StateError) as err:
        coop_stock.hand_out(station, agent, fertiliser, member, 11, "cash")
    assert err.value.code == "not_enough_stock" and "库存只有 10 袋" in err.value.message
    assert station.pending_outbox() == before  # refused: nothing written
    coop_stock.hand_out(station, agent, fertiliser, member, 10, "account")
    assert coop_stock.stock_of(station, fertiliser) == 0
    with pytest.raises(ValidationError):  # the shelf holds 2 more: a count says so, with a reason
        coop_stock.count(station, agent, fertiliser, 2)
    found = coop_stock.count(station, agent, fertiliser, 2, "上次入库少记了两袋")
    assert found["difference"] == 2 and coop_stock.stock_of(station, fertiliser) == 2
    assert coop_stock.count(station, agent, fertiliser, 2)["difference"] == 0  # no difference, no reason needed


def test_a_receipt_whose_goods_went_out_cannot_be_voided_below_zero(station, agent, member, fertiliser):
    received = [m for m in coop_stock.moves(station, fertiliser) if m["kind"] == "received"][0]
    coop_stock.hand_out(station, agent, fertiliser, member, 4, "cash")
    with pytest.raises(StateError) as err:
        coop_stock.void_move(station, agent, received["id"], "入库记错了")
    assert err.value.code == "would_go_negative"
    more = coop_stock.receive(station, agent, fertiliser, 5, "县农资公司")
    coop_stock.void_move(station, agent, more, "重复入库")
    assert coop_stock.stock_of(station, fertiliser) == 6
    newest = coop_stock.moves(station, fertiliser)[0]
    assert newest["id"] == more and newest["voided"] and newest["void_reason"] == "重复入库"


def test_a_return_after_the_account_was_settled_goes_back_in_money(station, agent, member, fertiliser):
    given_out = coop_stock.hand_out(station, agent, fertiliser, member, 2, "account")
    coop_accounts.settle(station, agent, member, 24_000, "harvest")
    with pytest.raises(ValidationError) as err:
        coop_stock.take_back(station, agent, given_out["id"], 1)
    assert err.value.field == "refund_how"
    back = coop_stock.take_back(station, agent, given_out["id"], 1, refund_how="cash")
    assert back["paid_how"] == "cash" and coop_accounts.balance(station, member)["owed_fen"] == 0


def test_a_return_goes_back_at_its_price_the_way_it_was_paid(station, agent, member, fertiliser):
    given_out = coop_stock.hand_out(station, agent, fertiliser, member, 3, "account")
    coop.update_item(station, agent, fertiliser, price_fen=15_000)  # the price rose since
    back = coop_stock.take_back(station, agent, given_out["id"], 1, "多领了")
    assert back["amount_fen"] == 12_000 and back["paid_how"] == "account"
    assert coop_accounts.balance(station, member)["owed_fen"] == 24_000
    with pytest.raises(ValidationError):
        coop_stock.take_back(station, agent, given_out["id"], 3)
    with pytest.raises(StateError):  # a hand-out with returns is voided only after its returns
        coop_stock.void_move(station, agent, given_out["id"], "记错人")


def test_settlements_never_exceed_what_is_owed_and_a_statement_adds_up(station, agent, member, fertiliser):
    coop_stock.hand_out(station, agent, fertiliser, member, 2, "account")
    with pytest.raises(ValidationError) as err:
        coop_accounts.settle(station, agent, member, 30_000, "cash")
    assert err.value.code == "settles_too_much"
    cash = coop_accounts.settle(station, agent, member, 10_000, "cash")
    coop_accounts.settle(station, agent, member, 14_000, "harvest", "石榴收购款抵扣")
    assert coop_accounts.balance(station, member)["owed_fen"] == 0
    coop_accounts.void_settlement(station, agent, cash, "收错人了")
    assert coop_accounts.owing_members(station)[0]["owed_fen"] == 10_000
    sheet = coop_accounts.statement(station, member)
    assert sheet["owed_fen"] == 10_000 and [line["voided"] for line in sheet["lines"]] == [False, True, False]
    assert "收购时抵扣" in sheet["lines"][2]["what"]


OPS = st.lists(st.tuples(st.sampled_from(["out", "back", "settle", "void"]), st.integers(1, 4),
                         st.sampled_from(["account", "cash"])), max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPS)
def test_a_members_balance_is_on_account_minus_returns_minus_settlements_less_voids(station, agent, fertiliser, ops):
    # A household of its own for each example: the station is shared across them.
    member = coop.add_member(station, agent, add_villager(station, agent, "社员"), JOINED, 5, "mu")
    coop_stock.receive(station, agent, fertiliser, 100, "县农资公司")
    for kind, n, how in ops:
        try:
            if kind == "out":
                coop_stock.hand_out(station, agent, fertiliser, member, n, how)
            elif kind == "back":
                outs = [m for m in coop_stock.moves(station, member_id=member) if m["kind"] == "handed_out"]
                if outs:
                    coop_stock.take_back(station, agent, outs[0]["id"], 1)
            elif kind == "settle":
                coop_accounts.settle(station, agent, member, n * 1000, "cash")
            else:
                live = [m for m in coop_stock.moves(station, member_id=member) if not m["voided"]]
                if live:
                    coop_stock.void_move(station, agent, live[-1]["id"], "记错")
        except DomainError:
            pass  # a refused step changes nothing; the books must still add up
    rows = station.all("SELECT m.kind, m.amount_fen, m.paid_how, vd.id AS voided FROM coop_stock_moves m"
                       " LEFT JOIN voids vd ON vd.target_id = m.id WHERE m.member_id = ?", (member,))
    expected = sum((r["amount_fen"] if r["kind"] == "handed_out" else -r["amount_fen"])
                   for r in rows if r["paid_how"] == "account" and not r["voided"])
    expected -= sum(r["amount_fen"] for r in station.all(
        "SELECT s.amount_fen FROM coop_settlements s LEFT JOIN voids vd ON vd.target_id = s.id"
        " WHERE s.member_id = ? AND vd.id IS NULL", (member,)))
    assert coop_accounts.balance(station, member)["owed_fen"] == expected >= 0
    assert coop_stock.stock_of(station, fertiliser) >= 0


def test_money_at_the_desk_is_in_the_daily_close_on_its_own_lines(station, agent, member, fertiliser):
    coop_stock.hand_out(station, agent, fertiliser, member, 2, "cash")  # 240.00 in
    on_account = coop_stock.hand_out(station, agent, fertiliser, member, 1, "account")  # no money
    paid_back = coop_stock.hand_out(station, agent, fertiliser, member, 1, "wechat")
    coop_stock.take_back(station, agent, paid_back["id"], 1)  # 120.00 back out by WeChat
    coop_accounts.settle(station, agent, member, 5_000, "cash")  # 50.00 in
    coop_accounts.settle(station, agent, member, 7_000, "harvest")  # no money at the station
    day = local_date(station.now_iso())

    assert income_for_day(station, day) == {"cash": 29_000, "wechat": 0, "alipay": 0}
    lines = day_sheet(station, day)["lines"]
    assert [(line["kind_label"], line["amount_fen"]) for line in lines] == [
        ("农资发放", 24_000), ("农资发放", 12_000), ("农资退回（退款）", -12_000), ("农资结账", 5_000),
        ("农资结账", 7_000)]
    assert [line["in_totals"] for line in lines] == [True, True, True, True, False]
    assert on_account["amount_fen"] == 12_000


def test_training_with_attendance_and_field_help_on_today(station, agent, member, villager):
    other = coop.add_member(station, agent, add_villager(station, agent, "王石榴"), JOINED, 300, "trees")
    with pytest.raises(ValidationError):
        coop_services.record_training(station, agent, date(2026, 4, 2), "石榴疏花", "县农技站 李工", "村委会", [])
    training = coop_services.record_training(station, agent, date(2026, 4, 2), "石榴疏花", "县农技站 李工", "村委会",
                                             [member])
    coop_services.add_attendee(station, agent, training, other)
    assert sorted(coop_services.trainings(station)[0]["attendees"]) == sorted(["张桂兰", "王石榴"])
    request = coop_services.ask_for_help(station, agent, other, "叶子发黄", "东坡三号地")
    assert today_summary(station)["field_requests_open"] == 0  # the desk is off: Today stays as it was
    coop.set_enabled(station, True)
    todo = today_summary(station)["todo"]
    assert any("社员求助 王石榴：叶子发黄" in line["text"] for line in todo)
    with pytest.raises(ValidationError):
        coop_services.record_visit(station, agent, request, local_date(station.now_iso()) - timedelta(days=3), "施肥")
    coop_services.record_visit(station, agent, request, local_date(station.now_iso()), "缺铁，叶面喷硫酸亚铁")
    assert coop_services.field_requests(station, open_only=True) == []


def test_station_stats_count_the_desk(station, agent, member, fertiliser):
    coop_stock.hand_out(station, agent, fertiliser, member, 2, "account")
    coop_accounts.settle(station, agent, member, 4_000, "harvest")
    figures = station_stats(station)["coop"]
    assert figures == {"members": 1, "handed_out": 1, "handed_out_fen": 24_000, "settlements": 1,
                       "owed_fen": 20_000, "trainings": 0, "field_requests_open": 0}
