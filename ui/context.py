"""What every page needs: the database worker, who is on duty, and the station's identity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

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
        self.station = station or Station()
        self.agent_id: str | None = None
        self.agent_name: str = ""

    def set_agent(self, agent_id: str | None, name: str = "") -> None:
        self.agent_id, self.agent_name = agent_id, name
        self.agent_changed.emit()

    def say(self, text: str) -> None:
        self.status_message.emit(text)
