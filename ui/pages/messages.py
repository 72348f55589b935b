"""短信通知 (telling villagers): every message the station made — parcel arrived, reminders,
a case's result, tomorrow's appointment — with its phone, channel and outcome. The
station's modem sends in the background; what could not go by SMS the agent copies into
WeChat or prints as a slip here, and it is logged as such."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from station_app import villager_messages

from ..dates import cn_moment
from ..labels import label
from ..models import Column, RecordModel
from ..ops import write
from ..printing import document, print_html
from ..widgets import ListPanel, hint, primary_button
from .base import Page


class MessagesPage(Page):
    key = "messages"

    def title(self) -> str:
        return self.tr("短信通知")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        columns = [
            Column(self.tr("时间"), lambda r: cn_moment(r["created_at"], year=False)),
            Column(self.tr("村民"), lambda r: r["name"]),
            Column(self.tr("手机"), lambda r: r["phone"] or ""),
            Column(self.tr("通知"), lambda r: label("message_purpose", r["purpose"])),
            Column(self.tr("状态"), self._state),
            Column(self.tr("通道"), lambda r: label("message_channel", r["channel"]) if r["channel"] else ""),
            Column(self.tr("内容"), lambda r: r["text"]),
        ]
        self.model = RecordModel(self.db, columns, villager_messages.MESSAGES, parent=self)
        self.list = ListPanel(self.model, self.tr("搜索：姓名、手机号或内容"),
                              chips={"open": self.tr("待处理"), "": self.tr("全部")}, chip_filter="status", parent=self)
        self.layout_.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.copy_button = primary_button(self.tr("复制文字（发微信）"), self)
        self.print_button = QPushButton(self.tr("打印纸条"), self)
        self.round_button = QPushButton(self.tr("现在发送一轮"), self)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_slip)
        self.round_button.clicked.connect(self.run_round)
        for button in (self.copy_button, self.print_button, self.round_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        # A line of its own: beside the buttons it would wrap word by word on a narrow screen.
        self.round_state = QLabel(self)
        self.round_state.setWordWrap(True)
        self.layout_.addWidget(self.round_state)
        self.layout_.addWidget(hint(self.tr("本站短信猫每分钟发送一轮；发不出的（没有短信猫、没有信号、没有手机号）"
                                            "在“待处理”里，复制到微信或打印纸条交给村民后，记录会写明。"), self))
        controller = getattr(ctx, "messaging", None)
        if controller is not None:
            controller.round_done.connect(self._show_round)
            self._show_round(controller.last)
        self.list.apply_filters()

    def _state(self, row: dict) -> str:
        text = label("message_status", row["status"])
        if row["last_error"] and row["status"] in ("queued", "failed", "not_sent"):
            return self.tr("{0}：{1}").format(text, row["last_error"])
        return text

    def ready(self) -> bool:
        return not self.model.is_loading()

    def _chosen(self) -> dict | None:
        row = self.list.current()
        if not row:
            self.ctx.say(self.tr("请先在列表里选中一条通知"))
        return row

    def copy(self) -> None:
        row = self._chosen()
        if row:
            QGuiApplication.clipboard().setText(row["text"])
            self._handled(row, "copied", self.tr("已复制，粘贴到微信发给{0}").format(row["name"]))

    def print_slip(self) -> None:
        row = self._chosen()
        if row:
            slip = document(label("message_purpose", row["purpose"]), f"<p style='font-size:12pt'>{escape(row['text'])}</p>",
                            self.ctx.station.name, self.ctx.station.phone)
            print_html(self, slip, self.tr("通知纸条"), paper="80mm")
            self._handled(row, "printed", self.tr("已打印纸条，交给{0}").format(row["name"]))

    def _handled(self, row: dict, how: str, said: str) -> None:
        if row["status"] in ("sent", "delivered"):
            self.ctx.say(said)  # already sent: copying again changes nothing in the log
            return
        agent = self.ctx.agent_id
        write(self.db, lambda store: villager_messages.mark_handled(store, agent, row["id"], how), parent=self,
              on_done=lambda _: self.ctx.say(said))

    def run_round(self) -> None:
        controller = getattr(self.ctx, "messaging", None)
        if controller is None:
            self.round_state.setText(self.tr("短信发送没有启动"))
            return
        controller.run_round()
        self.round_state.setText(self.tr("正在发送…"))

    def _show_round(self, result: dict) -> None:
        if not result:
            return
        text = self.tr("上一轮：新通知 {0} 条，短信猫发出 {1} 条，交镇中心 {2} 条，送达 {3} 条").format(
            result.get("queued", 0), result.get("sent", 0), result.get("town", 0), result.get("delivered", 0))
        if result.get("dropped"):
            text += self.tr("；{0} 条已不属实（如包裹已取走），不发").format(result["dropped"])
        if result.get("modem_problem"):
            text += self.tr("；短信猫：{0}").format(result["modem_problem"])
        self.round_state.setText(text)
