"""代办员: who works at the station, who holds post A and post B (AB岗: one of them is always
on duty), a new agent, PIN changes and resets, and an agent who leaves (their records stay
theirs, they can no longer log in)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from station_app import agent_pins, agents

from ...dates import cn_date
from ...ops import read, write
from ...widgets import hint, primary_button
from ...dialogs.pins import ChangePinDialog, ColleagueResetDialog, NewAgentDialog


class AgentsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.rows: list[dict] = []
        self._loaded = False
        column = QVBoxLayout(self)
        column.addWidget(hint(self.tr("每个服务站设A岗、B岗两位代办员，保证开放时间至少一人在岗。"
                                      "密码只存在本机；忘了密码由当班同事重设，只有一人时在登录窗口点“忘记密码”，用镇中心的重置码。"), self))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("代办员"), self.tr("岗位"), self.tr("状态"), self.tr("加入")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        posts = QHBoxLayout()
        self.post_a = QPushButton(self.tr("设为A岗"), self)
        self.post_b = QPushButton(self.tr("设为B岗"), self)
        self.no_post = QPushButton(self.tr("不定岗"), self)
        self.leave_button = QPushButton(self.tr("离岗停用…"), self)
        self.leave_button.setObjectName("danger")
        for button, post in ((self.post_a, "A"), (self.post_b, "B"), (self.no_post, None)):
            button.clicked.connect(lambda _=False, p=post: self.set_post(p))
            posts.addWidget(button)
        posts.addStretch(1)
        posts.addWidget(self.leave_button)
        column.addLayout(posts)
        pins = QHBoxLayout()
        self.new_button = primary_button(self.tr("新增代办员…"), self)
        self.change_button = QPushButton(self.tr("修改我的密码…"), self)
        self.reset_button = QPushButton(self.tr("帮同事重设密码…"), self)
        for button in (self.new_button, self.change_button, self.reset_button):
            pins.addWidget(button)
        pins.addStretch(1)
        column.addLayout(pins)
        self.new_button.clicked.connect(self.new_agent)
        self.change_button.clicked.connect(self.change_pin)
        self.reset_button.clicked.connect(self.reset_colleague)
        self.leave_button.clicked.connect(self.leave)
        self.db.watch(self, frozenset({"agents"}), self.refresh)
        self.refresh()

    def ready(self) -> bool:
        return self._loaded

    def refresh(self, *_changes) -> None:
        read(self.db, agents.roster, self._show, self)

    def _show(self, rows: list[dict]) -> None:
        chosen = (self.chosen(quiet=True) or {}).get("id")
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            state = self.tr("在岗") if row["active"] else self.tr("已离岗")
            if row["id"] == self.ctx.agent_id:
                state = self.tr("当班")
            values = [row["name"], row["post_label"] or "—", state, cn_date(row["created_at"])]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if not row["active"]:
                    cell.setForeground(Qt.gray)
                self.table.setItem(n, column, cell)
            if row["id"] == chosen:
                self.table.selectRow(n)
        self.table.resizeColumnsToContents()
        self._loaded = True

    def chosen(self, quiet: bool = False) -> dict | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.selectionModel().hasSelection():
            return self.rows[row]
        if not quiet:
            self.ctx.say(self.tr("请先在列表里选中一位代办员"))
        return None

    def select(self, name: str) -> None:
        for n, row in enumerate(self.rows):
            if row["name"] == name:
                self.table.selectRow(n)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.ctx.say(self.tr("已保存")))
        dialog.open()

    def set_post(self, post: str | None) -> None:
        agent, me = self.chosen(), self.ctx.agent_id
        if agent:
            write(self.db, lambda store: agents.set_post(store, me, agent["id"], post), parent=self,
                  on_done=lambda _: self.ctx.say(self.tr("{0} 的岗位已改").format(agent["name"])))

    def new_agent(self) -> None:
        self._open(NewAgentDialog(self.db, partial(agents.add_agent, by_agent=self.ctx.agent_id), self))

    def change_pin(self) -> None:
        self._open(ChangePinDialog(self.db, self.ctx.agent_name,
                                   partial(agent_pins.change_pin, agent_id=self.ctx.agent_id), self))

    def reset_colleague(self) -> None:
        agent = self.chosen()
        if agent:
            action = partial(agent_pins.reset_by_colleague, by_agent_id=self.ctx.agent_id, agent_id=agent["id"])
            self._open(ColleagueResetDialog(self.db, agent["name"], self.ctx.agent_name, action, self))

    def leave(self) -> None:
        agent, me = self.chosen(), self.ctx.agent_id
        if agent and self.confirm_leave(agent):
            write(self.db, lambda store: agents.deactivate_agent(store, agent["id"], me), parent=self,
                  on_done=lambda _: self.ctx.say(self.tr("{0} 已离岗停用，他登记的记录仍然署他的名").format(agent["name"])))

    def confirm_leave(self, agent: dict) -> bool:
        text = self.tr("{0} 离开服务站后不能再登录，已登记的记录仍然署他的名。确定吗？").format(agent["name"])
        return QMessageBox.question(self, self.tr("离岗停用"), text) == QMessageBox.Yes
