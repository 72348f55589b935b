"""Reception log (接待登记, 首问负责制) and extended-hours appointments (延时预约)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .queries import Listing, Query, Where
from .store import Store
from .timeutil import from_iso, local_date, local_day_bounds, to_iso
from .validation import choice, mobile, optional_text, required_text

CHANNELS = {"walk_in": "来访", "phone": "来电"}
OUTCOMES = {
    "answered": "当场答复",
    "referred": "转镇中心",
    "case": "转为代办件",
    "parcel": "快递服务",
    "payment": "代缴费用",
}
LINKABLE = {"case": "cases", "parcel": "parcels", "payment": "payments"}
APPOINTMENT_STATUS = {"scheduled": "待办", "done": "已办", "no_show": "未到", "cancelled": "已取消"}


def log_reception(store: Store, agent_id: str, visitor_name: str, matter: str, *,
                  channel: str = "walk_in", outcome: str = "answered",
                  villager_id: str | None = None, village_group: str | None = None,
                  phone: str | None = None, first_agent_id: str | None = None,
                  linked_id: str | None = None) -> str:
    """One walk-in or call. The first agent who took it stays responsible (首问负责)."""
    require_agent(store, agent_id)
    first_agent_id = require_agent(store, first_agent_id or agent_id)
    fields = {
        "visitor_name": required_text(visitor_name, "visitor_name", "来访人姓名", 30),
        "matter": required_text(matter, "matter", "事由", 300),
        "channel": choice(channel, "channel", CHANNELS, "接待方式"),
        "outcome": choice(outcome, "outcome", OUTCOMES, "办理结果"),
        "village_group": optional_text(village_group, "village_group", "村民组", 30),
        "phone": mobile(phone, "phone"),
        "villager_id": villager_id,
        "first_agent_id": first_agent_id,
        "at": store.now_iso(),
    }
    if villager_id and store.get("villagers", villager_id) is None:
        raise NotFoundError("unknown_villager", "找不到这位村民", "villager")
    if linked_id:
        table = LINKABLE.get(outcome)
        if table is None or store.get(table, linked_id) is None:
            raise NotFoundError("unknown_link", "关联的记录不存在", "linked_id")
        fields.update(linked_entity=table, linked_id=linked_id)
    with store.write(agent_id) as w:
        return w.insert("receptions", fields)


@dataclass(frozen=True)
class ReceptionQuery(Query):
    """The log, newest first: of one local ``day`` if given; ``search`` matches the
    visitor's name, the matter or the phone."""

    day: date | None = None


def _receptions_where(q: ReceptionQuery) -> Where:
    where = Where().search(("r.visitor_name", "r.matter", "r.phone"), q.search)
    return where.add("r.at >= ? AND r.at < ?", *local_day_bounds(q.day)) if q.day else where


def list_receptions(store: Store, q: ReceptionQuery = ReceptionQuery(), limit: int = 100,
                    offset: int = 0) -> list[dict]:
    where = _receptions_where(q)
    rows = store.all(
        "SELECT r.*, a.name AS first_agent_name FROM receptions r "
        f"LEFT JOIN agents a ON a.id = r.first_agent_id{where.sql} ORDER BY r.at DESC LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    return [dict(r) for r in rows]


def count_receptions(store: Store, q: ReceptionQuery = ReceptionQuery()) -> int:
    where = _receptions_where(q)
    return store.scalar(f"SELECT COUNT(*) FROM receptions r{where.sql}", where.params)


RECEPTIONS = Listing(ReceptionQuery(), list_receptions, count_receptions, frozenset({"receptions"}))


def book_appointment(store: Store, agent_id: str, name: str, scheduled_at: datetime | str,
                     purpose: str, *, phone: str | None = None, villager_id: str | None = None,
                     note: str | None = None) -> str:
    require_agent(store, agent_id)
    when = _moment(scheduled_at)
    if when[:16] < store.now_iso()[:16]:
        raise ValidationError("in_past", "预约时间不能早于现在", "scheduled_at")
    if villager_id and store.get("villagers", villager_id) is None:
        raise NotFoundError("unknown_villager", "找不到这位村民", "villager")
    fields = {
        "name": required_text(name, "name", "预约人姓名", 30),
        "purpose": required_text(purpose, "purpose", "预约事项", 200),
        "phone": mobile(phone, "phone"),
        "villager_id": villager_id,
        "scheduled_at": when,
        "status": "scheduled",
        "note": optional_text(note, "note", "备注"),
    }
    with store.write(agent_id) as w:
        return w.insert("appointments", fields)


def _moment(value: datetime | str) -> str:
    try:
        moment = from_iso(value) if isinstance(value, str) else value
        return to_iso(moment)
    except (ValueError, TypeError):
        raise ValidationError("bad_time", "预约时间格式不对", "scheduled_at") from None


def close_appointment(store: Store, agent_id: str, appointment_id: str, status: str,
                      note: str | None = None) -> None:
    """Mark a scheduled appointment done, no-show or cancelled; it cannot be reopened."""
    require_agent(store, agent_id)
    row = store.get("appointments", appointment_id)
    if row is None:
        raise NotFoundError("unknown_appointment", "找不到这个预约", "appointment")
    if status not in ("done", "no_show", "cancelled"):
        raise ValidationError("bad_choice", "请选择：已办、未到或已取消", "status")
    if row["status"] != "scheduled":
        label = APPOINTMENT_STATUS[row["status"]]
        raise StateError("appointment_closed", f"这个预约已经是“{label}”，不能再改", "status")
    changes = {"status": status}
    if note:
        changes["note"] = optional_text(note, "note", "备注")
    with store.write(agent_id) as w:
        w.update("appointments", appointment_id, changes)


def appointments_on(store: Store, day: date, status: str | None = "scheduled") -> list[dict]:
    start, end = local_day_bounds(day)
    sql = "SELECT * FROM appointments WHERE scheduled_at >= ? AND scheduled_at < ?"
    params: list = [start, end]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return [dict(r) for r in store.all(sql + " ORDER BY scheduled_at", params)]


@dataclass(frozen=True)
class AppointmentQuery(Query):
    """``when`` is the list's chip: "upcoming" (still to happen, soonest first), "today"
    (soonest first), or None (every appointment, newest first); ``search`` matches the
    name, the purpose or the phone."""

    when: str | None = None


def _appointments_where(store: Store, q: AppointmentQuery) -> Where:
    where = Where().search(("name", "purpose", "phone"), q.search)
    if q.when in ("upcoming", "today"):
        start, end = local_day_bounds(local_date(store.now_iso()))
        where.add("scheduled_at >= ?", start)
        where.add("scheduled_at < ?", end) if q.when == "today" else where.add("status = 'scheduled'")
    return where


def list_appointments(store: Store, q: AppointmentQuery = AppointmentQuery(), limit: int = 100,
                      offset: int = 0) -> list[dict]:
    where = _appointments_where(store, q)
    order = "scheduled_at" if q.when in ("upcoming", "today") else "scheduled_at DESC"
    return [dict(r) for r in store.all(f"SELECT * FROM appointments{where.sql} ORDER BY {order} LIMIT ? OFFSET ?",
                                       [*where.params, limit, offset])]


def count_appointments(store: Store, q: AppointmentQuery = AppointmentQuery()) -> int:
    where = _appointments_where(store, q)
    return store.scalar(f"SELECT COUNT(*) FROM appointments{where.sql}", where.params)


APPOINTMENTS = Listing(AppointmentQuery(), list_appointments, count_appointments, frozenset({"appointments"}))
