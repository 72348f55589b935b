"""Who signed up for the chosen day, with what each still lacks and, from the day on, each
one's outcome; printing the day's list and a villager's notice, cancelling a sign-up."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from station_app import service_day_lists, service_days
from station_app.station_profile import profile

from ...dates import station_today
from ...labels import label
from ...models import Column, RecordModel
from ...ops import read, write
from ...printing import print_html
from ...widgets import ListPanel, hint, primary_button
from .dialogs import OutcomeDialog
from .printouts import notice_html


class SignupsPanel(QWidget):
    print_list = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.day: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = [
            Column(self.tr("村民"), lambda r: r["villager_name"]),
            Column(self.tr("组"), lambda r: r["village_group"] or ""),
            Column(self.tr("事项"), lambda r: r["item_name"] or r["item_code"]),
            Column(self.tr("结果"), self._outcome),
            Column(self.tr("还缺"), lambda r: "、".join(r["missing"]) or self.tr("齐了")),
        ]
        self.model = RecordModel(self.db, columns, service_day_lists.SIGNUPS, parent=self, sync_state=True)
        self.list = ListPanel(self.model, self.tr("搜索报名：姓名、电话或事项"), parent=self)
        self.list.activated.connect(lambda _row: self.record())
        layout.addWidget(self.list, 1)
        self.when = hint("", self)
        layout.addWidget(self.when)
        buttons = QGridLayout()
        self.record_button = primary_button(self.tr("记录办理结果…"), self)
        self.record_button.clicked.connect(self.record)
        self.notice_button = QPushButton(self.tr("打印告知单"), self)
        self.notice_button.clicked.connect(self.print_notice)
        self.list_button = QPushButton(self.tr("打印名单"), self)
        self.list_button.clicked.connect(self.print_list)
        self.cancel_button = QPushButton(self.tr("取消报名…"), self)
        self.cancel_button.setObjectName("danger")
        self.cancel_button.clicked.connect(self.cancel)
        for index, button in enumerate((self.record_button, self.notice_button, self.list_button, self.cancel_button)):
            buttons.addWidget(button, index // 2, index % 2)  # two a row: fits beside the form, in English too
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self._to_select: str | None = None
        self.model.loaded.connect(self._select_new)
        self.list.apply_filters()

    def _outcome(self, row: dict) -> str:
        if not row["outcome"]:
            return ""
        text = label("signup_outcome", row["outcome"])
        return text + (self.tr("（代办 {0}）").format(row["case_no"]) if row["case_no"] else "")

    def ready(self) -> bool:
        return not self.model.is_loading()

    def show_day(self, day: dict | None) -> None:
        if (day or {}).get("id") != (self.day or {}).get("id"):  # the same day reloads itself on changes
            self.list.extra_filters = lambda: {"day_id": day["id"] if day else ""}
            self.list.apply_filters()
        self.day = day
        on_the_day = bool(day) and day["status"] == "planned" and day["day"] <= station_today().isoformat()
        self.record_button.setEnabled(on_the_day)
        self.when.setText("" if on_the_day or not day else self.tr("服务日当天起，在这里记录每位村民的办理结果。"))

    def select_signup(self, signup_id: str) -> None:
        """A sign-up just made: selected once the list shows it, for its notice."""
        self._to_select = signup_id

    def _select_new(self, *_args) -> None:
        if self._to_select and self.list.select("id", self._to_select):
            self._to_select = None

    def _chosen(self) -> dict | None:
        row = self.list.current()
        if not row:
            self.ctx.say(self.tr("请先在列表里选中一位报名的村民"))
        return row

    def record(self) -> None:
        row, agent = self._chosen(), self.ctx.agent_id
        if row and self.record_button.isEnabled():
            action = partial(service_days.record_outcome, agent_id=agent, signup_id=row["id"])
            self.dialog = OutcomeDialog(self.db, row, self.day["staff"], action, self)
            self.dialog.accepted.connect(lambda: self._recorded(row, self.dialog.result_value))
            self.dialog.open()

    def _recorded(self, row: dict, made: dict) -> None:
        text = self.tr("{0}：{1}").format(row["villager_name"], label("signup_outcome", made["outcome"]))
        if made["case"]:
            text += self.tr("，已转为代办件 {0}").format(made["case"]["case_no"])
        self.ctx.say(text)

    def print_notice(self) -> None:
        """The chosen villager's notice of what to bring (a PDF to save without a printer)."""
        row = self._chosen()
        if row:
            signup_id = row["id"]
            read(self.db, lambda store: {"text": service_days.bring_notice(store, signup_id), "station": profile(store)},
                 lambda got: print_html(self, notice_html(got["text"], got["station"]),
                                        self.tr("进驻服务告知单{0}").format(row["villager_name"])), self)

    def cancel(self) -> None:
        row, agent = self._chosen(), self.ctx.agent_id
        if row and self.confirm_cancel(row):
            write(self.db, lambda store: service_days.cancel(store, agent, row["id"]), parent=self,
                  on_done=lambda _: self.ctx.say(self.tr("已取消 {0} 的报名").format(row["villager_name"])))

    def confirm_cancel(self, row: dict) -> bool:
        what = self.tr("取消 {0} 报名的“{1}”吗？").format(row["villager_name"], row["item_name"] or row["item_code"])
        return QMessageBox.question(self, self.tr("取消报名"), what) == QMessageBox.Yes
