"""超期 · 退回 · 问题件: parcels waiting too long, handed back to the courier, or with a problem.

Each action asks why in a small dialog and is one core call; which actions a parcel allows
comes from the core's own table of moves.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from station_app import parcels
from station_app.parcel_lookups import SHELF

from ...labels import labels
from ...ops import read, write
from ...widgets import ListPanel
from ...dates import cn_moment
from .common import TabModel, light_header, parcel_columns
from .dialogs import ActionDialog


class ProblemsTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.db = page.db
        self.dialog: ActionDialog | None = None
        self.open_dialogs = True  # screenshots take the dialog without opening it
        self.retention: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        caption = QLabel(self.tr("保管期"), self)
        self.days = QSpinBox(self)
        self.days.setRange(1, 90)
        self.days.setSuffix(self.tr(" 天"))
        self.days.setMinimumWidth(110)
        caption.setBuddy(self.days)
        self.days_button = QPushButton(self.tr("修改保管期"), self)
        self.days_note = QLabel(self.tr("在架超过保管期未取的快递算超期，可以通知村民或退回快递公司。"), self)
        self.days_note.setObjectName("hint")
        self.days_note.setWordWrap(True)
        for widget in (caption, self.days, self.days_button):
            top.addWidget(widget)
        top.addWidget(self.days_note, 1)
        column.addLayout(top)
        self.model = TabModel(self.db, parcel_columns(waited=True), SHELF, parent=self)
        chips = {"overdue": self.tr("⚠ 超期未取"), "problem": self.tr("问题件"), "all": self.tr("全部在架")}
        self.list = ListPanel(self.model, self.tr("搜索：取件码、手机尾号或姓名"), chips=chips, parent=self)
        self.model.first_load = self.list.apply_filters
        light_header(self.list.table)
        self.models = [self.model]
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.return_button = QPushButton(self.tr("退回快递公司…"), self)
        self.problem_button = QPushButton(self.tr("登记问题…"), self)
        self.resolve_button = QPushButton(self.tr("问题已处理…"), self)
        for button in (self.return_button, self.problem_button, self.resolve_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.list.selected.connect(self._selected)
        self.model.modelReset.connect(lambda: self._selected(None))
        self.return_button.clicked.connect(lambda: self.ask_return(self.list.current()))
        self.problem_button.clicked.connect(lambda: self.ask_problem(self.list.current()))
        self.resolve_button.clicked.connect(lambda: self.ask_resolve(self.list.current()))
        self.days_button.clicked.connect(self.save_retention)
        self.db.watch(self, {"settings"}, self.load_retention)
        self.load_retention()

    def activated(self) -> None:
        self.list.search.setFocus()


    # -- retention days --------------------------------------------------------------------------
    def load_retention(self) -> None:
        read(self.db, parcels.retention_days, self._show_retention, self)

    def _show_retention(self, days: int) -> None:
        self.retention = days
        self.days.setValue(days)

    def save_retention(self) -> None:
        days = self.days.value()
        write(self.db, lambda store: parcels.set_retention_days(store, days), parent=self,
              on_done=lambda _: self.page.ctx.say(self.tr("保管期已改为 {0} 天").format(days)))

    # -- actions -------------------------------------------------------------------------------------
    def _selected(self, row: dict | None) -> None:
        status = row["status"] if row else None
        self.return_button.setEnabled(status in parcels.MOVES["return"])
        self.problem_button.setEnabled(status in parcels.MOVES["problem"])
        self.resolve_button.setEnabled(status in parcels.MOVES["resolve"])

    def _about(self, row: dict) -> str:
        return self.tr("取件码 {0}　{1}　{2} 入库\n单号 {3}").format(
            row["pickup_code"], row["recipient_name"], cn_moment(row["checked_in_at"], year=False), row["tracking_no"])

    def _open(self, title: str, row: dict, act, said: str, **options) -> ActionDialog:
        agent_id = self.page.ctx.agent_id
        self.dialog = ActionDialog(self.db, title, self._about(row),
                                   act=lambda store, values: act(store, agent_id, row["id"], values),
                                   done=lambda _: self.page.ctx.say(said), parent=self, **options)
        if self.open_dialogs:
            self.dialog.open()
        return self.dialog

    def ask_return(self, row: dict | None) -> ActionDialog | None:
        if row is None:
            return None
        return self._open(
            self.tr("退回快递公司"), row,
            lambda store, agent, pid, v: parcels.return_to_courier(store, agent, pid, v["reason"]),
            self.tr("已退回快递公司：{0} {1}").format(row["pickup_code"], row["recipient_name"]),
            text_name="reason", text_label=self.tr("退回原因"), ok_text=self.tr("确认退回"),
            presets=(self.tr("超期无人领取"), self.tr("收件人拒收"), self.tr("破损，退回快递公司处理"),
                     self.tr("查无此人")))

    def ask_problem(self, row: dict | None) -> ActionDialog | None:
        if row is None:
            return None
        return self._open(
            self.tr("登记问题件"), row,
            lambda store, agent, pid, v: parcels.report_problem(store, agent, pid, v["kind"], v["note"]),
            self.tr("已登记问题件：{0} {1}").format(row["pickup_code"], row["recipient_name"]),
            choice=("kind", self.tr("问题类型"), labels("parcel_problem")),
            text_name="note", text_label=self.tr("问题说明"), ok_text=self.tr("登记问题"),
            presets=(self.tr("外包装破损"), self.tr("收件人姓名与手机号不符"), self.tr("货架上找不到")))

    def ask_resolve(self, row: dict | None) -> ActionDialog | None:
        if row is None:
            return None
        return self._open(
            self.tr("问题已处理"), row,
            lambda store, agent, pid, v: parcels.resolve_problem(store, agent, pid, v["note"]),
            self.tr("问题已处理，重新在架待取：{0}").format(row["pickup_code"]),
            text_name="note", text_label=self.tr("处理说明"), ok_text=self.tr("处理完毕，放回货架"),
            presets=(self.tr("收件人同意签收"), self.tr("已联系快递公司处理"), self.tr("已找到")))
