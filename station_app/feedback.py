"""Feedback (服务意见征求): a five-level rating when a service closes; a poor one opens a
call-back task, due within ``CALLBACK_WORKDAYS`` working days, that stays on the agent's
list until a fix note closes it.

The villager rates the service, not the agent: on the screen turned towards them
(``source`` "villager") or by replying to the result message ("sms"). A rating the agent
enters on their behalf is marked "agent" and does not count toward the quarterly award."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .queries import Listing, Query, Where
from .store import Store
from .timeutil import from_iso, local_date, to_iso
from .validation import optional_text, required_text
from .voids import not_voided_sql
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


# -- what there is to rate, and what was rated -------------------------------------
# Each service a villager may rate as one list shows it: id, when, who, what.
SERVICES = {
    "receptions": "SELECT id, at, visitor_name AS who, matter AS what, NULL AS courier FROM receptions",
    "cases": ("SELECT c.id, COALESCE(c.updated_at, c.received_at) AS at, v.name AS who,"
              " c.case_no || ' ' || COALESCE(i.name, c.item_code) AS what, NULL AS courier FROM cases c"
              " JOIN villagers v ON v.id = c.villager_id LEFT JOIN catalogue_items i ON i.code = c.item_code"
              " WHERE c.status = 'delivered'"),
    "appointments": ("SELECT id, scheduled_at AS at, name AS who, purpose AS what, NULL AS courier FROM appointments"
                     " WHERE status = 'done'"),
    "payments": ("SELECT id, paid_at AS at, payer_name AS who, receipt_no AS what, NULL AS courier FROM payments p"
                 f" WHERE {not_voided_sql('payments', 'p')}"),
    # A parcel's courier is its code (YTO, EMS): the window words it (圆通速递) beside ``what``.
    "parcels": ("SELECT id, closed_at AS at, recipient_name AS who, tracking_no AS what, courier"
                " FROM parcels WHERE status IN ('released', 'delivered')"),
    "parcels_out": ("SELECT id, sent_at AS at, sender_name AS who, receiver_name AS what, courier FROM parcels_out p"
                    f" WHERE {not_voided_sql('parcels_out', 'p')}"),
}
assert set(SERVICES) == RATEABLE, "every service a villager may rate is listed to be rated"
RECENT_DAYS = 30


@dataclass(frozen=True)
class UnratedQuery(Query):
    """Services of the last ``RECENT_DAYS`` (or since ``since``, a UTC instant) nobody has
    rated yet, newest first; ``kind`` keeps one kind of service; ``search`` matches who or what."""

    kind: str | None = None
    since: str = ""


def _unrated(store: Store, q: UnratedQuery) -> tuple[str, list]:
    kinds = [q.kind] if q.kind in SERVICES else list(SERVICES)
    parts = [f"SELECT '{k}' AS entity, s.* FROM ({SERVICES[k]}) s" for k in kinds]
    sql = ("SELECT * FROM (" + " UNION ALL ".join(parts) + ") u WHERE u.at >= ? AND NOT EXISTS"
           " (SELECT 1 FROM feedback f WHERE f.target_entity = u.entity AND f.target_id = u.id)")
    where = Where().search(("u.who", "u.what"), q.search)
    params = [q.since or to_iso(from_iso(store.now_iso()) - timedelta(days=RECENT_DAYS)), *where.params]
    return sql + "".join(f" AND {clause}" for clause in where.clauses), params


def list_unrated(store: Store, q: UnratedQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    sql, params = _unrated(store, q)
    return [dict(r) for r in store.all(sql + " ORDER BY u.at DESC LIMIT ? OFFSET ?", [*params, limit, offset])]


def count_unrated(store: Store, q: UnratedQuery) -> int:
    sql, params = _unrated(store, q)
    return store.scalar(f"SELECT COUNT(*) FROM ({sql})", params)


def service_of(store: Store, entity: str, target_id: str) -> dict | None:
    """Who had a rated service and what it was: ``{"who", "what", "courier"}``, or None if gone."""
    if entity not in SERVICES:
        return None
    row = store.one(f"SELECT who, what, courier FROM ({SERVICES[entity]}) s WHERE s.id = ?", (target_id,))
    return dict(row) if row else None


def rating_of(store: Store, entity: str, target_id: str) -> dict | None:
    """A service's rating (``level``, ``comment``, who gave it: ``source``), if it has one."""
    row = store.one("SELECT level, comment, source FROM feedback WHERE target_entity = ? AND target_id = ?",
                    (entity, target_id))
    return dict(row) if row else None


def _with_service(store: Store, rows) -> list[dict]:
    return [{**dict(r), "service": service_of(store, r["target_entity"], r["target_id"])} for r in rows]


@dataclass(frozen=True)
class CallbackQuery(Query):
    """The call-backs still open, oldest first."""


def open_callbacks(store: Store, q: CallbackQuery = CallbackQuery(), limit: int = -1, offset: int = 0) -> list[dict]:
    rows = store.all(
        "SELECT c.id, c.created_at, c.due_on, f.level, f.comment, f.target_entity, f.target_id, f.source "
        "FROM callbacks c JOIN feedback f ON f.id = c.feedback_id "
        "WHERE c.status = 'open' ORDER BY c.due_on, c.created_at LIMIT ? OFFSET ?", (limit, offset)
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


def list_callbacks(store: Store, q: CallbackQuery = CallbackQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return _with_service(store, open_callbacks(store, q, limit, offset))


def count_callbacks(store: Store, q: CallbackQuery = CallbackQuery()) -> int:
    return store.scalar("SELECT COUNT(*) FROM callbacks WHERE status = 'open'")


@dataclass(frozen=True)
class RatingQuery(Query):
    """Every rating, newest first, with its call-back's state."""


def list_ratings(store: Store, q: RatingQuery = RatingQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return _with_service(store, store.all(
        "SELECT f.*, c.status AS callback_status, c.fix_note FROM feedback f"
        " LEFT JOIN callbacks c ON c.feedback_id = f.id ORDER BY f.at DESC LIMIT ? OFFSET ?", (limit, offset)))


def count_ratings(store: Store, q: RatingQuery = RatingQuery()) -> int:
    return store.scalar("SELECT COUNT(*) FROM feedback")


_RATED = frozenset({"feedback", "callbacks", *SERVICES, "voids", "villagers", "catalogue_items"})
UNRATED = Listing(UnratedQuery(), list_unrated, count_unrated, _RATED)
CALLBACKS = Listing(CallbackQuery(), list_callbacks, count_callbacks, _RATED)
RATINGS = Listing(RatingQuery(), list_ratings, count_ratings, _RATED)
