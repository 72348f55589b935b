"""Full-agency cases (全程代办): the agent takes a villager's application for a catalogue
item, tells them at once what is missing (一次性告知), carries the file to town and
follows it until the result is back in the villager's hand.

Every status change is a case update plus a ``case_events`` row in one transaction, so
the history always explains the current status. The rules themselves (legal changes,
urgency) live in ``case_rules``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .agents import require_agent
from .case_rules import (
    CLOSED, DONE, STATUS_LABELS, STATUSES, TRANSITIONS, URGENCY_LABELS, WARNING_WORKDAYS,
    allowed_next, check_status, check_transition, label, urgency, workdays_left,
)
from .catalogue import CatalogueItem, Material, fee_text, get_item
from .errors import NotFoundError, StateError, ValidationError
from .feedback import rating_of
from .numbering import next_number
from .station_profile import profile
from .queries import LIKE, Listing, Query, Where, like
from .store import Store
from .timeutil import cn_date, local_date
from .validation import optional_text
from .villagers import get_villager
from .workdays import calendar_for

__all__ = [
    "STATUS_LABELS", "STATUSES", "TRANSITIONS", "URGENCY_LABELS", "allowed_next", "urgency",
    "open_case", "get_case", "item_materials", "missing_materials", "notice_text", "tick_materials",
    "change_status", "history", "list_cases", "count_cases", "due_cases",
]

SIDES = ("station", "town")


# -- opening ----------------------------------------------------------------------
def open_case(store: Store, agent_id: str, villager_id: str, item_code: str,
              materials_received: Iterable[str] = (), note: str | None = None) -> dict:
    """Take an application. Returns id, case_no, deadline (ISO date), ``missing`` (names of
    required materials not yet received), ``may_follow`` (names of 容缺 ones) and the
    one-time ``notice`` to hand over."""
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    item = get_item(store, item_code)
    if not item.active:
        raise StateError("item_paused", f"“{item.name}”已暂停受理，请向镇便民服务中心询问", "item_code")
    received = _known_materials(item, materials_received)
    note = optional_text(note, "note", "备注")
    with store.write(agent_id) as w:
        received_at = store.now_iso()
        day = local_date(received_at)
        deadline = calendar_for(store).add_workdays(day, item.time_limit_days).isoformat()
        case_no = _next_case_no(store, day.year)
        case_id = w.insert("cases", {
            "case_no": case_no, "villager_id": villager_id, "item_code": item.code,
            "status": "received", "received_at": received_at, "deadline": deadline,
            "materials_received": received, "note": note,
        })
        _log_event(w, case_id, None, "received", note, "station", received_at)
    missing = _missing(item, received)
    return {"id": case_id, "case_no": case_no, "deadline": deadline,
            "missing": [m.name for m in missing["required"]],
            "may_follow": [m.name for m in missing["may_follow"]], "notice": notice_text(store, case_id)}


def _next_case_no(store: Store, year: int) -> str:
    """``{station}-{year}-D{NNNN}``, sequential per local year. Runs inside the write
    transaction, whose lock keeps two windows from taking the same number."""
    return next_number(store, "cases", year)


def _known_materials(item: CatalogueItem, names: Iterable[str] | None) -> list[str]:
    """The ticked names, checked against the item's list, in the list's order."""
    if isinstance(names, str):
        names = [names]  # one name given on its own, not its characters
    wanted = {(n or "").strip() for n in (names or [])} - {""}
    listed = [m.name for m in item.materials]
    unknown = sorted(wanted - set(listed))
    if unknown:
        raise ValidationError("unknown_material", f"“{unknown[0]}”不在这个事项的材料清单里", "materials_received")
    return [n for n in listed if n in wanted]


def _missing(item: CatalogueItem, received: Iterable[str]) -> dict[str, list[Material]]:
    have = set(received)
    left = [m for m in item.materials if m.name not in have]
    return {"required": [m for m in left if m.required], "may_follow": [m for m in left if not m.required]}


def _log_event(w, case_id: str, from_status: str | None, to_status: str, note: str | None,
               by_side: str, at: str) -> None:
    w.insert("case_events", {"case_id": case_id, "from_status": from_status, "to_status": to_status,
                             "note": note, "by_side": by_side, "at": at})


# -- reading ----------------------------------------------------------------------
_CASE_SELECT = (
    "SELECT c.*, v.name AS villager_name, v.phone AS villager_phone, i.name AS item_name,"
    " i.window AS window FROM cases c JOIN villagers v ON v.id = c.villager_id"
    " LEFT JOIN catalogue_items i ON i.code = c.item_code"
)


def get_case(store: Store, case_id: str) -> dict:
    row = store.one(_CASE_SELECT + " WHERE c.id = ?", (case_id,))
    if row is None:
        raise NotFoundError("unknown_case", "找不到这件代办", "case")
    return _case(row)


def case_detail(store: Store, case_id: str) -> dict:
    """Everything one case's page shows: the case (with its ``urgency``), its history, the
    materials still missing, the one-time notice, and the villager's rating if given."""
    case = get_case(store, case_id)
    case["urgency"] = urgency(calendar_for(store), case, local_date(store.now_iso()))
    return {"case": case, "history": history(store, case_id), "missing": missing_materials(store, case_id),
            "notice": notice_text(store, case_id), "rating": rating_of(store, "cases", case_id)}


