"""Feedback (服务意见征求): a five-level rating when a service closes; a poor one opens a
call-back task, due within ``CALLBACK_WORKDAYS`` working days, that stays on the agent's
list until a fix note closes it.

The villager rates the service, not the agent: on the screen turned towards them
(``source`` "villager") or by replying to the result message ("sms"). A rating the agent
enters on their behalf is marked "agent" and does not count toward the quarterly award."""

from __future__ import annotations

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .store import Store
from .timeutil import local_date
from .validation import optional_text, required_text
from .workdays import calendar_for

LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
POOR_AT_MOST = 2
RATEABLE = {"payments", "parcels", "parcels_out", "cases", "receptions", "appointments"}
SOURCES = {"villager": "村民本人", "agent": "代办员代评", "sms": "村民短信回复"}
CALLBACK_WORKDAYS = 3


def give_feedback(store: Store, agent_id: str, target_entity: str, target_id: str, level: int,
                  comment: str | None = None, source: str = "agent") -> dict:
    require_agent(store, agent_id)
    if source not in SOURCES:
        raise ValidationError("bad_source", "评价来源不对", "source")
    if target_entity not in RATEABLE or store.get(target_entity, target_id) is None:
        raise NotFoundError("unknown_target", "要评价的服务记录不存在", "target")
    if not isinstance(level, int) or isinstance(level, bool) or level not in LEVELS:
        raise ValidationError("bad_level", "请选择满意程度（非常满意到非常不满意）", "level")
    if store.one("SELECT 1 FROM feedback WHERE target_entity = ? AND target_id = ?", (target_entity, target_id)):
        raise StateError("already_rated", "这项服务已经评价过了", "target")
    comment = optional_text(comment, "comment", "意见", 500)
    if level <= POOR_AT_MOST and not comment:
        raise ValidationError("comment_required", "不满意时请记下村民的意见，便于回访整改", "comment")
    with store.write(agent_id) as w:
        feedback_id = w.insert("feedback", {
            "target_entity": target_entity, "target_id": target_id,
            "level": level, "comment": comment, "at": store.now_iso(), "source": source,
        })
        callback_id = None
        if level <= POOR_AT_MOST:
            due = calendar_for(store).add_workdays(local_date(store.now_iso()), CALLBACK_WORKDAYS)
            callback_id = w.insert("callbacks", {"feedback_id": feedback_id, "status": "open",
                                                 "due_on": due.isoformat()})
    return {"id": feedback_id, "callback_id": callback_id}


def complete_callback(store: Store, agent_id: str, callback_id: str, fix_note: str) -> None:
    require_agent(store, agent_id)
    row = store.get("callbacks", callback_id)
    if row is None:
        raise NotFoundError("unknown_callback", "找不到这个回访任务", "callback")
    if row["status"] == "done":
        raise StateError("callback_done", "这个回访已经完成了", "status")
    note = required_text(fix_note, "fix_note", "整改说明", 500)
    with store.write(agent_id) as w:
        w.update("callbacks", callback_id, {"status": "done", "fix_note": note, "done_at": store.now_iso()})


def open_callbacks(store: Store) -> list[dict]:
    rows = store.all(
        "SELECT c.id, c.created_at, c.due_on, f.level, f.comment, f.target_entity, f.target_id, f.source "
        "FROM callbacks c JOIN feedback f ON f.id = c.feedback_id "
        "WHERE c.status = 'open' ORDER BY c.due_on, c.created_at"
    )
    return [dict(r) for r in rows]


def rating_from_reply(text: str) -> int | None:
    """A villager's reply to a result message: "5", "５", "5分", "五"… → 5; else None."""
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
    words = "".join(text.split())
    for ch in words[:3]:
        if ch.isdigit() and 1 <= int(ch) <= 5:
            return int(ch)
        if ch in digits:
            return digits[ch]
    return None


def feedback_counts(store: Store) -> dict[int, int]:
    counts = {level: 0 for level in LEVELS}
    for row in store.all("SELECT level, COUNT(*) FROM feedback GROUP BY level"):
        counts[row[0]] = row[1]
    return counts
