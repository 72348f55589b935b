"""What every page needs: the database worker, who is on duty, and the station's identity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from station_app import duty
from station_app.logs import log

from .worker import Database


@dataclass
class Station:
    code: str = ""
    name: str = ""
    phone: str = ""


class AppContext(QObject):
    agent_changed = Signal()
    status_message = Signal(str)  # a short confirmation for the status bar

    def __init__(self, db: Database, station: Station | None = None, data_dir: Path | None = None):
        super().__init__()
        self.db = db
        self.data_dir = data_dir
        self.sync = None  # the SyncController, when the window syncs with a hub
        self.messaging = None  # the MessagingController, when the window tells villagers
        self.station = station or Station()
        self.agent_id: str | None = None
        self.agent_name: str = ""

    def set_agent(self, agent_id: str | None, name: str = "") -> None:
        self.agent_id, self.agent_name = agent_id, name
        self.agent_changed.emit()

    def come_on_duty(self, agent_id: str, name: str, reason: str) -> None:
        """An agent takes the counter (``reason``: login, switch, unlock): the duty log the
        town checks its spot checks against says so. Tests that only need an agent use
        ``set_agent`` and leave the log alone."""
        self.set_agent(agent_id, name)
        self._duty(agent_id, "on", reason)

    def go_off_duty(self, reason: str) -> None:
        """The one at the counter leaves it (``reason``: lock, logout)."""
        if self.agent_id:
            self._duty(self.agent_id, "off", reason)

    def _duty(self, agent_id: str, kind: str, reason: str) -> None:
        # In the background and never in the agent's way: a log line that could not be
        # written is in the log file, and the counter goes on.
        self.db.run(lambda store, job: duty.record(store, agent_id, kind, reason), None,
                    lambda err: log.warning("duty log not written (%s %s): %s", kind, reason, err), writes=True)

    def say(self, text: str) -> None:
        self.status_message.emit(text)