def _case(row) -> dict:
    case = dict(row)
    case["materials_received"] = json.loads(case["materials_received"] or "[]")
    case["status_label"] = label(case["status"])
    return case


def item_materials(store: Store, item_code: str) -> list[Material]:
    """The materials list of a catalogue item, for the form that ticks them."""
    return list(get_item(store, item_code).materials)


def missing_materials(store: Store, case_id: str) -> dict[str, list[Material]]:
    """Materials not yet received: ``required`` ones, and ``may_follow`` (容缺) ones."""
    case = get_case(store, case_id)
    return _missing(get_item(store, case["item_code"]), case["materials_received"])


def history(store: Store, case_id: str) -> list[dict]:
    """Every status change, oldest first, with labels and the agent's name."""
    get_case(store, case_id)
    rows = store.all(
        "SELECT e.*, a.name AS agent_name FROM case_events e LEFT JOIN agents a ON a.id = e.created_by"
        " WHERE e.case_id = ? ORDER BY e.at, e.rowid", (case_id,))
    return [{**dict(r), "from_label": label(r["from_status"]), "to_label": label(r["to_status"])} for r in rows]


# The list's chips. "Open" is everything the agent still has to do, delivery included.
OPEN = tuple(s for s in STATUSES if s not in CLOSED)
GROUPS = {"open": OPEN, "due": tuple(s for s in STATUSES if s not in DONE), "done": tuple(s for s in STATUSES if s in CLOSED)}


@dataclass(frozen=True)
class CaseQuery(Query):
    """``group``: the list's chips — "open", "due" (overdue or within ``WARNING_WORKDAYS``
    of the deadline, the most urgent first) or "done" — else ``status`` (one or several),
    else every case, newest first. ``search`` matches case no., villager name, phone tail
    or item."""

    group: str | None = None
    status: str | tuple[str, ...] | None = None


def _filters(store: Store, q: CaseQuery, today: date) -> tuple[str, list]:
    where = Where()
    wanted = GROUPS.get(q.group or "") or ([q.status] if isinstance(q.status, str) else list(q.status or ()))
    if wanted:
        for s in wanted:
            check_status(s)
        where.add(f"c.status IN ({', '.join('?' * len(wanted))})", *wanted)
    if q.group == "due":
        # "warning" ends where the (WARNING_WORKDAYS + 1)-th working day after today begins.
        where.add("c.deadline < ?", calendar_for(store).add_workdays(today, WARNING_WORKDAYS + 1).isoformat())
    text = q.search.strip()
    if text:  # the case number, the villager, the phone's tail, the item's name or code
        where.add(f"(c.case_no {LIKE} OR v.name {LIKE} OR v.phone {LIKE} OR i.name {LIKE} OR c.item_code {LIKE})",
                  like(text), like(text), like(text, end=True), like(text), like(text, start=True))
    return where.sql, where.params


