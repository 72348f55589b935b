"""Advances page: a bill paid by station advance on the Payments page, then the family's
repayments on the Advances page (oldest debt first, what it cleared said), a repayment
voided with a reason, the statement, reminder and year-end list. Checked in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_helpers import show_page, stored, type_text
from station_app import advances
from station_app.station import open_station


def pay_by_advance(qtbot, ctx, account, amount):
    """Through the Payments page: pick the elder, choose 站点垫付, confirm."""
    from ui.pages.payments import PaymentsPage

    page = show_page(qtbot, ctx, PaymentsPage)
    form = page.form
    qtbot.keyClicks(form.picker.edit, "5678")
    qtbot.waitUntil(lambda: form.picker.results.isVisible())
    qtbot.keyClick(form.picker.edit, Qt.Key_Return)
    form.method.setCurrentIndex(form.method.findData("advance"))
    assert "张桂兰" in form.method_hint.text()
    qtbot.keyClicks(form.account_no, account)
    qtbot.keyClicks(form.amount, amount)
    qtbot.keyClick(form.account_no, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.confirm_dialog is not None)  # once the core has checked every rule
    assert "垫付" in form.confirm_dialog.text.text()
    qtbot.mouseClick(form.confirm_dialog.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: ctx.db.idle() and page.receipt_dialog is not None and page.receipt_dialog.receipt is not None)
    page.receipt_dialog.close()
    return page


def repay(qtbot, ctx, page, amount):
    qtbot.keyClicks(page.amount, amount)
    qtbot.keyClick(page.amount, Qt.Key_Return)
    dialog = page.confirm_dialog
    assert "张建军" in dialog.text.text() and "张桂兰" in dialog.text.text()
    qtbot.keyClick(dialog.confirm, Qt.Key_Return)
    qtbot.waitUntil(lambda: ctx.db.idle() and page.result.isVisible() and page.amount.text() == "")


def test_advance_payment_then_repayments_through_the_advances_page(station_ctx, station_folder, qtbot):
    from ui.pages.advances import AdvancesPage

    pay_by_advance(qtbot, station_ctx, "4101234567", "80")
    pay_by_advance(qtbot, station_ctx, "W2026", "30")
    owed = stored(station_folder, "SELECT * FROM advances ORDER BY advanced_at")
    assert [a["amount_fen"] for a in owed] == [8000, 3000] and all(a["payment_id"] for a in owed)

    page = show_page(qtbot, station_ctx, AdvancesPage)
    assert page.households.rowCount() == 1
    qtbot.waitUntil(lambda: page.statement is not None)  # the first household opens by itself
    assert "张桂兰" in page.who.text()
    assert "张建军" in page.payer.text() and "儿子" in page.payer.text() and "13987654321" in page.payer.text()
    assert "¥110.00" in page.owed.text()
    assert page.lines.rowCount() == 2
    assert page.paid_by.placeholderText() == "张建军"

    repay(qtbot, station_ctx, page, "100")  # clears the 80 first, then part of the 30
    rows = stored(station_folder, "SELECT * FROM repayments")
    assert [(r["amount_fen"], r["method"], r["paid_by_name"]) for r in rows] == [(10000, "cash", "张建军")]
    result = page.result.text()
    assert "结清" in result and "¥80.00" in result
    assert "部分还上" in result and "还差 ¥10.00" in result
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "¥10.00" in page.owed.text() and page.lines.rowCount() == 3)

    # A repayment entered by mistake: select it in the statement, void it with a reason.
    row = next(i for i, line in enumerate(page.lines.rows) if line["kind"] == "repayment")
    page.line_panel.table.selectRow(row)
    assert page.void_button.isEnabled()
    qtbot.mouseClick(page.void_button, Qt.LeftButton)
    type_text(page.void_dialog.reason, "金额记错")
    qtbot.mouseClick(page.void_dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.void_dialog.isVisible())
    voids = stored(station_folder, "SELECT * FROM voids WHERE target_entity = 'repayments'")
    assert [(v["target_id"], v["reason"]) for v in voids] == [(rows[0]["id"], "金额记错")]
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "¥110.00" in page.owed.text())

    with open_station(station_folder) as store:
        villager_id = owed[0]["villager_id"]
        assert advances.balance(store, villager_id)["outstanding"] == 11000

    qtbot.keyClicks(page.amount, "200")  # more than is owed: the core's words, next to the amount
    qtbot.keyClick(page.amount, Qt.Key_Return)
    qtbot.keyClick(page.confirm_dialog.confirm, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.form.errors["amount"].isHidden())
    assert "超过欠款" in page.form.errors["amount"].text() and page.amount.text() == "200"
    assert len(stored(station_folder, "SELECT * FROM repayments")) == 1


def test_statement_reminder_and_collection_list(station_ctx, station_folder, qtbot, tmp_path, qtmodeltester):
    from ui.pages.advances import AdvancesPage
    from ui.printing import save_pdf
    from ui.printouts_money import statement_html

    pay_by_advance(qtbot, station_ctx, "4101234567", "66.6")
    page = show_page(qtbot, station_ctx, AdvancesPage)
    qtbot.waitUntil(lambda: page.statement is not None and page.lines.rowCount() == 1)
    html = statement_html(page.statement, "朱坡村便民服务站", "0379-67900856")
    assert "张桂兰" in html and "张建军" in html and "¥66.60" in html and "陆拾陆元陆角整" in html
    assert save_pdf(html, tmp_path / "statement.pdf").read_bytes()[:5] == b"%PDF-"

    qtbot.mouseClick(page.reminder_button, Qt.LeftButton)
    reminder = page.reminder_dialog
    qtbot.waitUntil(lambda: station_ctx.db.idle() and reminder.text.toPlainText() != "")
    assert "张建军您好" in reminder.text.toPlainText() and "¥66.60" in reminder.text.toPlainText()
    qtbot.mouseClick(reminder.copy_button, Qt.LeftButton)
    assert QApplication.clipboard().text() == reminder.text.toPlainText()

    qtbot.mouseClick(page.collection_button, Qt.LeftButton)
    collection = page.collection_dialog
    qtbot.waitUntil(lambda: station_ctx.db.idle() and collection.model.rowCount() == 1)
    assert collection.model.rows[0]["outstanding_fen"] == 6660
    assert "1 户" in collection.total.text() and "¥66.60" in collection.total.text()
    list_html = collection.html(collection.model.rows)
    assert "张建军" in list_html and "13987654321" in list_html
    assert save_pdf(list_html, tmp_path / "collection.pdf").read_bytes()[:5] == b"%PDF-"
    collection.year.setValue(collection.year.value() - 1)  # nothing was advanced the year before
    qtbot.waitUntil(lambda: station_ctx.db.idle() and collection.model.rowCount() == 0)
    collection.year.setValue(collection.year.value() + 1)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and collection.model.rowCount() == 1)

    for model in (page.households, page.lines, collection.model):
        qtmodeltester.check(model)
    everyone = next(b for b in page.household_panel.chips.buttons() if b.property("code") == "everyone")
    qtbot.mouseClick(everyone, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.households.rowCount() == 1)
    qtmodeltester.check(page.households)


def test_a_new_advance_from_f3_registers_the_elder_and_the_paying_son_in_one_go(qtbot, station_ctx, station_folder):
    """F3 → 新垫付: a villager not yet in the register, the son who pays, the amount."""
    from ui.pages.advances import AdvancesPage

    page = show_page(qtbot, station_ctx, AdvancesPage)
    dialog = page.open_new_advance()
    household = dialog.household
    type_text(household.picker.edit, "赵大爷")
    type_text(household.payer_name, "赵建国")
    qtbot.keyClicks(household.payer_phone, "13912345678")
    type_text(dialog.purpose, "买药")
    qtbot.keyClicks(dialog.amount, "45")
    qtbot.keyClick(dialog.amount, Qt.Key_Return)
    confirm = dialog.confirm_dialog
    assert "赵大爷" in confirm.text.text() and "赵建国" in confirm.text.text()
    assert stored(station_folder, "SELECT * FROM advances") == []  # nothing before the confirmation
    qtbot.mouseClick(confirm.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not dialog.isVisible() and page.statement is not None
                    and page.statement["villager"]["name"] == "赵大爷")
    assert page.statement["totals"]["outstanding_fen"] == 4500
    assert "赵建国" in page.payer.text()
