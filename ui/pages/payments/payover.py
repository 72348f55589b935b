"""Electricity money that reconciles: the power company's voucher added to a payment
afterwards, and the cash collected first and paid over to the company later (上交), which
the daily close then shows going out of the till."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from station_app import electricity
from station_app.money import format_yuan

from ...dialogs.form_dialog import FormDialog
from ...forms import combo
from ...labels import label
from ...ops import read
from ...widgets import TickList


class VoucherDialog(FormDialog):
    """补凭证号: the number the power company's app or counter gave, typed once it came."""

    def __init__(self, db, agent_id: str, payment_id: str, what: str, parent=None):
        super().__init__(db, self.tr("补凭证号"),
                         self.tr("{0}\n缴费后才拿到的缴费凭证号或交易流水号，补记在这笔缴费上。").format(what),
                         self.tr("保存凭证号"), parent)
        self.agent_id, self.payment_id = agent_id, payment_id
        self.voucher = QLineEdit(self)
        self.voucher.setPlaceholderText(self.tr("例如 GW20261201-8891"))
        self.form.add("voucher_no", self.tr("凭证号"), self.voucher)
        self.voucher.returnPressed.connect(self.submit)

    def work(self):
        agent, payment_id, voucher = self.agent_id, self.payment_id, self.voucher.text()
        return lambda store: electricity.add_voucher(store, agent, payment_id, voucher)


class PayOverDialog(FormDialog):
    """上交电费: the payments collected and not yet paid over, ticked; to whom, how; one sum."""

    def __init__(self, db, agent_id: str, parent=None):
        super().__init__(db, self.tr("上交电费"), self.tr(
            "先收了村民的现金、后到供电所或在网上缴的电费，在这里记下交给了谁。现金上交会从今天的日结里减去。"),
            self.tr("记下上交"), parent)
        self.agent_id = agent_id
        self.waiting: dict[str, dict] = {}
        self.setMinimumWidth(720)
        self.payments = TickList(self, rows=7, flow=False)
        self.payments.itemChanged.connect(lambda _: self._sum())
        self.form.add("payments", self.tr("这次上交的缴费"), self.payments)
        self.total = QLabel(self)
        self.total.setObjectName("sectionTitle")
        self.form.add("total", self.tr("合计"), self.total)
        self.paid_to = QLineEdit(self)
        self.paid_to.setText(self.tr("供电所"))
        self.form.add("paid_to", self.tr("交给谁"), self.paid_to)
        self.method = combo({code: label("payover_method", code) for code in electricity.PAYOVER_METHODS}, self)
        self.form.add("method", self.tr("上交方式"), self.method)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("转账或网上缴费时填，可不填"))
        self.form.add("reference", self.tr("流水号"), self.reference)
        self.ok.setEnabled(False)
        read(db, lambda store: electricity.not_paid_over(store), self._show, self)

    def _show(self, rows: list[dict]) -> None:
        self.waiting = {r["id"]: r for r in rows}
        self.payments.fill([(r["id"], f"{r['when'][5:]}　{r['payer_name']}　{r['account_no']}　{r['amount']}")
                            for r in rows])
        self.payments.tick(self.waiting)  # all of them, as usual: untick what stays in the till
        self.ok.setEnabled(bool(rows))
        if not rows:
            self.total.setText(self.tr("没有待上交的电费"))
        self._sum()

    def _sum(self) -> None:
        ticked = self.payments.ticked()
        if self.waiting:
            fen = sum(self.waiting[pid]["amount_fen"] for pid in ticked)
            self.total.setText(self.tr("{0}（{1} 笔）").format(format_yuan(fen), len(ticked)))

    def work(self):
        agent, ticked = self.agent_id, self.payments.ticked()
        paid_to, method, reference = self.paid_to.text(), self.method.currentData(), self.reference.text()
        return lambda store: electricity.pay_over(store, agent, ticked, paid_to, method, reference)
