"""Following a case to its end after the town decides (全程代办 means the result is back in
the villager's hand): what waits to be handed over, what waits for materials (补正) to
chase, and an extension of the deadline, which needs a reason and tells the villager."""

from __future__ import annotations

from datetime import date

from . import villager_messages
from .agents import require_agent
from .cases import _CASE_SELECT, _case, _log_event, get_case
from .case_rules import DONE, label
from .errors import StateError, ValidationError
from .store import Store
from .timeutil import local_date
from .validation import required_text
from .workdays import calendar_for

MAX_EXTENSION_WORKDAYS = 60


def to_hand_over(store: Store) -> list[dict]:
    """Decided by the town, not yet in the villager's hands: oldest decision first."""
    rows = store.all(_CASE_SELECT + " WHERE c.status IN ('completed_approved', 'completed_rejected')"
                     " ORDER BY c.updated_at, c.case_no")
    return [_case(r) for r in rows]


def to_chase(store: Store) -> list[dict]:
    """Waiting for materials (补正): with what the town asked for, the longest waiting first."""
    rows = [_case(r) for r in store.all(_CASE_SELECT + " WHERE c.status = 'needs_correction' ORDER BY c.updated_at")]
    for case in rows:
        case["asked_for"] = store.scalar(
            "SELECT note FROM case_events WHERE case_id = ? AND to_status = 'needs_correction'"
            " ORDER BY at DESC, rowid DESC LIMIT 1", (case["id"],)) or ""
    return rows


def extend_deadline(store: Store, agent_id: str, case_id: str, workdays: int, reason: str) -> dict:
    """Move an open case's deadline on by ``workdays`` working days, with the reason (in
    the case's history) and a message telling the villager. Returns the new deadline and
    the message."""
    require_agent(store, agent_id)
    reason = required_text(reason, "reason", "延期原因", 200)
    if isinstance(workdays, bool) or not isinstance(workdays, int) or not 1 <= workdays <= MAX_EXTENSION_WORKDAYS:
        raise ValidationError("bad_extension", f"延期应为1到{MAX_EXTENSION_WORKDAYS}个工作日", "workdays")
    case = get_case(store, case_id)
    if case["status"] in DONE:
        raise StateError("case_done", f"这件代办已经“{label(case['status'])}”，不需要延期", "case")
    deadline = calendar_for(store).add_workdays(date.fromisoformat(case["deadline"]), workdays)
    text = (f"{case['villager_name']}您好，您托办的“{case['item_name'] or case['item_code']}”（{case['case_no']}）"
            f"办理期限延长到{deadline.year}年{deadline.month}月{deadline.day}日，原因：{reason}。")
    with store.write(agent_id) as w:
        w.update("cases", case_id, {"deadline": deadline.isoformat()})
        _log_event(w, case_id, case["status"], case["status"], f"延期{workdays}个工作日至{deadline.isoformat()}：{reason}",
                   "station", store.now_iso())
        message = villager_messages.tell_once(
            store, agent_id, "case_extended", f"case_extended:{case_id}:{deadline.isoformat()}",
            name=case["villager_name"], phone=case["villager_phone"], text=text, villager_id=case["villager_id"],
            concerns=("cases", case_id))
    return {"deadline": deadline.isoformat(), "message": message}


def worked_days_open(store: Store, case: dict) -> int:
    """Working days since the case was received (for a hand-over sheet or a report)."""
    return calendar_for(store).workdays_between(local_date(case["received_at"]), local_date(store.now_iso()))
