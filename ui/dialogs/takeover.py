"""The wizard's "这台电脑接替原来的服务站": a new PC (or a lost data folder) enrols with the
code or file the town re-issued, then gets the station's records back from the hub with
a progress bar, over the network or by one USB round; the agents set their PINs when
they first log in. The rules live in sync/ (``enrolment.take_over``, the recovery in
the ordinary sync); these pages only ask and show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout,
                               QWizard, QWizardPage)

from station_app.errors import DomainError, ValidationError
from station_app.station import check_station_code, open_station

from ..forms import Form
from ..worker import Database, Job


def _hint(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class TakeoverPage(QWizardPage):
    """How this PC proves it is the station: the re-issued code (network) or the file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("接替原来的服务站"))
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("请先请镇便民服务中心在“站点”页给本站“重发登记码”。有网络时填地址、站点编号和登记码；"
                                       "没有网络时选择镇中心给的登记文件（U盘带来）。"), self))
        self.form = Form(self)
        self.url = self.form.add("hub_url", self.tr("镇中心地址"), QLineEdit(self))
        self.url.setPlaceholderText("http://192.168.1.10:8750")
        self.station = self.form.add("station", self.tr("站点编号"), QLineEdit(self))
        self.station.setPlaceholderText(self.tr("拼音字母，如 ZHUPO"))
        self.code = self.form.add("code", self.tr("登记码"), QLineEdit(self))
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("没有网络时：选择登记文件"))
        self.form.add("file", self.tr("登记文件"), self.file)
        choose = QPushButton(self.tr("选择登记文件…"), self)
        choose.clicked.connect(self._choose_file)
        self.form.add_widget(choose)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.pick_file = lambda: QFileDialog.getOpenFileName(self, self.tr("选择镇中心给的登记文件"), "",
                                                             self.tr("登记文件 (*.json)"))[0]

    def _choose_file(self) -> None:
        path = self.pick_file()
        if path:
            self.file.setText(path)
            self.form.clear_errors()

    def how(self) -> dict:
        """What ``enrolment.take_over`` needs."""
        file = self.file.text().strip()
        return {"hub_url": self.url.text().strip() or None, "station": self.station.text().strip().upper() or None,
                "code": self.code.text().strip() or None, "enrol_file": Path(file) if file else None}

    def validatePage(self) -> bool:
        from sync.station.enrolment import read_enrol_file

        self.form.clear_errors()
        how = self.how()
        try:
            if how["enrol_file"]:
                read_enrol_file(how["enrol_file"], None)
            else:
                if not how["hub_url"]:
                    raise ValidationError("hub_url", self.tr("请填镇中心地址，或选择登记文件"), "hub_url")
                check_station_code(how["station"] or "")
                if not how["code"]:
                    raise ValidationError("code", self.tr("请填镇中心给的登记码"), "code")
        except DomainError as err:
            self.form.show_error(err)
            return False
        return True


