"""The PIN dialogs: a new agent, the agent's own PIN change, a colleague's reset of a
forgotten PIN (the people page), and a reset with the town's one-time code (the login). A PIN is typed twice where
it is set, and never shown."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLineEdit

from ..forms import combo
from ..labels import labels
from .form_dialog import FormDialog


def pin_box(parent) -> QLineEdit:
    box = QLineEdit(parent)
    box.setEchoMode(QLineEdit.Password)
    box.setMaxLength(8)
    box.setPlaceholderText(parent.tr("4到8位数字"))
    return box


class _NewPin(FormDialog):
    """A form ending in a new PIN typed twice; the two must agree before the core is asked."""

    def add_new_pin(self) -> None:
        self.new_pin = self.form.add("new_pin", self.tr("新密码"), pin_box(self))
        self.again = self.form.add("again", self.tr("再输一遍"), pin_box(self))

    def pins_agree(self) -> bool:
        if self.new_pin.text() != self.again.text():
            self.form.errors["again"].show_text(self.tr("两次输入的密码不一样"))
            self.again.setFocus()
            return False
        return True

    def submit(self) -> None:
        if self.pins_agree():
            super().submit()


class NewAgentDialog(_NewPin):
    def __init__(self, db, action: Callable, parent=None):
        super().__init__(db, self.tr("新增代办员"), self.tr("新代办员用这个密码登录，登录后可以自己改。"), self.tr("保存"),
                         parent)
        self.action = action
        self.name = self.form.add("name", self.tr("姓名"), QLineEdit(self))
        self.post = self.form.add("post", self.tr("岗位"), combo({"": self.tr("暂不定岗"), **labels("post")}, self))
        self.add_new_pin()
        self.form.aliases["pin"] = "new_pin"

    def work(self) -> Callable:
        name, post, pin, action = self.name.text(), self.post.currentData() or None, self.new_pin.text(), self.action
        return lambda store: action(store, name=name, pin=pin, post=post)


class ChangePinDialog(_NewPin):
    def __init__(self, db, agent_name: str, action: Callable, parent=None):
        super().__init__(db, self.tr("修改我的密码"), self.tr("{0}：先输入原密码。").format(agent_name), self.tr("修改"), parent)
        self.action = action
        self.old_pin = self.form.add("old_pin", self.tr("原密码"), pin_box(self))
        self.add_new_pin()

    def work(self) -> Callable:
        old, new, action = self.old_pin.text(), self.new_pin.text(), self.action
        return lambda store: action(store, old_pin=old, new_pin=new)


class ColleagueResetDialog(_NewPin):
    def __init__(self, db, agent_name: str, by_name: str, action: Callable, parent=None):
        super().__init__(db, self.tr("帮同事重设密码"), self.tr("{0} 忘了密码：由当班的 {1} 给他设一个新密码，告诉他本人，"
                                                        "他登录后再自己改。这次重设会报给镇中心。").format(agent_name, by_name),
                         self.tr("重设"), parent)
        self.action = action
        self.add_new_pin()

    def work(self) -> Callable:
        new, action = self.new_pin.text(), self.action
        return lambda store: action(store, new_pin=new)


class TownCodeDialog(_NewPin):
    def __init__(self, db, agent_name: str, action: Callable, parent=None):
        super().__init__(db, self.tr("用镇中心的重置码"), self.tr("{0} 忘了密码、站里又没有别的代办员时：打电话请镇中心发一个重置码，"
                                                          "同步后在这里输入重置码和新密码。").format(agent_name),
                         self.tr("重设"), parent)
        self.action = action
        self.code = self.form.add("code", self.tr("重置码"), QLineEdit(self))
        self.add_new_pin()

    def work(self) -> Callable:
        code, new, action = self.code.text(), self.new_pin.text(), self.action
        return lambda store: action(store, code=code, new_pin=new)
