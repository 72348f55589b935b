"""Small dialogs that ask why (return to courier, problem, resolve, void) and then do it.

A dialog runs its one core call itself: a refusal (an empty reason...) appears under the
field and the dialog stays open with what was typed; success closes it. It is opened with
``open()`` (window-modal, not blocking), so a test drives it like any widget.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from station_app.errors import DomainError

from ...forms import Form, combo
from ...ops import show_failure, write
from ...widgets import primary_button


class ActionDialog(QDialog):
    """What is being done to which record, an optional choice, a text, and OK / Cancel."""

    def __init__(self, db, title: str, about: str, *, text_name: str, text_label: str,
                 presets: tuple[str, ...] = (), choice: tuple[str, str, dict] | None = None,
                 ok_text: str, act: Callable[[object, dict], object], done: Callable[[object], None] | None = None,
                 danger: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self._act, self._done = act, done
        self._busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        about_label = QLabel(about, self)
        about_label.setWordWrap(True)
        layout.addWidget(about_label)
        self.form = Form(self)
        self.choice: QComboBox | None = None
        self._choice_name = None
        if choice is not None:
            name, label, choices = choice
            self.choice = combo(choices, self)
            self._choice_name = name
            self.form.add(name, label, self.choice)
        self._text_name = text_name
        self.text = QComboBox(self)
        self.text.setEditable(True)
        self.text.setInsertPolicy(QComboBox.NoInsert)
        self.text.setCompleter(None)  # what is typed stays as typed; presets are in the list
        self.text.addItems(list(presets))
        self.text.setCurrentIndex(-1)
        self.text.setEditText("")
        self.form.add(text_name, text_label, self.text)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.ok = primary_button(ok_text, self)
        if danger:
            self.ok.setObjectName("danger")
        self.cancel = QPushButton(self.tr("取消（Esc）"), self)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.text.lineEdit().returnPressed.connect(self.submit)
        self.text.setFocus()

    def values(self) -> dict:
        values = {self._text_name: self.text.currentText()}
        if self.choice is not None:
            values[self._choice_name] = self.choice.currentData()
        return values

    def submit(self) -> None:
        if self._busy:  # Enter in the text and the default button may both ask
            return
        self._busy = True
        values, act = self.values(), self._act
        write(self.db, lambda store: act(store, values), form=self.form, on_done=self._finished,
              on_error=self._failed, parent=self)

    def _failed(self, err: Exception) -> None:
        self._busy = False
        if isinstance(err, DomainError):
            self.form.show_error(err)
        else:
            show_failure(self, err)

    def _finished(self, result) -> None:
        self._busy = False
        if self._done:
            self._done(result)
        self.accept()
