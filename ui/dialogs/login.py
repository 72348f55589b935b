"""Agent login by PIN (A/B post): pick your name, type your PIN, Enter."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from station_app import agent_pins, agents
from station_app.demo import demo_logins
from station_app.errors import ValidationError

from ..forms import Form
from ..ops import read
from ..widgets import primary_button
from ..worker import Database
from .pins import TownCodeDialog


class LoginDialog(QDialog):
    def __init__(self, db: Database, station_name: str, locked: bool = False, parent=None, current: str = ""):
        super().__init__(parent)
        self.db = db
        self.locked = locked
        self.current = current  # who is on duty: a lock waits for them, a switch for the other one
        self.agent: agents.Agent | None = None
        self.setWindowTitle(self.tr("代办员登录"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(station_name, self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.default_hint = self.tr("已锁定，请当班代办员输入密码继续") if locked else self.tr("请选择您的名字并输入密码")
        self.hint = QLabel(self.default_hint, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.demo_pins = QLabel(self)  # a demo station says its PINs: they are no secret
        self.demo_pins.setObjectName("confirm")
        self.demo_pins.setWordWrap(True)
        self.demo_pins.hide()
        layout.addWidget(self.demo_pins)
        self.names = QHBoxLayout()
        self.group = QButtonGroup(self)
        layout.addLayout(self.names)
        self.form = Form(self)
        self.pin = self._pin_edit()
        self.form.add("pin", self.tr("密码"), self.pin, aliases=("agent",))
        # An agent who came back from the town's records (a new PC) has no PIN here yet.
        self.again = self._pin_edit()
        self.form.add("again", self.tr("再输一遍密码"), self.again)
        self.form.set_row_visible("again", False)
        layout.addWidget(self.form)
        self.ok = primary_button(self.tr("登录"), self)
        self.ok.clicked.connect(self.submit)
        layout.addWidget(self.ok)
        self.forgot_button = QPushButton(self.tr("忘记密码…"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)
        layout.addWidget(self.forgot_button)
        self.pin.returnPressed.connect(self.submit)
        self.again.returnPressed.connect(self.submit)
        self.without_pin: set[str] = set()
        read(db, lambda store: (agents.list_agents(store), {a.name for a in agents.needs_pin(store)},
                                demo_logins(store)), self._show_agents, self)

    def _pin_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.Password)
        edit.setMaxLength(8)
        return edit

    def _show_agents(self, found: tuple[list[agents.Agent], set[str], list[tuple[str, str]]]) -> None:
        people, self.without_pin, demo = found
        names = [person.name for person in people]
        first = self._first_choice(names)
        for person in people:
            button = QPushButton(person.name, self)
            button.setCheckable(True)
            button.setProperty("agent_name", person.name)
            button.setChecked(person.name == first)
            self.group.addButton(button)
            self.names.addWidget(button)
            button.clicked.connect(self._chosen)
        if demo:
            self.demo_pins.setText(self.tr("演示数据，登录密码：{0}").format(
                self.tr("，").join(f"{name} {pin}" for name, pin in demo)))
            self.demo_pins.show()
        self._chosen()
        self.adjustSize()
        self._center()

    def _first_choice(self, names: list[str]) -> str:
        """A lock waits for the agent on duty; a switch is for the other one."""
        if not names:
            return ""
        if self.locked and self.current in names:
            return self.current
        if self.current and not self.locked:
            return next((name for name in names if name != self.current), names[0])
        return names[0]

    def _center(self) -> None:
        """Over the window (or the screen), not at its corner: the dialog grew once the names came."""
        parent = self.parentWidget()
        area = parent.frameGeometry() if parent is not None and parent.isVisible() else (
            self.screen().availableGeometry() if self.screen() else None)
        if area is not None:
            box = self.frameGeometry()
            box.moveCenter(area.center())
            self.move(box.topLeft())

    def setting_pin(self) -> bool:
        return self.chosen_name() in self.without_pin

    def _chosen(self) -> None:
        first = self.setting_pin()
        self.form.set_row_visible("again", first)
        self.hint.setText(self.tr("{0}第一次在这台电脑上登录：请设置4到8位数字的密码，输两遍").format(self.chosen_name())
                          if first else self.default_hint)
        self.ok.setText(self.tr("设置密码并登录") if first else self.tr("登录"))
        self.pin.setFocus()

    def forgot(self) -> None:
        """Alone at the station without a PIN: the town's one-time code sets a new one (a
        colleague on duty resets it on the 人员值班 page instead)."""
        name = self.chosen_name()
        if name:
            self.dialog = TownCodeDialog(self.db, name, partial(agent_pins.reset_with_town_code, agent_id=name), self)
            self.dialog.accepted.connect(lambda: self.hint.setText(self.tr("{0} 的新密码已设好，请用新密码登录").format(name)))
            self.dialog.open()

    def reject(self) -> None:
        if not self.locked:  # a locked window opens only with a PIN: Esc does nothing
            super().reject()

    def chosen_name(self) -> str:
        button = self.group.checkedButton()
        return button.property("agent_name") if button else ""

    def submit(self) -> None:
        name, pin, first = self.chosen_name(), self.pin.text(), self.setting_pin()
        self.form.clear_errors()
        if first and self.again.text() != pin:
            self.form.show_error(ValidationError("pin_mismatch", self.tr("两次输入的密码不一样"), "again"))
            return
        self.ok.setEnabled(False)

        def done(agent: agents.Agent) -> None:
            self.agent = agent
            self.accept()

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            self.pin.selectAll()
            if hasattr(err, "field"):
                self.form.show_error(err)

        self.db.run(lambda store, job: agents.log_in(store, name, pin, first_pin=first), done, failed)
