"""Forms whose errors appear next to the field, in words an agent uses.

The core raises a DomainError naming the field; ``Form.show_error`` puts its sentence
under that field (with a ⚠ mark, so the meaning never rests on colour alone), moves the
focus there and keeps everything typed. Editing a field clears its error.

Nothing on screen jumps: a field's error floats right under the field, over what is
below it, and takes no room, so an error appearing or going never moves the fields the
agent is aiming at. A form also knows what the agent typed and has not
saved (``draft``), so closing the window can ask first.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
                               QWidget)

from station_app.errors import DomainError

from .i18n import context
from .messages import message
from .fitting import float_under

FormText = context("FormText")  # lupdate context of this module's strings


class ErrorLabel(QLabel):
    """A field's error. Given its field (``anchor``), it floats right under it, over what
    is below, and takes no room in the form: an error coming or going moves nothing.
    Without one it is an ordinary line of the layout."""

    def __init__(self, parent=None, anchor: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.floating = float_under(self, anchor) if anchor is not None else None
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.show()

    def clear_text(self) -> None:
        self.clear()
        self.hide()


class Typed(QObject):
    """Notes that a person typed into a widget (not code filling it): a draft to keep."""

    def __init__(self, form: "Form", name: str, widget: QWidget):
        super().__init__(widget)
        self.form, self.name = form, name
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and event.text().strip():
            self.form.touched.add(self.name)
        return False


class Form(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.general = ErrorLabel(self, anchor=self)  # a refusal of the whole form: under it, over its buttons
        self.touched: set[str] = set()  # fields a person typed into since the last save
        self.names: dict[str, str] = {}  # what a field without a caption is called in a draft
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}
        self._row = 1

    def add(self, name: str, label: str, widget: QWidget, aliases: tuple[str, ...] = (),
            above: bool = False) -> QWidget:
        """``above``: the caption over the field and the field the whole width (a row of
        big buttons, which beside the captions' column would widen the page)."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        error = ErrorLabel(self, anchor=widget)
        if above:
            self.grid.addWidget(caption, self._row, 0, 1, 2)
            self._row += 1
            self.grid.addWidget(widget, self._row, 0, 1, 2)
        else:
            caption.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.grid.addWidget(caption, self._row, 0)
            self.grid.addWidget(widget, self._row, 1)
        self._row += 1
        widget.setSizePolicy(QSizePolicy.Expanding, widget.sizePolicy().verticalPolicy())
        self.widgets[name] = widget
        self.captions[name] = caption
        self.errors[name] = error
        for alias in aliases:
            self.aliases[alias] = name
        self._clear_on_edit(name, widget)
        self.track(name, widget)
        return widget

    # -- drafts -------------------------------------------------------------------------
    def track(self, name: str, widget: QWidget, caption: str = "") -> None:
        """Count what a person types into ``widget`` (or the line edit inside it) as a draft;
        ``caption`` names it when the field has no caption of its own."""
        self.widgets.setdefault(name, widget)
        if caption:
            self.names[name] = caption
        for target in [widget, *widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)]:
            if isinstance(target, (QLineEdit, QPlainTextEdit)) or target is widget:
                Typed(self, name, target)

    def draft(self) -> list[str]:
        """The captions of the fields typed into and still holding text: what closing would lose."""
        shown = []
        for name in sorted(self.touched, key=list(self.widgets).index):
            widget = self.widgets.get(name)
            if widget is not None and _has_text(widget):
                caption = self.captions.get(name)
                shown.append(self.names.get(name) or (caption.text() if caption is not None else "") or name)
        return [text.replace("&", "") for text in shown]

    def mark_saved(self) -> None:
        self.touched.clear()

    def set_row_visible(self, name: str, visible: bool) -> None:
        """A field that only some cases need (a PIN typed twice when it is being set)."""
        self.captions[name].setVisible(visible)
        self.widgets[name].setVisible(visible)
        if not visible:
            self.errors[name].clear_text()

    def stretch(self, name: str) -> None:
        """The field ``name`` takes the height the form has left (a list)."""
        row, _column, _rows, _columns = self.grid.getItemPosition(self.grid.indexOf(self.widgets[name]))
        self.grid.setRowStretch(row, 1)

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

    def live_check(self, name: str, check: Callable[[str], object], as_typed: bool = True) -> None:
        """Validate a line edit with the core's own rule as the agent types (``as_typed``), or
        when the agent leaves the field (a phone number is not wrong while half typed)."""
        widget = self.widgets[name]

        def run(text: str) -> None:
            if not text.strip():
                self.clear_error(name)
                return
            try:
                check(text)
                self.clear_error(name)
            except DomainError as err:
                self.errors[name].show_text(message(err))

        if as_typed:
            widget.textEdited.connect(run)
        else:
            widget.editingFinished.connect(lambda: run(widget.text()))

    def show_error(self, err: DomainError) -> None:
        name = self.aliases.get(err.field or "", err.field or "")
        if name in self.errors and name in self.widgets:
            self.errors[name].show_text(message(err))
            self.widgets[name].setFocus()
        else:
            self.general.show_text(message(err))

    def parsed(self, parse: Callable, text: str, name: str):
        """``parse(text, name)`` (an amount, a date…), or None with its refusal shown next to
        the field: the form's first check before anything goes to the worker."""
        try:
            return parse(text, name)
        except DomainError as err:
            self.show_error(err)
            return None

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


def _has_text(widget: QWidget) -> bool:
    edits = [widget] if isinstance(widget, (QLineEdit, QPlainTextEdit)) else [
        *widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)]
    for edit in edits:
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if text.strip() and not edit.isReadOnly():
            return True
    return False


def combo(choices: dict, parent=None) -> QComboBox:
    box = QComboBox(parent)
    for code, label in choices.items():
        box.addItem(label, code)
    return box
