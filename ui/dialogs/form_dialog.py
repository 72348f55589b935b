"""A small titled form in a dialog with 取消 and one primary button: the page gives the
work, the dialog runs it on the worker, shows a refusal next to its field (nothing typed
is lost) and closes when it is done. Subclasses add their fields and say what ``work``
does with them."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..forms import Form
from ..ops import show_failure, write
from ..widgets import hint, primary_button


class FormDialog(QDialog):
    """A titled form with 取消 and one primary button; ``work()`` gives the job to run.
    ``done_with`` carries the job's result once the dialog has closed on it."""

    done_with = Signal(object)

    def __init__(self, db, title: str, explain: str, ok_text: str, parent=None, cancel_text: str = ""):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        self.layout_.addWidget(heading)
        if explain:
            self.layout_.addWidget(hint(explain, self))
        self.form = Form(self)
        self.layout_.addWidget(self.form)
        buttons = QHBoxLayout()
        cancel = QPushButton(cancel_text or self.tr("取消（Esc）"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok = primary_button(ok_text, self)
        self.ok.clicked.connect(self.submit)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        self.layout_.addLayout(buttons)
        self.result_value: Any = None

    def work(self) -> Callable:
        raise NotImplementedError

    def submit(self) -> None:
        job = self.work()
        self.ok.setEnabled(False)

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                show_failure(self, err)

        write(self.db, job, form=self.form, on_done=self._done, on_error=failed, parent=self)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()
        self.done_with.emit(result)
