"""Town staff login: name and password, checked by ``sync.town.staff.login_staff``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from sync.town.staff import login_staff

from ..forms import Form
from ..widgets import primary_button
from ..worker import Database


class StaffLoginDialog(QDialog):
    def __init__(self, db: Database, town_name: str, locked: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.locked = locked
        self.staff: dict = {}
        self.setWindowTitle(self.tr("镇中心工作人员登录"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(town_name, self)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(self.tr("已锁定，请输入密码继续") if locked else self.tr("请输入您的姓名和密码"), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.form = Form(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(20)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(128)
        self.form.add("name", self.tr("姓名"), self.name)
        self.form.add("password", self.tr("密码"), self.password)
        layout.addWidget(self.form)
        self.ok = primary_button(self.tr("登录"), self)
        self.ok.clicked.connect(self.submit)
        layout.addWidget(self.ok)
        self.name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.name.setFocus()

    def reject(self) -> None:
        if not self.locked:  # a locked window opens only with the password
            super().reject()

    def submit(self) -> None:
        name, password = self.name.text(), self.password.text()
        self.form.clear_errors()
        self.ok.setEnabled(False)

        def done(staff: dict) -> None:
            self.staff = staff
            self.accept()

        def failed(err: Exception) -> None:
            self.ok.setEnabled(True)
            self.password.selectAll()
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                self.form.general.show_text(str(err))

        self.db.run(lambda store, job: login_staff(store, name, password), done, failed)
