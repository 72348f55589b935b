"""Background sync with the town hub, and the state the status bar and Sync page show.

Sync runs on its own worker thread with its own SQLite connection: its network waits
(a hub that does not answer takes seconds to time out) must never hold up the agent's
own reads and writes, which keep going through the main database worker. WAL lets the
two connections work side by side; each write is a short transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from station_app.station import open_station
from station_app.store.changes import EVERYTHING
from sync.station import enrolment, usb
from sync.station.engine import sync_round
from sync.station.state import status as sync_state

from .context import AppContext
from .worker import Database, Job

AUTO_INTERVAL_MS = 3 * 60_000
AFTER_CHANGE_MS = 30_000


class SyncController(QObject):
    state_changed = Signal(dict)

    def __init__(self, ctx: AppContext, auto: bool = True, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        folder = ctx.data_dir
        self.worker = Database(lambda: open_station(folder))
        self.state: dict = {"phase": "idle", "percent": 0, "pending": 0, "problems": 0, "enrolled": False,
                            "hub_url": "", "last_reply_at": "", "message": ""}
        self.running: Job | None = None
        self.timer = QTimer(self, interval=AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.sync)
        self.after_change = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync)
        ctx.db.watch(self, None, self._local_change)  # every write adds to what is waiting
        if auto:
            self.timer.start()
            QTimer.singleShot(5_000, self.sync)
        self.refresh()

    # -- state --------------------------------------------------------------------------
    def _update(self, **changes) -> None:
        self.state = {**self.state, **changes}
        self.state_changed.emit(dict(self.state))

    def refresh(self) -> None:
        self.worker.run(lambda store, job: sync_state(store), lambda status: self._update(**status))

    def _local_change(self) -> None:
        self.refresh()
        if self.state.get("enrolled"):
            self.after_change.start()

    # -- sync ---------------------------------------------------------------------------
    def sync(self) -> Job | None:
        if self.running is not None:
            return None
        self._update(phase="syncing", percent=0, message="")
        report = self.worker.report_progress
        self.running = self.worker.run(
            lambda store, job: sync_round(store, lambda done, total: report(job, done, total), job.cancelled),
            self._synced, self._failed,
            on_progress=lambda done, total: self._update(percent=int(100 * done / max(total, 1))))
        return self.running

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()

    def _synced(self, report: dict) -> None:
        job, self.running = self.running, None
        phase = {"ok": "synced", "unreachable": "offline", "refused": "refused", "cancelled": "idle",
                 "not_enrolled": "not_enrolled"}[report["status"]]
        self._update(phase=phase, percent=100 if phase == "synced" else 0, message=report.get("message", ""),
                     last_report=report, **report.get("state", {}))
        if job is not None and job.changes:  # records arrived, or their sync state changed
            self.ctx.db.changed.emit(job.changes)
        if "state" not in report:
            self.refresh()

    def _failed(self, err: Exception) -> None:
        self.running = None
        self._update(phase="offline", percent=0, message=getattr(err, "message", None) or str(err))
        self.refresh()

    # -- enrolment and USB files ---------------------------------------------------------
    def _file_job(self, fn, on_done, on_error) -> Job:
        def done(result):
            self.ctx.db.changed.emit(job.changes or EVERYTHING)
            self.refresh()
            on_done(result)

        job = self.worker.run(lambda store, job: fn(store), done, on_error)
        return job

    def enrol(self, hub_url: str, code: str, on_done, on_error) -> Job:
        return self._file_job(lambda store: enrolment.enrol_with_code(store, hub_url.strip(), code.strip()),
                              on_done, on_error)

    def enrol_file(self, path: Path, hub_url: str | None, on_done, on_error) -> Job:
        return self._file_job(lambda store: enrolment.enrol_with_file(store, Path(path), hub_url or None),
                              on_done, on_error)

    def export_batch(self, path: Path, on_done, on_error) -> Job:
        return self._file_job(lambda store: usb.export_batch(store, Path(path)), on_done, on_error)

    def import_reply(self, path: Path, on_done, on_error) -> Job:
        return self._file_job(lambda store: usb.import_reply(store, Path(path)), on_done, on_error)

    def close(self) -> None:
        self.timer.stop()
        self.after_change.stop()
        self.cancel()
        self.worker.close()
