"""Every service followed to its end: the hand-over sheet, the villager's own rating, the
power accounts that reconcile, and one search at the counter that shows everything."""

from __future__ import annotations

from datetime import date

import pytest

from station_app import counter, electricity, feedback, handover
from station_app.cases import change_status, open_case
from station_app.daily_close import day_sheet, income_for_day
from station_app.errors import StateError, ValidationError
from station_app.ids import new_id
from station_app.parcels import check_in
from station_app.payments import record_payment
from station_app.timeutil import local_date
from station_app.villagers import add_villager


def test_a_hand_over_sheet_lists_the_files_of_one_trip_and_the_town_signs_for_it(station, agent, villager):
    first = open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    second = open_case(station, agent, villager, "MZ-04", ["居民身份证", "户口簿"])
    with pytest.raises(ValidationError):
        handover.make_sheet(station, agent, {})
    made = handover.make_sheet(station, agent, {first["id"]: 2, second["id"]: 3}, note="上午送到民政窗口")
    assert made["sheet_no"].startswith(f"ZHUPO-{local_date(station.now_iso()):%Y%m%d}-J01")
    assert (made["cases"], made["pieces"], made["received"]) == (2, 5, None)
    assert made["items"][0]["materials"] == ["居民身份证", "社会保障卡"] and made["carried_by"] == "王秀英"
    assert handover.make_sheet(station, agent, {first["id"]: 1})["sheet_no"].endswith("J02")
    with station.transaction():  # the town's receipt arrives by sync
        station.conn.execute(
            "INSERT INTO handover_receipts (id, sheet_id, to_station, received_by, received_at, created_at, version, hlc)"
            " VALUES (?, ?, 'ZHUPO', '刘文静', ?, ?, 1, '000000000000000-00000-TOWN')",
            (new_id(), made["id"], station.now_iso(), station.now_iso()))
    assert handover.sheet(station, made["id"])["received_text"].startswith("刘文静")


def test_the_villager_rates_and_a_poor_rating_has_a_call_back_deadline(station, agent, villager):
    case = open_case(station, agent, villager, "LB-01", ["居民身份证"])
    for status in ("sent_to_town", "accepted", "completed_approved", "delivered"):
        change_status(station, agent, case["id"], status)
    with pytest.raises(ValidationError):
        feedback.give_feedback(station, agent, "cases", case["id"], 4, source="neighbour")
    made = feedback.give_feedback(station, agent, "cases", case["id"], 2, "等了太久", source="villager")
    (callback,) = feedback.open_callbacks(station)
    assert callback["id"] == made["callback_id"] and callback["source"] == "villager"
    assert date.fromisoformat(callback["due_on"]) > local_date(station.now_iso())
    assert station.scalar("SELECT source FROM feedback") == "villager"
    assert [feedback.rating_from_reply(t) for t in ("5", "５分", "四", "谢谢")] == [5, 5, 4, None]


def test_power_accounts_are_picked_vouchers_come_later_and_money_paid_over_leaves_the_till(station, agent, villager):
    electricity.add_account(station, agent, villager, "electricity", "4100 0012 34", "老宅")
    with pytest.raises(StateError):
        electricity.add_account(station, agent, villager, "electricity", "4100001234")
    (account,) = electricity.accounts_of(station, villager)
    assert account["account_no"] == "4100001234" and account["kind_label"] == "电费"
    paid = [record_payment(station, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4100001234",
                           amount_fen=fen, method="cash", villager_id=villager) for fen in (12_550, 8_000)]
    electricity.add_voucher(station, agent, paid[0], "GW20261201-8891")
    with pytest.raises(StateError):
        electricity.add_voucher(station, agent, paid[0], "GW-again")
    assert electricity.voucher_of(station, paid[0]) == "GW20261201-8891"
    assert [p["id"] for p in electricity.not_paid_over(station)] == paid
    over = electricity.pay_over(station, agent, paid, "国网孟津供电所", "cash")
    assert over["amount_fen"] == 20_550 and electricity.not_paid_over(station) == []
    with pytest.raises(StateError):
        electricity.pay_over(station, agent, paid[:1], "国网孟津供电所", "cash")
    day = local_date(station.now_iso())
    assert income_for_day(station, day)["cash"] == 0  # collected 205.50, paid over 205.50
    assert day_sheet(station, day)["lines"][-1]["kind_label"] == "上交电费"
    electricity.void_payover(station, agent, over["id"], "交错了，重交")
    assert len(electricity.not_paid_over(station)) == 2


def test_one_search_at_the_counter_shows_everything_about_the_villager(station, agent, villager):
    other = add_villager(station, agent, "张大山", phone="13911112222", id_number="410322195001011232")
    check_in(station, agent, "YT1234567890130", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    open_case(station, agent, villager, "LB-01", ["居民身份证"])
    assert [v["name"] for v in counter.search(station, "张")] == ["张大山", "张桂兰"]
    assert [v["id"] for v in counter.search(station, "5678")] == [villager]  # phone tail
    assert [v["id"] for v in counter.search(station, "1232")] == [other]  # ID tail
    assert counter.search(station, "12") == []  # two digits could be anyone's: a tail needs four
    seen = counter.everything(station, villager)
    pages = [line["page"] for line in seen["lines"]]
    assert seen["parcels_waiting"] == 1 and seen["open_cases"] == 1 and pages[:2] == ["parcels", "cases"]
    assert counter.everything(station, other)["lines"] == []
