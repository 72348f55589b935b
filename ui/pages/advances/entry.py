"""An advance as one obvious flow: pick the elder (or register them right here), the child
who pays it back (shown, or named right here), then the purpose and the amount.

``HouseholdFields`` is the villager-and-payer part, shared by the new-advance dialog (F3)
and by the payment form when it is paid by 站点垫付 for someone not yet in the register
(F2). The core writes the villager, the payer and the advance in one transaction
(``station_app.advance_entry``): a refusal leaves nothing half made.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station_app import advance_entry
from station_app.errors import ValidationError
from station_app.money import format_yuan, parse_yuan, to_capitals
from station_app.villagers import Villager, get_villager, payer_of

from ...forms import Form, combo
from ...labels import labels
from ...ops import read, write
from ...fitting import fit_to_screen
from ...widgets import hint, primary_button
from ..payments.dialogs import ConfirmDialog
from ..villagers.picker import VillagerPicker

VILLAGER_FIELDS = ("village_group", "phone")
PAYER_FIELDS = ("payer_name", "payer_relation", "payer_phone")


class HouseholdFields(QWidget):
    """Who the advance is for and who pays it back. Every row is always there (nothing
    jumps): a villager picked from the register fills and locks the villager's rows, a
    payer already named fills and locks the payer's."""

    changed = Signal()

    def __init__(self, db, form: Form, parent=None):
        super().__init__(parent)
        self.db = db
        self.form = form
        self.payer: dict | None = None  # the payer the chosen villager already has
        self.picker = VillagerPicker(db, self, self.tr("姓名或手机尾号；不在名单里就直接写姓名"), free_text=True, rows=4)
        form.add("villager", self.tr("垫付给"), self.picker, aliases=("villager_id", "name"))
        self.village_group = form.add("village_group", self.tr("村民组"), QLineEdit(self))
        self.phone = form.add("phone", self.tr("村民手机"), QLineEdit(self))
        self.phone.setPlaceholderText(self.tr("可不填"))
        self.payer_name = form.add("payer_name", self.tr("还款人"), QLineEdit(self))
        self.payer_name.setPlaceholderText(self.tr("负责还钱的子女，例如 张建军"))
        self.payer_relation = form.add("payer_relation", self.tr("是村民的"), combo(labels("villager_relation"), self),
                                       aliases=("relation",))
        self.payer_phone = form.add("payer_phone", self.tr("还款人手机"), QLineEdit(self))
        self.state = hint("", self)
        form.add_widget(self.state)
        self.picker.picked.connect(self._picked)
        self.picker.cleared.connect(self._unpicked)
        self.picker.edit.textEdited.connect(lambda _: self._describe())
        self._unpicked()

    def _picked(self, villager: Villager) -> None:
        self.village_group.setText(villager.village_group or "")
        self.phone.setText(villager.phone or "")
        for edit in (self.village_group, self.phone):
            edit.setReadOnly(True)
        villager_id = villager.id
        read(self.db, lambda store: payer_of(store, villager_id), lambda payer: self._show_payer(villager_id, payer or {}),
             self)

    def _show_payer(self, villager_id: str, payer: dict) -> None:
        if self.picker.villager is None or self.picker.villager.id != villager_id:
            return
        self.payer = payer or None
        if payer:
            self.payer_name.setText(payer["name"])
            self.payer_relation.setCurrentIndex(max(0, self.payer_relation.findData(payer["relation"])))
            self.payer_phone.setText(payer.get("phone") or "")
        for widget in (self.payer_name, self.payer_phone):
            widget.setReadOnly(bool(payer))
        self.payer_relation.setEnabled(not payer)
        self._describe()
        (self.payer_name if not payer else self.picker).setFocus()
        self.changed.emit()

    def _unpicked(self) -> None:
        self.payer = None
        for widget in (self.village_group, self.phone, self.payer_name, self.payer_phone):
            widget.setReadOnly(False)
        self.payer_relation.setEnabled(True)
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        villager, typed = self.picker.villager, self.picker.text()
        if villager is not None and self.payer:
            text = self.tr("✓ {0} 已在名单里，还款人 {1}").format(villager.name, self.payer["name"])
        elif villager is not None:
            text = self.tr("✓ {0} 已在名单里；还没有还款人：在上面写上，保存时一起登记").format(villager.name)
        elif typed:
            text = self.tr("“{0}”不在名单里：保存时登记为新村民，连同还款人").format(typed)
        else:
            text = self.tr("先找村民；不在名单里就直接写姓名，保存时一起登记")
        self.state.setText(text)

    def values(self) -> dict:
        """The core's arguments: ``villager_id`` or ``new_villager``, and ``payer``."""
        villager = self.picker.villager
        payer = None if self.payer else {"name": self.payer_name.text(), "relation": self.payer_relation.currentData(),
                                         "phone": self.payer_phone.text()}
        if villager is not None:
            return {"villager_id": villager.id, "payer": payer}
        return {"new_villager": {"name": self.picker.text(), "village_group": self.village_group.text(),
                                 "phone": self.phone.text()}, "payer": payer}

    def describe_for_confirmation(self) -> str:
        villager = self.picker.villager
        who = villager.name if villager else self.tr("{0}（新登记）").format(self.picker.text())
        payer = self.payer["name"] if self.payer else (self.payer_name.text().strip() or self.tr("（未填）"))
        return self.tr("垫付给 {0}，由 {1} 负责还款").format(who, payer)


