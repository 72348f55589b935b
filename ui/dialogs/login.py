"""Agent login by PIN (A/B post): pick your name, type your PIN, Enter."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from station_app import agents

from ..forms import Form
from ..ops import read
from ..widgets import primary_button
from ..worker import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database, station_name: str, locked: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.locked = locked
        self.agent: agents.Agent | None = None
        self.setWindowTitle(self.tr("代办员登录"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(station_name, self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("已锁定，请当班代办员输入密码继续") if locked else self.tr("请选择您的名字并输入密码"), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.names = QHBoxLayout()
        self.group = QButtonGroup(self)
        layout.addLayout(self.names)
        self.form = Form(self)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(8)
        self.form.add("pin", self.tr("密码"), self.pin, aliases=("agent",))
        layout.addWidget(self.form)
        self.ok = primary_button(self.tr("登录"), self)
        self.ok.clicked.connect(self.submit)
        layout.addWidget(self.ok)
        self.pin.returnPressed.connect(self.submit)
        read(db, lambda store: agents.list_agents(store), self._show_agents, self)

    def _show_agents(self, people: list[agents.Agent]) -> None:
        for index, person in enumerate(people):
            button = QPushButton(person.name, self)
            button.setCheckable(True)
            button.setProperty("agent_name", person.name)
            button.setChecked(index == 0)
            self.group.addButton(button)
            self.names.addWidget(button)
            button.clicked.connect(self.pin.setFocus)
        self.pin.setFocus()

    def reject(self) -> None:
        if not self.locked:  # a locked window opens only with a PIN: Esc does nothing
            super().reject()

    def chosen_name(self) -> str:
        button = self.group.checkedButton()
        return button.property("agent_name") if button else ""

    def submit(self) -> None:
        name, pin = self.chosen_name(), self.pin.text()
        self.form.clear_errors()
        self.ok.setEnabled(False)

        def done(agent: agents.Agent) -> None:
            self.agent = agent
            self.accept()

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            self.pin.selectAll()
            if hasattr(err, "field"):
                self.form.show_error(err)

        self.db.run(lambda store, job: agents.login(store, name, pin), done, failed)
