"""发布通知: the town writes a notice, in a category, for every station or for the stations
it ticks, and sees what it has published (to whom, withdrawn or not, which stations have
read it and when) with a 撤回 that asks first.

The rules (who may receive it, what withdrawing reaches) are ``sync.town.notices``:
``publish_notice`` and ``withdraw_notice``; this widget only collects and shows.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from station_app.timeutil import format_local
from sync.hub.stations import list_stations
from sync.town.lists import NOTICES
from sync.town.notices import notice_of, publish_notice, receipts, short_name, withdraw_notice

from ...forms import Form, combo
from ...labels import label, labels
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...widgets import ListPanel, primary_button
from ..words import listed


class NoticeEditor(QWidget):
    """Writing a notice on top (as tall as it needs: an error line or the station list may
    appear), the notices published so far below in the rest."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.last_notice = ""  # id of the notice published last (tests read it)
        self.confirm: Callable[[str], bool] = self._confirm  # a test answers for the person
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self._composer())
        column.addWidget(self._published(), 1)
        self._load_stations()
        self.db.watch(self, {"hub_stations"}, self._load_stations)

    # -- writing ----------------------------------------------------------------------
    def _composer(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 4)
        self.form = Form(box)
        self.title_edit = QLineEdit(box)
        self.title_edit.setMaxLength(60)
        self.category = combo(labels("notice_category"), box)
        self.category.setCurrentIndex(self.category.findData("policy"))
        titled = QWidget(box)  # the title and, beside it, the category: one line for both
        line = QHBoxLayout(titled)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.title_edit, 1)
        line.addWidget(QLabel(self.tr("类别"), titled))
        line.addWidget(self.category)
        titled.setFocusProxy(self.title_edit)
        self.body_edit = QPlainTextEdit(box)
        self.body_edit.setFixedHeight(96)  # the published list below needs the height more
        self.form.add("title", self.tr("标题"), titled, aliases=("category",))
        self.form.add("body", self.tr("内容"), self.body_edit)
        self.form.add("audience", self.tr("发给"), self._audience(box))
        self.stations = QListWidget(box)  # ticked stations, laid out in rows to stay short
        self.stations.setFlow(QListView.LeftToRight)
        self.stations.setWrapping(True)
        self.stations.setResizeMode(QListView.Adjust)
        self.stations.setSpacing(4)
        self.stations.setFixedHeight(132)  # three rows and a half: it scrolls, the list below stays readable
        self.stations.hide()
        self.stations.itemChanged.connect(lambda _: self.form.clear_error("audience"))
        self.form.add_widget(self.stations)
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.publish_button = primary_button(self.tr("发布通知"), box)
        self.publish_button.clicked.connect(lambda: self.publish())
        row.addWidget(self.publish_button)
        self.done_label = QLabel(box)
        self.done_label.setWordWrap(True)
        row.addWidget(self.done_label, 1)
        column.addLayout(row)
        return box

    def _audience(self, parent) -> QWidget:
        holder = QWidget(parent)
        choice = QHBoxLayout(holder)
        choice.setContentsMargins(0, 0, 0, 0)
        self.everyone = QRadioButton(self.tr("全部服务站"), holder)
        self.some = QRadioButton(self.tr("部分服务站（在下面勾选）"), holder)
        self.everyone.setChecked(True)
        group = QButtonGroup(holder)
        group.addButton(self.everyone)
        group.addButton(self.some)
        choice.addWidget(self.everyone)
        choice.addSpacing(24)
        choice.addWidget(self.some)
        choice.addStretch(1)
        self.some.toggled.connect(self._some_toggled)
        return holder

    def _some_toggled(self, some: bool) -> None:
        self.stations.setVisible(some)
        self.form.clear_error("audience")
        if some:
            self.stations.setFocus()

    def _load_stations(self) -> None:
        read(self.db, lambda store: list_stations(store, working_only=True), self._show_stations, self)

    def _show_stations(self, stations: list[dict]) -> None:
        ticked = set(self.chosen_codes())  # a refresh keeps what the person ticked
        self.stations.blockSignals(True)
        self.stations.clear()
        for station in stations:
            item = QListWidgetItem(f"{short_name(station['name'])}（{station['code']}）", self.stations)
            item.setData(Qt.UserRole, station["code"])
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if station["code"] in ticked else Qt.Unchecked)
        self.stations.blockSignals(False)

    def chosen_codes(self) -> list[str]:
        return [self.stations.item(i).data(Qt.UserRole) for i in range(self.stations.count())
                if self.stations.item(i).checkState() == Qt.Checked]

    def tick(self, codes: list[str]) -> None:
        """Choose 部分服务站 and tick exactly ``codes`` (for a test or a repeat notice)."""
        self.some.setChecked(True)
        for i in range(self.stations.count()):
            item = self.stations.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in codes else Qt.Unchecked)

    def publish(self) -> None:
        title, body, category = self.title_edit.text(), self.body_edit.toPlainText(), self.category.currentData()
        audience = self.chosen_codes() if self.some.isChecked() else None

        def done(notice: dict) -> None:
            self.last_notice = notice["id"]
            words = self.tr("通知“{0}”已发布，发给{1}，各站下次同步时收到").format(
                notice["title"], self.audience(notice))
            self.done_label.setText(words)
            self.ctx.say(words)
            self.title_edit.clear()
            self.body_edit.clear()

        write(self.db, lambda store: notice_of(store, publish_notice(store, title, body, audience, category)),
              form=self.form, on_done=done, parent=self)

    # -- what was published -------------------------------------------------------------
    def _published(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        columns = [
            Column(self.tr("发布时间"), lambda r: format_local(r["published_at"])),
            Column(self.tr("状态"), lambda r: self.tr("已撤回") if r["withdrawn_at"] else self.tr("有效")),
            Column(self.tr("类别"), lambda r: label("notice_category", r["category"]) if r["category"] else ""),
            Column(self.tr("标题"), lambda r: r["title"]),
            right(self.tr("已读"), lambda r: f"{r['reads']}/{r['addressed']}",
                  self.tr("读过的服务站 / 发给的服务站；选中一条看是哪些站、什么时候读的")),
            Column(self.tr("发给"), self.audience),  # last: a long list is what gets cut
        ]

        self.model = RecordModel(self.db, columns, NOTICES, struck=lambda r: bool(r["withdrawn_at"]), parent=self)
        self.list = ListPanel(self.model, self.tr("按标题找"), parent=box)
        heading = QHBoxLayout()
        caption = QLabel(self.tr("已发布的通知"), box)
        caption.setStyleSheet("font-weight: bold;")
        heading.addWidget(caption)
        # The list's search box moves up beside the heading: the rows need the height.
        self.list.layout().itemAt(0).layout().removeWidget(self.list.search)
        heading.addWidget(self.list.search, 1)
        self.withdraw_button = QPushButton(self.tr("撤回选中的通知"), box)
        self.withdraw_button.setObjectName("danger")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        heading.addWidget(self.withdraw_button)
        column.addLayout(heading)
        self.list.selected.connect(lambda row: self.withdraw_button.setEnabled(bool(row) and not row["withdrawn_at"]))
        self.list.selected.connect(self._show_receipts)
        column.addWidget(self.list, 1)
        self.receipts = QLabel(box)  # who read the chosen notice, and when
        self.receipts.setWordWrap(True)
        self.receipts.setTextFormat(Qt.PlainText)
        self.receipts.setObjectName("hint")
        column.addWidget(self.receipts)
        self.list.apply_filters()
        return box

    def _show_receipts(self, row: dict) -> None:
        self.receipts.clear()
        if not row:
            return
        notice_id = row["id"]

        def show(rows: list[dict]) -> None:
            current = self.list.current()
            if not current or current["id"] != notice_id:
                return
            read_by = listed(self.tr("{0} {1}").format(short_name(r["name"]), format_local(r["read_at"])[5:])
                             for r in rows if r["read_at"])
            unread = listed(short_name(r["name"]) for r in rows if not r["read_at"])
            self.receipts.setText(self.tr("已读：{0}\n未读：{1}").format(read_by or self.tr("还没有"),
                                                                        unread or self.tr("没有")))

        read(self.db, lambda store: receipts(store, notice_id), show, self)

    def audience(self, notice: dict) -> str:
        """Who a notice goes to; the core names some stations, or says 全部服务站 for every one."""
        return notice["audience_label"] if notice["audience"] else self.tr("全部服务站")

    def select_notice(self, notice_id: str) -> bool:
        return self.list.select("id", notice_id) is not None

    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("撤回通知"), text) == QMessageBox.Yes

    def withdraw(self) -> None:
        row = self.list.current()
        if not row or row["withdrawn_at"]:
            return
        if not self.confirm(self.tr("撤回通知“{0}”？\n发给：{1}。这些服务站下次同步后不再显示它。").format(
                row["title"], self.audience(row))):
            return

        def done(_result) -> None:
            words = self.tr("通知“{0}”已撤回，{1}下次同步时收到").format(row["title"], self.audience(row))
            self.done_label.setText(words)
            self.ctx.say(words)

        write(self.db, lambda store: withdraw_notice(store, row["id"]), on_done=done, parent=self)

    def ready(self) -> bool:
        return not self.model.is_loading()
