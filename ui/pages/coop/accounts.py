"""社员与账户: the member households (add one from the register), what each owes for
supplies taken on account, settling it (money, or deducted at the harvest purchase), and
the statement to print for the member."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from station_app import coop, coop_accounts, coop_lists

from ...dates import station_today
from ...forms import Form, combo
from ...labels import labels
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...printing import print_html
from ...widgets import ListPanel, list_and_side, primary_button
from ..villagers.picker import VillagerPicker
from .dialogs import SettleDialog
from .printouts import statement_html


class AccountsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        layout = QVBoxLayout(self)
        columns = [
            Column(self.tr("社员"), lambda r: r["name"]),
            Column(self.tr("村民组"), lambda r: r["village_group"] or ""),
            Column(self.tr("面积/株数"), lambda r: r["holding_label"]),
            Column(self.tr("入社"), lambda r: r["joined_on"]),
            right(self.tr("记账欠款"), lambda r: r["owed"]),
        ]
        self.model = RecordModel(self.db, columns, coop_lists.MEMBERS, parent=self, sync_state=True)
        self.list = ListPanel(self.model, self.tr("搜索社员：姓名或手机号"),
                              chips={"": self.tr("全部社员"), "owing": self.tr("有欠款的")}, chip_filter="owing",
                              parent=self)
        side = QWidget(self)
        column = QVBoxLayout(side)
        self.settle_button = primary_button(self.tr("结算欠款…"), side)
        self.statement_button = QPushButton(self.tr("打印对账单"), side)
        for button in (self.settle_button, self.statement_button):
            column.addWidget(button)
        self.join_form = Form(side)
        self.villager = VillagerPicker(self.db, side, self.tr("从村民登记里找这户"), rows=3)
        self.join_form.add("villager", self.tr("入社农户"), self.villager)
        self.joined = QDateEdit(QDate(station_today()), side)
        self.joined.setCalendarPopup(True)
        self.join_form.add("joined_on", self.tr("入社日期"), self.joined)
        self.holding = QSpinBox(side)
        self.holding.setRange(0, coop.MAX_HOLDING)
        self.join_form.add("holding", self.tr("面积或株数"), self.holding)
        self.unit = self.join_form.add("holding_unit", self.tr("单位"), combo(labels("holding_unit"), side))
        column.addSpacing(16)
        column.addWidget(self.join_form)
        self.join_button = QPushButton(self.tr("加入合作社"), side)
        column.addWidget(self.join_button)
        column.addStretch(1)
        layout.addWidget(list_and_side(self.list, side, self), 1)
        self.settle_button.clicked.connect(self.settle)
        self.statement_button.clicked.connect(self.print_statement)
        self.join_button.clicked.connect(self.join)
        self.list.apply_filters()

    def ready(self) -> bool:
        return not self.model.is_loading()

    def _member(self) -> dict | None:
        member = self.list.current()
        if not member:
            self.ctx.say(self.tr("请先在左边选中一位社员"))
        return member

    def settle(self) -> None:
        member, agent = self._member(), self.ctx.agent_id
        if member:
            self.dialog = SettleDialog(self.db, member, partial(coop_accounts.settle, agent_id=agent,
                                                                member_id=member["id"]), self)
            self.dialog.open()

    def print_statement(self) -> None:
        member = self._member()
        if member:
            read(self.db, lambda store: coop_accounts.statement(store, member["id"]),
                 lambda s: print_html(self, statement_html(s), self.tr("{0}农资对账单").format(member["name"])), self)

    def join(self) -> None:
        agent, villager = self.ctx.agent_id, self.villager.villager
        joined = self.joined.date().toPython()
        holding, unit = self.holding.value(), self.unit.currentData()
        write(self.db, lambda store: coop.add_member(store, agent, villager.id if villager else "", joined, holding,
                                                     unit),
              form=self.join_form, parent=self, on_done=lambda _: self._joined(villager.name))

    def _joined(self, name: str) -> None:
        self.ctx.say(self.tr("{0} 已加入合作社").format(name))
        self.villager.clear()
        self.holding.setValue(0)

