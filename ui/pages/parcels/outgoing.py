"""寄件 (代寄): a villager sends a parcel through the station and pays the fee.

The fee is money taken in, so the button says the amount before it is pressed, the
confirmation repeats amount and sender, and a mistake is voided with a reason (struck
through in the list, left out of the totals), never edited.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station_app import parcels_out
from station_app.couriers import guess_courier
from station_app.errors import DomainError
from station_app.money import format_yuan
from station_app.parcels_out import parse_fee
from station_app.validation import mobile

from ...forms import Form, combo
from ...labels import label, labels
from ...models import Column, right
from ...ops import write
from ...widgets import ListPanel, primary_button
from ...dates import cn_moment
from ...fitting import SideBySide
from .common import TabModel, courier_combo, courier_word, light_header, set_combo_data
from .dialogs import ActionDialog
from .people import VillagerPicker

# Narrower than this, the list of shipments shows mostly "…": it goes under the form instead.
LIST_LEAST = 420


class OutgoingTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.db = page.db
        self.dialog: ActionDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = SideBySide(self)  # the list beside the form, or under it on a narrow screen
        outer.addWidget(row)
        row.addWidget(self._build_form())
        row.addWidget(self._build_list())
        row.setStretchFactor(0, 9)
        row.setStretchFactor(1, 12)

    def _build_form(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = Form(box)
        self.sender = VillagerPicker(self.db, self.tr("姓名或手机尾号，从登记册选"), box)
        self.form.add("sender_name", self.tr("寄件人"), self.sender, aliases=("villager", "villager_id"))
        self.sender_phone = QLineEdit(box)
        self.form.add("sender_phone", self.tr("寄件人手机"), self.sender_phone)
        self.receiver_name = QLineEdit(box)
        self.form.add("receiver_name", self.tr("收件人"), self.receiver_name)
        self.receiver_phone = QLineEdit(box)
        self.form.add("receiver_phone", self.tr("收件人电话"), self.receiver_phone)
        self.address = QLineEdit(box)
        self.address.setPlaceholderText(self.tr("省 市 区县 详细地址"))
        self.form.add("receiver_address", self.tr("收件地址"), self.address)
        self.courier = courier_combo(box)
        self.form.add("courier", self.tr("快递公司"), self.courier)
        self.tracking = QLineEdit(box)
        self.tracking.setPlaceholderText(self.tr("可以后补"))
        self.form.add("tracking_no", self.tr("快递单号"), self.tracking)
        self.fee = QLineEdit(box)
        self.fee.setPlaceholderText(self.tr("例如 12 或 12.50"))
        self.form.add("fee_fen", self.tr("运费（元）"), self.fee, aliases=("fee", "amount"))
        self.method = combo(labels("send_method"), box)
        self.form.add("method", self.tr("付款方式"), self.method)
        column.addWidget(self.form)
        self.save_button = primary_button(self.tr("登记寄件"), box)
        column.addWidget(self.save_button)
        self.confirm = QLabel("", box)
        self.confirm.setObjectName("confirm")
        self.confirm.setWordWrap(True)
        self.confirm.hide()
        column.addWidget(self.confirm)
        column.addStretch(1)

        self.form.live_check("sender_phone", lambda text: mobile(text, "sender_phone"), as_typed=False)
        self.form.live_check("fee_fen", parse_fee)
        self.sender.picked.connect(self._sender_picked)
        self.sender.edit.textEdited.connect(lambda _: self.form.clear_error("sender_name"))
        self.sender.submitted.connect(self.sender_phone.setFocus)
        self.tracking.textEdited.connect(self._tracking_edited)
        self.fee.textChanged.connect(self._fee_changed)
        self.method.currentIndexChanged.connect(lambda _: self._fee_changed(self.fee.text()))
        self.save_button.clicked.connect(self.save)
        for field in (self.sender_phone, self.receiver_name, self.receiver_phone, self.address, self.tracking):
            field.returnPressed.connect(self.focusNextChild)
        self.courier.entered.connect(self.focusNextChild)
        self.fee.returnPressed.connect(self.save)
        return box

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        box.setMinimumWidth(LIST_LEAST)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        columns = [
            Column(self.tr("时间"), lambda r: cn_moment(r["sent_at"], year=False)),
            Column(self.tr("寄件人"), lambda r: r["sender_name"]),
            Column(self.tr("收件人"), lambda r: r["receiver_name"]),
            Column(self.tr("快递公司"), lambda r: courier_word(r["courier"])),
            right(self.tr("运费"), lambda r: f"{format_yuan(r['fee_fen'])} {label('send_method', r['method'], '')}"),
            Column(self.tr("作废"), lambda r: self.tr("已作废：{0}").format(r["void_reason"]) if r["voided"] else ""),
        ]
        self.model = TabModel(self.db, columns, parcels_out.SENT, struck=lambda r: r["voided"], parent=self)
        self.list = ListPanel(self.model, self.tr("搜索寄件人、收件人、电话或单号"),
                              chips={"all": self.tr("全部"), "today": self.tr("今天")}, parent=self)
        self.model.first_load = self.list.apply_filters
        light_header(self.list.table)
        self.models = [self.model]
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.void_button = QPushButton(self.tr("作废选中的寄件…"), box)
        self.void_button.setObjectName("danger")
        self.void_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        column.addLayout(buttons)
        self.list.selected.connect(lambda row: self.void_button.setEnabled(bool(row) and not row["voided"]))
        self.void_button.clicked.connect(lambda: self.ask_void(self.list.current()))
        return box

    # -- the form ------------------------------------------------------------------------------
    def activated(self) -> None:
        self.sender.setFocus()

    def _sender_picked(self, villager) -> None:
        if villager is not None and villager.phone and not self.sender_phone.text().strip():
            self.sender_phone.setText(villager.phone)

    def _tracking_edited(self, text: str) -> None:
        guess = guess_courier(text.strip().upper())
        if guess and self.courier.currentData() is None:
            set_combo_data(self.courier, guess)

    def _fee_changed(self, text: str) -> None:
        try:
            fee = parse_fee(text)
        except DomainError:
            self.save_button.setText(self.tr("登记寄件"))
            return
        self.save_button.setText(self.tr("登记寄件，收{0}（{1}）").format(format_yuan(fee), self.method.currentText()))

    def values(self) -> dict:
        picked = self.sender.villager
        return {
            "villager_id": picked.id if picked else None,
            "sender_name": self.sender.typed(),
            "sender_phone": self.sender_phone.text(),
            "receiver_name": self.receiver_name.text(), "receiver_phone": self.receiver_phone.text(),
            "receiver_address": self.address.text(), "courier": self.courier.currentData(),
            "tracking_no": self.tracking.text(), "fee": self.fee.text(), "method": self.method.currentData(),
        }

    def save(self) -> None:
        agent_id, values, method = self.page.ctx.agent_id, self.values(), self.method.currentText()
        self.confirm.hide()
        write(self.db, lambda store: parcels_out.send_typed(store, agent_id, **values), form=self.form, parent=self,
              on_done=lambda got: self._saved(got, method))

    def _saved(self, got: dict, method: str) -> None:
        text = self.tr("已登记寄件：{0} 寄给 {1}，收运费 {2}（{3}）").format(
            got["sender_name"], got["receiver_name"], format_yuan(got["fee_fen"]), method)
        self.confirm.setText("✓ " + text)
        self.confirm.show()
        self.page.ctx.say(text)
        self.sender.clear()
        for field in (self.sender_phone, self.receiver_name, self.receiver_phone, self.address, self.tracking, self.fee):
            field.clear()
        set_combo_data(self.courier, None)
        self.sender.setFocus()

    # -- void -------------------------------------------------------------------------------------
    def ask_void(self, row: dict | None) -> ActionDialog | None:
        if row is None or row["voided"]:
            return None
        agent_id = self.page.ctx.agent_id
        about = self.tr("{0} 寄给 {1}，运费 {2}（{3}）。作废后这条记录保留并划掉，不计入收款。").format(
            row["sender_name"], row["receiver_name"], format_yuan(row["fee_fen"]),
            label("send_method", row["method"]))
        self.dialog = ActionDialog(
            self.db, self.tr("作废寄件记录"), about, text_name="reason", text_label=self.tr("作废原因"),
            presets=(self.tr("录入错误，重新登记"), self.tr("村民取消寄件")), ok_text=self.tr("确认作废"),
            act=lambda store, v: parcels_out.void_sent(store, agent_id, row["id"], v["reason"]),
            done=lambda _: self.page.ctx.say(self.tr("已作废寄件记录：{0} 寄给 {1}").format(
                row["sender_name"], row["receiver_name"])),
            danger=True, parent=self)
        self.dialog.open()
        return self.dialog
