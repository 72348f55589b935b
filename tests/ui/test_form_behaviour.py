"""Forms at the counter: nothing moves under the agent's pointer when suggestions or errors
appear, and a payment with neither payer nor account is refused before any confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app.errors import ValidationError


def test_suggestions_and_errors_float_over_the_form_and_move_nothing(qtbot, station_ctx):
    from ui.pages.payments import PaymentsPage

    page = show_page(qtbot, station_ctx, PaymentsPage)
    form = page.form
    below = [form.phone, form.bill_kind, form.account_no, form.amount, form.method, form.voucher_no,
             form.save_button]
    where = [w.mapTo(page, w.rect().topLeft()) for w in below]

    type_text(form.picker.edit, "张")  # 张桂兰 is suggested under the field
    qtbot.waitUntil(lambda: form.picker.results.isVisible())
    type_text(form.amount, "abc")  # an error as typed
    assert not form.form.errors["amount"].isHidden()
    form.form.show_error(ValidationError("bad_phone", "手机号应为11位数字，以1开头", "payer_phone"))
    assert [w.mapTo(page, w.rect().topLeft()) for w in below] == where  # nothing moved

    error = form.form.errors["amount"]
    assert error.geometry().top() >= form.amount.mapTo(error.parentWidget(), form.amount.rect().bottomLeft()).y()


def test_a_payment_with_neither_payer_nor_account_is_refused_before_the_confirmation(qtbot, station_ctx,
                                                                                    station_folder):
    from ui.pages.payments import PaymentsPage

    page = show_page(qtbot, station_ctx, PaymentsPage)
    form = page.form
    type_text(form.amount, "50")
    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not form.form.errors["villager"].isHidden())
    assert "缴费人" in form.form.errors["villager"].text()
    assert form.confirm_dialog is None
    type_text(form.picker.edit, "王大爷")
    qtbot.keyClick(form.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not form.form.errors["account_no"].isHidden())
    assert form.confirm_dialog is None and stored(station_folder, "SELECT id FROM payments") == []