class HouseholdDialog(QDialog):
    """From the payment form (F2): register the villager and the payer for a payment by
    站点垫付, then carry on with the payment. ``done`` carries the villager."""

    done = Signal(object)

    def __init__(self, db, ctx, typed_name: str = "", parent=None):
        super().__init__(parent)
        self.db, self.ctx = db, ctx
        self.setWindowTitle(self.tr("站点垫付：村民和还款人"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("站点垫付记在村民家的账上，年底向还款人收回。"), self))
        self.form = Form(self)
        self.household = HouseholdFields(db, self.form, self)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("取消（Esc）"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("登记，继续缴费"), self)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        if typed_name:
            self.household.picker.edit.setText(typed_name)
            self.household.picker.search_now()
        fit_to_screen(self, 640, 620)

    def save(self) -> None:
        agent, values = self.ctx.agent_id, self.household.values()
        write(self.db, lambda store: advance_entry.add_household(store, agent, **values), form=self.form, parent=self,
              on_done=self._saved)

    def _saved(self, made: dict) -> None:
        villager_id = made["villager_id"]
        read(self.db, lambda store: get_villager(store, villager_id), self._finish, self)

    def _finish(self, villager: Villager) -> None:
        self.accept()
        self.done.emit(villager)


class NewAdvanceDialog(QDialog):
    """From the advances page (F3): the household, the purpose, the amount; confirm; saved."""

    saved = Signal(dict)

    def __init__(self, page, parent=None):
        super().__init__(parent or page)
        self.page, self.db = page, page.db
        self.confirm_dialog: ConfirmDialog | None = None
        self.setWindowTitle(self.tr("新垫付"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("新垫付"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.form = Form(self)
        self.household = HouseholdFields(self.db, self.form, self)
        self.purpose = self.form.add("purpose", self.tr("垫付用途"), QLineEdit(self))
        self.purpose.setPlaceholderText(self.tr("例如：代缴电费、买药"))
        self.amount = self.form.add("amount", self.tr("金额（元）"), QLineEdit(self), aliases=("amount_fen",))
        self.amount.setPlaceholderText(self.tr("例如 120.50"))
        self.form.live_check("amount", lambda text: parse_yuan(text, "amount"))
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("取消（Esc）"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(self.tr("保存垫付（Enter）"), self)
        self.save_button.clicked.connect(self.submit)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        for edit in (self.purpose, self.amount):
            edit.returnPressed.connect(self.submit)
        fit_to_screen(self, 680, 700)
        self.household.picker.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        fen = self.form.parsed(parse_yuan, self.amount.text(), "amount")
        if fen is None:
            return
        purpose, values, agent = self.purpose.text(), self.household.values(), self.page.ctx.agent_id
        text = self.household.describe_for_confirmation() + self.tr("。用途：{0}").format(purpose.strip() or "—")
        self.confirm_dialog = ConfirmDialog(self.tr("请核对垫付金额和村民"), text,
                                            f"{format_yuan(fen)}　{to_capitals(fen)}", parent=self)
        self.confirm_dialog.accepted.connect(lambda: write(
            self.db, lambda store: advance_entry.record_advance(store, agent, fen, purpose, **values),
            form=self.form, parent=self, on_done=self._saved))
        self.confirm_dialog.rejected.connect(self.amount.setFocus)
        self.confirm_dialog.open()

    def _saved(self, made: dict) -> None:
        self.page.ctx.say(self.tr("已记垫付：{0} {1}，现在共欠 {2}").format(
            made["villager_name"], format_yuan(self.confirm_fen()), format_yuan(made["outstanding_fen"])))
        self.accept()
        self.saved.emit(made)

    def confirm_fen(self) -> int:
        try:
            return parse_yuan(self.amount.text(), "amount")
        except ValidationError:
            return 0

