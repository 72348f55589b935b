"""Sync (同步): where this station stands with the town hub, sync now, USB files, problems."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGridLayout, QGroupBox, QLabel, QListWidget,
                               QMessageBox, QProgressBar, QPushButton)

from station_app.timeutil import LOCAL_TZ, format_local

from ..labels import label
from ..ops import read, show_failure
from ..sync_status import status_line
from ..widgets import primary_button
from .base import Page

class SyncPage(Page):
    key = "sync"

    def title(self) -> str:
        return self.tr("同步")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.controller = getattr(ctx, "sync", None)
        box = QGroupBox(self.tr("与镇便民服务中心同步"), self)
        form = QFormLayout(box)
        self.hub = QLabel(box)
        self.hub.setWordWrap(True)  # a long address or "not registered (…)" wraps, never widens the page
        self.state = QLabel(box)
        self.state.setWordWrap(True)
        self.pending = QLabel(box)
        self.pending.setObjectName("bigMoney")
        self.last = QLabel(box)
        self.bar = QProgressBar(box)
        self.bar.setRange(0, 100)
        form.addRow(self.tr("镇中心地址："), self.hub)
        form.addRow(self.tr("状态："), self.state)
        form.addRow(self.tr("待发送记录："), self.pending)
        form.addRow(self.tr("上次同步成功："), self.last)
        form.addRow(self.tr("进度："), self.bar)
        self.layout_.addWidget(box)
        buttons = QGridLayout()  # two a row: the page fits a 1024-wide screen in English too
        self.sync_button = primary_button(self.tr("立即同步"), self)
        self.cancel_button = QPushButton(self.tr("取消同步"), self)
        self.export_button = QPushButton(self.tr("导出到U盘（没有网络时）"), self)
        self.import_button = QPushButton(self.tr("导入镇中心回执文件"), self)
        for index, button in enumerate((self.sync_button, self.cancel_button, self.export_button, self.import_button)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        self.layout_.addLayout(buttons)
        heading = QLabel(self.tr("镇中心退回或有冲突的记录"), self)
        heading.setObjectName("pageTitle")
        self.layout_.addWidget(heading)
        self.problems = QListWidget(self)
        self.layout_.addWidget(self.problems, 1)
        self.sync_button.clicked.connect(lambda: self.controller.sync())
        self.cancel_button.clicked.connect(lambda: self.controller.cancel())
        self.export_button.clicked.connect(lambda: self.export_usb())
        self.import_button.clicked.connect(lambda: self.import_reply())
        for button in (self.sync_button, self.cancel_button, self.export_button, self.import_button):
            button.setEnabled(False)  # until the sync controller is running
        if self.controller is not None:
            self.attach_sync(self.controller)
        self.db.watch(self, {"sync_problems"}, self.refresh)
        self.refresh()

    def attach_sync(self, controller) -> None:
        self.controller = controller
        controller.state_changed.connect(self._show_state)
        self._show_state(controller.state)

    def _show_state(self, state: dict) -> None:
        syncing = state.get("phase") == "syncing"
        self.hub.setText(state.get("hub_url") or self.tr("未登记（在“设置”页登记，或用U盘文件同步）"))
        self.state.setText(status_line(state) + (f"\n{state['message']}" if state.get("message") else ""))
        self.pending.setText(self.tr("{0} 条").format(state.get("pending") or 0))
        last = state.get("last_reply_at")
        self.last.setText(format_local(last) if last else self.tr("还没有同步过"))
        self.bar.setValue(state.get("percent", 0))
        self.sync_button.setEnabled(bool(state.get("enrolled") and state.get("hub_url")) and not syncing)
        self.cancel_button.setEnabled(syncing)
        self.export_button.setEnabled(bool(state.get("enrolled")) and not syncing)
        self.import_button.setEnabled(bool(state.get("enrolled")) and not syncing)

    def refresh(self) -> None:
        from sync.station.state import open_problems

        read(self.db, open_problems, self._show_problems, self)

    def _show_problems(self, problems: list[dict]) -> None:
        self.problems.clear()
        for p in problems:
            kind = self.tr("退回") if p["kind"] == "rejection" else self.tr("冲突")
            what = label("record", p["entity"])
            self.problems.addItem(f"⚠ {kind} · {what} · {p['reason']}  ({format_local(p['created_at'])})")
        if not problems:
            self.problems.addItem(self.tr("没有问题记录。"))
        self._loaded = True

    def export_usb(self, target: str | None = None):
        if target is None:
            today = datetime.now(LOCAL_TZ).strftime("%Y%m%d")
            suggested = Path.home() / f"{self.ctx.station.code}-{today}.vsbatch"
            target, _ = QFileDialog.getSaveFileName(self, self.tr("保存到U盘"), str(suggested),
                                                    self.tr("同步文件 (*.vsbatch)"))
        if not target:
            return None
        return self.controller.export_batch(
            Path(target),
            lambda made: self.ctx.say(self.tr("已导出 {0} 条记录到 {1}，请带到镇中心导入").format(made["ops"], made["file"])),
            lambda err: show_failure(self, err))

    def import_reply(self, source: str | None = None):
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self, self.tr("选择镇中心的回执文件"), str(Path.home()),
                                                    self.tr("回执文件 (*.vsreply *.vsbatch);;所有文件 (*)"))
        if not source:
            return None

        def done(got: dict) -> None:
            QMessageBox.information(self, self.tr("导入回执"), self.tr("回执已导入：镇中心已收到本站的记录，待发送 {0} 条。")
                                    .format(got.get("pending", 0)))

        return self.controller.import_reply(Path(source), done, lambda err: show_failure(self, err))

    def ready(self) -> bool:
        return self._loaded
