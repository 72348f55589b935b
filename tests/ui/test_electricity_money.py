"""Electricity money that reconciles, at the counter: a household's saved account filled in
when the villager is picked (and learnt from the first payment), the power company's
voucher added to a payment afterwards, and the cash collected first paid over later, which
the daily close shows going out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import stored
from station_app import electricity
from station_app.agents import list_agents
from station_app.daily_close import day_sheet, income_for_day
from station_app.payments import record_payment
from station_app.station import open_station
from station_app.timeutil import local_date
from test_payments_page import page, pick_villager  # noqa: F401 (the page fixture)


def villager_id(folder, name: str) -> str:
    return stored(folder, "SELECT id FROM villagers WHERE name = ?", (name,))[0]["id"]


def confirm_payment(qtbot, page):  # noqa: F811 (the fixture's name)
    form = page.form
    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.confirm_dialog is not None and form.confirm_dialog.isVisible())
    qtbot.mouseClick(form.confirm_dialog.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None and page.receipt_dialog.money_state is not None)
    return page.receipt_dialog


def test_the_first_payment_teaches_the_account_and_the_next_one_fills_it_in(page, station_ctx, station_folder,  # noqa: F811
                                                                            qtbot):
    form = page.form
    pick_villager(qtbot, page, "5678")  # 张桂兰
    assert form.account_no.text() == ""  # nothing saved yet
    qtbot.keyClicks(form.account_no, "4101234567")
    qtbot.keyClicks(form.amount, "80")
    confirm_payment(qtbot, page).reject()
    rows = stored(station_folder, "SELECT account_no, villager_id FROM villager_accounts")
    assert [(r["account_no"], r["villager_id"]) for r in rows] == [("4101234567", villager_id(station_folder, "张桂兰"))]

    pick_villager(qtbot, page, "5678")  # 张桂兰
    qtbot.waitUntil(lambda: form.account_no.text() == "4101234567")  # picked, not retyped
    form.bill_kind.setCurrentIndex(form.bill_kind.findData("water"))
    qtbot.waitUntil(lambda: form.account_no.text() == "")  # the electricity account is not the water bill's
    form.bill_kind.setCurrentIndex(form.bill_kind.findData("electricity"))
    qtbot.waitUntil(lambda: form.account_no.text() == "4101234567")
    form.account_no.setText("4109999999")  # typed by the agent: kept when the list comes again
    form._load_accounts()
    qtbot.waitUntil(station_ctx.db.idle)
    assert form.account_no.text() == "4109999999"


def test_a_voucher_is_added_to_a_payment_afterwards_and_shows_on_its_receipt(page, station_ctx, station_folder,  # noqa: F811
                                                                            qtbot):
    form = page.form
    pick_villager(qtbot, page, "5678")  # 张桂兰
    qtbot.keyClicks(form.account_no, "4101234567")
    qtbot.keyClicks(form.amount, "125.50")
    receipt = confirm_payment(qtbot, page)
    assert "还没有凭证号" in receipt.money.text() and "还没有上交" in receipt.money.text()
    assert receipt.voucher_button.isVisible()
    qtbot.mouseClick(receipt.voucher_button, Qt.LeftButton)
    dialog = receipt.voucher_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.submit()  # empty: refused next to the field, nothing written
    qtbot.waitUntil(lambda: dialog.form.errors["voucher_no"].isVisible())
    assert stored(station_folder, "SELECT * FROM payment_vouchers") == []
    qtbot.keyClicks(dialog.voucher, "GW20261201-8891")
    qtbot.keyClick(dialog.voucher, Qt.Key_Return)
    qtbot.waitUntil(lambda: "GW20261201-8891" in receipt.money.text())
    assert not receipt.voucher_button.isVisible()  # one voucher a payment
    assert [r["voucher_no"] for r in stored(station_folder, "SELECT voucher_no FROM payment_vouchers")] == [
        "GW20261201-8891"]
    assert "GW20261201-8891" in receipt.html()  # the printed receipt carries it too


@pytest.fixture
def two_collected(station_folder):
    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        made = [record_payment(store, agent, payer_name=name, bill_kind="electricity", account_no=account,
                               amount_fen=fen, method="cash")
                for name, account, fen in (("张桂兰", "4101234567", 12_550), ("李小燕", "4107654321", 8_000))]
        record_payment(store, agent, payer_name="李小燕", bill_kind="water", account_no="W-1", amount_fen=3_000,
                       method="cash")
    return made


def test_cash_collected_first_is_paid_over_later_and_the_close_shows_it_going_out(qtbot, station_ctx,
                                                                                 station_folder, two_collected):
    from gui_helpers import show_page
    from ui.pages.payments import PaymentsPage

    page = show_page(qtbot, station_ctx, PaymentsPage)  # noqa: F811
    qtbot.waitUntil(lambda: "2 笔" in page.payover_button.text())
    assert "¥205.50" in page.payover_button.toolTip()  # electricity only: the water bill is not the power company's
    dialog = page.pay_over()
    qtbot.waitUntil(lambda: dialog.payments.count() == 2)
    assert sorted(dialog.payments.ticked()) == sorted(two_collected) and "¥205.50" in dialog.total.text()
    dialog.payments.tick([two_collected[0]])  # 李小燕's stays in the till for now
    assert "¥125.50" in dialog.total.text() and "1 笔" in dialog.total.text()
    dialog.paid_to.setText("国网孟津供电所")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "1 笔" in page.payover_button.text())
    with open_station(station_folder) as store:
        assert [p["id"] for p in electricity.not_paid_over(store)] == [two_collected[1]]
        day = local_date(store.now_iso())
        assert income_for_day(store, day)["cash"] == 12_550 + 8_000 + 3_000 - 12_550
        lines = day_sheet(store, day)["lines"]
        assert [(line["kind_label"], line["amount_fen"]) for line in lines if line["amount_fen"] < 0] == [("上交电费", -12_550)]


def test_paying_over_with_nothing_ticked_is_refused_next_to_the_list(qtbot, station_ctx, station_folder,
                                                                    two_collected):
    from gui_helpers import show_page
    from ui.pages.payments import PaymentsPage

    page = show_page(qtbot, station_ctx, PaymentsPage)  # noqa: F811
    dialog = page.pay_over()
    qtbot.waitUntil(lambda: dialog.payments.count() == 2)
    dialog.payments.untick_all()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.errors["payments"].isVisible())
    assert dialog.isVisible() and stored(station_folder, "SELECT * FROM payovers") == []
