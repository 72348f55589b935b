"""Typed work is never lost without a word: closing the window (the ✕, Alt+F4) with a
half-filled form asks first; a lock or a change of agent keeps the form as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import type_text
from ui.main_window import MainWindow


def open_window(qtbot, ctx):
    window = MainWindow(ctx, lock_minutes=600)
    qtbot.addWidget(window)
    window.show()
    window.show_page("payments")
    page = window.page("payments")
    qtbot.waitUntil(lambda: ctx.db.idle() and page.ready())
    return window, page


def test_closing_with_a_half_filled_payment_asks_and_going_back_keeps_it(qtbot, station_ctx):
    window, page = open_window(qtbot, station_ctx)
    form = page.form
    type_text(form.picker.edit, "赵大爷")
    type_text(form.amount, "120")
    assert window.drafts() == ["代缴费（缴费人、金额（元））"]

    window.close()  # the ✕ and Alt+F4 both arrive as a close event
    assert window.isVisible(), "closed without a word"
    box = window.close_question
    assert box is not None and box.isVisible() and "代缴费" in box.text()
    qtbot.mouseClick(window.back_button, Qt.LeftButton)
    assert window.isVisible() and form.amount.text() == "120" and form.picker.edit.text() == "赵大爷"

    window.close()
    qtbot.mouseClick(window.discard_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_nothing_typed_closes_at_once_and_a_saved_payment_is_no_draft(qtbot, station_ctx):
    window, page = open_window(qtbot, station_ctx)
    form = page.form
    type_text(form.picker.edit, "赵大爷")
    qtbot.keyClicks(form.account_no, "4101234567")
    type_text(form.amount, "35")
    form.submit()
    qtbot.waitUntil(lambda: form.confirm_dialog is not None and form.confirm_dialog.isVisible())
    form.confirm_dialog.accept()
    qtbot.waitUntil(lambda: station_ctx.db.idle() and form.amount.text() == "")
    page.receipt_dialog.close()
    assert window.drafts() == []
    window.close()
    assert not window.isVisible() and window.close_question is None


def test_a_lock_keeps_the_form_and_another_agent_hears_of_the_draft(qtbot, station_ctx, monkeypatch):
    window, page = open_window(qtbot, station_ctx)
    type_text(page.form.amount, "88")
    said = []
    station_ctx.status_message.connect(said.append)

    import dataclasses

    from station_app.agents import Agent
    from ui import main_window

    fields = {f.name: None for f in dataclasses.fields(Agent)}
    fields.update(id="other", name="李建国")

    class OtherAgent:  # the login dialog, answered by 李建国 (the other agent)
        def __init__(self, *args, **kwargs):
            self.agent = Agent(**fields)

        def exec(self):
            return True

    monkeypatch.setattr(main_window, "LoginDialog", OtherAgent)
    window.lock_now()
    assert page.form.amount.text() == "88"  # nothing cleared by the lock
    assert station_ctx.agent_name == "李建国"
    assert any("没保存" in text and "代缴费" in text for text in said)
