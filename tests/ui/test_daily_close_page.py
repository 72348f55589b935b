"""Daily close page: expected money per channel, counted amounts typed in, a variance that
needs a reason (refused next to that channel's reason until given), the close saved and
printed, then voided with a reason so the day can be closed again. Checked in the store."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_helpers import STATION_PHONE, new_station, show_page, stored, type_text
from station_app import agents, daily_close, payments
from station_app.station import open_station
from station_app.timeutil import local_date
from station_app.villagers import add_villager


@pytest.fixture
def station_folder(tmp_path):
    """This page's own station: 张桂兰's payments in cash, by WeChat and by station advance, and a
    voided payment for 李小燕."""
    folder = tmp_path / "station"
    store = new_station(folder, phone=STATION_PHONE)
    agent = agents.list_agents(store)[0].id
    elder = add_villager(store, agent, "张桂兰", phone="13812345678")
    for amount, method in ((12050, "cash"), (1500, "wechat"), (9900, "advance")):
        payments.record_payment(store, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4101234567",
                                amount_fen=amount, method=method, villager_id=elder)
    voided = payments.record_payment(store, agent, payer_name="李小燕", bill_kind="water", account_no="W1",
                                     amount_fen=700, method="cash")
    payments.void_payment(store, agent, voided, "重复录入")
    store.close()
    return folder


@pytest.fixture
def page(station_ctx, qtbot):
    from ui.pages.daily_close import DailyClosePage

    return show_page(qtbot, station_ctx, DailyClosePage)


def closes(folder):
    return stored(folder, "SELECT * FROM daily_closes")


def test_a_variance_needs_a_reason_then_the_day_closes_prints_and_voids(page, station_ctx, station_folder, qtbot,
                                                                      tmp_path, qtmodeltester):
    from ui.printing import save_pdf
    from ui.printouts_money import day_sheet_html

    # Expected: the cash and WeChat payments; not the voided one, not the station advance.
    assert page.expected["cash"].text() == "¥120.50"
    assert page.expected["wechat"].text() == "¥15.00"
    assert page.expected["alipay"].text() == "¥0.00"
    assert page.lines.rowCount() == 4
    struck = [r for r in page.lines.rows if r["voided"]]
    assert len(struck) == 1 and struck[0]["person"] == "李小燕"
    qtmodeltester.check(page.lines)

    assert page.variance["cash"].text() == "待清点"  # nothing typed yet: not a shortfall
    assert "相符" in page.variance["alipay"].text()  # nothing expected, nothing to count
    qtbot.keyClicks(page.counted["cash"], "100")
    assert "短款" in page.variance["cash"].text() and "¥20.50" in page.variance["cash"].text()
    assert "⚠" in page.variance["cash"].text()  # not by colour alone
    qtbot.keyClicks(page.counted["wechat"], "15")
    assert "相符" in page.variance["wechat"].text()
    qtbot.keyClick(page.counted["wechat"], Qt.Key_Return)
    error = page.form.errors["reason_cash"]
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not error.isHidden())
    assert "请写明原因" in error.text() and "现金短款 ¥20.50" in error.text()
    assert page.form.errors["reason_wechat"].isHidden()
    assert closes(station_folder) == []
    assert page.counted["cash"].text() == "100"  # nothing typed is lost

    type_text(page.reasons["cash"], "找零少收")
    assert error.isHidden()  # editing the field clears its error
    qtbot.keyClicks(page.carry, "80")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.result.isVisible())
    rows = closes(station_folder)
    assert len(rows) == 1
    lines = {line["channel"]: line for line in json.loads(rows[0]["lines"])}
    assert (lines["cash"]["expected_fen"], lines["cash"]["counted_fen"], lines["cash"]["variance_fen"]) == \
        (12050, 10000, -2050)
    assert lines["cash"]["reason"] == "找零少收"
    assert lines["wechat"]["variance_fen"] == 0 and lines["alipay"]["counted_fen"] == 0
    assert rows[0]["carried_forward_fen"] == 8000
    assert "¥80.00" in page.result.text()

    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.sheet["close"] is not None)
    assert "已经日结" in page.state.text()
    assert page.counted["cash"].isReadOnly() and page.save_button.isHidden() and not page.void_button.isHidden()

    with open_station(station_folder) as store:
        sheet = daily_close.day_sheet(store, local_date(store.now_iso()))
    html = day_sheet_html(sheet)
    assert "找零少收" in html and "¥120.50" in html and "<s>" in html and "重复录入" in html
    pdf = save_pdf(html, tmp_path / "day.pdf", "a4")
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"

    qtbot.mouseClick(page.void_button, Qt.LeftButton)
    type_text(page.void_dialog.reason, "清点有误，重新日结")
    qtbot.keyClick(page.void_dialog.reason, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.void_dialog.isVisible())
    voids = stored(station_folder, "SELECT * FROM voids WHERE target_entity = 'daily_closes'")
    assert [(v["target_id"], v["reason"]) for v in voids] == [(rows[0]["id"], "清点有误，重新日结")]
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.sheet["close"] is None)
    assert not page.counted["cash"].isReadOnly() and not page.save_button.isHidden()
    assert "还没有日结" in page.state.text()


def test_a_bad_count_is_refused_next_to_its_channel(page, station_ctx, station_folder, qtbot):
    qtbot.keyClicks(page.counted["alipay"], "1.234")
    qtbot.keyClick(page.counted["alipay"], Qt.Key_Return)
    assert "两位小数" in page.form.errors["counted_alipay"].text()
    assert not page.form.errors["counted_alipay"].isHidden()
    qtbot.waitUntil(station_ctx.db.idle)  # had a save been sent, it would have run by now
    assert closes(station_folder) == []


def test_a_payment_after_the_close_is_said_to_belong_to_the_next_close(page, station_ctx, station_folder, qtbot):
    """Close the day, then take a cash payment: its confirmation says it goes to tomorrow's
    close, F10 says so (and not that a record was voided), and Today words it right."""
    from ui.pages.payments import PaymentsPage
    from ui.pages.today import TodayPage

    qtbot.keyClicks(page.counted["cash"], "120.50")
    qtbot.keyClicks(page.counted["wechat"], "15")
    qtbot.keyClick(page.counted["cash"], Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.sheet["close"] is not None)

    payments_page = show_page(qtbot, station_ctx, PaymentsPage)
    form = payments_page.form
    type_text(form.picker.edit, "王大爷")
    qtbot.keyClicks(form.account_no, "4109")
    qtbot.keyClicks(form.amount, "35")
    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.confirm_dialog is not None)
    assert "今天已经日结" in form.confirm_dialog.text.text() and "记入明天的日结" in form.confirm_dialog.text.text()
    qtbot.mouseClick(form.confirm_dialog.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and payments_page.receipt_dialog is not None)
    payments_page.receipt_dialog.close()

    qtbot.waitUntil(lambda: station_ctx.db.idle() and "日结后又收了 1 笔" in page.state.text())
    assert "被作废" not in page.state.text() and "现金 ¥35.00" in page.state.text()
    assert page.expected["cash"].text() == "¥120.50"  # the close's own money is unchanged
    late = [r for r in page.lines.rows if r["next_close"]]
    assert len(late) == 1 and not late[0]["in_totals"]

    today = show_page(qtbot, station_ctx, TodayPage)
    caption = today.cards["cash"].caption.text()
    assert "已日结" in caption and "¥35.00" in caption and "记入明天" in caption


def test_the_first_visit_puts_the_focus_in_the_counted_cash_not_the_date(station_ctx, qtbot):
    """Typing the counted cash on F10's first visit used to land in the date: 1年12月2日."""
    from ui.main_window import MainWindow

    window = MainWindow(station_ctx, lock_minutes=600)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("daily_close")
    page = window.page("daily_close")
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.ready())
    day = page.day.date()
    qtbot.keyClicks(QApplication.focusWidget(), "120")
    assert page.counted["cash"].text() == "120" and page.day.date() == day
