"""发放农资: a member, a supply, how many, paid now or on the member's account — the total
shown before it is saved — and the desk's latest moves beside it, where a hand-out can be
taken back or a wrong move voided."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from station_app import coop_lists, coop_stock
from station_app.coop_stock import MAX_QUANTITY
from station_app.money import format_yuan
from station_app.timeutil import format_local

from ...forms import Form, combo
from ...labels import label, labels
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...widgets import ListPanel, hint, primary_button
from ..payments.dialogs import VoidDialog
from .dialogs import TakeBackDialog
from .pickers import MemberPicker


class HandOutTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        f = self.form = Form(self)
        self.member = MemberPicker(self.db, self)
        f.add("member", self.tr("社员"), self.member)
        self.item = f.add("item", self.tr("农资"), QComboBox(self))
        self.item.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # long names: no wide page
        self.item.setMinimumContentsLength(14)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, MAX_QUANTITY)
        f.add("quantity", self.tr("数量"), self.quantity)
        self.paid_how = f.add("paid_how", self.tr("付款方式"), combo(labels("supply_paid"), self))
        self.paid_how.setCurrentIndex(self.paid_how.findData("account"))
        left.addWidget(f)
        self.total = hint("", self)
        left.addWidget(self.total)
        self.give = primary_button(self.tr("发放"), self)
        self.give.clicked.connect(self.hand_out)
        left.addWidget(self.give)
        left.addStretch(1)
        row.addLayout(left, 2)
        columns = [
            Column(self.tr("时间"), lambda r: format_local(r["at"])[5:]),  # the station's clock, not UTC
            Column(self.tr("社员"), lambda r: r["member_name"] or ""),
            Column(self.tr("变动"), lambda r: label("stock_move", r["kind"])),
            Column(self.tr("农资"), lambda r: r["item_name"]),
            right(self.tr("数量"), lambda r: f"{r['quantity']:+d}"),
            right(self.tr("金额"), lambda r: r["amount"]),
            Column(self.tr("付款"), lambda r: label("supply_paid", r["paid_how"]) if r["paid_how"] else ""),
        ]
        self.model = RecordModel(self.db, columns, coop_lists.MOVES, parent=self, sync_state=True,
                                 struck=lambda r: r["voided"])
        self.list = ListPanel(self.model, self.tr("搜索：社员或农资"), parent=self)
        right_side = QVBoxLayout()
        right_side.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("退回…"), self)
        self.back_button.setToolTip(self.tr("选中的发放有退回的：按原价退"))
        self.back_button.clicked.connect(self.take_back)
        self.void_button = QPushButton(self.tr("作废…"), self)
        self.void_button.setToolTip(self.tr("选中的记录录错了：作废，留痕"))
        self.void_button.setObjectName("danger")
        self.void_button.clicked.connect(self.void)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        right_side.addLayout(buttons)
        row.addLayout(right_side, 3)
        self.items: dict[str, dict] = {}
        for signal in (self.item.currentIndexChanged, self.quantity.valueChanged, self.paid_how.currentIndexChanged):
            signal.connect(self._show_total)
        self.db.watch(self, frozenset({"coop_items", "coop_stock_moves", "voids"}), self.load_items)
        self.load_items()
        self.list.apply_filters()

    def ready(self) -> bool:
        return not self.model.is_loading() and self.member.ready()

    def load_items(self, *_changes) -> None:
        read(self.db, lambda store: coop_lists.list_stock(store), self._fill_items, self)

    def _fill_items(self, items: list[dict]) -> None:
        chosen = self.item.currentData()
        self.items = {i["id"]: i for i in items}
        self.item.blockSignals(True)
        self.item.clear()
        for i in items:
            self.item.addItem(self.tr("{0}（{1}/{2}，库存 {3}）").format(i["name"], i["price"], i["unit"], i["stock"]),
                              i["id"])
        index = self.item.findData(chosen)
        self.item.setCurrentIndex(max(0, index))
        self.item.blockSignals(False)
        self._show_total()

    def _show_total(self, *_args) -> None:
        item = self.items.get(self.item.currentData())
        if not item:
            self.total.setText(self.tr("还没有农资：请先在“库存”里新增农资并入库"))
            return
        amount = item["price_fen"] * self.quantity.value()
        how = label("supply_paid", self.paid_how.currentData())
        self.total.setText(self.tr("合计 {0}（{1}）").format(format_yuan(amount), how))

    def hand_out(self) -> None:
        agent, member = self.ctx.agent_id, self.member.member_id()
        item, quantity, how = self.item.currentData(), self.quantity.value(), self.paid_how.currentData()
        write(self.db, lambda store: coop_stock.hand_out(store, agent, item, member, quantity, how),
              form=self.form, parent=self, on_done=self._given)

    def _given(self, made: dict) -> None:
        self.ctx.say(self.tr("已发放：{0} {1}，{2}").format(self.member.text(), self.item.currentText().split("（")[0],
                                                         made["amount"]))
        self.quantity.setValue(1)
        self.member.clear()
        self.member.edit.setFocus()

    def _chosen(self) -> dict:
        return self.list.current() or {}

    def take_back(self) -> None:
        move = self._chosen()
        if move.get("kind") != "handed_out" or move.get("voided"):
            self.ctx.say(self.tr("请先在右边的列表里选中一条发放记录"))
            return
        agent = self.ctx.agent_id
        self.dialog = TakeBackDialog(self.db, move, partial(coop_stock.take_back, agent_id=agent, hand_out_id=move["id"]),
                                     self)
        self.dialog.open()

    def void(self) -> None:
        move = self._chosen()
        if not move or move.get("voided"):
            self.ctx.say(self.tr("请先在右边的列表里选中一条记录"))
            return
        agent = self.ctx.agent_id
        what = self.tr("{0} {1} {2}（{3}）").format(label("stock_move", move["kind"]), move["item_name"],
                                                   move["quantity"], move["member_name"] or "")
        self.dialog = VoidDialog(self.db, what, lambda store, reason: coop_stock.void_move(store, agent, move["id"],
                                                                                            reason), parent=self)
        self.dialog.open()