def list_cases(store: Store, q: CaseQuery = CaseQuery(), limit: int = 50, offset: int = 0) -> list[dict]:
    """A page of the list, each case with its ``urgency``."""
    today = local_date(store.now_iso())
    sql, params = _filters(store, q, today)
    order = "c.deadline, c.case_no" if q.group == "due" else "c.received_at DESC, c.case_no DESC"
    rows = store.all(_CASE_SELECT + sql + f" ORDER BY {order} LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    calendar = calendar_for(store)
    return [{**_case(r), "urgency": urgency(calendar, r, today)} for r in rows]


def count_cases(store: Store, q: CaseQuery = CaseQuery()) -> int:
    sql, params = _filters(store, q, local_date(store.now_iso()))
    return store.scalar(
        "SELECT COUNT(*) FROM cases c JOIN villagers v ON v.id = c.villager_id"
        " LEFT JOIN catalogue_items i ON i.code = c.item_code" + sql, params)


CASE_SHOWS = frozenset({"cases", "case_events", "villagers", "catalogue_items", "calendar_days", "feedback"})
CASES = Listing(CaseQuery(), list_cases, count_cases, CASE_SHOWS)


def due_cases(store: Store, today: date | None = None) -> list[dict]:
    """Open cases that are overdue or close to their deadline, the most urgent first."""
    today = today or local_date(store.now_iso())
    calendar = calendar_for(store)
    open_statuses = [s for s in STATUSES if s not in DONE]
    rows = store.all(_CASE_SELECT + f" WHERE c.status IN ({', '.join('?' * len(open_statuses))})"
                     " ORDER BY c.deadline, c.case_no", open_statuses)
    due = []
    for row in rows:
        level = urgency(calendar, row, today)
        if level in ("warning", "overdue"):
            due.append({**_case(row), "urgency": level, "urgency_label": URGENCY_LABELS[level],
                        "workdays_left": workdays_left(calendar, row, today)})
    return due


# -- changing ---------------------------------------------------------------------
def tick_materials(store: Store, agent_id: str, case_id: str, names: Iterable[str]) -> dict[str, list[Material]]:
    """Record materials the villager brought later. Returns what is still missing."""
    require_agent(store, agent_id)
    case = get_case(store, case_id)
    if case["status"] in DONE:
        raise StateError("case_closed", f"这件代办已经“{label(case['status'])}”，不能再登记材料", "materials_received")
    item = get_item(store, case["item_code"])
    had = case["materials_received"]
    new = [n for n in _known_materials(item, names) if n not in had]
    if new:
        had = _merged(item, had, new)
        with store.write(agent_id) as w:
            w.update("cases", case_id, {"materials_received": had})
    return _missing(item, had)


def _merged(item: CatalogueItem, had: list[str], new: list[str]) -> list[str]:
    """In the catalogue's order; a name the town has since dropped stays, at the end."""
    listed = [m.name for m in item.materials]
    return [n for n in listed if n in had or n in new] + [n for n in had if n not in listed]


def change_status(store: Store, agent_id: str, case_id: str, to_status: str,
                  note: str | None = None, by_side: str = "station") -> None:
    """Move a case on. ``by_side`` says who made the change: the station, or the town's
    window (an agent may record what the window told them by phone)."""
    require_agent(store, agent_id)
    case = get_case(store, case_id)
    check_transition(case["status"], to_status)
    if by_side not in SIDES:
        raise ValidationError("bad_side", "办理方只能是服务站或镇中心", "by_side")
    note = optional_text(note, "note", "说明")
    if to_status == "needs_correction" and not note:
        raise ValidationError("correction_note_required", "请写明需要补正什么材料", "note")
    if to_status == "sent_to_town" and not note:
        lacking = _missing(get_item(store, case["item_code"]), case["materials_received"])["required"]
        if lacking:
            raise ValidationError("missing_materials_need_reason", f"还缺必需材料（{'、'.join(m.name for m in lacking)}），"
                                  "仍要送镇请写明原因", "note")
    with store.write(agent_id) as w:
        changes = {"status": to_status}
        if case["status"] == "needs_correction":
            changes["deadline"] = deadline_after_correction(store, case, local_date(store.now_iso())).isoformat()
        w.update("cases", case_id, changes)
        _log_event(w, case_id, case["status"], to_status, note, by_side, store.now_iso())


def deadline_after_correction(store: Store, case: dict, today: date) -> date:
    """A correction (补正) stops the working-day clock until the materials arrive: the
    deadline moves on by the working days the case waited in correction."""
    since = store.scalar("SELECT at FROM case_events WHERE case_id = ? AND to_status = 'needs_correction'"
                         " ORDER BY at DESC, rowid DESC LIMIT 1", (case["id"],))
    calendar = calendar_for(store)
    waited = calendar.workdays_between(local_date(since), today) if since else 0
    return calendar.add_workdays(date.fromisoformat(case["deadline"]), max(0, waited))


# -- the one-time notice (一次性告知) ------------------------------------------------
def _numbered(materials: list[Material]) -> list[str]:
    return [f"  {i}. {m.name}（{m.form}）" for i, m in enumerate(materials, 1)]


def notice_text(store: Store, case_id: str) -> str:
    """The slip a villager takes home: what was taken, what is still missing, by when."""
    case = get_case(store, case_id)
    item = get_item(store, case["item_code"])
    missing = _missing(item, case["materials_received"])
    agent = store.scalar("SELECT name FROM agents WHERE id = ?", (case["created_by"],))
    station = store.get_meta("station_name") or store.station_code
    lines = [
        f"{station}  一次性告知单",
        f"代办编号：{case['case_no']}",
        f"申请人：{case['villager_name']}",
        f"办理事项：{item.name}（镇便民服务中心{item.window}窗口）",
        f"收件日期：{cn_date(local_date(case['received_at']))}",
        f"承诺时限：{item.time_limit_days}个工作日，预计{cn_date(case['deadline'])}前办结",
        f"收费标准：{fee_text(item)}",
    ]
    if missing["required"]:
        lines += ["还缺以下材料，请尽快送到服务站：", *_numbered(missing["required"])]
    else:
        lines.append("必需材料已经齐全，服务站会尽快送镇里办理。")
    if missing["may_follow"]:
        lines += ["以下材料可以先办后补（容缺受理），请在办结前补交：", *_numbered(missing["may_follow"])]
    phone = profile(store)["phone"]
    lines.append(f"代办员：{agent or ''}" + (f"  服务站电话：{phone}" if phone else ""))
    return "\n".join(lines)
