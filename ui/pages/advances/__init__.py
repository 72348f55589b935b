"""Advances (垫付): who owes the station, a household's statement, and the money coming back.

Left: the households still owing (``advances.outstanding_list``), oldest debt first.
Right: the chosen household's ledger with its running balance and the child who pays;
record a repayment (the core applies it to the oldest debt first, and the page says
which advances it cleared), void a repayment with a reason, print the statement, copy
or print the reminder text, and open the year-end collection list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station_app import advances
from station_app.advance_lists import HOUSEHOLDS, LEDGER
from station_app.money import format_yuan, parse_yuan, to_capitals

from ...forms import ErrorLabel, Form, combo
from ...labels import label, labels
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...printing import print_html
from ...printouts_money import statement_html
from ...fitting import SideBySide
from ...widgets import ListPanel, primary_button
from ..base import Page
from ..payments.dialogs import ConfirmDialog, VoidDialog
from .dialogs import CollectionDialog, ReminderDialog
from .entry import NewAdvanceDialog


class AdvancesPage(Page):
    key = "advances"

    def title(self) -> str:
        return self.tr("垫付")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.villager_id: str | None = None
        self.statement: dict | None = None
        self.confirm_dialog = self.void_dialog = self.reminder_dialog = self.collection_dialog = None
        self.new_dialog = None
        splitter = SideBySide(self)  # one above the other on a narrow screen
        splitter.addWidget(self._build_households())
        splitter.addWidget(self._build_statement())
        splitter.setSizes([520, 600])
        self.layout_.addWidget(splitter, 1)
        self.households.loaded.connect(self._on_loaded)
        self.db.watch(self, HOUSEHOLDS.shows, self.refresh_statement)
        self.households.reload()
        self.show_villager(None)

    # -- building ------------------------------------------------------------------------
    def _build_households(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 8, 0)
        top = QHBoxLayout()
        # The one way in to a new advance: the elder and the paying child are picked or added in it.
        self.new_button = QPushButton(self.tr("＋ 新垫付"), box)
        self.new_button.setToolTip(self.tr("站点先替村民垫钱：选村民（或当场登记）和还款人，再填金额"))
        self.new_button.clicked.connect(self.open_new_advance)
        top.addWidget(self.new_button)
        caption = QLabel(self.tr("欠款户（最早欠的在前）"), box)
        top.addWidget(caption, 1)
        self.collection_button = QPushButton(self.tr("年底收款名单"), box)
        self.collection_button.clicked.connect(self.open_collection)
        top.addWidget(self.collection_button)
        layout.addLayout(top)
        self.households = RecordModel(self.db, [
            Column(self.tr("村民"), lambda r: r["name"]),
            right(self.tr("尚欠"), lambda r: format_yuan(r["outstanding_fen"])),
            Column(self.tr("最早欠款"), lambda r: r["oldest_advance_date"] or "—"),
            Column(self.tr("还款人"), lambda r: self.tr("{0}（{1}）").format(
                r["payer_name"] or "—", label("villager_relation", r["payer_relation"])) if r["payer_relation"]
                else r["payer_name"] or "—"),
            Column(self.tr("组"), lambda r: r["village_group"] or ""),
        ], HOUSEHOLDS, parent=self)
        self.household_panel = ListPanel(self.households, self.tr("搜索村民、还款人、手机尾号"),
                                         chips={"owing": self.tr("欠款户"), "everyone": self.tr("全部垫付户")},
                                         parent=box)
        self.household_panel.selected.connect(lambda row: row and self.show_villager(row["villager_id"]))
        self.household_panel.activated.connect(lambda row: (self.show_villager(row["villager_id"]),
                                                            self.amount.setFocus()))
        layout.addWidget(self.household_panel, 1)
        return box

    def _build_statement(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        self.who = QLabel(box)
        self.who.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.who.setWordWrap(True)
        self.payer = QLabel(box)
        self.payer.setWordWrap(True)
        self.owed = QLabel(box)
        self.owed.setObjectName("bigMoney")
        self.owed_detail = QLabel(box)
        self.owed_detail.setObjectName("hint")
        self.owed_detail.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.who, 1)
        heading.addWidget(self.owed)
        layout.addLayout(heading)
        layout.addWidget(self.payer)
        layout.addWidget(self.owed_detail)
        self.lines = RecordModel(self.db, [
            Column(self.tr("日期"), lambda r: r["date"]),
            Column(self.tr("摘要"), self._line_words),
            right(self.tr("垫付"), lambda r: format_yuan(r["advance_fen"]) if r["advance_fen"] else ""),
            right(self.tr("还款"), lambda r: format_yuan(r["repayment_fen"]) if r["repayment_fen"] else ""),
            right(self.tr("余额"), lambda r: format_yuan(r["balance_fen"])),
        ], LEDGER, parent=self)
        self.line_panel = ListPanel(self.lines, parent=box)
        self.line_panel.search.hide()
        self.line_panel.table.setMinimumHeight(150)
        self.line_panel.selected.connect(self._line_selected)
        layout.addWidget(self.line_panel, 1)
        actions = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印对账单"), box)
        self.print_button.clicked.connect(self.print_statement)
        self.reminder_button = QPushButton(self.tr("还款提醒"), box)
        self.reminder_button.clicked.connect(self.open_reminder)
        self.void_button = QPushButton(self.tr("作废所选还款"), box)
        self.void_button.setObjectName("danger")
        self.void_button.setToolTip(self.tr("先在上面的明细里选中一笔还款"))
        self.void_button.clicked.connect(self.ask_void)
        for button in (self.print_button, self.reminder_button, self.void_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.form = Form(box)
        self.amount = QLineEdit(box)
        self.amount.setPlaceholderText(self.tr("例如 200"))
        self.method: QComboBox = combo(labels("channel"), box)
        self.paid_by = QLineEdit(box)
        self._place("amount", self.tr("还款金额"), self.amount, 1, 0)
        self._place("method", self.tr("方式"), self.method, 1, 2)
        self._place("paid_by_name", self.tr("还款人"), self.paid_by, 3, 0)
        self.form.aliases["amount_fen"] = "amount"
        self.form.live_check("amount", lambda text: parse_yuan(text, "amount"))
        self.repay_button = primary_button(self.tr("收还款（Enter）"), box)
        self.repay_button.clicked.connect(self.submit_repayment)
        self.form.grid.addWidget(self.repay_button, 3, 2, 1, 2)
        self.form.grid.setColumnStretch(1, 3)
        self.form.grid.setColumnStretch(3, 2)
        self.amount.returnPressed.connect(self.submit_repayment)
        self.paid_by.returnPressed.connect(self.submit_repayment)
        layout.addWidget(self.form)
        self.result = QLabel(box)
        self.result.setObjectName("confirm")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        return box

    def _place(self, name: str, label: str, widget: QWidget, row: int, col: int) -> None:
        """Like ``Form.add``, on a grid of two fields a row so the ledger keeps its height."""
        caption = QLabel(label, widget.parentWidget())
        caption.setBuddy(widget)
        error = ErrorLabel(widget.parentWidget(), anchor=widget)
        self.form.grid.addWidget(caption, row, col)
        self.form.grid.addWidget(widget, row, col + 1)
        self.form.errors[name] = error
        self.form._clear_on_edit(name, widget)
        self.form.track(name, widget, label)

    # -- showing a household -------------------------------------------------------------
    def show_villager(self, villager_id: str | None) -> None:
        if villager_id != self.villager_id:
            self.result.hide()
            self.form.clear_errors()
            self.amount.clear()
            self.paid_by.clear()
        self.villager_id = villager_id
        for widget in (self.print_button, self.reminder_button, self.amount, self.method, self.paid_by,
                       self.repay_button):
            widget.setEnabled(villager_id is not None)
        self.void_button.setEnabled(False)
        if villager_id is None:
            self.statement = None
            self.who.setText(self.tr("请在左边选一户，查看对账单、收还款"))
            for line in (self.payer, self.owed, self.owed_detail):
                line.clear()
            self.lines.set_filters()
            return
        self.lines.set_filters(villager_id=villager_id)
        self.refresh_statement()

    def refresh_statement(self) -> None:
        villager_id = self.villager_id
        if villager_id:
            read(self.db, lambda store: advances.statement(store, villager_id),
                 lambda s: self._show_statement(villager_id, s), self)

    def _show_statement(self, villager_id: str, s: dict) -> None:
        if villager_id != self.villager_id:
            return
        self.statement = s
        v, payer, t = s["villager"], s["payer"], s["totals"]
        group = f"（{v['village_group']}）" if v["village_group"] else ""
        self.who.setText(f"{v['name']}{group}")
        if payer:
            self.payer.setText(self.tr("还款人：{0}（{1}）　电话 {2}").format(
                payer["name"], label("villager_relation", payer["relation"]), payer["phone"] or "—"))
            self.paid_by.setPlaceholderText(payer["name"])
        else:
            self.payer.setText(self.tr("⚠ 没有登记还款人（记下一笔垫付时可以当场填上，或在“村民”页添加）"))
            self.paid_by.setPlaceholderText(self.tr("还款人姓名"))
        self.owed.setText(self.tr("尚欠 {0}").format(format_yuan(t["outstanding_fen"])))
        self.owed_detail.setText(self.tr("大写：{0}　共垫付 {1}，已还 {2}").format(
            t["outstanding_capitals"], format_yuan(t["given_fen"]), format_yuan(t["repaid_fen"])))
        self.reminder_button.setEnabled(t["outstanding_fen"] > 0)

    def _line_words(self, row: dict) -> str:
        """A repayment in the window's language (an advance's purpose is as it was typed)."""
        if row.get("kind") == "repayment" and row.get("paid_by"):
            return self.tr("还款（{0}，{1}）").format(row["paid_by"], label("channel", row["method"]))
        return row["description"]

    def _line_selected(self, row: dict) -> None:
        self.void_button.setEnabled(bool(row) and row.get("kind") == "repayment")

    # -- repayment -----------------------------------------------------------------------
    def submit_repayment(self) -> None:
        if not self.villager_id or self.statement is None:
            return
        self.form.clear_errors()
        fen = self.form.parsed(parse_yuan, self.amount.text(), "amount")
        if fen is None:
            return
        villager = self.statement["villager"]["name"]
        paid_by = self.paid_by.text().strip()  # empty: the core takes the registered payer
        payer = self.statement["payer"]
        shown = paid_by or (payer["name"] if payer else "")
        method, method_label = self.method.currentData(), self.method.currentText()
        text = self.tr("收到 {0} 为 {1} 还垫付款，{2}。先抵最早的欠款。").format(
            shown or self.tr("（未填还款人）"), villager, method_label)
        self.confirm_dialog = ConfirmDialog(self.tr("请核对还款金额和还款人"), text,
                                            f"{format_yuan(fen)}　{to_capitals(fen)}",
                                            self.tr("确认收款（Enter）"), self)
        villager_id, agent = self.villager_id, self.ctx.agent_id
        self.confirm_dialog.accepted.connect(lambda: write(
            self.db, lambda store: advances.repay(store, agent, villager_id, fen, method, paid_by),
            form=self.form, on_done=lambda r: self._repaid(villager, r), parent=self))
        self.confirm_dialog.rejected.connect(self.amount.setFocus)
        self.confirm_dialog.open()

    def _repaid(self, villager: str, r: dict) -> None:
        self.amount.clear()
        self.paid_by.clear()
        parts = [self.tr("✓ 已收 {0} 还款 {1}。").format(r["paid_by"], format_yuan(r["amount_fen"]))]
        if r["cleared"]:
            parts.append(self.tr("结清：{0}。").format("；".join(
                f"{a['date']} {a['purpose']} {format_yuan(a['amount_fen'])}" for a in r["cleared"])))
        for a in r["partly"]:
            parts.append(self.tr("部分还上：{0} {1}，还差 {2}。").format(
                a["date"], a["purpose"], format_yuan(a["outstanding_fen"])))
        parts.append(self.tr("{0} 现在还欠 {1}。").format(villager, format_yuan(r["outstanding_fen"])))
        self.result.setText(" ".join(parts))
        self.result.show()
        self.ctx.say(self.tr("已收 {0} 还款 {1}").format(r["paid_by"], format_yuan(r["amount_fen"])))
        self.amount.setFocus()

    def ask_void(self) -> None:
        row = self.line_panel.current()
        if not row or row.get("kind") != "repayment":
            return
        agent, repayment_id = self.ctx.agent_id, row["id"]
        what = self.tr("{0} {1} {2}").format(row["date"], row["description"], format_yuan(row["repayment_fen"]))
        self.void_dialog = VoidDialog(
            self.db, what, lambda store, reason: advances.void_repayment(store, agent, repayment_id, reason),
            lambda _: self.ctx.say(self.tr("已作废还款 {0}").format(format_yuan(row["repayment_fen"]))), self)
        self.void_dialog.open()

    # -- printing and lists --------------------------------------------------------------
    def print_statement(self) -> None:
        villager_id, station = self.villager_id, self.ctx.station
        if not villager_id:
            return

        def printed(s: dict) -> None:
            print_html(self, statement_html(s, station.name, station.phone),
                       self.tr("对账单{0}").format(s["villager"]["name"]), "a4")

        read(self.db, lambda store: advances.statement(store, villager_id), printed, self)

    def open_reminder(self) -> None:
        if self.villager_id:
            self.reminder_dialog = ReminderDialog(self, self.villager_id)
            self.reminder_dialog.open()

    def open_new_advance(self) -> "NewAdvanceDialog":
        self.new_dialog = NewAdvanceDialog(self)
        self.new_dialog.saved.connect(lambda made: self.show_villager(made["villager_id"]))
        self.new_dialog.open()
        return self.new_dialog

    def open_collection(self) -> None:
        self.collection_dialog = CollectionDialog(self)
        self.collection_dialog.open()

    # -- page protocol -------------------------------------------------------------------
    def _on_loaded(self) -> None:
        self._loaded = True
        if self.villager_id is None and self.households.rows and not self.household_panel.search.text():
            self.household_panel.table.selectRow(0)

    def activated(self) -> None:
        (self.amount if self.villager_id else self.household_panel.search).setFocus()

    def ready(self) -> bool:
        return self._loaded and (self.villager_id is None or self.statement is not None)

    def screenshot_dialogs(self) -> dict:
        dialogs = {"advances_collection": CollectionDialog(self), "advances_new": NewAdvanceDialog(self)}
        if self.villager_id and self.statement and self.statement["totals"]["outstanding_fen"]:
            dialogs["advances_reminder"] = ReminderDialog(self, self.villager_id)
        return dialogs
