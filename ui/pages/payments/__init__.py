"""Payments (代缴): log a bill paid on a villager's behalf, print its receipt, void a mistake.

The form is on the left (Enter saves after a confirmation with the amount and the person),
the list of payments on the right: newest first, voided ones struck through and left out
of the totals; a double-click opens a payment's receipt to print or void it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station_app import electricity
from station_app.money import format_yuan
from station_app.payments import PAYMENTS, get_payment, payment_totals

from ...labels import label, labels
from ...models import Column, RecordModel, right
from ...ops import read
from ...widgets import ListPanel
from ..base import Page
from .dialogs import ConfirmDialog
from .form import PaymentForm
from .payover import PayOverDialog
from .receipt import ReceiptDialog


class PaymentsPage(Page):
    key = "payments"

    def title(self) -> str:
        return self.tr("代缴费")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.receipt_dialog: ReceiptDialog | None = None
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        hint = QLabel(self.tr("帮村民缴电费、水费、话费等，保存后打印收据。"), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        left.addWidget(hint)
        self.form = PaymentForm(self, self)
        self.form.saved.connect(self.show_saved)
        left.addWidget(self.form, 1)
        holder = QWidget(self)
        holder.setLayout(left)
        holder.setMinimumWidth(360)  # gives way a little on a 1024 screen in English
        holder.setMaximumWidth(400)
        body.addWidget(holder)
        self.model = RecordModel(self.db, self.columns(), PAYMENTS, struck=lambda row: row["voided"], parent=self,
                                 sync_state=True)
        self.panel = ListPanel(self.model, self.tr("搜索姓名、户号、收据号、手机号"),
                               chips={"all": self.tr("全部"), "today": self.tr("今天"), "voided": self.tr("已作废")},
                               parent=self)
        self.panel.table.setToolTip(self.tr("双击一行：查看收据、打印或作废"))
        self.panel.activated.connect(lambda row: self.open_receipt(row["id"]))
        self.payover_button = QPushButton(self.tr("上交电费…"), self)
        self.payover_button.setToolTip(self.tr("先收了现金、后交给供电所的电费：记下交给了谁"))
        self.payover_button.clicked.connect(self.pay_over)
        self.payover_dialog: PayOverDialog | None = None
        right_side = QVBoxLayout()
        right_side.addWidget(self.panel, 1)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        right_side.addWidget(self.totals)
        right_side.addWidget(self.payover_button, 0, Qt.AlignRight)  # what of the money is still to pay over
        body.addLayout(right_side, 1)
        self.layout_.addLayout(body, 1)
        self.db.watch(self, frozenset({"payments", "payovers", "payover_items", "voids"}), self.refresh_waiting)
        self.refresh_waiting()
        self.model.loaded.connect(self._on_loaded)
        self.model.modelReset.connect(self.refresh_totals)
        self.model.reload()

    def columns(self) -> list[Column]:
        return [
            # In the order they matter at the counter: a narrow screen leaves out the last ones.
            Column(self.tr("缴费人"), lambda r: r["payer_name"]),
            right(self.tr("金额"), lambda r: r["amount"]),
            Column(self.tr("类型"), lambda r: label("bill_kind", r["bill_kind"])),
            # A voided payment says so where its method would be (and is struck through).
            Column(self.tr("方式"), lambda r: self.tr("⚠ 已作废") if r["voided"] else label("payment_method", r["method"])),
            Column(self.tr("时间"), lambda r: r["paid_at_local"][5:]),
            Column(self.tr("户号"), lambda r: r["account_no"]),
            # The station's code starts every receipt number: the rest tells them apart.
            Column(self.tr("收据号"), lambda r: r["receipt_no"].removeprefix(f"{r['station_code']}-")),
        ]

    def _on_loaded(self) -> None:
        self._loaded = True

    def refresh_totals(self) -> None:
        q = self.model.query
        read(self.db, lambda store: payment_totals(store, q), self._show_totals, self)

    def _show_totals(self, t: dict) -> None:
        parts = [f"{word} {format_yuan(t['by_method'][m][1])}" for m, word in labels("payment_method").items()
                 if m in t["by_method"]]
        self.totals.setText(self.tr("合计 {0}（{1} 笔，已作废的不计）　{2}").format(
            format_yuan(t["fen"]), t["count"], " · ".join(parts)))

    # -- electricity collected, to pay over -----------------------------------------------
    def refresh_waiting(self) -> None:
        read(self.db, lambda store: electricity.waiting_total(store), self._show_waiting, self)

    def _show_waiting(self, waiting: dict) -> None:
        if waiting["count"]:
            self.payover_button.setText(self.tr("上交电费（{0} 笔）…").format(waiting["count"]))
            self.payover_button.setToolTip(self.tr("收了还没上交的电费 {0} 笔，合计 {1}：记下交给了谁").format(
                waiting["count"], waiting["amount"]))
        else:
            self.payover_button.setText(self.tr("上交电费…"))
            self.payover_button.setToolTip(self.tr("先收了现金、后交给供电所的电费：记下交给了谁"))

    def pay_over(self) -> PayOverDialog:
        self.payover_dialog = PayOverDialog(self.db, self.ctx.agent_id, self)
        self.payover_dialog.accepted.connect(lambda: self.ctx.say(self.tr("已记下上交：{0}").format(
            self.payover_dialog.result_value["amount"])))
        self.payover_dialog.open()
        return self.payover_dialog

    # -- after a save, and from the list --------------------------------------------------
    def show_saved(self, payment_id: str) -> None:
        self.open_receipt(payment_id, just_saved=True)

        def said(r: dict) -> None:
            self.ctx.say(self.tr("已保存收据 {0}：{1} {2}").format(r["receipt_no"], r["payer_name"], r["amount"]))

        read(self.db, lambda store: get_payment(store, payment_id), said, self)

    def open_receipt(self, payment_id: str, just_saved: bool = False) -> ReceiptDialog:
        current = self.receipt_dialog
        if current is not None and current.payment_id == payment_id and current.isVisible() and not just_saved:
            current.raise_()  # a double-click also reports the row as activated
            return current
        if current is not None:
            self.receipt_dialog.close()
            self.receipt_dialog.deleteLater()
        self.receipt_dialog = ReceiptDialog(self, payment_id, just_saved)
        self.receipt_dialog.finished.connect(lambda _: self.form.picker.edit.setFocus())
        self.receipt_dialog.open()
        return self.receipt_dialog

    # -- page protocol ---------------------------------------------------------------------
    def activated(self) -> None:
        self.form.picker.edit.setFocus()

    def ready(self) -> bool:
        return self._loaded

    def screenshot_dialogs(self) -> dict:
        dialogs = {"payments_confirm": ConfirmDialog(
            self.tr("请核对金额和缴费人"), self.tr("收 张桂兰 的电费（户号 4101234567），现金付款。"),
            "¥120.50　壹佰贰拾元伍角整", parent=self)}
        if self.model.rows:
            dialogs["payments_receipt"] = ReceiptDialog(self, self.model.rows[0]["id"], parent=self)
        dialogs["payments_payover"] = PayOverDialog(self.db, self.ctx.agent_id, self)
        return dialogs
