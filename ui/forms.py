"""Forms whose errors appear next to the field, in words an agent uses.

The core raises a DomainError naming the field; ``Form.show_error`` puts its sentence
under that field (with a ⚠ mark, so the meaning never rests on colour alone), moves the
focus there and keeps everything typed. Editing a field clears its error.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
                               QWidget)

from station_app.errors import DomainError


class ErrorLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.show()

    def clear_text(self) -> None:
        self.clear()
        self.hide()


class Form(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.general = ErrorLabel(self)
        self.grid.addWidget(self.general, 0, 0, 1, 2)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}
        self._row = 1

    def add(self, name: str, label: str, widget: QWidget, aliases: tuple[str, ...] = ()) -> QWidget:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        error = ErrorLabel(self)
        self.grid.addWidget(caption, self._row, 0)
        self.grid.addWidget(widget, self._row, 1)
        self.grid.addWidget(error, self._row + 1, 1)
        self._row += 2
        widget.setSizePolicy(QSizePolicy.Expanding, widget.sizePolicy().verticalPolicy())
        self.widgets[name] = widget
        self.captions[name] = caption
        self.errors[name] = error
        for alias in aliases:
            self.aliases[alias] = name
        self._clear_on_edit(name, widget)
        return widget

    def set_row_visible(self, name: str, visible: bool) -> None:
        """A field that only some cases need (a PIN typed twice when it is being set)."""
        self.captions[name].setVisible(visible)
        self.widgets[name].setVisible(visible)
        if not visible:
            self.errors[name].clear_text()

    def add_widget(self, widget: QWidget) -> None:
        """A full-width row (a button bar, a note)."""
        self.grid.addWidget(widget, self._row, 0, 1, 2)
        self._row += 1

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        clear = lambda *_: self.clear_error(name)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
            if widget.isEditable():
                widget.editTextChanged.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)

    def live_check(self, name: str, check: Callable[[str], object]) -> None:
        """Validate a line edit as the agent types, with the core's own rule."""
        widget = self.widgets[name]

        def run(text: str) -> None:
            if not text.strip():
                self.clear_error(name)
                return
            try:
                check(text)
                self.clear_error(name)
            except DomainError as err:
                self.errors[name].show_text(err.message)

        widget.textEdited.connect(run)

    def show_error(self, err: DomainError) -> None:
        name = self.aliases.get(err.field or "", err.field or "")
        if name in self.errors:
            self.errors[name].show_text(err.message)
            self.widgets[name].setFocus()
        else:
            self.general.show_text(err.message)

    def clear_error(self, name: str) -> None:
        if name in self.errors:
            self.errors[name].clear_text()
        self.general.clear_text()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_text()
        self.general.clear_text()

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self.errors.values()) or not self.general.isHidden()

    def text(self, name: str) -> str:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        raise TypeError(name)

    def value(self, name: str):
        """The item data of a combo box (the code behind the Chinese label)."""
        widget = self.widgets[name]
        assert isinstance(widget, QComboBox)
        return widget.currentData()


def combo(choices: dict, parent=None) -> QComboBox:
    box = QComboBox(parent)
    for code, label in choices.items():
        box.addItem(label, code)
    return box
