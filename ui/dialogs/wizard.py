"""First run: set up the station (or try it with demo data) in four short steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QLabel, QLineEdit, QProgressBar, QRadioButton, QVBoxLayout, QWizard,
                               QWizardPage)

from station_app.agents import check_pin_format
from station_app.errors import DomainError, ValidationError
from station_app.station import check_station_code
from station_app.validation import required_text

from ..forms import Form
from ..worker import Database
from .takeover import RecoverPage, TakeoverPage

DEMO_STATION = ("ZHUPO", "朱坡村便民服务站", "0379-67901234")
DEMO_AGENTS = [("王秀英", "1234"), ("李建国", "5678")]


def _hint(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用村便民服务站"))
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("这台电脑上还没有服务站的数据。请选择："), self))
        self.real = QRadioButton(self.tr("新建本村服务站（正式使用）"), self)
        self.demo = QRadioButton(self.tr("先用演示数据试一试（一年的模拟记录，随时可以重新安装）"), self)
        self.takeover = QRadioButton(self.tr("这台电脑接替原来的服务站（换了电脑或数据丢了：从镇中心取回本站全部记录）"), self)
        self.town = QRadioButton(self.tr("这是镇便民服务中心的电脑（汇总各站数据）"), self)
        self.real.setChecked(True)
        layout.addWidget(self.real)
        layout.addWidget(self.demo)
        layout.addWidget(self.takeover)
        layout.addWidget(self.town)
        layout.addStretch(1)

    def nextId(self) -> int:
        wizard = self.wizard()
        if self.takeover.isChecked():
            return wizard.page_ids["takeover"]
        return wizard.page_ids["town"] if self.town.isChecked() else wizard.page_ids["station"]


class TownPage(QWizardPage):
    """The town role: the hub's data lives here and staff log in with name and password."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("镇便民服务中心"))
        layout = QVBoxLayout(self)
        self.form = Form(self)
        self.town_name = self.form.add("town_name", self.tr("中心名称"), QLineEdit(self))
        self.town_name.setPlaceholderText(self.tr("例如 小浪底镇便民服务中心"))
        self.staff = self.form.add("name", self.tr("工作人员姓名"), QLineEdit(self))
        self.password = self.form.add("password", self.tr("登录密码"), QLineEdit(self))
        self.password.setEchoMode(QLineEdit.Password)
        self.again = self.form.add("again", self.tr("再输一遍密码"), QLineEdit(self))
        self.again.setEchoMode(QLineEdit.Password)
        layout.addWidget(self.form)
        layout.addWidget(_hint(self.tr("以后可以用 station-hub staff add 增加工作人员。"), self))

    def validatePage(self) -> bool:
        from sync.town.staff import check_password

        self.form.clear_errors()
        try:
            required_text(self.town_name.text(), "town_name", self.tr("中心名称"), 40)
            required_text(self.staff.text(), "name", self.tr("工作人员姓名"), 20)
            check_password(self.password.text())
            if self.again.text() != self.password.text():
                raise ValidationError("password_mismatch", self.tr("两次输入的密码不一样"), "again")
        except DomainError as err:
            self.form.show_error(err)
            return False
        return True

    def nextId(self) -> int:
        return self.wizard().page_ids["finish"]


class StationPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("服务站信息"))
        layout = QVBoxLayout(self)
        self.form = Form(self)
        self.code = self.form.add("station_code", self.tr("站点编号"), QLineEdit(self))
        self.code.setPlaceholderText(self.tr("拼音字母，如 ZHUPO"))
        self.name = self.form.add("station_name", self.tr("服务站名称"), QLineEdit(self))
        self.phone = self.form.add("station_phone", self.tr("联系电话"), QLineEdit(self))
        layout.addWidget(self.form)
        layout.addWidget(_hint(self.tr("站点编号由镇便民服务中心统一分配，之后不能修改。"), self))

    def initializePage(self) -> None:
        if self.wizard().demo_chosen() and not self.code.text():
            code, name, phone = DEMO_STATION
            self.code.setText(code)
            self.name.setText(name)
            self.phone.setText(phone)

    def validatePage(self) -> bool:
        self.form.clear_errors()
        try:
            check_station_code(self.code.text())
            required_text(self.name.text(), "station_name", self.tr("服务站名称"), 40)
        except DomainError as err:
            self.form.show_error(err)
            return False
        return True


class AgentsPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("代办员（AB岗）"))
        layout = QVBoxLayout(self)
        self.form = Form(self)
        self.a_name = self.form.add("a_name", self.tr("A岗姓名"), QLineEdit(self))
        self.a_pin = self.form.add("a_pin", self.tr("A岗密码"), self._pin())
        self.a_again = self.form.add("a_again", self.tr("再输一遍"), self._pin())
        self.b_name = self.form.add("b_name", self.tr("B岗姓名（可不填）"), QLineEdit(self))
        self.b_pin = self.form.add("b_pin", self.tr("B岗密码"), self._pin())
        self.b_again = self.form.add("b_again", self.tr("再输一遍"), self._pin())
        layout.addWidget(self.form)
        layout.addWidget(_hint(self.tr("密码为4到8位数字，登录和换班时使用。"), self))

    def _pin(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.Password)
        edit.setMaxLength(8)
        return edit

    def initializePage(self) -> None:
        if self.wizard().demo_chosen() and not self.a_name.text():
            (a, pa), (b, pb) = DEMO_AGENTS
            self.a_name.setText(a)
            self.b_name.setText(b)
            for edit, pin in ((self.a_pin, pa), (self.a_again, pa), (self.b_pin, pb), (self.b_again, pb)):
                edit.setText(pin)

    def agents(self) -> list[tuple[str, str]]:
        people = [(self.a_name.text().strip(), self.a_pin.text())]
        if self.b_name.text().strip():
            people.append((self.b_name.text().strip(), self.b_pin.text()))
        return people

    def validatePage(self) -> bool:
        self.form.clear_errors()
        try:
            required_text(self.a_name.text(), "a_name", self.tr("A岗姓名"), 20)
            check_pin_format(self.a_pin.text(), "a_pin")
            if self.a_again.text() != self.a_pin.text():  # a PIN typed once, mistyped, locks the agent out
                raise ValidationError("pin_mismatch", self.tr("两次输入的密码不一样"), "a_again")
            if self.b_name.text().strip():
                check_pin_format(self.b_pin.text(), "b_pin")
                if self.b_again.text() != self.b_pin.text():
                    raise ValidationError("pin_mismatch", self.tr("两次输入的密码不一样"), "b_again")
                if self.b_name.text().strip() == self.a_name.text().strip():
                    raise ValidationError("duplicate_agent", self.tr("两位代办员的姓名不能相同"), "b_name")
        except DomainError as err:
            self.form.show_error(err)
            return False
        return True


class HubPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("镇中心同步（可以以后再设置）"))
        layout = QVBoxLayout(self)
        self.form = Form(self)
        self.url = self.form.add("hub_url", self.tr("镇中心地址"), QLineEdit(self))
        self.url.setPlaceholderText("http://192.168.1.10:8750")
        self.code = self.form.add("enrol_code", self.tr("登记码"), QLineEdit(self))  # the word Settings and the town use
        layout.addWidget(self.form)
        layout.addWidget(_hint(self.tr("没有网络也能正常使用，数据可以用U盘带到镇中心。"), self))

    def nextId(self) -> int:
        return self.wizard().page_ids["finish"]  # the town page is only for the town role


class FinishPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("正在建立服务站"))
        layout = QVBoxLayout(self)
        self.status = _hint(self.tr("点击“完成”开始。"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.done = False

    def isComplete(self) -> bool:
        return self.done

    def nextId(self) -> int:
        return -1  # the last step: 完成, pressable once the station is made (not 下一步 into the takeover)


class SetupWizard(QWizard):
    progressed = Signal(int, int)

    def __init__(self, folder: Path, parent=None, resume_takeover: bool = False):
        super().__init__(parent)
        self.progressed.connect(lambda done, total: self.finish.bar.setValue(int(99 * done / max(total, 1))))
        self.folder = Path(folder)
        self.setWindowTitle(self.tr("服务站设置向导"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setMinimumSize(860, 600)
        self.welcome = WelcomePage(self)
        self.station = StationPage(self)
        self.agents_page = AgentsPage(self)
        self.hub = HubPage(self)
        self.town_page = TownPage(self)
        self.finish = FinishPage(self)
        self.takeover = TakeoverPage(self)
        self.recover = RecoverPage(self)
        self.page_ids = {}
        for key, page in (("welcome", self.welcome), ("station", self.station), ("agents", self.agents_page),
                          ("hub", self.hub), ("town", self.town_page), ("finish", self.finish),
                          ("takeover", self.takeover), ("recover", self.recover)):
            self.page_ids[key] = self.addPage(page)
        self.resume_takeover = resume_takeover
        if resume_takeover:  # a takeover stopped part way: the station exists, its records are coming
            self.setStartId(self.page_ids["recover"])
        self.finished.connect(lambda _result: self.recover.close())
        self.setButtonText(QWizard.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.FinishButton, self.tr("完成"))
        self.currentIdChanged.connect(self._on_page)
        self._worker: Database | None = None
        self.made = False

    def reject(self) -> None:
        """Esc or ✕ once the station is made would leave silently: go on to the login instead;
        while it is being made, wait."""
        if self.made:
            self.accept()
        elif self._worker is None:
            super().reject()

    def demo_chosen(self) -> bool:
        return self.welcome.demo.isChecked()

    def town_chosen(self) -> bool:
        return self.welcome.town.isChecked()

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self.finish and self._worker is None:
            self._create()
        elif self.page(page_id) is self.recover and self.recover.db is None and not self.recover.done:
            self.recover.start(self.folder, None if self.resume_takeover else self.takeover.how())

    def _create(self) -> None:
        """Make the store on a worker thread: PIN hashing and a year of demo data take seconds."""
        from station_app.demo import make_demo
        from station_app.station import init_station
        from sync.station.enrolment import wait_for_hub

        if self.town_chosen():
            return self._create_town()

        folder, demo = self.folder, self.demo_chosen()
        code, name, phone = self.station.code.text(), self.station.name.text(), self.station.phone.text()
        people = self.agents_page.agents()
        hub_url, enrol = self.hub.url.text().strip(), self.hub.code.text().strip()
        self.button(QWizard.BackButton).setEnabled(False)
        self.button(QWizard.CancelButton).setEnabled(False)  # half made is worse than waiting

        def create():
            with init_station(folder, code, name, people, phone=phone or None) as store:
                if hub_url and enrol:  # enrolled by the sync controller as soon as the hub answers
                    wait_for_hub(store, hub_url, enrol)
            if demo:
                make_demo(folder, days=365, progress=self.progressed.emit, coop=True,  # queued to the GUI thread
                          service_days=True)
            return None

        self._worker = Database(create)
        self._worker.opened.connect(self._created)
        self.finish.status.setText(self.tr("正在生成演示数据，请稍候……") if demo else self.tr("正在保存……"))

    def _create_town(self) -> None:
        from sync.hub.store import init_hub
        from sync.town.staff import add_staff

        folder = self.folder
        town, staff, password = (self.town_page.town_name.text(), self.town_page.staff.text(),
                                 self.town_page.password.text())
        self.button(QWizard.BackButton).setEnabled(False)

        def create():
            with init_hub(folder, town) as hub:
                add_staff(hub, staff, password)

        self._worker = Database(create)
        self._worker.opened.connect(self._created)
        self.finish.status.setText(self.tr("正在保存……"))

    def _created(self, message: str) -> None:
        self.finish.bar.setValue(100)
        if message:
            self.finish.status.setText(self.tr("没有建成：{0}").format(message))
            self.button(QWizard.BackButton).setEnabled(True)
            self.button(QWizard.CancelButton).setEnabled(True)
            self._worker.close()
            self._worker = None
            return
        self.finish.status.setText(self.tr("镇中心数据已建好。点击“完成”进入登录。") if self.town_chosen()
                                   else self.tr("服务站已建好。点击“完成”进入登录。"))
        self.made = True
        self.finish.done = True
        self.finish.completeChanged.emit()
        # Made: there is no going back to change it, and no cancelling what exists.
        self.button(QWizard.BackButton).setEnabled(False)
        self.button(QWizard.CancelButton).setEnabled(False)
        self._worker.close()
