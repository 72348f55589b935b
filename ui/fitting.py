"""How the window fits the PC a village office has (1366×768, 1280×720, an old 1024×768, at
100% or 125%), and why nothing on it jumps. The rules a page follows to fit:

- a table is ``fitted``: its columns fit its width (long cells elided, the whole text as
  tooltip; when even that leaves columns of "…", the last ones are left out), so it never
  scrolls sideways: list a table's columns in the order they matter;
- two parts side by side (a form and its list) go in a ``SideBySide``: one above the other
  when the page is too narrow for both;
- a hint or an error that comes and goes floats (``float_under``) or keeps its room
  (``keep_room``): the fields below never move;
- a dialog is sized with ``fit_to_screen``: never bigger than the screen it opens on;
- a line that may be long (a path, a sync state) is an ``ElidedLabel``; a big figure
  (a Today card's sum) is a ``ShrinkingLabel``: smaller, never cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QSplitter, QTableView, QWidget

MIN_COLUMN = 56  # px: a shrunk column still shows a few characters and its "…"
READABLE = 76  # px: narrower than this, a column of "…" helps nobody: the last columns give way


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


def columns_that_fit(wanted: list[int], available: int, keep: int = 2) -> int:
    """How many of the columns (in their order: the first matter most) a table can show
    with none squeezed below ``READABLE``; at least ``keep``."""
    count = len(wanted)
    while count > keep and min(fit_widths(wanted[:count], available)) < min(READABLE, *wanted[:count]):
        count -= 1
    return count


def fit_columns(table: QTableView) -> None:
    """Size a table's columns to the rows on screen, then fit them to the table's width: an
    everyday list never scrolls sideways. Long cells are elided (the whole text is the
    cell's tooltip, ``RecordModel`` gives it); when even that leaves columns of "…", the
    last columns are left out until the width grows again: a list's columns come in the
    order they matter. The last column shown takes what is left."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None or not model.columnCount():
        return
    header.setStretchLastSection(False)
    for section in range(model.columnCount()):
        header.setSectionHidden(section, False)
    table.resizeColumnsToContents()
    available = max(table.viewport().width(), 1)
    wanted = [header.sectionSize(i) for i in range(model.columnCount())]
    shown = columns_that_fit(wanted, available)
    for section in range(shown, model.columnCount()):
        header.setSectionHidden(section, True)
    for section, width in enumerate(fit_widths(wanted[:shown], available)):
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


class ShrinkingLabel(QLabel):
    """A big figure that is drawn smaller when its room is short, down to half its size,
    rather than widen its page (an amount of money is never cut: ¥1,826.97 must read whole)."""

    SMALLEST = 0.5

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = int(self.fontMetrics().horizontalAdvance(self.text()) * self.SMALLEST) + 2
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        room, need = self.contentsRect().width(), self.fontMetrics().horizontalAdvance(self.text())
        if need <= room or room <= 0:
            super().paintEvent(event)
            return
        font = QFont(self.font())
        scale = max(self.SMALLEST, room / need)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        else:
            font.setPixelSize(max(1, int(font.pixelSize() * scale)))
        painter = QPainter(self)
        painter.setFont(font)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.text(), self.foregroundRole())


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

    def _least(self, index: int) -> int:
        """A part's least width: its own minimum when it sets one, as layouts take it."""
        part = self.widget(index)
        return max(part.minimumSizeHint().width(), part.minimumWidth())

    def _side_by_side_width(self) -> int:
        return sum(self._least(i) for i in range(self.count())) + 24

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Horizontal and self.count():
            hint.setWidth(max(self._least(i) for i in range(self.count())))
        return hint

    def resizeEvent(self, event) -> None:
        wanted = Qt.Horizontal if event.size().width() >= self._side_by_side_width() else Qt.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        super().resizeEvent(event)
