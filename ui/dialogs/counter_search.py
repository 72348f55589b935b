"""柜台查询: the villager at the counter, found by one search (name, or the last digits of a
phone or ID number), and everything the station holds for them at once — parcels waiting,
cases and their state, advances owed, appointments, service-day sign-ups, the
cooperative's account, messages sent — each a click away from its page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from station_app import counter

from ..ops import read


class CounterSearch(QDialog):
    go = Signal(str)  # a page's key: the window shows it

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.found: list[dict] = []
        self.shown: dict | None = None
        self.setWindowTitle(self.tr("柜台查询"))
        self.resize(980, 600)
        column = QVBoxLayout(self)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("村民姓名，或手机号、身份证号的后几位"))
        self.box.setClearButtonEnabled(True)
        column.addWidget(self.box)
        row = QHBoxLayout()
        self.people = QListWidget(self)
        self.people.setFixedWidth(300)
        row.addWidget(self.people)
        right = QVBoxLayout()
        self.who = QLabel(self)
        self.who.setObjectName("sectionTitle")
        self.who.setWordWrap(True)
        right.addWidget(self.who)
        self.lines = QListWidget(self)
        self.lines.setWordWrap(True)
        right.addWidget(self.lines, 1)
        hint = QLabel(self.tr("双击一行（或回车）打开它所在的页面"), self)
        hint.setObjectName("hint")
        right.addWidget(hint)
        row.addLayout(right, 1)
        column.addLayout(row, 1)
        self.typing = QTimer(self, singleShot=True, interval=250)  # search when the typing pauses
        self.typing.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _: self.typing.start())
        self.box.returnPressed.connect(self._first)
        self.people.currentRowChanged.connect(self._chosen)
        self.lines.itemActivated.connect(self._open)
        self.lines.itemDoubleClicked.connect(self._open)

    def search(self) -> None:
        text = self.box.text()
        read(self.db, lambda store: counter.search(store, text), self._show_people, self)

    def _show_people(self, found: list[dict]) -> None:
        self.found = found
        self.people.clear()
        for person in found:
            tail = self.tr("尾号{0}").format(person["phone"][-4:]) if person["phone"] else ""
            QListWidgetItem(" · ".join(p for p in (person["name"], person["village_group"] or "", tail) if p), self.people)
        if len(found) == 1:
            self.people.setCurrentRow(0)
        elif not found:
            self.who.setText(self.tr("没有找到") if self.box.text().strip() else "")
            self.lines.clear()

    def _first(self) -> None:
        if self.found and self.people.currentRow() < 0:
            self.people.setCurrentRow(0)
        self.lines.setFocus()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.found):
            villager_id = self.found[row]["id"]
            read(self.db, lambda store: counter.everything(store, villager_id), self._show, self)

    def _show(self, shown: dict) -> None:
        self.shown = shown
        v = shown["villager"]
        self.who.setText(" · ".join(p for p in (v["name"], v["village_group"] or "", v["phone"] or "") if p))
        self.lines.clear()
        for line in shown["lines"]:
            item = QListWidgetItem(line["text"], self.lines)
            item.setData(Qt.UserRole, line["page"])
        if not shown["lines"]:
            QListWidgetItem(self.tr("站里没有这位村民待办的事"), self.lines).setFlags(Qt.NoItemFlags)

    def _open(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.UserRole)
        if page:
            self.go.emit(page)
            self.accept()
