"""Small pieces the parcel tabs share: how a parcel reads in a list, a combo box that
reports Enter, and an event filter that lets arrow keys in a search field move the
selection of the list under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QTableView

from ...dates import cn_moment
from ...labels import label, labels
from ...models import Column, RecordModel
from ...i18n import context


ParcelText = context("ParcelText")  # lupdate context of this module's strings


def courier_word(code: str | None) -> str:
    return label("courier", code)


def slot_text(row: dict) -> str:
    return ParcelText.tr("{0}号货架第{1}层").format(row["shelf"], row["layer"])


def status_text(row: dict) -> str:
    """The status in words; a problem carries a ⚠ and its kind (破损, 拒收…) so colour is never the only sign."""
    status = row.get("status", "")
    if status == "problem":
        return "⚠ " + label("parcel_problem", row.get("problem_kind") or "", label("parcel_status", status))
    if row.get("overdue"):
        return ParcelText.tr("⚠ 超期未取")
    return label("parcel_status", status)


def parcel_columns(*, waited: bool = False, slot: bool = False, status: bool = True,
                   phone: bool = True) -> list[Column]:
    columns = [
        Column(ParcelText.tr("取件码"), lambda r: r["pickup_code"]),
        Column(ParcelText.tr("收件人"), lambda r: r["recipient_name"]),
    ]
    if phone:
        columns.append(Column(ParcelText.tr("尾号"), lambda r: r.get("phone_tail") or ""))
    columns.append(Column(ParcelText.tr("快递公司"), lambda r: courier_word(r["courier"])))
    if slot:
        columns.append(Column(ParcelText.tr("位置"), slot_text))
    columns.append(Column(ParcelText.tr("入库时间"), lambda r: cn_moment(r["checked_in_at"], year=False)))
    if waited:
        columns.append(Column(ParcelText.tr("已等天数"), lambda r: ParcelText.tr("{0}天").format(r.get("days_waiting", 0)),
                              Qt.AlignRight | Qt.AlignVCenter))
    if status:
        columns.append(Column(ParcelText.tr("状态"), status_text))
    return columns


def courier_combo(parent=None) -> "EnterCombo":
    """Courier choice with an empty first entry: a guess is never silently assumed. Its
    width is the form's to give: the long first entry (in English) must not widen the page."""
    box = EnterCombo(parent)
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.addItem(ParcelText.tr("— 请选择快递公司 —"), None)
    for code, name in labels("courier").items():
        box.addItem(name, code)
    return box


def set_combo_data(box: QComboBox, value) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


class EnterCombo(QComboBox):
    """A combo box that says when Enter is pressed on it (closed), to move on to the next field."""

    entered = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self.view().isVisible():
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ArrowKeys(QObject):
    """Up/Down typed in a search field move the current row of the list or table under it."""

    def __init__(self, field, view: QAbstractItemView | QListWidget | QTableView):
        super().__init__(field)
        self.view = view
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down) and self.view.isVisible():
            model = self.view.model()
            rows = model.rowCount() if model is not None else 0
            if rows:
                current = self.view.currentIndex().row()
                step = 1 if event.key() == Qt.Key_Down else -1
                row = 0 if current < 0 else max(0, min(rows - 1, current + step))
                self.view.setCurrentIndex(model.index(row, 0))
            return True
        return False


class TabModel(RecordModel):
    """A RecordModel that loads only while its tab is on screen.

    A scan changes the store every few seconds; the lists on the other tabs (and on a page
    not shown) only note that they are out of date and reload when they are shown again,
    so a scan costs one list refresh, not five. ``first_load`` (a panel's apply_filters,
    so its chip counts) replaces the first reload.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.active = False
        self.stale = True
        self.loaded_once = False
        self.first_load = None
        self.loaded.connect(self._mark_loaded)

    def _mark_loaded(self) -> None:
        self.loaded_once = True

    def reload(self) -> None:
        self.stale = False
        super().reload()

    def _store_changed(self, changes) -> None:
        if not changes.touches(self.shows):
            return
        if self.active:
            self.reload()
        else:
            self.stale = True

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self.stale:
            if not self.loaded_once and self.first_load is not None:
                self.first_load()
            else:
                self.reload()

    def canFetchMore(self, parent=None) -> bool:
        # A view asks for rows as soon as it exists; a hidden tab's list must not answer.
        return self.active and not self.stale and super().canFetchMore(*(() if parent is None else (parent,)))

    def ready(self) -> bool:
        return self.loaded_once and not self.is_loading()


def light_header(view: QTableView) -> None:
    """Size columns to the rows on screen only: sizing to 200 fetched rows after every scan is slow."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(0)
