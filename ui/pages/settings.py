"""Settings (设置): language, backups and restore, CSV export, the town hub, parcel shelves,
how villagers are told (the modem, the town's gateway), and which of the extra desks (the
cooperative's) this station runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from station_app import backup, coop
from station_app.export import export_csv
from station_app.parcel_lookups import set_shelves, shelf_settings
from station_app.sms import rounds
from sync.station.enrolment import enrolment_state, wait_for_hub

from .. import i18n
from ..forms import Form
from ..ops import read, show_failure, write
from ..progress import JobProgress
from ..fitting import SideBySide
from ..worker import Cancelled
from .base import Page


class SettingsPage(Page):
    key = "settings"

    def title(self) -> str:
        return self.tr("设置")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        columns = SideBySide(self)  # one above the other when the screen is narrow
        left_part, right_part = QWidget(columns), QWidget(columns)
        left, right = QVBoxLayout(left_part), QVBoxLayout(right_part)
        for part in (left_part, right_part):
            part.layout().setContentsMargins(0, 0, 0, 0)
            columns.addWidget(part)
        self.layout_.addWidget(columns, 1)
        left.addWidget(self._language_box())
        left.addWidget(self._hub_box())
        left.addWidget(self._parcel_box())
        left.addStretch(1)
        right.addWidget(self._messaging_box())
        right.addWidget(self._desks_box())
        right.addWidget(self._backup_box(), 1)
        self.db.watch(self, frozenset({"settings"}), self.refresh)
        self.refresh()

    # -- language -----------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("界面语言"), self)
        row = QHBoxLayout(box)
        self.language = QComboBox(box)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language(self.ctx.data_dir)))
        apply = QPushButton(self.tr("切换"), box)
        apply.clicked.connect(self.apply_language)
        row.addWidget(self.language, 1)
        row.addWidget(apply)
        return box

    def apply_language(self) -> None:
        code = self.language.currentData()
        i18n.set_language(code, self.ctx.data_dir)  # this data folder's language, not every folder's
        window = self.window()
        if hasattr(window, "retranslate"):
            window.retranslate(code)

    # -- hub ----------------------------------------------------------------------------
    def _hub_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记到镇中心（同步用）"), self)
        layout = QVBoxLayout(box)
        self.hub_form = Form(box)
        self.hub_url = self.hub_form.add("hub", self.tr("镇中心地址"), QLineEdit(box))
        self.hub_url.setPlaceholderText("http://192.168.1.10:8750")
        self.enrol_code = self.hub_form.add("code", self.tr("登记码"), QLineEdit(box), aliases=("file",))
        layout.addWidget(self.hub_form)
        row = QGridLayout()
        self.enrol_button = QPushButton(self.tr("登记"), box)
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_file_button = QPushButton(self.tr("用登记文件（没有网络时）"), box)
        self.enrol_file_button.clicked.connect(lambda: self.enrol_file())
        row.addWidget(self.enrol_button, 0, 0)
        row.addWidget(self.enrol_file_button, 0, 1)
        row.setColumnStretch(2, 1)
        layout.addLayout(row)
        self.enrol_state = QLabel(box)
        self.enrol_state.setObjectName("hint")
        self.enrol_state.setWordWrap(True)
        layout.addWidget(self.enrol_state)
        enabled = getattr(self.ctx, "sync", None) is not None
        self.enrol_button.setEnabled(enabled)
        self.enrol_file_button.setEnabled(enabled)
        return box

    def _enrolled(self, made: dict) -> None:
        self.enrol_code.clear()
        self.ctx.say(self.tr("已登记到 {0}").format(made.get("town_name") or self.hub_url.text()))
        self.refresh()

    def _enrol_failed(self, err: Exception) -> None:
        from sync.station.client import Refused, Unreachable

        if isinstance(err, Unreachable):
            url, code = self.hub_url.text(), self.enrol_code.text()
            write(self.db, lambda store: wait_for_hub(store, url, code), parent=self)  # enrolled once the hub answers
            self.hub_form.general.show_text(self.tr("现在连不上镇中心。登记码已记下，联网后会自动登记。"))
        elif isinstance(err, Refused):
            self.hub_form.general.show_text(self.tr("镇中心拒绝登记：{0}").format(err.reason))
        elif hasattr(err, "field"):
            self.hub_form.show_error(err)
        else:
            show_failure(self, err)

    def enrol(self):
        self.hub_form.clear_errors()
        return self.ctx.sync.enrol(self.hub_url.text(), self.enrol_code.text(), self._enrolled, self._enrol_failed)

    def enrol_file(self, path: str | None = None):
        self.hub_form.clear_errors()
        path = path or QFileDialog.getOpenFileName(self, self.tr("选择镇中心给的登记文件"))[0]
        if not path:
            return None
        return self.ctx.sync.enrol_file(Path(path), self.hub_url.text().strip(), self._enrolled, self._enrol_failed)

    # -- parcels ------------------------------------------------------------------------
    def _parcel_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("快递货架"), self)
        layout = QVBoxLayout(box)
        self.parcel_form = Form(box)
        self.shelves = self.parcel_form.add("shelves", self.tr("货架数"), self._spin(1, 50))
        self.layers = self.parcel_form.add("layers", self.tr("每架层数"), self._spin(1, 12))
        self.capacity = self.parcel_form.add("capacity", self.tr("每层可放件数"), self._spin(1, 500))
        self.retention = self.parcel_form.add("retention_days", self.tr("保管天数"), self._spin(1, 90))
        layout.addWidget(self.parcel_form)
        save = QPushButton(self.tr("保存货架设置"), box)
        save.clicked.connect(self.save_parcels)
        layout.addWidget(save)
        return box

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        return spin

    def save_parcels(self) -> None:
        shelves, layers, capacity, days = (self.shelves.value(), self.layers.value(), self.capacity.value(),
                                           self.retention.value())
        write(self.db, lambda store: set_shelves(store, shelves, layers, capacity, days), form=self.parcel_form,
              parent=self,
              on_done=lambda _: self.ctx.say(self.tr("货架设置已保存")))

    # -- telling villagers ---------------------------------------------------------------
    def _messaging_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("短信通知村民"), self)
        layout = QVBoxLayout(box)
        self.messaging_form = Form(box)
        self.modem_port = self.messaging_form.add("modem_port", self.tr("短信猫端口"), QLineEdit(box))
        self.modem_port.setPlaceholderText(self.tr("如 COM3（Windows）或 /dev/ttyUSB0"))
        self.channels = QComboBox(box)
        self.channels.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # long choices: no wide page
        self.channels.setMinimumContentsLength(16)
        for text, order in ((self.tr("先用本站短信猫，不行再交镇中心发"), "modem,town"),
                            (self.tr("只用本站短信猫"), "modem"), (self.tr("只交镇中心发"), "town"),
                            (self.tr("不发短信（复制到微信或打印纸条）"), "")):
            self.channels.addItem(text, order)
        self.messaging_form.add("channels", self.tr("发送方式"), self.channels)
        self.reminder = self.messaging_form.add("reminder_days", self.tr("快递几天没取再催"), self._spin(1, 30))
        layout.addWidget(self.messaging_form)
        row = QHBoxLayout()
        save = QPushButton(self.tr("保存短信设置"), box)
        save.clicked.connect(self.save_messaging)
        self.test_modem = QPushButton(self.tr("测试短信猫"), box)
        self.test_modem.clicked.connect(self.check_modem)
        row.addWidget(save)
        row.addWidget(self.test_modem)
        row.addStretch(1)
        layout.addLayout(row)
        self.modem_state = QLabel(box)
        self.modem_state.setWordWrap(True)
        layout.addWidget(self.modem_state)
        return box

    def save_messaging(self) -> None:
        port, days = self.modem_port.text(), self.reminder.value()
        order = [c for c in self.channels.currentData().split(",") if c]
        write(self.db, lambda store: rounds.set_messaging(store, port, order, days), form=self.messaging_form,
              parent=self, on_done=lambda _: self.ctx.say(self.tr("短信设置已保存")))

    def check_modem(self) -> None:
        """Open the modem on the typed port and ask for its network, off the window's thread."""
        port = self.modem_port.text().strip()
        controller = getattr(self.ctx, "messaging", None)
        if not port or controller is None:
            self.modem_state.setText(self.tr("请先填短信猫的端口"))
            return
        self.modem_state.setText(self.tr("正在连接短信猫…"))
        controller.worker.run(lambda store, job: rounds.check_modem(port),
                              lambda network: self.modem_state.setText(self.tr("短信猫正常，已连上{0}").format(network)),
                              lambda err: self.modem_state.setText(getattr(err, "message", None) or str(err)))

    # -- desks ----------------------------------------------------------------------------
    def _desks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("服务台"), self)
        layout = QVBoxLayout(box)
        self.coop_desk = QCheckBox(self.tr("合作社服务台"), box)
        self.coop_desk.toggled.connect(self.switch_coop)
        layout.addWidget(self.coop_desk)
        about = QLabel(self.tr("本村合作社在服务站发放农资、记社员账、组织技术服务时开启。"), box)
        about.setObjectName("hint")
        about.setWordWrap(True)
        layout.addWidget(about)
        return box

    def switch_coop(self, on: bool) -> None:
        if not self._loaded:
            return
        write(self.db, lambda store: coop.set_enabled(store, on), parent=self,
              on_done=lambda _: self.ctx.say(self.tr("合作社服务台已开启") if on else self.tr("合作社服务台已关闭")))

    # -- backups ------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("数据备份"), self)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("程序每天自动备份。恢复前会先把当前数据另存一份。"), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.backups = QListWidget(box)
        self.backups.setTextElideMode(Qt.ElideMiddle)  # a long file name keeps its date, at the end
        self.backups.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout.addWidget(self.backups, 1)
        buttons = QGridLayout()  # two a row: the page fits a 1024-wide screen
        for index, (text, slot) in enumerate(((self.tr("立即备份"), self.backup_now),
                                              (self.tr("导出表格"), self.export),
                                              (self.tr("从选中的备份恢复"), self.restore_selected))):
            button = QPushButton(text, box)
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        return box

    def refresh(self, *_changes) -> None:
        folder = self.ctx.data_dir
        read(self.db, lambda store: {**shelf_settings(store), **enrolment_state(store), "coop": coop.enabled(store),
                                     "messaging": rounds.messaging(store),
                                     "backups": [str(p) for p in backup.list_backups(folder)]}, self._show, self)

    def _show(self, info: dict) -> None:
        self.backups.clear()
        for path in info["backups"]:
            self.backups.addItem(Path(path).name)
            self.backups.item(self.backups.count() - 1).setToolTip(path)
        if not info["backups"]:
            self.backups.addItem(self.tr("还没有备份。点“立即备份”做第一份。"))
        self.hub_url.setText(info["hub_url"])
        if info["enrolled"]:
            self.enrol_state.setText(self.tr("本站已登记到镇中心 {0}。").format(info["town"]))
        elif info["waiting"]:
            self.enrol_state.setText(self.tr("登记码已记下，联网后自动登记。"))
        else:
            self.enrol_state.setText(self.tr("还没有登记。没有网络也能正常使用。"))
        self.shelves.setValue(info["shelves"])
        self.layers.setValue(info["layers"])
        self.capacity.setValue(info["capacity"])
        self.retention.setValue(info["retention"])
        told = info["messaging"]
        self.modem_port.setText(told["modem_port"])
        self.channels.setCurrentIndex(max(0, self.channels.findData(",".join(told["channels"]))))
        self.reminder.setValue(told["reminder_days"])
        self.coop_desk.blockSignals(True)
        self.coop_desk.setChecked(info["coop"])
        self.coop_desk.blockSignals(False)
        self._loaded = True

    def _long_job(self, label: str, fn, done_text: str, exclusive: bool = False):
        dialog = JobProgress(label, self)

        def finished(result) -> None:
            dialog.finish()
            # A file is named by its name: its whole path does not fit the status bar.
            self.ctx.say(done_text.format(Path(result).name if isinstance(result, (str, Path)) else result))
            self.refresh()

        def failed(err: Exception) -> None:
            dialog.finish()
            if isinstance(err, Cancelled):
                self.ctx.say(self.tr("已取消"))
            else:
                show_failure(self, err)
            self.refresh()

        job = self.db.run(fn, finished, failed, writes=exclusive, exclusive=exclusive, on_progress=dialog.update)
        return dialog.bind(job)

    def backup_now(self):
        folder = self.ctx.data_dir
        return self._long_job(self.tr("正在备份……"), lambda store, job: backup.make_backup(
            folder, progress=self._reporting(job, cancellable=True)), self.tr("已备份到 {0}"))

    def _reporting(self, job, cancellable: bool = False):
        """A long job's progress(done, total), sent to its progress dialog (and where the
        job can stop, a press of cancel stops it)."""
        def progress(done: int, total: int) -> None:
            if cancellable:
                job.check_cancel()
            self.db.report_progress(job, done, total)

        return progress

    def restore_selected(self):
        item = self.backups.currentItem()
        if item is None or not item.toolTip():
            QMessageBox.information(self, self.tr("恢复"), self.tr("请先在列表里选中一个备份。"))
            return None
        path = Path(item.toolTip())
        answer = QMessageBox.question(
            self, self.tr("从备份恢复"),
            self.tr("确定用备份 {0} 替换现在的数据吗？\n现在的数据会先另存一份。").format(path.name))
        if answer != QMessageBox.Yes:
            return None
        folder = self.ctx.data_dir
        return self._long_job(self.tr("正在恢复……"), lambda _store, job: backup.restore(folder, path),
                              self.tr("已恢复。恢复前的数据另存为 {0}"), exclusive=True)

    def export(self, folder: str | None = None):
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("导出到哪个文件夹"))
        if not folder:
            return None

        return self._long_job(self.tr("正在导出……"), lambda store, job: self._exported(job, export_csv(
            store, Path(folder), progress=self._reporting(job), cancelled=job.cancelled)),
            self.tr("已导出 {0} 个表格"))

    @staticmethod
    def _exported(job, files: list) -> int:
        job.check_cancel()  # stopped part way: say so, though some tables were written
        return len(files)

    def ready(self) -> bool:
        return self._loaded
