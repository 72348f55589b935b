"""Finding a villager at the counter: type a name, a phone number or its last 4 digits, pick
from the few matches shown right under the box (Down to go into the list, Enter to take)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station_app.villagers import TAGS, Villager, search_villagers

from ...labels import label
from ...fitting import float_under, keep_room
from ...worker import Database


def describe(villager: Villager) -> str:
    """One line that tells two villagers of the same name apart."""
    parts = [villager.name]
    if villager.village_group:
        parts.append(villager.village_group)
    if villager.phone:
        parts.append(QCoreApplication.translate("VillagerPicker", "尾号{0}").format(villager.phone[-4:]))
    tags = "、".join(label("villager_tag", t) for t in villager.tags if t in TAGS)
    if tags:
        parts.append(tags)
    return " · ".join(parts)


class VillagerPicker(QWidget):
    """A search box with its matches below. ``free_text``: a name not in the register may
    stay typed (a visitor from elsewhere); else a villager must be picked."""

    picked = Signal(object)  # the Villager (never None, see worker.py)
    cleared = Signal()

    def __init__(self, db: Database, parent=None, placeholder: str = "", free_text: bool = False, rows: int = 5):
        super().__init__(parent)
        self.db = db
        self.free_text = free_text
        self.villager: Villager | None = None
        self._matches: list[Villager] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder or self.tr("输入姓名、手机号或尾号4位查找村民"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(36 * rows + 6)
        self.results.hide()
        float_under(self.results, self.edit)  # over the fields below: they never move
        self.chosen = QLabel(self)
        self.chosen.setObjectName("hint")
        keep_room(self.chosen)
        self.chosen.hide()
        layout.addWidget(self.chosen)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._take_first)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._take_item)
        self.results.itemClicked.connect(self._take_item)
        self.setFocusProxy(self.edit)

    # -- searching ------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if self.villager is not None:
            self.villager = None
            self.chosen.hide()
            self.cleared.emit()
        if text.strip():
            self._debounce.start()
        else:
            self._show([])

    def search_now(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._show([])
            return
        self.db.run(lambda store, job: search_villagers(store, text, limit=8),
                    lambda found: self._show(found) if self.edit.text().strip() == text and self.villager is None else None)

    def _show(self, found: list[Villager]) -> None:
        self._matches = list(found)
        self.results.clear()
        for villager in self._matches:
            item = QListWidgetItem(describe(villager), self.results)
            item.setData(Qt.UserRole, villager.id)
        if self._matches:
            self.results.setCurrentRow(0)
            self.results.show()
        elif self.edit.text().strip() and not self.free_text:
            QListWidgetItem(self.tr("没有找到，请换个写法或先在“村民”页登记"), self.results)
            self.results.show()
        else:
            self.results.hide()

    def matches(self) -> list[Villager]:
        return list(self._matches)

    # -- taking one -----------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Down and self._matches:
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def _take_first(self) -> None:
        if self._matches and self.villager is None:
            row = max(self.results.currentRow(), 0)
            self.pick(self._matches[min(row, len(self._matches) - 1)])
        elif self.villager is None and not self.free_text:
            self.search_now()
        else:
            self.focusNextChild()

    def _take_item(self, item: QListWidgetItem) -> None:
        for villager in self._matches:
            if villager.id == item.data(Qt.UserRole):
                self.pick(villager)
                return

    def pick(self, villager: Villager) -> None:
        self.villager = villager
        self.edit.setText(villager.name)
        self.results.hide()
        self._matches = []
        self.chosen.setText(self.tr("✓ 已选村民：{0}").format(describe(villager)))
        self.chosen.show()
        self.picked.emit(villager)

    def clear(self) -> None:
        self.villager = None
        self.edit.clear()
        self._show([])
        self.chosen.hide()

    def text(self) -> str:
        return self.edit.text().strip()
