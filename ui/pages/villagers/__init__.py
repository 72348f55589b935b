"""Villagers (村民): the register on the left (search by name, phone or its last 4 digits),
the selected villager's details and family contacts on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QTabWidget

from station_app.villagers import TAGS, VILLAGERS

from ...labels import label
from ...models import Column, RecordModel
from ...widgets import ListPanel
from ..base import Page
from .editor import ContactsPanel, VillagerEditor


class VillagersPage(Page):
    key = "villagers"

    def title(self) -> str:
        return self.tr("村民")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        columns = [
            Column(self.tr("姓名"), lambda r: r["name"]),
            Column(self.tr("村民组"), lambda r: r["village_group"]),
            Column(self.tr("手机号"), lambda r: r["phone"]),
            Column(self.tr("身份证号"), lambda r: r["id_masked"]),
            Column(self.tr("情况"), lambda r: "、".join(label("villager_tag", t) for t in r["tags"] if t in TAGS)),
        ]
        self.model = RecordModel(self.db, columns, VILLAGERS, parent=self, sync_state=True)
        self.list = ListPanel(self.model, self.tr("搜索：姓名、手机号或尾号4位"), parent=self)
        self.editor = VillagerEditor(ctx, self)
        self.contacts = ContactsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.tabs.addTab(scroll, self.tr("村民资料"))
        self.tabs.addTab(self.contacts, self.tr("家属联系人"))
        row = QHBoxLayout()
        row.addWidget(self.list, 5)
        row.addWidget(self.tabs, 4)
        self.layout_.addLayout(row, 1)
        self.list.selected.connect(self._select)
        self.list.activated.connect(lambda r: (self._select(r), self.editor.name.setFocus()))
        self.editor.new_button.clicked.connect(lambda: self.contacts.show_villager(None, ""))
        self.editor.new_button.clicked.connect(lambda: self.tabs.setCurrentIndex(0))
        self.editor.saved.connect(lambda vid: self.contacts.show_villager(vid, self.editor.name.text().strip()))
        self.setStyleSheet("QCheckBox::indicator { width: 24px; height: 24px; }")
        self.contacts.model.counted.connect(lambda n: self.tabs.setTabText(1, self.tr("家属联系人（{0}）").format(n)))
        self._loaded = False
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))
        self.list.apply_filters()

    def _select(self, row: dict) -> None:
        if not row:
            return
        self.editor.load(row["id"])
        self.contacts.show_villager(row["id"], row["name"])

    def activated(self) -> None:
        self.list.search.setFocus()

    def ready(self) -> bool:
        return self._loaded and self.db.idle()
