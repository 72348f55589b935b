"""Small building blocks shared by the pages: a searchable list, a figure card, buttons."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QSplitter, QTableView, QVBoxLayout, QWidget)

from .models import RecordModel


def hint(text: str, parent=None) -> QLabel:
    """A grey explanatory line that wraps."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


MIN_COLUMN = 56  # px: a shrunk column still shows a few characters and its "…"


def fit_widths(wanted: list[int], available: int, floor: int = MIN_COLUMN) -> list[int]:
    """Column widths that add up to no more than ``available``: the widest columns give way
    first, down to a common cap (never below ``floor``), so narrow ones (money, codes,
    dates) keep their whole text and long ones (names, matters) are elided."""
    if sum(wanted) <= available:
        return list(wanted)
    floor = min(floor, available // max(len(wanted), 1))  # many columns, little room: all of them still fit
    low, high = floor, max(wanted)
    while low < high:  # the largest cap whose widths still fit
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in wanted) <= available:
            low = cap
        else:
            high = cap - 1
    return [min(w, low) for w in wanted]


def fit_columns(table: QTableView) -> None:
    """Size a table's columns to the rows on screen, then shrink them to the table's width:
    an everyday list never scrolls sideways. The last column takes what is left; an
    elided cell shows its whole text as a tooltip (``RecordModel`` gives it)."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None or not model.columnCount():
        return
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    shown = [i for i in range(model.columnCount()) if not header.isSectionHidden(i)]
    widths = fit_widths([header.sectionSize(i) for i in shown], max(table.viewport().width(), 1))
    for section, width in zip(shown, widths):
        header.resizeSection(section, width)
    header.setStretchLastSection(True)


class ColumnFitter(QObject):
    """Keeps a table's columns fitted: when rows arrive and when the table changes width.
    A hidden table waits until it is shown (measuring every page's list at start-up is slow)."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self._pending = False
        self._width = -1
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.ElideRight)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setTextElideMode(Qt.ElideRight)
        table.horizontalHeader().setMinimumSectionSize(24)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)

    def refit(self) -> None:
        self._timer.start()

    def fit(self) -> None:
        if not self.table.isVisible():
            self._pending = True
            return
        self._pending = False
        self._width = self.table.viewport().width()
        fit_columns(self.table)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize and obj is self.table.viewport() and self.table.viewport().width() != self._width:
            self.refit()
        elif kind == QEvent.Show and obj is self.table and self._pending:
            self.refit()
        return False


def fitted(table: QTableView) -> ColumnFitter:
    """Fit ``table``'s columns now and whenever its rows or its width change."""
    fitter = ColumnFitter(table)
    model = table.model()
    for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
        signal.connect(fitter.refit)
    table.fitter = fitter
    fitter.refit()
    return fitter


class ElidedLabel(QLabel):
    """One line that never makes its window wider: cut with "…" when short of room, the
    whole text in its tooltip (the status bar's sync line, a data folder's path)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(self.width(), 40)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()


class Floating(QObject):
    """Shows ``widget`` over its window, right under ``anchor`` (a field): the name
    suggestions and a field's error sit on top of what is below instead of pushing it
    down, so nothing the agent is aiming at moves. The widget is out of every layout: it
    moves onto the anchor's window once the anchor is shown there, places itself each time
    it is shown, and hides (and comes back) with the anchor."""

    def __init__(self, widget: QWidget, anchor: QWidget):
        super().__init__(widget)
        self.widget, self.anchor = widget, anchor
        self.wanted = False  # shown, but for its anchor being hidden (another tab, another page)
        self._quiet = False
        anchor.installEventFilter(self)
        widget.installEventFilter(self)

    def place(self) -> None:
        host = self.anchor.window()
        if self.widget.parentWidget() is not host:
            return
        corner = self.anchor.mapTo(host, QPoint(0, self.anchor.height() + 1))
        width = max(self.anchor.width(), 120)
        height = (self.widget.heightForWidth(width) if self.widget.hasHeightForWidth()
                  else self.widget.sizeHint().height())
        height = min(max(height, self.widget.minimumHeight()), self.widget.maximumHeight())
        self.widget.setGeometry(corner.x(), corner.y(), width, height)
        self.widget.raise_()

    def _adopt(self) -> None:
        """Move onto the anchor's window (taking the widget off the screen for a moment)."""
        host = self.anchor.window()
        if self.widget.parentWidget() is not host and host is not self.anchor:
            was_shown = not self.widget.isHidden()
            self._quiet = True
            self.widget.setParent(host)
            self._quiet = False
            if was_shown:
                self.widget.show()

    def _set_shown(self, shown: bool) -> None:
        self._quiet = True
        self.widget.setVisible(shown)
        self._quiet = False

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.widget and not self._quiet:
            if kind == QEvent.Show:
                self.wanted = True
                self._adopt()
                self.place()
            elif kind == QEvent.Hide:
                self.wanted = False
        elif obj is self.anchor:
            if kind == QEvent.Show:
                self._adopt()
                if self.wanted:
                    self.place()
                    self._set_shown(True)
            elif kind == QEvent.Hide and self.widget.isVisible():
                self._set_shown(False)  # still wanted: back when the anchor is
            elif kind in (QEvent.Move, QEvent.Resize) and self.widget.isVisible():
                self.place()
        return False


def float_under(widget: QWidget, anchor: QWidget) -> Floating:
    """``widget`` floats under ``anchor`` from now on (take it out of any layout first)."""
    floating = Floating(widget, anchor)
    widget.setAttribute(Qt.WA_StyledBackground, True)
    widget.floating = floating
    return floating


def keep_room(widget: QWidget) -> None:
    """A line that comes and goes (a chosen villager, a hint) keeps its room while hidden."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width``×``height``, or to what the screen has room for (an old
    1024×768 monitor, or 125% scaling): never bigger than the screen it opens on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen else None
    if room is not None:
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    widget.resize(width, height)


class SideBySide(QSplitter):
    """Two parts side by side when the page is wide enough for both, one above the other
    when it is not (a 1024-wide screen, 125% scaling): the page never needs to scroll
    sideways. Its minimum width is that of its widest part, not of both together."""

    def __init__(self, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def _side_by_side_width(self) -> int:
        return sum(self.widget(i).minimumSizeHint().width() for i in range(self.count())) + 24

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Horizontal and self.count():
            hint.setWidth(max(self.widget(i).minimumSizeHint().width() for i in range(self.count())))
        return hint

    def resizeEvent(self, event) -> None:
        wanted = Qt.Horizontal if event.size().width() >= self._side_by_side_width() else Qt.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        super().resizeEvent(event)


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
        for index, (code, label) in enumerate((chips or {}).items()):
            chip = QPushButton(label, self)
            chip.setCheckable(True)
            chip.setChecked(index == 0)
            chip.setProperty("code", code)
            self.chips.addButton(chip)
            top.addWidget(chip)
        layout.addLayout(top)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        fitted(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
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
        self.number = QLabel("…", self)
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
