"""The rules of a full-agency case (全程代办) that need no database: its statuses, which
changes between them are legal, and how urgent a case is against its deadline.
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from .errors import StateError, ValidationError
from .workdays import CalendarSource, calendar_for

STATUS_LABELS: dict[str, str] = {
    "received": "已收件",
    "sent_to_town": "已送镇",
    "accepted": "已受理",
    "needs_correction": "待补正",
    "completed_approved": "已办结（准予）",
    "completed_rejected": "已办结（不予）",
    "delivered": "已送达",
    "withdrawn": "已撤回",
}
STATUSES = tuple(STATUS_LABELS)

# The town has decided, or the case is closed: a villager can no longer withdraw it.
DECIDED = frozenset({"completed_approved", "completed_rejected"})
CLOSED = frozenset({"delivered", "withdrawn"})
# No deadline applies any more once the town has decided (delivery is the station's own step).
DONE = DECIDED | CLOSED

_FORWARD: dict[str, frozenset[str]] = {
    "received": frozenset({"sent_to_town"}),
    # The window may refuse the file at the counter for missing pieces before accepting it.
    "sent_to_town": frozenset({"accepted", "needs_correction"}),
    "accepted": frozenset({"needs_correction", "completed_approved", "completed_rejected"}),
    "needs_correction": frozenset({"accepted"}),
    "completed_approved": frozenset({"delivered"}),
    "completed_rejected": frozenset({"delivered"}),
    "delivered": frozenset(),
    "withdrawn": frozenset(),
}

# Withdrawal is possible from every status before the town's decision.
TRANSITIONS: dict[str, frozenset[str]] = {
    status: nexts | ({"withdrawn"} if status not in DONE else frozenset())
    for status, nexts in _FORWARD.items()
}

URGENCY_LABELS = {"normal": "正常", "warning": "临近期限", "overdue": "已超期", "done": "已办结"}
WARNING_WORKDAYS = 2  # "warning" when this many working days or fewer remain


def label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")


def allowed_next(status: str) -> frozenset[str]:
    return TRANSITIONS.get(status, frozenset())


def check_status(status: str | None) -> str:
    if status not in STATUS_LABELS:
        raise ValidationError("bad_status", f"没有“{status}”这个办理状态", "status")
    return status


def check_transition(current: str, to_status: str) -> None:
    """Refuse a status change the process does not allow, naming both statuses."""
    check_status(to_status)
    if current == to_status:
        raise StateError("same_status", f"这件代办已经是“{label(current)}”了", "status")
    if to_status not in allowed_next(current):
        raise StateError("illegal_transition", f"不能从“{label(current)}”改为“{label(to_status)}”", "status",
                         from_status=current, to_status=to_status)


def deadline_of(case_row: Mapping) -> date:
    return date.fromisoformat(case_row["deadline"])


def workdays_left(source: CalendarSource, case_row: Mapping, today: date) -> int:
    """Working days from today to the deadline: 0 on the deadline day, negative after it."""
    return calendar_for(source).workdays_between(today, deadline_of(case_row))


def urgency(source: CalendarSource, case_row: Mapping, today: date) -> str:
    """"normal" | "warning" | "overdue" | "done" for an agent's to-do list."""
    if case_row["status"] in DONE:
        return "done"
    deadline = deadline_of(case_row)
    if today > deadline:
        return "overdue"
    if calendar_for(source).workdays_between(today, deadline) <= WARNING_WORKDAYS:
        return "warning"
    return "normal"
