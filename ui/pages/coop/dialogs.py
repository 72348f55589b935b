"""The desk's small dialogs: taking a hand-out back, receiving stock, counting the shelf,
a new supply, settling an account. Each is given its core call with the record and agent
already bound (``functools.partial``) and adds what was typed by the call's own keyword
names; it runs on the worker, and a refusal appears next to its field with nothing lost."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLineEdit, QSpinBox

from station_app.coop_stock import MAX_QUANTITY
from station_app.money import parse_yuan

from ...dialogs.form_dialog import FormDialog
from ...forms import combo
from ...labels import labels


def quantity_box(parent, low: int = 1) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, MAX_QUANTITY)
    return box


class TakeBackDialog(FormDialog):
    def __init__(self, db, move: dict, action: Callable, parent=None):
        given = -move["quantity"]
        super().__init__(db, self.tr("退回农资"), self.tr("{0} 领的 {1} {2} {3}，退回一部分或全部：按原价退，原来记账的从账上减，"
                                                       "付现金的退现金。").format(move["member_name"], move["item_name"],
                                                                            given, move["unit"]),
                         self.tr("确认退回"), parent)
        self.action = action
        self.quantity = self.form.add("quantity", self.tr("退回数量"), quantity_box(self))
        self.quantity.setMaximum(max(1, given))
        self.refund = self.form.add("refund_how", self.tr("退款方式"), combo({"": self.tr("按原付款方式"),
                                                                         **labels("channel")}, self))

    def work(self) -> Callable:
        n, how, action = self.quantity.value(), self.refund.currentData() or None, self.action
        return lambda store: action(store, quantity=n, refund_how=how)


class ReceiveDialog(FormDialog):
    def __init__(self, db, item: dict, action: Callable, parent=None):
        super().__init__(db, self.tr("农资入库"), self.tr("{0}，现有库存 {1} {2}").format(item["name"], item["stock"], item["unit"]),
                         self.tr("确认入库"), parent)
        self.action = action
        self.quantity = self.form.add("quantity", self.tr("入库数量"), quantity_box(self))
        self.supplier = self.form.add("supplier", self.tr("供货方"), QLineEdit(self))
        self.supplier.setPlaceholderText(self.tr("例如：县农资公司"))
        self.cost = self.form.add("cost_fen", self.tr("进货总价（元）"), QLineEdit(self))
        self.cost.setPlaceholderText(self.tr("可不填"))

    def work(self) -> Callable:
        n, supplier, cost, action = self.quantity.value(), self.supplier.text(), self.cost.text(), self.action
        return lambda store: action(store, quantity=n, supplier=supplier,
                                    cost_fen=parse_yuan(cost, "cost_fen") if cost.strip() else 0)


class CountDialog(FormDialog):
    def __init__(self, db, item: dict, action: Callable, parent=None):
        super().__init__(db, self.tr("盘点"), self.tr("{0}，账面库存 {1} {2}。数一数架上实际有多少：有差异要写原因。").format(
            item["name"], item["stock"], item["unit"]), self.tr("确认盘点"), parent)
        self.action = action
        self.counted = self.form.add("counted_quantity", self.tr("实际数量"), quantity_box(self, low=0))
        self.counted.setValue(max(0, item["stock"]))
        self.reason = self.form.add("reason", self.tr("差异原因"), QLineEdit(self))

    def work(self) -> Callable:
        n, reason, action = self.counted.value(), self.reason.text(), self.action
        return lambda store: action(store, counted_quantity=n, reason=reason)


class NewItemDialog(FormDialog):
    def __init__(self, db, action: Callable, parent=None):
        super().__init__(db, self.tr("新增农资"), "", self.tr("保存"), parent)
        self.action = action
        self.name = self.form.add("name", self.tr("名称"), QLineEdit(self))
        self.category = self.form.add("category", self.tr("类别"), combo(labels("supply_category"), self))
        self.unit = self.form.add("unit", self.tr("计量单位"), QLineEdit(self))
        self.unit.setPlaceholderText(self.tr("袋、瓶、卷、株"))
        self.price = self.form.add("price_fen", self.tr("单价（元）"), QLineEdit(self))

    def work(self) -> Callable:
        name, category, unit, price = self.name.text(), self.category.currentData(), self.unit.text(), self.price.text()
        action = self.action
        return lambda store: action(store, name=name, category=category, unit=unit,
                                    price_fen=parse_yuan(price, "price_fen"))


class SettleDialog(FormDialog):
    def __init__(self, db, member: dict, action: Callable, parent=None):
        super().__init__(db, self.tr("结算农资欠款"), self.tr("{0} 现欠 {1}。收现金、微信、支付宝，或在合作社收购石榴时抵扣。").format(
            member["name"], member["owed"]), self.tr("确认结算"), parent)
        self.action = action
        self.amount = self.form.add("amount_fen", self.tr("结算金额（元）"), QLineEdit(self))
        self.amount.setText(f"{member['owed_fen'] / 100:.2f}")
        self.how = self.form.add("how", self.tr("结算方式"), combo(labels("settled_how"), self))
        self.note = self.form.add("note", self.tr("备注"), QLineEdit(self))

    def work(self) -> Callable:
        amount, how, note, action = self.amount.text(), self.how.currentData(), self.note.text(), self.action
        return lambda store: action(store, amount_fen=parse_yuan(amount, "amount_fen"), how=how, note=note)
