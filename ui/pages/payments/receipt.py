"""The receipt of one payment: its number large, print it (80 mm roll or A4), or void it."""

from __future__ import annotations

from shiboken6 import isValid
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from station_app import electricity, payments

from ...forms import combo
from ...labels import label
from ...ops import read
from ...printing import print_html
from ...printouts_money import receipt_html
from ...widgets import primary_button
from .dialogs import VoidDialog
from .payover import VoucherDialog


class ReceiptDialog(QDialog):
    def __init__(self, page, payment_id: str, just_saved: bool = False, parent=None):
        super().__init__(parent or page)
        self.page = page
        self.db = page.db
        self.payment_id = payment_id
        self.receipt: dict | None = None
        self.void_dialog: VoidDialog | None = None
        self.setWindowTitle(self.tr("代缴费用收据"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        if just_saved:
            saved = QLabel(self.tr("✓ 已保存。收据号："), self)
            saved.setObjectName("confirm")
            layout.addWidget(saved)
        else:
            heading = QLabel(self.tr("收据号："), self)
            heading.setObjectName("hint")
            layout.addWidget(heading)
        self.number = QLabel("…", self)
        self.number.setObjectName("bigMoney")
        layout.addWidget(self.number)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.amount = QLabel(self)
        self.amount.setObjectName("bigMoney")
        layout.addWidget(self.amount)
        self.capitals = QLabel(self)
        self.capitals.setWordWrap(True)
        layout.addWidget(self.capitals)
        money_row = QHBoxLayout()  # the voucher added afterwards, the money paid over to the company
        self.money = QLabel(self)
        self.money.setWordWrap(True)
        self.voucher_button = QPushButton(self.tr("补凭证号…"), self)
        self.voucher_button.setAutoDefault(False)
        self.voucher_button.clicked.connect(self.add_voucher)
        self.voucher_button.hide()
        money_row.addWidget(self.money, 1)
        money_row.addWidget(self.voucher_button)
        layout.addLayout(money_row)
        self.money_state: dict | None = None
        self.voucher_dialog: VoucherDialog | None = None
        self.state = QLabel(self)
        self.state.setObjectName("fieldError")
        self.state.setWordWrap(True)
        self.state.hide()
        layout.addWidget(self.state)
        paper_row = QHBoxLayout()
        paper_label = QLabel(self.tr("收据纸张"), self)
        self.paper: QComboBox = combo({"80mm": self.tr("80毫米小票"), "a4": self.tr("A4纸")}, self)
        paper_label.setBuddy(self.paper)
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        layout.addLayout(paper_row)
        buttons = QHBoxLayout()
        self.void_button = QPushButton(self.tr("作废"), self)
        self.void_button.setObjectName("danger")
        self.void_button.setAutoDefault(False)
        self.void_button.clicked.connect(self.ask_void)
        close = QPushButton(self.tr("关闭（Esc）"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.print_button = primary_button(self.tr("打印收据"), self)
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.setEnabled(False)
        self.void_button.setEnabled(False)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.db.watch(self, payments.PAYMENTS.shows | {"advances", "payment_vouchers", "payovers", "payover_items"},
                      self.reload)
        self.reload()

    def reload(self) -> None:
        payment_id = self.payment_id
        read(self.db, lambda store: payments.receipt(store, payment_id), self._show, self)
        read(self.db, lambda store: electricity.money_state(store, payment_id), self._show_money, self)

    def _show_money(self, state: dict) -> None:
        if not isValid(self):
            return
        self.money_state = state
        parts = [self.tr("凭证号：{0}").format(state["voucher_no"]) if state["voucher_no"] else self.tr("还没有凭证号")]
        over = state["paid_over"]
        if over:
            parts.append(self.tr("已上交 {0}（{1}，{2}）").format(over["paid_to"], over["when"],
                                                          label("payover_method", over["method"])))
        elif state["pays_over"]:
            parts.append(self.tr("还没有上交"))
        self.money.setText("　".join(parts))
        self.voucher_button.setVisible(state["may_add_voucher"])

    def add_voucher(self) -> None:
        r = self.receipt
        if r is None:
            return
        what = self.tr("收据 {0}：{1} {2} {3}").format(r["receipt_no"], r["payer_name"], label("bill_kind", r["bill_kind"]),
                                                   r["amount"])
        self.voucher_dialog = VoucherDialog(self.db, self.page.ctx.agent_id, self.payment_id, what, self)
        self.voucher_dialog.accepted.connect(lambda: self.page.ctx.say(self.tr("凭证号已补记")))
        self.voucher_dialog.open()

    def _show(self, r: dict) -> None:
        if not isValid(self):
            return  # closed and deleted while the read was on its way
        self.receipt = r
        self.number.setText(r["receipt_no"])
        phone = f"　{r['payer_phone_masked']}" if r["payer_phone_masked"] else ""
        self.who.setText(self.tr("{0}{1}　{2}　户号 {3}　{4} {5}").format(
            r["payer_name"], phone, label("bill_kind", r["bill_kind"]), r["account_no"], r["date"], r["time"]))
        self.amount.setText(f"{r['amount']}　{label('payment_method', r['method'])}")
        self.capitals.setText(self.tr("大写：{0}").format(r["amount_capitals"]))
        if r["voided"]:
            self.state.setText(self.tr("⚠ 已作废：{0}").format(r["void_reason"]))
            self.state.show()
        else:
            self.state.hide()
        self.void_button.setEnabled(not r["voided"])
        self.void_button.setVisible(not r["voided"])
        self.print_button.setEnabled(True)
        self.print_button.setFocus()

    def html(self) -> str:
        return receipt_html(self.receipt, self.paper.currentData())

    def print_receipt(self) -> None:
        if self.receipt is None:
            return
        saved = print_html(self, self.html(), self.tr("收据{0}").format(self.receipt["receipt_no"]),
                           self.paper.currentData())
        if saved:
            self.page.ctx.say(self.tr("收据已保存为PDF：{0}").format(saved))

    def ask_void(self) -> None:
        r = self.receipt
        if r is None or r["voided"]:
            return
        agent, payment_id = self.page.ctx.agent_id, self.payment_id
        what = self.tr("收据 {0}：{1} {2} {3}").format(r["receipt_no"], r["payer_name"], label("bill_kind", r["bill_kind"]),
                                                   r["amount"])
        if r["method"] == "advance":
            what += self.tr("（站点垫付，这笔垫付也一起作废）")
        self.void_dialog = VoidDialog(
            self.db, what, lambda store, reason: payments.void_payment(store, agent, payment_id, reason),
            lambda _: self.page.ctx.say(self.tr("已作废收据 {0}").format(r["receipt_no"])), self)
        self.void_dialog.open()
