"""Telling villagers in the background: every minute a round queues what is due, sends it
through the station's modem (or leaves it for the town's gateway, or for the agent to copy
or print), and takes delivery reports and replies. Like sync it has its own thread and its
own connection: a modem takes seconds per message and must never hold up the counter."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from station_app.logs import log
from station_app.sms.rounds import station_round
from station_app.station import open_station

from .context import AppContext
from .worker import Database, Job

ROUND_MS = 60_000


class MessagingController(QObject):
    round_done = Signal(dict)

    def __init__(self, ctx: AppContext, auto: bool = True, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        folder = ctx.data_dir
        self.worker = Database(lambda: open_station(folder))
        self.running: Job | None = None
        self.last: dict = {}
        self.timer = QTimer(self, interval=ROUND_MS)
        self.timer.timeout.connect(self.run_round)
        if auto:
            self.timer.start()
            QTimer.singleShot(15_000, self.run_round)

    def run_round(self) -> Job | None:
        if self.running is not None:
            return None
        agent = self.ctx.agent_id
        self.running = self.worker.run(lambda store, job: station_round(store, agent), self._done, self._failed, writes=True)
        return self.running

    def _done(self, result: dict) -> None:
        job, self.running = self.running, None
        self.last = result
        if job is not None and job.changes:
            self.ctx.db.changed.emit(job.changes)  # the window's lists read the messages again
        self.round_done.emit(result)

    def _failed(self, err: Exception) -> None:
        self.running = None
        log.warning("telling round failed: %s", err)
        self.last = {"modem_problem": str(getattr(err, "message", err))}
        self.round_done.emit(self.last)

    def close(self) -> None:
        self.timer.stop()
        self.worker.close()
