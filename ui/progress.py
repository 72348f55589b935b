"""A progress dialog with a working cancel button, bound to one database job."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .i18n import context
from .worker import Job

ProgressText = context("ProgressText")  # lupdate context of this module's strings


class JobProgress(QProgressDialog):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(label, ProgressText.tr("取消"), 0, 0, parent)
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumDuration(300)  # quick jobs never flash a dialog
        self.setAutoClose(True)
        self.job: Job | None = None
        self.canceled.connect(self._cancel)

    def bind(self, job: Job) -> Job:
        self.job = job
        return job

    def update(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))

    def finish(self) -> None:
        self.reset()
        self.close()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