class RecoverPage(QWizardPage):
    """Makes the station and brings its records back; complete once they are all here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("从镇中心取回本站数据"))
        layout = QVBoxLayout(self)
        self.status = _hint(self.tr("正在登记……"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the hub says how many records there are
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        self.usb_hint = _hint(self.tr("没有网络：① 导出U盘文件，带到镇便民服务中心导入；② 把镇中心的回复文件带回来导入。"), self)
        usb = QHBoxLayout()
        self.export_button = QPushButton(self.tr("① 导出U盘文件…"), self)
        self.import_button = QPushButton(self.tr("② 导入镇中心的回复文件…"), self)
        usb.addWidget(self.export_button)
        usb.addWidget(self.import_button)
        usb.addStretch(1)
        layout.addWidget(self.usb_hint)
        layout.addLayout(usb)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export_file)
        self.import_button.clicked.connect(self.import_file)
        self._show_usb(False)
        self.db: Database | None = None
        self.done = False
        self.job: Job | None = None
        # Hooks a test replaces: where to write the batch and which reply to read.
        self.save_path = lambda: QFileDialog.getSaveFileName(self, self.tr("保存到U盘"), "takeover.vsbatch",
                                                             self.tr("同步文件 (*.vsbatch)"))[0]
        self.open_path = lambda: QFileDialog.getOpenFileName(self, self.tr("选择镇中心的回复文件"), "",
                                                             self.tr("回复文件 (*.vsreply)"))[0]

    def isComplete(self) -> bool:
        return self.done

    def nextId(self) -> int:
        return -1

    def _show_usb(self, shown: bool) -> None:
        for widget in (self.usb_hint, self.export_button, self.import_button):
            widget.setVisible(shown)

    def start(self, folder: Path, how: dict | None) -> None:
        """``how``: take over with it; None: the station is made already (a takeover that
        was stopped part way resumes)."""
        from sync.station.enrolment import take_over

        made = []

        def open_store():  # the first time makes the station; later ones (if any) just open it
            if how is not None and not made:
                made.append(True)
                return take_over(folder, **how)
            return open_station(folder)

        self.db = Database(open_store)
        self.db.opened.connect(lambda error: self._opened(error, how))

    def _opened(self, error: str, how: dict | None) -> None:
        wizard = self.wizard()
        if error:
            self.bar.setRange(0, 1)
            self.status.setText(self.tr("没有接替成功：{0}").format(error))
            wizard.button(QWizard.BackButton).setEnabled(True)
            self.db.close()
            self.db = None
            return
        # The station exists now: going back or cancelling would leave half a station.
        wizard.setOption(QWizard.NoBackButtonOnLastPage, True)
        wizard.setOption(QWizard.NoCancelButton, True)
        network = bool(how["hub_url"]) if how is not None else None
        if network is None:
            from sync.station.state import status

            self.db.run(lambda store, job: bool(status(store)["hub_url"]), self._sync_or_usb)
        else:
            self._sync_or_usb(network)

    def _sync_or_usb(self, network: bool) -> None:
        if network:
            self.sync()
        else:
            self.bar.setRange(0, 1)
            self.status.setText(self.tr("本站已登记。请用U盘把本站数据从镇中心取回来。"))
            self._show_usb(True)

    def sync(self) -> None:
        from sync.station.engine import run_sync

        self.status.setText(self.tr("正在从镇中心取回本站数据……"))
        self.job = self.db.run(lambda store, job: run_sync(store, progress=self._recovered(job), cancel=job.cancelled),
                               self._synced, self._failed, writes=True, on_progress=self._progress)

    def _recovered(self, job: Job):
        """The sync's progress as the bar shows it: records back of those the hub holds."""
        return lambda info: self.db.report_progress(job, info.get("recovered", 0), info.get("recover_total", 0))

    def _progress(self, got: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(got, total))
            self.status.setText(self.tr("正在从镇中心取回本站数据：{0} / {1} 条").format(got, total))

    def _synced(self, report) -> None:
        if report.status != "ok":
            self._failed(RuntimeError(report.message or report.status))
            return
        self._check_done()

    def _failed(self, err: Exception) -> None:
        self.bar.setRange(0, 1)
        message = getattr(err, "message", None) or str(err)
        self.status.setText(self.tr("暂时连不上镇中心（{0}）。可以稍后再试，或用U盘取回。").format(message))
        self._show_usb(True)

    def export_file(self) -> None:
        from sync.station.usb import export_batch

        path = self.save_path()
        if path:
            self.db.run(lambda store, job: export_batch(store, Path(path)),
                        lambda got: self.status.setText(self.tr("已导出到 {0}。请带到镇便民服务中心导入，再把回复文件带回来。")
                                                        .format(got["file"])), self._failed, writes=True)

    def import_file(self) -> None:
        from sync.station.usb import import_reply

        path = self.open_path()
        if path:
            self.db.run(lambda store, job: import_reply(store, Path(path)), lambda _got: self._check_done(),
                        lambda err: self.status.setText(getattr(err, "message", None) or str(err)), writes=True)

    def _check_done(self) -> None:
        from sync.station.recovery import takeover_state

        self.db.run(lambda store, job: takeover_state(store), self._show_result)

    def _show_result(self, state: dict) -> None:
        if not state["recovering"] and not state["agents"]:
            self.bar.setRange(0, 1)
            self.status.setText(self.tr("镇中心还没有本站的任何记录，无法接替。请先在镇中心核对站点编号；"
                                        "本站从未同步过的话，请改用“新建本村服务站”。"))
            return
        if state["recovering"]:
            self.status.setText(self.tr("还没有全部取回（{0} / {1} 条），请再同步一次。").format(state["got"], state["total"]))
            return
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(self.tr("已取回本站的 {0} 条记录。点击“完成”后，每位代办员第一次登录时设置自己的密码。")
                            .format(state["got"]))
        self.done = True
        self.completeChanged.emit()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
