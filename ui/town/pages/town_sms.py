"""镇中心短信: the gateway's state, the messages stations left for it with their outcomes,
and a button that sends what waits (``sync.town.sms.send``, as ``station-hub sms send``
does). The gateway is set with ``station-hub sms gateway`` (its key never shows here).

Sending calls the gateway from the database worker: a run is at most ``LIMIT`` messages
and stops at the first gateway that does not answer (one time-out), so the worker is
never held for long."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from sync.town import sms

from ...dates import cn_moment
from ...labels import label
from ...ops import read, write
from ...widgets import primary_button

LIMIT = 20
WATCHED = frozenset({"villager_messages", "sms_outcomes", "hub_sms_sends", "hub_sms_gateway"})


class TownSmsPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.last_result: dict | None = None  # tests read it
        column = QVBoxLayout(self)
        self.gateway = QLabel(self)
        self.gateway.setWordWrap(True)
        column.addWidget(self.gateway)
        self.send_button = primary_button(self.tr("发送镇中心短信"), self)
        self.send_button.clicked.connect(lambda: self.send())
        column.addWidget(self.send_button, 0, Qt.AlignLeft)
        hint = QLabel(self.tr("各站没有短信猫时，把给村民的通知留给镇中心发送；这里通过镇里的短信网关发出，"
                              "结果在该站下次同步时送回。网关用 station-hub sms gateway 设置，"
                              "也可以让计划任务定时运行 station-hub sms send。"), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.messages = QListWidget(self)
        column.addWidget(self.messages, 1)
        self.load()
        self.db.watch(self, WATCHED, self.load)

    def load(self) -> None:
        read(self.db, lambda store: sms.town_view(store, 100), self._show, self)

    def _show(self, state: dict) -> None:
        gateway = state["gateway"]
        if not gateway["configured"]:
            self.gateway.setText(self.tr("还没有设置短信网关：请在镇中心电脑上运行 "
                                         "station-hub sms gateway --url 地址 --key 密钥"))
        else:
            on = self.tr("已启用") if gateway["enabled"] else self.tr("已停用")
            self.gateway.setText(self.tr("短信网关{0}：{1}（密钥 {2}），待发 {3} 条").format(
                on, gateway["url"], gateway["key"], gateway["waiting"]))
        self.send_button.setEnabled(gateway["enabled"])
        self.messages.clear()
        for m in state["messages"]:
            self.messages.addItem(self.tr("{0}  {1} {2}  {3}：{4}").format(
                m["station_code"], m["name"], m["phone"], label("message_purpose", m["purpose"]), _shown(m)))
        if not state["messages"]:
            self.messages.addItem(self.tr("还没有留给镇中心发送的短信"))

    def send(self) -> None:
        def done(result: dict) -> None:
            self.last_result = result
            words = self.tr("发出 {0} 条，失败 {1} 条，等待重试 {2} 条").format(
                result["sent"], result["failed"], result["waiting"])
            if result["not_true"]:
                words += self.tr("；{0} 条已不属实（如包裹已取走），不发").format(result["not_true"])
            if result["stopped"]:
                words += self.tr("；已停止：{0}").format(result["stopped"])
            self.ctx.say(words)
            self.send_button.setEnabled(True)

        def failed(err: Exception) -> None:
            self.send_button.setEnabled(True)
            from ...ops import show_failure

            show_failure(self, err)

        self.send_button.setEnabled(False)
        write(self.db, lambda store: sms.send(store, limit=LIMIT), on_done=done, on_error=failed, parent=self)


def _shown(m: dict) -> str:
    """Where the message stands, in the window's language (reasons stay as the gateway, the
    station or the rules gave them)."""
    details = m["shown_details"]
    if m["shown_code"] == "sent":
        details = [cn_moment(details[0])]
    return label("town_sms_state", m["shown_code"], m["shown"]).format(*details)
