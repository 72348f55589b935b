"""Small dialogs the money pages share: confirm a money action, and void with a reason.

Both are opened with ``open()`` (window-modal, not blocking), so a test can fill and
accept them through their widgets without a nested event loop.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from station_app.store import Store

from ...forms import Form
from ...ops import show_failure, write
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


class VoidDialog(QDialog):
    """A void asks why. ``action(store, reason)`` runs on the worker; a refusal (an empty
    reason, a record already voided...) appears in the dialog, under the reason or above it."""

    def __init__(self, db: Database, what: str, action: Callable[[Store, str], Any],
                 on_done: Callable[[Any], None] | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self._action = action
        self._on_done = on_done
        self.result_value: Any = None
        self.setWindowTitle(self.tr("作废"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("作废"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        note = QLabel(self.tr("作废后记录仍保留，划线显示，不再计入合计。"), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form = Form(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("例如：金额输错、重复录入"))
        self.form.add("reason", self.tr("作废原因"), self.reason)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("不作废（Esc）"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok = primary_button(self.tr("确认作废"), self)
        self.ok.clicked.connect(self.submit)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.reason.returnPressed.connect(self.submit)
        self.reason.setFocus(Qt.OtherFocusReason)

    def submit(self) -> None:
        reason, action = self.reason.text(), self._action
        self.ok.setEnabled(False)

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                show_failure(self, err)

        write(self.db, lambda store: action(store, reason), form=self.form, on_done=self._done,
              on_error=failed, parent=self)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()
        if self._on_done:
            self._on_done(result)
