"""Table models over the store that fetch lazily, a page at a time, on the database worker.

A station has years of parcels; the view only ever asks for what it shows. A model is
bound to one core ``Listing`` (``station_app.queries``): its query object says what the
list holds (search, chips, filters), and every page is that listing's own read, run on
the worker thread, so scrolling never blocks the window. A model reloads itself when
its query changes, or when a write changed one of the tables its listing shows (the
worker's one ``changed`` signal): a parcel scanned does not reload the payments list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from station_app.queries import Listing, Query, read_page
from station_app.store.changes import Changes

from .i18n import context
from .worker import Database


@dataclass
class Column:
    header: str
    value: Callable[[dict], Any]
    align: Qt.AlignmentFlag = Qt.AlignLeft | Qt.AlignVCenter
    tip: str = ""  # what a terse header means, shown when the pointer rests on it


def right(header: str, value: Callable[[dict], Any], tip: str = "") -> Column:
    return Column(header, value, Qt.AlignRight | Qt.AlignVCenter, tip)


ModelText = context("ModelText")  # lupdate context of this module's strings
SYNC_STATE = frozenset({"outbox", "sync_problems"})  # what a row's sync mark is read from


def sync_label(row: dict) -> str:
    mark = row.get("_sync") or {}
    words = {"pending": ModelText.tr("待发送"), "sent": ModelText.tr("✓ 已发送"), "rejection": ModelText.tr("⚠ 退回"), "conflict": ModelText.tr("⚠ 冲突")}
    label = words.get(mark.get("state"), "")
    return f"{label}：{mark['reason']}" if mark.get("reason") else label


class RecordModel(QAbstractTableModel):
    PAGE = 200
    loaded = Signal()  # a page arrived (first or further)
    counted = Signal(int)

    def __init__(self, db: Database, columns: list[Column], listing: Listing, query: Query | None = None,
                 struck: Callable[[dict], bool] | None = None, parent=None, sync_state: bool = False,
                 page_size: int | None = None, counted: bool = True):
        super().__init__(parent)
        self.db = db
        self.columns = list(columns)
        self.listing = listing
        self.base = query if query is not None else listing.query  # what the filters start from
        self.query = self.base
        self.marks = sync_state
        self.counted_ = counted and listing.count is not None  # the panel says "共 N 条"
        if sync_state:  # the record's sync state with the town hub, as UI.md asks
            self.columns.append(Column(ModelText.tr("同步"), sync_label))
        if page_size:
            self.PAGE = page_size
        self._struck = struck
        self.rows: list[dict] = []
        self.total: int | None = None
        self.shows = listing.shows | (SYNC_STATE if sync_state else frozenset())
        self._generation = 0
        self._loading = False
        self._exhausted = False
        db.changed.connect(self._store_changed)

    def _store_changed(self, changes: Changes) -> None:
        if changes.touches(self.shows):
            self.reload()

    # -- loading ----------------------------------------------------------------------
    def set_filters(self, **filters: Any) -> None:
        """The query's fields a list panel sets (search, a chip, fixed filters); a field
        left out or empty goes back to what the list started from."""
        self.query = replace(self.base, **{k: v for k, v in filters.items() if v not in (None, "")})
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._loading = True  # a view may ask fetchMore() during the reset: page 0 is ours
        self.endResetModel()
        self._request(0)
        if self.counted_:
            generation, q, count = self._generation, self.query, self.listing.count
            self.db.run(lambda store, job: count(store, q), lambda total: self._on_count(generation, total))

    def _request(self, offset: int) -> None:
        self._loading = True
        generation, q, listing, page, marks = self._generation, self.query, self.listing, self.PAGE, self.marks
        self.db.run(lambda store, job: read_page(store, listing, q, page, offset, marks),
                    lambda rows: self._on_page(generation, rows),
                    lambda err: self._on_failed(generation, err))

    def _on_page(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return  # an answer to a query the user has already replaced
        self._loading = False
        self._exhausted = len(rows) < self.PAGE
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _on_failed(self, generation: int, err: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.loaded.emit()

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(len(self.rows))

    def is_loading(self) -> bool:
        return self._loading

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.DisplayRole:
                return self.columns[section].header
            if role == Qt.ToolTipRole and self.columns[section].tip:
                return self.columns[section].tip
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ToolTipRole:  # a long cell may be elided to fit the table's width
            value = column.value(row)
            text = "" if value is None else str(value)
            return text if len(text) > 8 else None
        if role == Qt.TextAlignmentRole:
            return int(column.align)
        if role == Qt.FontRole and self._struck and self._struck(row):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.UserRole:
            return row
        return None

    def row_at(self, index: QModelIndex) -> dict | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
