"""Locks the window after a spell without keyboard or mouse input, so a villager at the
counter never finds the PC logged in as an agent who went home."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

LOCK_AFTER_MINUTES = 10
_ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.Wheel}


class InactivityLock(QObject):
    locked = Signal()

    def __init__(self, minutes: float = LOCK_AFTER_MINUTES, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.locked)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _ACTIVITY:
            self.timer.start()
        return False
