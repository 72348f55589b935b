"""Payments page: a payment typed in, confirmed, its receipt printed to PDF; a void with a
reason; a bad amount refused next to its field. Each result is checked in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from gui_helpers import show_page, stored, type_text
from station_app import agents, payments
from station_app.station import open_station


@pytest.fixture
def page(station_ctx, qtbot):
    from ui.pages.payments import PaymentsPage

    return show_page(qtbot, station_ctx, PaymentsPage)


def pick_villager(qtbot, page, text):
    picker = page.form.picker
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(lambda: picker.results.isVisible(), timeout=5000)
    qtbot.keyClick(picker.edit, Qt.Key_Return)
    assert picker.villager is not None


def test_payment_is_confirmed_saved_and_its_receipt_printed_to_pdf(page, station_ctx, station_folder, qtbot, tmp_path,
                                                                  monkeypatch):
    form = page.form
    pick_villager(qtbot, page, "5678")  # the phone tail finds 张桂兰
    assert form.picker.villager.name == "张桂兰"
    assert form.phone.text() == "13812345678"
    assert form.account_no.hasFocus()  # the next input after picking the payer
    qtbot.keyClicks(form.account_no, "4101 2345 67")
    qtbot.keyClicks(form.amount, "120.5")
    assert form.capitals.text() == "壹佰贰拾元伍角整"
    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.confirm_dialog is not None)  # once the core has checked every rule
    dialog = form.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert "张桂兰" in dialog.text.text() and "电费" in dialog.text.text()
    assert stored(station_folder, "SELECT * FROM payments") == []  # nothing before the confirmation
    qtbot.mouseClick(dialog.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None and page.receipt_dialog.receipt is not None)

    rows = stored(station_folder, "SELECT * FROM payments")
    assert len(rows) == 1
    row = rows[0]
    assert (row["payer_name"], row["amount_fen"], row["account_no"], row["method"]) == \
        ("张桂兰", 12050, "4101234567", "cash")
    assert row["receipt_no"] == "ZHUPO-2026-00001"
    receipt = page.receipt_dialog
    assert receipt.number.text() == row["receipt_no"]
    assert form.amount.text() == "" and form.picker.edit.text() == ""  # ready for the next villager

    from ui.pages.payments import receipt as receipt_module
    from ui.printing import save_pdf

    target = tmp_path / "receipt.pdf"
    printed = []
    monkeypatch.setattr(receipt_module, "print_html",
                        lambda parent, html, name, paper: printed.append((html, paper)) or save_pdf(html, target, paper))
    qtbot.mouseClick(receipt.print_button, Qt.LeftButton)
    assert target.exists() and target.read_bytes()[:5] == b"%PDF-"
    html, paper = printed[0]
    assert paper == "80mm"
    assert row["receipt_no"] in html and "壹佰贰拾元伍角整" in html and "¥120.50" in html
    assert "138****5678" in html and "13812345678" not in html  # receipts leave the station
    assert "朱坡村便民服务站" in html and "0379-67900856" in html
    receipt.paper.setCurrentIndex(receipt.paper.findData("a4"))
    a4 = tmp_path / "receipt-a4.pdf"
    assert save_pdf(receipt.html(), a4, "a4").read_bytes()[:5] == b"%PDF-"


def test_void_with_reason_strikes_the_row_and_leaves_it_out_of_totals(page, station_ctx, station_folder, qtbot):
    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        kept = payments.record_payment(store, agent, payer_name="李小燕", bill_kind="water", account_no="W88",
                                       amount_fen=3000, method="wechat")
        wrong = payments.record_payment(store, agent, payer_name="张桂兰", bill_kind="electricity",
                                        account_no="4101234567", amount_fen=50000, method="cash")
    page.model.reload()
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 2)
    assert page.model.rows[0]["id"] == wrong  # newest first
    table = page.panel.table
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.receipt_dialog is not None and page.receipt_dialog.receipt is not None)
    receipt = page.receipt_dialog
    assert receipt.payment_id == wrong
    qtbot.mouseClick(receipt.void_button, Qt.LeftButton)
    void = receipt.void_dialog
    assert void.isVisible() and "¥500.00" in void.what.text()

    qtbot.mouseClick(void.ok, Qt.LeftButton)  # no reason: refused under the field
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not void.form.errors["reason"].isHidden())
    assert "作废原因" in void.form.errors["reason"].text()
    assert stored(station_folder, "SELECT * FROM voids") == []

    type_text(void.reason, "金额输错")
    qtbot.keyClick(void.reason, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not void.isVisible())
    voids = stored(station_folder, "SELECT * FROM voids")
    assert [(v["target_entity"], v["target_id"], v["reason"]) for v in voids] == [("payments", wrong, "金额输错")]

    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 2 and "已作废" in receipt.state.text())
    status_col = [c.header for c in page.model.columns].index("方式")  # says 已作废 in place of the method
    row = [r["id"] for r in page.model.rows].index(wrong)
    assert page.model.data(page.model.index(row, status_col)) == "⚠ 已作废"
    font = page.model.data(page.model.index(row, 0), Qt.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert page.model.data(page.model.index(1 - row, status_col)) == "微信"
    assert "¥30.00" in page.totals.text() and "¥500.00" not in page.totals.text()
    assert not receipt.void_button.isEnabled()

    voided_chip = next(b for b in page.panel.chips.buttons() if b.property("code") == "voided")
    qtbot.mouseClick(voided_chip, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 1)
    assert page.model.rows[0]["id"] == wrong and page.model.total == 1
    assert kept not in [r["id"] for r in page.model.rows]


@pytest.mark.parametrize("typed, message", [("12.345", "金额最多两位小数"), ("十二块", "金额应为数字"),
                                            ("-5", "金额必须大于0")])
def test_a_bad_amount_is_refused_next_to_the_field_and_nothing_is_written(page, station_ctx, station_folder, qtbot,
                                                                          typed, message):
    form = page.form
    type_text(form.picker.edit, "王大爷")
    qtbot.keyClicks(form.account_no, "4101234567")
    type_text(form.amount, typed)
    assert message in form.form.errors["amount"].text()  # live, as typed
    qtbot.keyClick(form.amount, Qt.Key_Return)
    error = form.form.errors["amount"]
    assert not error.isHidden() and message in error.text() and error.text().startswith("⚠")
    assert form.confirm_dialog is None
    assert form.amount.text() == typed and form.account_no.text() == "4101234567"  # nothing typed is lost
    qtbot.waitUntil(station_ctx.db.idle)  # had a save been sent, it would have run by now
    assert stored(station_folder, "SELECT * FROM payments") == []


def test_station_advance_for_someone_new_is_refused_at_once_then_registered_right_there(page, station_ctx,
                                                                                         station_folder, qtbot):
    """No confirmation that is then refused: 站点垫付 for a name not in the register is
    stopped at Enter, and the villager and the paying son are registered from the form."""
    form = page.form
    type_text(form.picker.edit, "赵大爷")  # typed, not in the register
    form.method.setCurrentIndex(form.method.findData("advance"))
    assert not form.method_hint.isHidden() and "先从名单里选村民" in form.method_hint.text()
    assert form.household_button.isVisible()
    qtbot.keyClicks(form.account_no, "4101234567")
    qtbot.keyClicks(form.amount, "80")
    qtbot.keyClick(form.amount, Qt.Key_Return)
    assert form.confirm_dialog is None  # refused before any confirmation
    assert "先选村民" in form.form.errors["villager"].text() and not form.form.errors["villager"].isHidden()

    qtbot.mouseClick(form.household_button, Qt.LeftButton)
    dialog = form.household_dialog
    household = dialog.household
    assert household.picker.edit.text() == "赵大爷"  # what was typed comes along
    type_text(household.village_group, "二组")
    type_text(household.payer_name, "赵建国")
    household.payer_relation.setCurrentIndex(household.payer_relation.findData("son"))
    qtbot.keyClicks(household.payer_phone, "13912345678")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: form.picker.villager is not None and not dialog.isVisible())
    assert form.picker.villager.name == "赵大爷" and "赵大爷" in form.method_hint.text()
    assert form.amount.text() == "80" and form.account_no.text() == "4101234567"  # nothing typed is lost

    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.confirm_dialog is not None)
    assert "垫付" in form.confirm_dialog.text.text() and "赵大爷" in form.confirm_dialog.text.text()
    qtbot.mouseClick(form.confirm_dialog.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and len(stored(station_folder, "SELECT * FROM advances")) == 1)
    payer = stored(station_folder, "SELECT c.name, c.relation FROM contacts c JOIN villagers v ON v.id = c.villager_id"
                                   " WHERE v.name = '赵大爷' AND c.is_payer = 1")
    assert payer == [{"name": "赵建国", "relation": "son"}]


def test_models_pass_qtmodeltester(page, station_ctx, station_folder, qtbot, qtmodeltester):
    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        for n in range(3):
            payments.record_payment(store, agent, payer_name="李小燕", bill_kind="phone", account_no=f"1360000{n}",
                                    amount_fen=1000 + n, method="alipay")
    page.model.reload()
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 3)
    qtmodeltester.check(page.model)
