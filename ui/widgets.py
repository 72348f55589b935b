"""Small building blocks shared by the pages: a searchable list, a figure card, buttons."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from .fitting import ShrinkingLabel, SideBySide, fitted
from .models import RecordModel


def hint(text: str, parent=None) -> QLabel:
    """A grey explanatory line that wraps."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def list_and_side(left: QWidget, side: QWidget, parent, side_width: int = 320) -> QSplitter:
    """The work-list pages' shape: the list on the left, what to do with the chosen row beside it."""
    split = SideBySide(parent)
    split.addWidget(left)
    split.addWidget(side)
    split.setSizes([1120 - side_width, side_width])
    return split


def primary_button(text: str, parent=None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primary")
    button.setDefault(True)
    button.setAutoDefault(True)
    return button


class TickList(QListWidget):
    """Choices to tick (stations, items, members who came): ``fill`` keeps what was ticked
    across a refresh. ``flow``: laid out in rows to stay short, else one per line."""

    def __init__(self, parent=None, rows: int = 4, flow: bool = True):
        super().__init__(parent)
        if flow:
            self.setFlow(QListView.LeftToRight)
            self.setWrapping(True)
            self.setResizeMode(QListView.Adjust)
            self.setSpacing(4)
        self.setFixedHeight(12 + rows * 36)
        self.setWordWrap(not flow)

    def fill(self, choices: list[tuple[str, str]]) -> None:
        """(code, text) pairs."""
        kept = set(self.ticked())
        self.blockSignals(True)
        self.clear()
        for code, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.UserRole, code)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if code in kept else Qt.Unchecked)
        self.blockSignals(False)

    def ticked(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count()) if self.item(i).checkState() == Qt.Checked]

    def tick(self, codes) -> None:
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.Checked if self.item(i).data(Qt.UserRole) in codes else Qt.Unchecked)

    def untick_all(self) -> None:
        self.tick(())


class ListPanel(QWidget):
    """Search box on top, filter chips, the table, and a count of what is shown."""

    activated = Signal(dict)  # a row was double-clicked or Enter pressed
    selected = Signal(dict)  # the current row, or {} when none (never None: see worker.py)

    def __init__(self, model: RecordModel, placeholder: str = "", chips: dict[str, str] | None = None,
                 chip_filter: str = "status", parent=None):
        super().__init__(parent)
        self.model = model
        self.chip_filter = chip_filter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder or self.tr("搜索"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        chip_row = QGridLayout()
        chip_row.setContentsMargins(0, 0, 0, 0)
        for index, (code, label) in enumerate((chips or {}).items()):
            chip = QPushButton(label, self)
            chip.setCheckable(True)
            chip.setChecked(index == 0)
            chip.setProperty("code", code)
            self.chips.addButton(chip)
        buttons = self.chips.buttons()
        wide = sum(chip.sizeHint().width() for chip in buttons) > 560
        per_row = 4 if wide else max(len(buttons), 1)  # long words (English): four a row
        for index, chip in enumerate(buttons):
            chip_row.addWidget(chip, index // per_row, index % per_row)
        if len(buttons) > 4:  # many chips: a row of their own, so the list fits a narrow screen
            chip_row.setColumnStretch(per_row, 1)
            layout.addLayout(top)
            layout.addLayout(chip_row)
        else:
            top.addLayout(chip_row)
            layout.addLayout(top)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setMinimumHeight(40 + 38 * 3)  # a few rows, when the page stacks its parts on a small screen
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        fitted(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self.top = top
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.chips.buttonClicked.connect(lambda _: self.apply_filters())
        self.table.doubleClicked.connect(self._emit_activated)
        self.table.activated.connect(self._emit_activated)
        model.loaded.connect(self._update_count)
        model.counted.connect(lambda _: self._update_count())
        self.extra_filters: Callable[[], dict] = dict
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self.selected.emit(model.row_at(cur) or {}))

    def add_actions(self, *buttons: QPushButton) -> None:
        """The page's own buttons (新建…) before the search box; in a row of their own when
        they and the search and chips would not fit a narrow screen side by side."""
        wide = sum(b.sizeHint().width() for b in buttons) + self.top.sizeHint().width() > 720
        if not wide:
            for index, button in enumerate(buttons):
                self.top.insertWidget(index, button)
            return
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.layout().insertLayout(0, row)

    def apply_filters(self) -> None:
        chip = self.chips.checkedButton()
        filters = {"search": self.search.text().strip()}
        if chip is not None and chip.property("code") not in ("", "all"):
            filters[self.chip_filter] = chip.property("code")
        filters.update(self.extra_filters())
        self.model.set_filters(**filters)

    def current(self) -> dict | None:
        return self.model.row_at(self.table.currentIndex())

    def select(self, field: str, value) -> dict | None:
        """Select the loaded row whose ``field`` is ``value`` (as a click would); None if absent."""
        for index, row in enumerate(self.model.rows):
            if row[field] == value:
                self.table.selectRow(index)
                return row
        return None

    def _emit_activated(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.activated.emit(row)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.total is not None:
            self.count.setText(self.tr("显示 {0} 条，共 {1} 条").format(shown, self.model.total))
        else:
            self.count.setText(self.tr("显示 {0} 条").format(shown))


class Card(QFrame):
    """A figure on the Today page: a big number, what it counts, and a click to go there."""

    clicked = Signal()

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.PointingHandCursor)
        layout = QVBoxLayout(self)
        self.number = ShrinkingLabel("…", self)
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, text: str, warn: bool = False) -> None:
        self.number.setText(text)
        self.number.setObjectName("cardWarn" if warn else "cardNumber")
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)

    def mouseReleaseEvent(self, event) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)
