"""Small dialogs the money pages share: confirm a money action, and void with a reason.

Both are opened with ``open()`` (window-modal, not blocking), so a test can fill and
accept them through their widgets without a nested event loop.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from station_app.store import Store

from ...dialogs.form_dialog import FormDialog
from ...widgets import primary_button
from ...worker import Database


class ConfirmDialog(QDialog):
    """Money actions confirm with the amount and the person. Enter confirms, Esc goes back."""

    def __init__(self, title: str, text: str, amount: str = "", confirm_text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        if amount:
            money = QLabel(amount, self)
            money.setObjectName("bigMoney")
            money.setWordWrap(True)
            layout.addWidget(money)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("返回修改（Esc）"), self)
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.reject)
        self.confirm = primary_button(confirm_text or self.tr("确认保存（Enter）"), self)
        self.confirm.clicked.connect(self.accept)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.confirm.setFocus()


class VoidDialog(FormDialog):
    """A void asks why. ``action(store, reason)`` runs on the worker; a refusal (an empty
    reason, a record already voided...) appears in the dialog, under the reason or above it."""

    def __init__(self, db: Database, what: str, action: Callable[[Store, str], Any],
                 on_done: Callable[[Any], None] | None = None, parent=None):
        super().__init__(db, self.tr("作废"), self.tr("作废后记录仍保留，划线显示，不再计入合计。"),
                         self.tr("确认作废"), parent, cancel_text=self.tr("不作废（Esc）"))
        self._action = action
        self.setMinimumWidth(600)
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        self.layout_.insertWidget(1, self.what)  # under the title: what is being voided
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("例如：金额输错、重复录入"))
        self.form.add("reason", self.tr("作废原因"), self.reason)
        self.reason.returnPressed.connect(self.submit)
        self.reason.setFocus(Qt.OtherFocusReason)
        if on_done:
            self.done_with.connect(on_done)

    def work(self) -> Callable:
        reason, action = self.reason.text(), self._action
        return lambda store: action(store, reason)
