"""The payment form: who pays, what bill, which account, how much, how; Enter saves.

The payer is found by name, full phone or phone tail (``villagers.search_villagers`` on
the worker), or simply typed when the person is not in the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from station_app import daily_close, electricity, payments
from station_app.timeutil import LOCAL_TZ, utc_now
from station_app.errors import ValidationError
from station_app.money import format_yuan, parse_yuan, to_capitals
from station_app.validation import mask_phone, mobile
from station_app.villagers import Villager, search_villagers

from ...forms import Form, combo
from ...labels import labels
from ...ops import read, show_failure, write
from ...fitting import float_under, keep_room
from ...widgets import primary_button
from .dialogs import ConfirmDialog

if TYPE_CHECKING:  # for the annotation only: register_household imports it where it opens it
    from ..advances.entry import HouseholdDialog


def add_note(form: Form, widget: QWidget) -> None:
    """A hint under the field just added, in the field's column."""
    form.grid.addWidget(widget, form._row, 1)
    form._row += 1


class VillagerPicker(QWidget):
    """A line edit with the matching villagers listed under it as the agent types."""

    changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.villager: Villager | None = None
        self._asked = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("姓名、手机号或手机尾号"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(150)
        self.results.hide()
        float_under(self.results, self.edit)  # over the fields below: they never move
        self.chosen = QLabel(self)
        self.chosen.setObjectName("hint")
        keep_room(self.chosen)
        self.chosen.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.edit)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.edit.installEventFilter(self)

    def _edited(self, _text: str) -> None:
        if self.villager is not None:
            self.villager = None
            self.chosen.hide()
            self.changed.emit()
        self._debounce.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self.results.clear()
            self.results.hide()
            return
        self.db.run(lambda store, job: search_villagers(store, text, limit=8),
                    lambda found: self._show(asked, found))

    def _show(self, asked: int, found: list[Villager]) -> None:
        if asked != self._asked or self.villager is not None:
            return
        self.results.clear()
        for person in found:
            extra = " · ".join(x for x in (person.village_group, mask_phone(person.phone)) if x)
            item = QListWidgetItem(f"{person.name}　{extra}", self.results)
            item.setData(Qt.UserRole, person)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)

    def searching(self) -> bool:
        return self._debounce.isActive() or (self.results.isVisible() and self.villager is None)

    def pick_current(self) -> bool:
        item = self.results.currentItem() or self.results.item(0)
        if item is None or not self.results.isVisible():
            return False
        self._pick(item)
        return True

    def _pick(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.UserRole))

    def choose(self, person: Villager) -> None:
        self.villager = person
        self.edit.setText(person.name)
        self.results.hide()
        extra = " · ".join(x for x in (person.village_group, mask_phone(person.phone)) if x)
        self.chosen.setText(self.tr("✓ 已选村民：{0}　{1}").format(person.name, extra))
        self.chosen.show()
        self.changed.emit()

    def clear(self) -> None:
        self.villager = None
        self.edit.clear()
        self.results.clear()
        self.results.hide()
        self.chosen.hide()
        self.changed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_Up) and self.results.isVisible():
                row = self.results.currentRow() + (1 if key == Qt.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
            if key == Qt.Key_Escape and self.results.isVisible():
                self.results.hide()
                return True
        return super().eventFilter(obj, event)


class PaymentForm(QWidget):
    saved = Signal(str)  # the new payment's id

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.db = page.db
        self.confirm_dialog: ConfirmDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = Form(self)
        self.picker = VillagerPicker(self.db, self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("可不填"))
        self.bill_kind: QComboBox = combo(labels("bill_kind"), self)
        self.account_no = QLineEdit(self)
        self.account_no.setPlaceholderText(self.tr("电费卡、水费单上的户号"))
        # The household's saved accounts: filled in when there is one, offered as the agent types.
        self.accounts = QStringListModel(self)
        completer = QCompleter(self.accounts, self.account_no)
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.account_no.setCompleter(completer)
        self._auto_account = ""
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("例如 120.50"))
        self.method: QComboBox = combo(labels("payment_method"), self)
        self.voucher_no = QLineEdit(self)
        self.voucher_no.setPlaceholderText(self.tr("可不填"))
        f = self.form
        f.add("villager", self.tr("缴费人"), self.picker, aliases=("payer_name", "villager_id"))
        f.add("payer_phone", self.tr("手机号"), self.phone)
        f.add("bill_kind", self.tr("缴费类型"), self.bill_kind)
        f.add("account_no", self.tr("户号"), self.account_no)
        f.add("amount", self.tr("金额（元）"), self.amount, aliases=("amount_fen",))
        self.capitals = QLabel(self)
        self.capitals.setObjectName("hint")
        add_note(f, self.capitals)
        f.add("method", self.tr("付款方式"), self.method, aliases=("advance_purpose",))
        advance_row = QWidget(self)  # what 站点垫付 needs, right under the choice; its room is kept
        row = QVBoxLayout(advance_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.method_hint = QLabel(advance_row)
        self.method_hint.setObjectName("hint")
        self.method_hint.setWordWrap(True)
        self.household_button = QPushButton(self.tr("登记村民和还款人…"), advance_row)
        self.household_button.setAutoDefault(False)
        self.household_button.clicked.connect(self.register_household)
        row.addWidget(self.method_hint)
        row.addWidget(self.household_button, 0, Qt.AlignLeft)
        keep_room(advance_row)
        self.advance_row = advance_row
        add_note(f, advance_row)
        f.add("voucher_no", self.tr("凭证号"), self.voucher_no)
        f.live_check("amount", lambda text: parse_yuan(text, "amount"))
        f.live_check("payer_phone", lambda text: mobile(text, "payer_phone"), as_typed=False)
        layout.addWidget(f)
        self.save_button = primary_button(self.tr("保存（Enter）"), self)
        self.save_button.clicked.connect(self.submit)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.picker.edit.textEdited.connect(lambda _: f.clear_error("villager"))
        self.picker.changed.connect(self._picked)
        self.amount.textChanged.connect(self._show_capitals)
        self.method.currentIndexChanged.connect(lambda _: self._update_method_hint())
        self.bill_kind.currentIndexChanged.connect(lambda _: self._load_accounts())
        for widget in (self.picker.edit, self.phone, self.bill_kind, self.account_no, self.amount,
                       self.method, self.voucher_no):
            widget.installEventFilter(self)
        self._update_method_hint()

    # -- behaviour as the agent types ---------------------------------------------------
    def _picked(self) -> None:
        person = self.picker.villager
        if person is not None and person.phone and not self.phone.text().strip():
            self.phone.setText(person.phone)
        if person is not None:
            self.account_no.setFocus()
        self._update_method_hint()
        self._load_accounts()

    def _load_accounts(self) -> None:
        person, kind = self.picker.villager, self.bill_kind.currentData()
        if person is None:
            self._show_accounts([])
            return
        read(self.db, lambda store: electricity.account_choices(store, person.id, kind), self._show_accounts, self)

    def _show_accounts(self, accounts: list[dict]) -> None:
        numbers = [a["account_no"] for a in accounts]
        self.accounts.setStringList(numbers)
        typed = self.account_no.text().strip()
        if numbers and (not typed or typed == self._auto_account):  # never over what the agent typed
            self.account_no.setText(numbers[0])
            self._auto_account = numbers[0]
        elif not numbers and typed and typed == self._auto_account:  # another villager or bill: not theirs
            self.account_no.clear()
        if len(numbers) > 1:
            self.account_no.setToolTip(self.tr("这家有 {0} 个户号：按 ↓ 选").format(len(numbers)))
            if self.account_no.hasFocus():
                self.account_no.completer().complete()
        else:
            self.account_no.setToolTip("")

    def _show_capitals(self, text: str) -> None:
        try:
            self.capitals.setText(to_capitals(parse_yuan(text)))
        except ValidationError:
            self.capitals.clear()

    def _update_method_hint(self) -> None:
        if self.method.currentData() != "advance":
            self.advance_row.hide()
            return
        person = self.picker.villager
        if person is None:
            self.method_hint.setText(self.tr("⚠ 记到村民家的垫付账上：先从名单里选村民，不在名单里就登记"))
        else:
            self.method_hint.setText(self.tr("记到 {0} 家的垫付账上，年底向家人收回").format(person.name))
        self.household_button.setVisible(person is None)
        self.advance_row.show()

    def register_household(self) -> "HouseholdDialog":
        """站点垫付 for someone not in the register: the villager and the payer, right here."""
        from ..advances.entry import HouseholdDialog

        self.household_dialog = HouseholdDialog(self.db, self.page.ctx, self.picker.edit.text().strip(), self)
        self.household_dialog.done.connect(self._household_made)
        self.household_dialog.open()
        return self.household_dialog

    def _household_made(self, villager) -> None:
        self.picker.choose(villager)
        self.form.clear_error("villager")
        self.amount.setFocus() if not self.amount.text() else self.account_no.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if obj is self.picker.edit and self.picker.searching():
                if not self.picker.pick_current():
                    self.picker._debounce.stop()
                    self.picker._search()
                return True
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False
            self.submit()
            return True
        return super().eventFilter(obj, event)

    # -- saving -----------------------------------------------------------------------
    def submit(self) -> None:
        f = self.form
        f.clear_errors()
        fen = f.parsed(parse_yuan, self.amount.text(), "amount")
        if fen is None:
            return
        person = self.picker.villager
        name = self.picker.edit.text().strip()
        if person is None and name.isdigit():
            f.show_error(ValidationError("pick_villager", self.tr("没有选中村民：请从列表里选，或直接写缴费人姓名"),
                                         "villager"))
            return
        fields = dict(payer_name=name, villager_id=person.id if person else None,
                      payer_phone=self.phone.text(), bill_kind=self.bill_kind.currentData(),
                      account_no=self.account_no.text(), amount_fen=fen, method=self.method.currentData(),
                      voucher_no=self.voucher_no.text())
        if fields["method"] == "advance" and person is None:  # said now, not after the confirmation
            f.show_error(ValidationError("advance_needs_villager", self.tr(
                "站点垫付要先选村民；不在名单里，点下面的“登记村民和还款人”"), "villager"))
            return
        agent = self.page.ctx.agent_id
        # Every rule is checked before the confirmation: a payment confirmed is never then refused.
        today = utc_now().astimezone(LOCAL_TZ).date()
        self.db.run(lambda store, job: {**payments.check_payment(store, agent, **fields),
                                        "after_close": daily_close.after_close(store, today)},
                    lambda checked: self._confirm(fields, checked["fields"], checked["after_close"]), self._refused)

    def _refused(self, err: Exception) -> None:
        if hasattr(err, "field"):
            self.form.show_error(err)
        else:
            show_failure(self, err)

    def _confirm(self, fields: dict, checked: dict, late: dict) -> None:
        who, fen = checked["payer_name"], checked["amount_fen"]
        kind, method = self.bill_kind.currentText(), self.method.currentText()
        if fields["method"] == "advance":
            text = self.tr("站点为 {0} 垫付{1}（户号 {2}），记到他家的垫付账上。").format(who, kind, checked["account_no"])
        else:
            text = self.tr("收 {0} 的{1}（户号 {2}），{3}付款。").format(who, kind, checked["account_no"], method)
        if late["closed_at"] and fields["method"] != "advance":  # said before it is saved, not found out at F10
            text += "\n" + self.tr("⚠ 今天已经日结（{0}）：这笔钱记入明天的日结。").format(late["closed_at_local"][-5:])
        self.confirm_dialog = ConfirmDialog(self.tr("请核对金额和缴费人"), text,
                                            f"{format_yuan(fen)}　{to_capitals(fen)}", parent=self)
        self.confirm_dialog.accepted.connect(lambda: self._save(fields))
        self.confirm_dialog.rejected.connect(self.amount.setFocus)
        self.confirm_dialog.open()

    def _save(self, fields: dict) -> None:
        agent = self.page.ctx.agent_id
        self.save_button.setEnabled(False)

        def done(payment_id: str) -> None:
            self.save_button.setEnabled(True)
            self.clear()
            self.saved.emit(payment_id)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                show_failure(self, err)

        # electricity.pay also keeps the household's account for next time
        write(self.db, lambda store: electricity.pay(store, agent, **fields), form=self.form,
              on_done=done, on_error=failed, parent=self)

    def clear(self) -> None:
        self.picker.clear()
        for edit in (self.phone, self.account_no, self.amount, self.voucher_no):
            edit.clear()
        self._auto_account = ""
        self.method.setCurrentIndex(0)
        self.form.clear_errors()
        self.picker.edit.setFocus()
