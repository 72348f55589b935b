"""Picking a villager from the register while typing: a name, a phone or the phone's last four digits.

The matches appear in a short list right under the field (no popup to chase with the mouse);
arrow keys move through them, Enter takes the highlighted one. When only one villager
matches, that one is highlighted already: 4 digits and Enter is the whole gesture.
Someone not in the register is simply typed, name then phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station_app.validation import mask_phone
from station_app.villagers import MATCHES_SHOWN, Villager, lookup_text, search_villagers

from ...fitting import float_under
from .common import ArrowKeys


def villager_line(villager: Villager) -> str:
    parts = [villager.name, mask_phone(villager.phone) if villager.phone else "", villager.village_group or ""]
    return "　".join(p for p in parts if p)


class VillagerPicker(QWidget):
    """A line edit with the register's matches listed under it."""

    picked = Signal(object)  # the Villager taken, or None when the text was edited again
    submitted = Signal()  # Enter in the field (a highlighted match has been taken first)

    def __init__(self, db, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.villager: Villager | None = None
        self._generation = 0
        self._shown_for: str | None = None  # the text the list's matches belong to
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.NoFocus)
        self.list.hide()
        float_under(self.list, self.edit)  # over the fields below: they never move
        self.setFocusProxy(self.edit)
        ArrowKeys(self.edit, self.list)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._enter)
        self.list.itemClicked.connect(lambda item: self.pick(item.data(Qt.UserRole)))

    # -- typing and matches -----------------------------------------------------------
    def _edited(self, text: str) -> None:
        if self.villager is not None:
            self.villager = None
            self.picked.emit(None)
        self._shown_for = None
        self.list.clearSelection()
        self._debounce.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        self._generation += 1
        if not text:
            self.show_matches([], "")
            return
        generation = self._generation
        query = lookup_text(text)
        if not query:
            return
        self.db.run(lambda store, job: search_villagers(store, query, limit=MATCHES_SHOWN),
                    lambda found: generation == self._generation and self.show_matches(found, text))

    def show_matches(self, matches: list[Villager], for_text: str, highlight: bool | None = None) -> None:
        self.list.clear()
        self._shown_for = for_text
        for villager in matches:
            item = QListWidgetItem(villager_line(villager), self.list)
            item.setData(Qt.UserRole, villager)
        if not matches:
            self.list.hide()
            return
        rows = len(matches)
        self.list.setFixedHeight(min(rows, 4) * 40 + 6)
        self.list.show()
        if highlight if highlight is not None else rows == 1:
            self.list.setCurrentRow(0)

    def highlighted(self) -> Villager | None:
        """The match the agent is pointing at, if the list belongs to what is typed now."""
        if not self.list.isVisible() or self._shown_for != self.edit.text().strip():
            return None
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None and item.isSelected() else None

    def pick(self, villager: Villager) -> None:
        self.villager = villager
        self.edit.setText(villager_line(villager))
        self._shown_for = None
        self.list.hide()
        self.edit.setFocus()
        self.picked.emit(villager)

    def _enter(self) -> None:
        chosen = self.highlighted()
        if chosen is not None:
            self.pick(chosen)
        self.submitted.emit()

    def typed(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self._generation += 1
        self._debounce.stop()
        self.villager = None
        self._shown_for = None
        self.edit.clear()
        self.list.clear()
        self.list.hide()
