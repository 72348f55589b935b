"""What the villager was told about one record (a parcel, a case): each message's time,
purpose, channel and outcome, shown on the record itself (``villager_messages.for_record``)."""

from __future__ import annotations

from shiboken6 import isValid
from PySide6.QtWidgets import QLabel

from station_app import villager_messages

from .dates import cn_moment
from .i18n import context
from .labels import label
from .ops import read

ToldText = context("ToldText")  # lupdate context of these lines


def told_lines(messages: list[dict]) -> str:
    """One line a message, oldest first; an empty text when nothing was sent."""
    lines = []
    for m in messages:
        channel = label("message_channel", m["channel"]) if m["channel"] else ""
        outcome = label("message_status", m["status"])
        if m["status"] in ("failed", "not_sent") and m.get("last_error"):
            outcome = ToldText.tr("{0}（{1}）").format(outcome, m["last_error"])
        parts = [cn_moment(m["sent_at"] or m["created_at"], year=False), label("message_purpose", m["purpose"]),
                 channel, outcome]
        lines.append(" · ".join(p for p in parts if p))
    return "\n".join(lines)


class ToldLabel(QLabel):
    """"告知村民：…" under a record; hidden while nothing was sent about it."""

    def __init__(self, db, entity: str, parent=None):
        super().__init__(parent)
        self.db, self.entity = db, entity
        self.record_id: str | None = None
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.hide()
        db.watch(self, frozenset({"villager_messages", "sms_outcomes"}), self.reload)

    def show_for(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        record_id, entity = self.record_id, self.entity
        if record_id is None:
            self.clear()
            self.hide()
            return
        read(self.db, lambda store: villager_messages.for_record(store, entity, record_id),
             lambda messages: self._show(record_id, messages), self)

    def _show(self, record_id: str, messages: list[dict]) -> None:
        if not isValid(self) or record_id != self.record_id:
            return
        self.setText(ToldText.tr("告知村民：\n{0}").format(told_lines(messages)) if messages else "")
        self.setVisible(bool(messages))
