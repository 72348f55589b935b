"""库存: every supply with its price and stock; receive stock, count the shelf, add a supply."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from station_app import coop, coop_lists, coop_stock

from ...labels import label
from ...models import Column, RecordModel, right
from ...widgets import ListPanel, hint, primary_button
from .dialogs import CountDialog, NewItemDialog, ReceiveDialog


class StockTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        layout = QVBoxLayout(self)
        columns = [
            Column(self.tr("类别"), lambda r: label("supply_category", r["category"])),
            Column(self.tr("农资"), lambda r: r["name"]),
            right(self.tr("单价"), lambda r: r["price"]),
            Column(self.tr("单位"), lambda r: r["unit"]),
            right(self.tr("库存"), lambda r: r["stock"]),
        ]
        self.model = RecordModel(self.db, columns, coop_lists.STOCK, parent=self)
        self.list = ListPanel(self.model, self.tr("搜索农资"), parent=self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint(self.tr("库存不会变成负数：发放时不够，先盘点架上实有数量（写明差异原因）。"), self))
        buttons = QHBoxLayout()
        self.receive_button = primary_button(self.tr("入库…"), self)
        self.count_button = QPushButton(self.tr("盘点…"), self)
        self.new_button = QPushButton(self.tr("新增农资…"), self)
        for button in (self.receive_button, self.count_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.receive_button.clicked.connect(self.receive)
        self.count_button.clicked.connect(self.count)
        self.new_button.clicked.connect(self.new_item)
        self.list.apply_filters()

    def ready(self) -> bool:
        return not self.model.is_loading()

    def _item(self) -> dict | None:
        item = self.list.current()
        if not item:
            self.ctx.say(self.tr("请先选中一种农资"))
        return item

    def receive(self) -> None:
        item, agent = self._item(), self.ctx.agent_id
        if item:
            self.dialog = ReceiveDialog(self.db, item, partial(coop_stock.receive, agent_id=agent, item_id=item["id"]),
                                        self)
            self.dialog.open()

    def count(self) -> None:
        item, agent = self._item(), self.ctx.agent_id
        if item:
            self.dialog = CountDialog(self.db, item, partial(coop_stock.count, agent_id=agent, item_id=item["id"]), self)
            self.dialog.open()

    def new_item(self) -> None:
        agent = self.ctx.agent_id
        self.dialog = NewItemDialog(self.db, partial(coop.add_item, agent_id=agent), self)
        self.dialog.open()
