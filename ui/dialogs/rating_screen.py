"""The villager rates the service themself: the agent turns the screen toward them. Five
large buttons, worst to best left to right, each a number, its stars and a word; the number
keys 1 to 5 (a keypad works) choose too. A poor rating asks what was wrong (the agent may
type what the villager says) and opens a call-back. Recorded as the villager's own
rating, the only kind the award counts."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from station_app.feedback import LEVELS, POOR_AT_MOST

from ..forms import Form
from ..labels import label
from ..ops import write
from ..widgets import primary_button

STARS = {n: "★" * n for n in range(1, 6)}  # in every CJK font, unlike emoji faces
COLOURS = {1: "#c0392b", 2: "#e67e22", 3: "#b7950b", 4: "#27ae60", 5: "#1e8449"}


class RatingScreen(QDialog):
    def __init__(self, db, service: str, action: Callable, parent=None):
        """``action(store, level=, comment=)`` records the rating (the service, the agent
        and the source already bound)."""
        super().__init__(parent)
        self.db = db
        self.action = action
        self.level: int | None = None
        self.result_value: dict | None = None
        self.setWindowTitle(self.tr("请您评价"))
        self.resize(1100, 560)
        column = QVBoxLayout(self)
        ask = QLabel(self.tr("请您为这次服务打分"), self)
        ask.setStyleSheet("font-size: 30pt; font-weight: bold;")
        ask.setAlignment(Qt.AlignCenter)
        column.addWidget(ask)
        what = QLabel(service, self)
        what.setStyleSheet("font-size: 16pt; color: #444;")
        what.setAlignment(Qt.AlignCenter)
        what.setWordWrap(True)
        column.addWidget(what)
        row = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for level in sorted(LEVELS):
            button = QPushButton(f"{level}\n{STARS[level]}\n{label('feedback_level', level)}", self)
            button.setCheckable(True)
            button.setMinimumSize(190, 210)
            button.setStyleSheet(f"QPushButton {{ font-size: 24pt; border: 3px solid {COLOURS[level]}; "
                                 f"border-radius: 12px; background: white; }} QPushButton:checked {{ "
                                 f"background: {COLOURS[level]}; color: white; }}")
            button.clicked.connect(lambda _=False, n=level: self.choose(n))
            self.buttons[level] = button
            row.addWidget(button)
        column.addLayout(row)
        self.form = Form(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setFixedHeight(80)
        self.comment.setPlaceholderText(self.tr("哪里不满意？说给代办员，帮您记下，站里会回访"))
        self.form.add("comment", self.tr("意见"), self.comment)
        self.form.set_row_visible("comment", False)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("不评了（Esc）"), self)
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        self.ok = primary_button(self.tr("确定"), self)
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.submit)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        column.addLayout(buttons)
        hint = QLabel(self.tr("也可以按数字键 1 到 5"), self)
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignCenter)
        column.addWidget(hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"1", "2", "3", "4", "5"} and not self.comment.hasFocus():
            self.choose(int(text))
            return
        super().keyPressEvent(event)

    def choose(self, level: int) -> None:
        self.level = level
        for n, button in self.buttons.items():
            button.setChecked(n == level)
        poor = level <= POOR_AT_MOST
        self.form.set_row_visible("comment", poor)
        self.ok.setEnabled(True)
        if poor:
            self.comment.setFocus()
        else:
            self.ok.setFocus()

    def submit(self) -> None:
        if self.level is None:
            return
        level, comment, action = self.level, self.comment.toPlainText(), self.action
        self.ok.setEnabled(False)

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            if hasattr(err, "field"):
                self.form.show_error(err)

        write(self.db, lambda store: action(store, level=level, comment=comment), form=self.form,
              on_done=self._done, on_error=failed, parent=self)

    def _done(self, made: dict) -> None:
        self.result_value = {**made, "level": self.level}
        self.accept()
