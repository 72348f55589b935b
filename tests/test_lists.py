"""The lists the station window shows, read headless through their core listings: each
query's search, chips and filters, its count, its pages, and the rules the lists apply
(what may be rated, who a typed name means, what a repayment cleared)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from station_app import advances, cases, feedback, parcels, parcels_out, reception
from station_app.advance_lists import (COLLECTION, HOUSEHOLDS, LEDGER, CollectionQuery, HouseholdQuery,
                                       LedgerQuery)
from station_app.catalogue import CATALOGUE, CatalogueQuery, list_items
from station_app.daily_close import DAY_LINES, DayLinesQuery
from station_app.errors import NotFoundError
from station_app.parcel_lookups import RELEASE_MATCHES, SHELF, ReleaseQuery, ShelfQuery, set_retention_days
from station_app.payments import record_payment, void_payment
from station_app.queries import any_column_like, like, read_page
from station_app.station import identity
from station_app.villagers import (CONTACTS, VILLAGERS, ChooseVillager, ContactQuery, VillagerQuery, add_villager,
                                   lookup_text, resolve_typed, split_typed, villager_meant)


def rows(store, listing, limit=100, offset=0, **query) -> list[dict]:
    return listing.rows(store, type(listing.query)(**query), limit, offset)


def count(store, listing, **query) -> int:
    return listing.count(store, type(listing.query)(**query))


def test_one_like_escape_takes_what_was_typed_literally(station):
    assert like("50%_a\\b") == "%50\\%\\_a\\\\b%"
    assert like("5678", end=True) == "%5678" and like("LB", start=True) == "LB%"
    clause, params = any_column_like(("a", "b"), "x")
    assert clause == "(a LIKE ? ESCAPE '\\' OR b LIKE ? ESCAPE '\\')" and params == ["%x%", "%x%"]
    assert station.scalar("SELECT 'a%b' LIKE ? ESCAPE '\\'", [like("%")]) == 1
    assert station.scalar("SELECT 'ab' LIKE ? ESCAPE '\\'", [like("%")]) == 0


# -- villagers -------------------------------------------------------------------------------
def test_the_register_lists_pages_and_counts(station, agent, villager, payer):
    add_villager(station, agent, "李小燕", phone="13700005678")
    assert [r["name"] for r in rows(station, VILLAGERS)] == ["李小燕", "张桂兰"]  # by pinyin: li, zhang
    assert [r["name"] for r in rows(station, VILLAGERS, limit=1, offset=1)] == ["张桂兰"]
    assert [r["name"] for r in rows(station, VILLAGERS, search="5678")] == ["李小燕", "张桂兰"]
    assert count(station, VILLAGERS, search="桂") == 1 and count(station, VILLAGERS) == 2
    assert set(rows(station, VILLAGERS, search="张")[0]["tags"]) == {"elderly", "alone"}
    assert [c["id"] for c in rows(station, CONTACTS, villager=villager)] == [payer]
    assert rows(station, CONTACTS) == [] and count(station, CONTACTS, villager=villager) == 1


def test_which_villager_a_typed_text_means_one_rule_for_window_and_command_line(station, agent, villager):
    twin = add_villager(station, agent, "张桂兰芳", phone="13600005678")
    assert split_typed("王秀英 138 1234 5678") == ("王秀英", "138 1234 5678")
    assert lookup_text("张桂兰 138-1234-5678") == "13812345678" and lookup_text("张桂兰") == "张桂兰"
    assert resolve_typed(station, "13812345678", "recipient") == {"villager_id": villager}
    assert resolve_typed(station, "张桂兰 5678", "recipient") == {"villager_id": villager}
    with pytest.raises(ChooseVillager) as several:  # two phones end in 5678
        resolve_typed(station, "5678", "recipient")
    assert {v.id for v in several.value.matches} == {villager, twin}
    assert resolve_typed(station, "5678", "recipient", typed_ok=True) == {"name": None, "phone": "5678"}
    assert resolve_typed(station, "王大爷", "recipient") == {"name": "王大爷", "phone": None}
    # Nobody can be asked on the command line: the one exact name or phone is taken, as Enter does.
    assert villager_meant(station, "张桂兰") == villager
    assert villager_meant(station, "13600005678") == twin
    with pytest.raises(NotFoundError):
        villager_meant(station, "5678")
    with pytest.raises(NotFoundError):
        villager_meant(station, "张桂")


# -- parcels ---------------------------------------------------------------------------------
def _sf(n: int) -> str:
    return f"SF{n:013d}"


def test_the_shelf_lists_by_chip_and_flags_the_overdue(station, agent, villager, clock):
    old = parcels.check_in(station, agent, _sf(1), recipient_name="李四", recipient_phone="13700001111")["id"]
    clock.moment += timedelta(days=8)
    new = parcels.check_in(station, agent, _sf(2), villager_id=villager)["id"]
    broken = parcels.check_in(station, agent, _sf(3), villager_id=villager)["id"]
    parcels.report_problem(station, agent, broken, "damaged", "外包装破损")
    everything = rows(station, SHELF)
    assert [p["id"] for p in everything] == [broken, new, old]  # newest first
    assert [p["overdue"] for p in everything] == [False, False, True] and everything[2]["days_waiting"] == 8
    assert [p["id"] for p in rows(station, SHELF, status="overdue")] == [old]
    assert [p["id"] for p in rows(station, SHELF, status="problem")] == [broken]
    assert [p["id"] for p in rows(station, SHELF, search="1111")] == [old]
    assert [count(station, SHELF, status=s) for s in (None, "overdue", "problem")] == [3, 1, 1]
    assert [p["id"] for p in rows(station, SHELF, limit=1, offset=1)] == [new]
    set_retention_days(station, 30)
    assert rows(station, SHELF, status="overdue") == []
    # At the counter: what the agent typed, oldest first, a page at a time.
    assert [p["id"] for p in rows(station, RELEASE_MATCHES, text="5678")] == [new, broken]
    assert [p["id"] for p in rows(station, RELEASE_MATCHES, limit=1, offset=1, text="5678")] == [broken]
    assert count(station, RELEASE_MATCHES, text="5678") == 2 and rows(station, RELEASE_MATCHES) == []


def test_a_typed_recipient_is_settled_in_the_check_in_or_nothing_is_written(station, agent, villager):
    add_villager(station, agent, "张桂兰芳", phone="13600005678")
    with pytest.raises(ChooseVillager):
        parcels.check_in_typed(station, agent, _sf(4), courier=None, villager_id=None, typed="5678",
                               home_delivery=False, typed_ok=False)
    assert station.scalar("SELECT COUNT(*) FROM parcels") == 0
    got = parcels.check_in_typed(station, agent, _sf(4), courier=None, villager_id=None, typed="张桂兰 5678",
                                 home_delivery=True, typed_ok=False)
    assert got["parcel"]["villager_id"] == villager and got["parcel"]["home_delivery"] and got["retention"] == 7
    typed = parcels.check_in_typed(station, agent, _sf(5), courier=None, villager_id=None, typed="过路人 5678",
                                   home_delivery=False, typed_ok=True)
    assert (typed["parcel"]["recipient_name"], typed["parcel"]["phone_tail"]) == ("过路人", "5678")


def test_parcels_sent_by_typed_sender_listed_by_search_and_day(station, agent, villager, clock):
    assert parcels_out.parse_fee("０元") == 0 and parcels_out.parse_fee("12.5") == 1250
    common = dict(sender_phone=None, receiver_name="李四", receiver_phone="0379-67901234",
                  receiver_address="洛阳市西工区", courier="SF", tracking_no=None, method="cash")
    mine = parcels_out.send_typed(station, agent, villager_id=None, sender_name="张桂兰", fee="12", **common)
    assert (mine["sender_name"], mine["fee_fen"]) == ("张桂兰", 1200)
    assert station.get("parcels_out", mine["id"])["villager_id"] == villager  # the register settled it
    clock.moment += timedelta(days=1)
    stranger = parcels_out.send_typed(station, agent, villager_id=None, sender_name="过路人 13900001111", fee="0",
                                      **common)
    assert station.get("parcels_out", stranger["id"])["sender_phone"] == "13900001111"
    listing = parcels_out.SENT
    assert [r["id"] for r in rows(station, listing)] == [stranger["id"], mine["id"]]
    assert [r["id"] for r in rows(station, listing, status="today")] == [stranger["id"]]
    assert [r["id"] for r in rows(station, listing, search="过路")] == [stranger["id"]]
    assert count(station, listing, day=date(2026, 11, 27)) == 1 and count(station, listing, search="%") == 0


# -- reception, feedback ---------------------------------------------------------------------
def test_receptions_and_appointments_by_day_chip_and_search(station, agent, villager, clock):
    reception.log_reception(station, agent, "张桂兰", "问养老金认证")
    reception.log_reception(station, agent, "李四", "问低保")
    today = date(2026, 11, 27)
    assert [r["visitor_name"] for r in rows(station, reception.RECEPTIONS, day=today)] == ["李四", "张桂兰"]
    assert count(station, reception.RECEPTIONS, search="养老") == 1
    assert count(station, reception.RECEPTIONS, day=today + timedelta(days=1)) == 0
    later = reception.book_appointment(station, agent, "王五", "2026-11-28T10:00:00.000Z", "办社保卡")
    reception.book_appointment(station, agent, "赵六", "2026-11-27T09:00:00.000Z", "盖章")
    reception.book_appointment(station, agent, "钱七", "2026-12-01T09:00:00.000Z", "下周")
    listing = reception.APPOINTMENTS
    assert [r["name"] for r in rows(station, listing, when="upcoming")] == ["赵六", "王五", "钱七"]  # soonest 1st
    assert [r["name"] for r in rows(station, listing, when="today")] == ["赵六"]
    assert [r["name"] for r in rows(station, listing)] == ["钱七", "王五", "赵六"]  # every one, latest first
    reception.close_appointment(station, agent, later, "cancelled")
    assert count(station, listing, when="upcoming") == 2 and count(station, listing, search="社保") == 1


def test_what_may_be_rated_is_one_list_with_outgoing_parcels_and_no_voided_money(station, agent, villager):
    paid = record_payment(station, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4101",
                          amount_fen=1000, method="cash")
    wrong = record_payment(station, agent, payer_name="张桂兰", bill_kind="water", account_no="4102",
                           amount_fen=2000, method="cash")
    void_payment(station, agent, wrong, "录错")
    sent = parcels_out.send_parcel(station, agent, sender_name="张桂兰", sender_phone=None, receiver_name="李四",
                                   receiver_phone="13700001111", receiver_address="洛阳", courier="SF",
                                   fee_fen=1000, method="cash")
    visit = reception.log_reception(station, agent, "李四", "问低保")
    unrated = {(r["entity"], r["id"]) for r in rows(station, feedback.UNRATED)}
    assert unrated == {("payments", paid), ("parcels_out", sent), ("receptions", visit)}
    assert [r["id"] for r in rows(station, feedback.UNRATED, kind="parcels_out")] == [sent]
    assert count(station, feedback.UNRATED, search="李四") == 2  # the visitor, and the parcel's receiver
    made = feedback.give_feedback(station, agent, "parcels_out", sent, 1, "寄丢了")
    assert count(station, feedback.UNRATED) == 2
    (callback,) = rows(station, feedback.CALLBACKS)
    assert callback["id"] == made["callback_id"] and callback["service"]["who"] == "张桂兰"
    (rating,) = rows(station, feedback.RATINGS)
    assert (rating["callback_status"], rating["service"]["what"], rating["service"]["courier"]) == ("open", "李四", "SF")
    assert feedback.rating_of(station, "parcels_out", sent) == {"level": 1, "comment": "寄丢了", "source": "agent"}
    assert count(station, feedback.CALLBACKS) == count(station, feedback.RATINGS) == 1


# -- advances ----------------------------------------------------------------------------------
def test_a_repayment_says_what_it_cleared_oldest_first(station, agent, villager, payer, clock):
    first = advances.give_advance(station, agent, villager, 3000, "十月电费")
    clock.moment += timedelta(days=1)
    second = advances.give_advance(station, agent, villager, 5000, "十一月电费")
    done = advances.repay(station, agent, villager, 4000, "cash", None)
    assert done["paid_by"] == "张建军" and done["outstanding_fen"] == 4000
    assert [a["id"] for a in done["cleared"]] == [first] and [a["id"] for a in done["partly"]] == [second]
    assert done["cleared"][0]["date"] == "2026-11-27"


def test_households_ledger_and_collection_lists(station, agent, villager, payer):
    other = add_villager(station, agent, "李小燕", phone="13700005678")
    advances.give_advance(station, agent, villager, 3000, "电费")
    advances.give_advance(station, agent, other, 1000, "水费")
    advances.record_repayment(station, agent, other, 1000, "cash", "李小燕")
    assert [r["name"] for r in rows(station, HOUSEHOLDS)] == ["张桂兰"]  # owing, the default chip
    everyone = rows(station, HOUSEHOLDS, status="everyone")
    assert [(r["name"], r["outstanding_fen"]) for r in everyone] == [("张桂兰", 3000), ("李小燕", 0)]
    assert [r["name"] for r in rows(station, HOUSEHOLDS, status="everyone", search="4321")] == ["张桂兰"]
    assert everyone[0]["payer_phone_masked"] != "13987654321" and count(station, HOUSEHOLDS, status="everyone") == 2
    assert [r["balance_fen"] for r in rows(station, LEDGER, villager_id=other)] == [1000, 0]
    assert rows(station, LEDGER, limit=1, offset=1, villager_id=other)[0]["kind"] == "repayment"
    assert rows(station, LEDGER) == [] and count(station, LEDGER, villager_id=villager) == 1
    assert [r["name"] for r in rows(station, COLLECTION, year=2026)] == ["张桂兰"]
    assert count(station, COLLECTION, year=2025) == 0 and rows(station, COLLECTION) == []


def test_one_cases_page_in_one_read(station, agent, villager):
    made = cases.open_case(station, agent, villager, "LB-01", [])
    detail = cases.case_detail(station, made["id"])
    assert (detail["case"]["case_no"], detail["case"]["urgency"]) == (made["case_no"], "normal")
    assert [e["to_status"] for e in detail["history"]] == ["received"] and detail["missing"]["required"]
    assert made["notice"] == detail["notice"] and made["case_no"] in made["notice"] and detail["rating"] is None
    assert identity(station) == {"code": "ZHUPO", "name": "朱坡村便民服务站", "phone": ""}


# -- catalogue, the day's money -------------------------------------------------------------
def test_the_catalogue_lists_in_window_groups_a_page_at_a_time(station):
    whole = rows(station, CATALOGUE, limit=1000)
    assert [r["code"] for r in whole] == [i.code for i in list_items(station, active_only=False)]
    assert [r["first"] for r in whole] == [i == 0 or whole[i - 1]["window"] != r["window"] for i, r in enumerate(whole)]
    paged = [r for offset in range(0, len(whole), 3) for r in rows(station, CATALOGUE, limit=3, offset=offset)]
    assert [(r["code"], r["first"]) for r in paged] == [(r["code"], r["first"]) for r in whole]
    assert count(station, CATALOGUE) == len(whole)
    assert [r["code"] for r in rows(station, CATALOGUE, search="LB-01")] == ["LB-01"]


def test_the_days_money_lines(station, agent, villager):
    paid = record_payment(station, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4101",
                          amount_fen=1000, method="cash")
    void_payment(station, agent, paid, "录错")
    advances.give_advance(station, agent, villager, 500, "药费")
    lines = rows(station, DAY_LINES, day=date(2026, 11, 27))
    assert [(line["kind"], line["voided"]) for line in lines] == [("payment", True), ("advance", False)]
    assert count(station, DAY_LINES, day=date(2026, 11, 27)) == 2 and rows(station, DAY_LINES) == []


def test_a_page_carries_each_rows_sync_state_when_asked(station, agent, villager):
    (row,) = read_page(station, VILLAGERS, VillagerQuery(), 10, 0, marks=True)
    assert row["_sync"]["state"] == "pending"
    assert "_sync" not in read_page(station, VILLAGERS, VillagerQuery(), 10, 0)[0]
    assert read_page(station, CONTACTS, ContactQuery(villager=villager), 10, 0) == []
    assert CatalogueQuery().active_only is False and HouseholdQuery().status == "owing"
    assert LedgerQuery().villager_id is None and CollectionQuery().year is None and DayLinesQuery().day is None
    assert ShelfQuery().status is None and ReleaseQuery().text == ""
