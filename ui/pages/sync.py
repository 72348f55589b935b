"""Sync (同步): where this station stands with the town hub, and what the hub refused."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget

from station_app.timeutil import format_local

from ..ops import read
from .base import Page


def sync_state(store) -> dict:
    problems = store.all(
        "SELECT kind, entity, record_id, reason, created_at FROM sync_problems "
        "WHERE resolved_at IS NULL ORDER BY created_at DESC LIMIT 200")
    return {
        "hub_url": store.get_meta("hub_url", ""),
        "enrolled": bool(store.get_meta("station_secret")),
        "pending": store.pending_outbox(),
        "last_sync": store.get_meta("last_sync_at", ""),
        "problems": [dict(p) for p in problems],
    }


class SyncPage(Page):
    key = "sync"

    def title(self) -> str:
        return self.tr("同步")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        box = QGroupBox(self.tr("与镇便民服务中心同步"), self)
        form = QFormLayout(box)
        self.hub = QLabel(box)
        self.state = QLabel(box)
        self.pending = QLabel(box)
        self.pending.setObjectName("bigMoney")
        self.last = QLabel(box)
        form.addRow(self.tr("镇中心地址："), self.hub)
        form.addRow(self.tr("状态："), self.state)
        form.addRow(self.tr("待发送记录："), self.pending)
        form.addRow(self.tr("上次同步成功："), self.last)
        self.layout_.addWidget(box)
        heading = QLabel(self.tr("镇中心退回或有冲突的记录"), self)
        heading.setObjectName("pageTitle")
        self.layout_.addWidget(heading)
        self.problems = QListWidget(self)
        self.layout_.addWidget(self.problems, 1)
        self.db.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        read(self.db, sync_state, self._show, self)

    def _show(self, state: dict) -> None:
        self.hub.setText(state["hub_url"] or self.tr("未设置（在“设置”页填写）"))
        self.state.setText(self.tr("已注册") if state["enrolled"] else self.tr("未注册：离线使用，数据保存在本机"))
        self.pending.setText(self.tr("{0} 条").format(state["pending"]))
        self.last.setText(format_local(state["last_sync"]) if state["last_sync"] else self.tr("还没有同步过"))
        self.problems.clear()
        kinds = {"rejection": self.tr("退回"), "conflict": self.tr("冲突")}
        for p in state["problems"]:
            self.problems.addItem(f"⚠ {kinds.get(p['kind'], p['kind'])} · {p['reason']}  ({format_local(p['created_at'])})")
        if not state["problems"]:
            self.problems.addItem(self.tr("没有问题记录。"))
        self._loaded = True

    def ready(self) -> bool:
        return self._loaded
