"""镇中心通知 on the Today page: the town's newest notices (date and title), and the whole
notice in a dialog when the agent clicks one or presses Enter on it. The rows come from
``sync.station.notices.recent_notices``, read with the rest of Today's figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from ..dates import cn_date, cn_recent
from ..i18n import context


NoticeText = context("NoticeText")  # lupdate context of this module's strings


class NoticeDialog(QDialog):
    """One notice, whole: its title, the day the town published it, and its text."""

    def __init__(self, notice: dict, parent=None):
        super().__init__(parent)
        self.notice_id = notice["id"]
        self.setWindowTitle(self.tr("镇中心通知"))
        self.resize(680, 460)
        column = QVBoxLayout(self)
        self.heading = QLabel(notice["title"], self)
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        when = QLabel(self.tr("镇便民服务中心 {0} 发布").format(cn_date(notice["published_at"])), self)
        when.setObjectName("hint")
        column.addWidget(when)
        self.body = QPlainTextEdit(notice["body"], self)
        self.body.setReadOnly(True)
        column.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


class TownNoticesPanel(QWidget):
    """The heading and the list; ``show_notices`` fills it, ``open_notice`` shows one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialog: NoticeDialog | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("镇中心通知"), self)
        heading.setObjectName("pageTitle")
        column.addWidget(heading)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # a long title wraps rather than being cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)  # one notice per band, even when a title wraps
        self.list.setStyleSheet("QListWidget::item { padding: 6px 2px; }")
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)
        column.addWidget(self.list, 1)
        self.hint = QLabel(self.tr("点一下通知看全文"), self)
        self.hint.setObjectName("hint")
        column.addWidget(self.hint)

    def show_notices(self, notices: list[dict]) -> None:
        self.list.clear()
        for notice in notices:
            item = QListWidgetItem(f"{cn_recent(notice['published_at'])}　{notice['title']}", self.list)
            item.setData(Qt.UserRole, notice)
            item.setToolTip(notice["body"][:200])
        self.hint.setVisible(bool(notices))
        if not notices:
            empty = QListWidgetItem(self.tr("暂无通知。镇中心发来的通知在同步后显示在这里。"), self.list)
            empty.setFlags(Qt.NoItemFlags)

    def notices(self) -> list[dict]:
        found = (self.list.item(i).data(Qt.UserRole) for i in range(self.list.count()))
        return [notice for notice in found if notice]

    def _open_item(self, item: QListWidgetItem) -> None:
        notice = item.data(Qt.UserRole)
        if notice:
            self.open_notice(notice)

    def open_notice(self, notice: dict) -> NoticeDialog:
        if self.dialog is not None and self.dialog.isVisible() and self.dialog.notice_id == notice["id"]:
            return self.dialog  # a click may also count as activation: one dialog, not two
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoticeDialog(notice, self.window())
        self.dialog.open()  # window-modal without blocking: the counter may need the window back at once
        return self.dialog
