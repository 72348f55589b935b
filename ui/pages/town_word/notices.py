"""通知: every notice the town sent (not only Today's newest five), by category, with what
this station has not opened yet; opening one marks it read (the town sees when), and it
prints for the village notice board in large type."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from station_app import letters
from sync.station.notices import NOTICES

from ...dates import cn_date, cn_moment
from ...labels import label
from ...models import Column, RecordModel
from ...ops import write
from ...printing import print_html
from ...widgets import ListPanel, hint, primary_button
from ..today_notices import NoticeDialog
from .printouts import board_notice_html


class NoticesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.dialog: NoticeDialog | None = None
        column = QVBoxLayout(self)
        columns = [
            Column(self.tr("发布"), lambda r: cn_date(r["published_at"])),
            Column(self.tr("类别"), lambda r: label("notice_category", r["category"]) if r["category"] else ""),
            Column(self.tr("阅读"), lambda r: self.tr("已读 {0}").format(cn_moment(r["read_at"], year=False))
                   if r["read_at"] else self.tr("● 未读")),
            Column(self.tr("标题"), lambda r: r["title"]),
        ]
        self.model = RecordModel(self.db, columns, NOTICES, parent=self)
        self.list = ListPanel(self.model, self.tr("搜索通知：标题或内容"),
                              chips={"": self.tr("全部"), "unread": self.tr("未读")}, chip_filter="unread", parent=self)
        self.list.activated.connect(self.open_notice)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.open_button = primary_button(self.tr("看全文"), self)
        self.print_button = QPushButton(self.tr("打印张贴（大字）"), self)
        self.open_button.clicked.connect(lambda: self._with_chosen(self.open_notice))
        self.print_button.clicked.connect(lambda: self._with_chosen(self.print_notice))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(hint(self.tr("打开通知即记为本站已读，镇中心能看到各站读了没有。村务公开的通知可以打印贴到公开栏。"), self))
        self.list.apply_filters()

    def ready(self) -> bool:
        return not self.model.is_loading()

    def _with_chosen(self, act) -> None:
        notice = self.list.current()
        if notice:
            act(notice)
        else:
            self.ctx.say(self.tr("请先在列表里选中一条通知"))

    def open_notice(self, notice: dict) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoticeDialog(notice, self.window())
        self.dialog.open()
        if not notice["read_at"]:
            agent = self.ctx.agent_id
            write(self.db, lambda store: letters.notice_read(store, agent, notice["id"]), parent=self)

    def print_notice(self, notice: dict) -> None:
        print_html(self, board_notice_html(notice, self.ctx.station.name), self.tr("通知{0}").format(notice["title"][:20]))
