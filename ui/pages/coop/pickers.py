"""Choosing a member at the desk: type part of a name or a phone's last digits and pick
from the members shown under the box (a desk has tens of members, not thousands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from station_app import coop_lists

from ...ops import read
from ...widgets import hint


class MemberPicker(QWidget):
    picked = Signal(dict)  # the member (never None, see worker.py)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.members: dict[str, dict] = {}
        self.chosen: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("社员姓名或手机尾号"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.owed = hint("", self)
        layout.addWidget(self.owed)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._take)
        self.edit.editingFinished.connect(lambda: self._take(self.edit.text()))
        self.edit.textEdited.connect(self._typed)
        self._loaded = False
        db.watch(self, frozenset({"coop_members", "coop_stock_moves", "coop_settlements", "voids", "villagers"}),
                 self.load)
        self.load()

    def ready(self) -> bool:
        return self._loaded

    def load(self, *_changes) -> None:
        read(self.db, lambda store: coop_lists.list_members(store), self._fill, self)

    def _fill(self, members: list[dict]) -> None:
        self.members = {self._line(m): m for m in members}
        self.completer.model().setStringList(list(self.members))
        self._loaded = True
        if self.chosen:  # a hand-out or a settlement changed what the chosen member owes
            again = next((m for m in members if m["id"] == self.chosen["id"]), None)
            if again:
                self._take(self._line(again))

    @staticmethod
    def _line(member: dict) -> str:
        """One line that tells two members of the same name apart."""
        parts = [member["name"], member.get("village_group") or ""]
        if member.get("phone"):
            parts.append(QCoreApplication.translate("MemberPicker", "尾号{0}").format(member["phone"][-4:]))
        return " · ".join(p for p in parts if p)

    def _typed(self, _text: str) -> None:
        self.chosen = None
        self.owed.setText("")

    def _take(self, text: str) -> None:
        member = self.members.get(text)
        if member is None:
            matches = [m for line, m in self.members.items() if text and text.strip() in line]
            member = matches[0] if len(matches) == 1 else None
        if member is None:
            return
        self.chosen = member
        self.edit.setText(self._line(member))
        self.owed.setText(self.tr("{0}，记账欠款 {1}").format(member["holding_label"], member["owed"]))
        self.picked.emit(member)

    def member_id(self) -> str | None:
        return self.chosen["id"] if self.chosen else None

    def text(self) -> str:
        return self.chosen["name"] if self.chosen else self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self._typed("")
