"""Parcels (快递代收代送): check-in, the notice to the villager, and every move off the shelf.

A parcel is one record whose status moves on; each move also appends a ``parcel_events``
row, so the history of a parcel (who put it where, who collected it for whom) survives
even though the parcel row itself only shows its latest state.

    in_stock ──release──▶ released          (collected at the station)
        │ ├──deliver───▶ delivered         (taken to an elder's home)
        │ └──return────▶ returned          (handed back to the courier)
        └─problem─▶ problem ─resolve─▶ in_stock
                        └──return──▶ returned

Look-ups the agent waits on live in ``parcel_lookups`` and are re-exported here.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from .agents import require_agent
from .couriers import check_courier, courier_name, guess_courier, normalize_tracking
from .errors import NotFoundError, StateError, ValidationError
from .parcel_lookups import (
    count_in_stock, daily_counts, find_for_release, in_stock, overdue, retention_days, set_retention_days,
)
from .pickup_codes import (
    ON_SHELF, ON_SHELF_SQL, choose_slot, next_code, parse_pickup_code, set_shelf_layout, shelf_layout,
)
from .station_profile import profile
from .store import Store
from .validation import MOBILE_RE, choice, optional_text, required_text
from .villagers import get_villager, resolve_typed

STATUS_LABELS = {
    "in_stock": "在库待取",
    "problem": "问题件",
    "released": "已取件",
    "delivered": "已送货上门",
    "returned": "已退回快递公司",
}
RELATIONS = {"self": "本人", "family": "家人", "neighbour": "邻居", "other": "其他"}
PROBLEM_KINDS = {"damaged": "破损", "lost": "丢失", "wrong_person": "收件人不符", "refused": "拒收"}
EVENT_LABELS = {
    "check_in": "入库",
    "release": "取件",
    "deliver": "送货上门",
    "return": "退回快递公司",
    "problem": "登记问题",
    "resolve": "问题处理完毕",
}

# The statuses each action may start from; anything else is an illegal move.
MOVES: dict[str, tuple[str, ...]] = {
    "release": ("in_stock",),
    "deliver": ("in_stock",),
    "return": ("in_stock", "problem"),
    "problem": ("in_stock",),
    "resolve": ("problem",),
}
ACTION_NAMES = {"release": "取件", "deliver": "送货上门", "return": "退回", "problem": "登记问题", "resolve": "处理问题"}

_MASKED_PHONE_RE = re.compile(r"^1\d{2}\*{4}(\d{4})$")
_TAIL_RE = re.compile(r"^\d{4}$")

__all__ = [
    "STATUS_LABELS", "RELATIONS", "PROBLEM_KINDS", "EVENT_LABELS", "ON_SHELF",
    "check_in", "notice_text", "get_parcel", "history", "release", "deliver_home",
    "return_to_courier", "report_problem", "resolve_problem", "set_shelf_layout", "shelf_layout",
    "parse_pickup_code", "recipient_phone",
    "find_for_release", "in_stock", "count_in_stock", "overdue", "daily_counts",
    "retention_days", "set_retention_days",
]


# -- check-in -----------------------------------------------------------------------

def check_in(store: Store, agent_id: str, tracking_no: str, *, recipient_name: str | None = None,
             recipient_phone: str | None = None, villager_id: str | None = None,
             courier: str | None = None, shelf: int | None = None, layer: int | None = None,
             home_delivery: bool = False, note: str | None = None) -> dict[str, Any]:
    """Put a parcel on the shelf; returns its id, pickup code, courier and the notice text."""
    require_agent(store, agent_id)
    tracking = normalize_tracking(tracking_no)
    courier = check_courier(courier or guess_courier(tracking))
    name, phone, tail = _recipient(store, villager_id, recipient_name, recipient_phone)
    note = optional_text(note, "note", "备注", 200)
    with store.write(agent_id) as w:
        # Checked inside the transaction and before the first write: a refusal writes nothing.
        _refuse_duplicate(store, tracking)
        slot = choose_slot(store, shelf, layer)
        seq, code = next_code(store, *slot)
        now = store.now_iso()
        parcel = {
            "tracking_no": tracking, "courier": courier, "villager_id": villager_id,
            "recipient_name": name, "recipient_phone": phone, "phone_tail": tail,
            "shelf": slot[0], "layer": slot[1], "seq": seq, "pickup_code": code,
            "status": "in_stock", "checked_in_at": now, "home_delivery": bool(home_delivery), "note": note,
        }
        parcel_id = w.insert("parcels", parcel)
        _event(w, parcel_id, "check_in", now, {"pickup_code": code, "courier": courier})
    notice = _notice(store, name, code, courier, bool(home_delivery))
    return {"id": parcel_id, "pickup_code": code, "courier": courier, "notice": notice}


def check_in_typed(store: Store, agent_id: str, tracking_no: str, *, courier: str | None, villager_id: str | None,
                   typed: str, home_delivery: bool, typed_ok: bool) -> dict[str, Any]:
    """Check in for the villager picked from the register, or for whoever the typed
    recipient means (``villagers.resolve_typed``: may raise ChooseVillager, writing nothing);
    returns what ``check_in`` does, the parcel as stored and the days it is kept (for the slip)."""
    if villager_id:
        who: dict[str, Any] = {"villager_id": villager_id}
    else:
        found = resolve_typed(store, typed, "recipient", typed_ok=typed_ok)
        name, phone = found.get("name"), found.get("phone")
        if "villager_id" not in found and not name and phone and MOBILE_RE.match(re.sub(r"[\s-]", "", phone)):
            name = f"尾号{phone[-4:]}"  # a full phone alone is enough: the counter calls them by its tail
        who = ({"villager_id": found["villager_id"]} if "villager_id" in found
               else {"recipient_name": name, "recipient_phone": phone})
    got = check_in(store, agent_id, tracking_no, courier=courier, home_delivery=home_delivery, **who)
    return {**got, "parcel": get_parcel(store, got["id"]), "retention": retention_days(store)}


def _recipient(store: Store, villager_id: str | None, name: str | None,
               phone: str | None) -> tuple[str, str | None, str | None]:
    """Name and phone typed from the label win; the register fills in what was left blank."""
    if villager_id:
        villager = get_villager(store, villager_id)
        name = name if (name or "").strip() else villager.name
        phone = phone if (phone or "").strip() else villager.phone
    name = required_text(name, "recipient_name", "收件人姓名", 30)
    full, tail = recipient_phone(phone)
    return name, full, tail


def recipient_phone(text: str | None, field: str = "recipient_phone") -> tuple[str | None, str | None]:
    """(full phone, last four digits). Privacy waybills print ``138****5678``; a tail alone is kept too."""
    value = re.sub(r"[\s-]", "", text or "")
    if not value:
        return None, None
    if MOBILE_RE.match(value):
        return value, value[-4:]
    masked = _MASKED_PHONE_RE.match(value)
    if masked:
        return None, masked.group(1)
    if _TAIL_RE.match(value):
        return None, value
    raise ValidationError("bad_phone", "手机号应为11位数字，或面单上的 138****5678，或尾号4位", field)


def check_new_tracking(store: Store, tracking_no: str) -> str:
    """A scanned number, normalised, that is not already on the shelf (said at the scan,
    before the recipient is typed). Writes nothing."""
    tracking = normalize_tracking(tracking_no)
    _refuse_duplicate(store, tracking)
    return tracking


def _refuse_duplicate(store: Store, tracking: str) -> None:
    row = store.one(
        f"SELECT pickup_code FROM parcels WHERE tracking_no = ? AND status IN {ON_SHELF_SQL} LIMIT 1",
        (tracking,),
    )
    if row:
        raise StateError("already_in_stock", f"单号 {tracking} 已经入库了，取件码 {row[0]}", "tracking_no",
                         tracking=tracking, pickup_code=row[0])


def notice_text(store: Store, parcel: str | dict | sqlite3.Row) -> str:
    """The ready-to-copy SMS / WeChat text telling the villager their parcel is here."""
    row = get_parcel(store, parcel) if isinstance(parcel, str) else parcel
    return _notice(store, row["recipient_name"], row["pickup_code"], row["courier"], bool(row["home_delivery"]))


def _notice(store: Store, name: str, code: str, courier: str, home_delivery: bool) -> str:
    shown = profile(store)
    station, hours, phone = shown["name"] or "便民服务站", shown["hours_text"], shown["phone"]
    call = f"，电话 {phone}" if phone else ""
    if home_delivery:
        action = "我们会尽快给您送到家"
    else:
        action = f"请凭取件码或手机尾号到服务站领取（{hours}），保管{retention_days(store)}天"
    return f"【{station}】{name}您好，您的{courier_name(courier)}包裹已到服务站，取件码 {code}，{action}{call}。"


# -- moves off the shelf --------------------------------------------------------------

def release(store: Store, agent_id: str, parcel_id: str, collected_by: str | None,
            relation: str) -> None:
    """Hand a parcel over at the station to the recipient or someone collecting for them."""
    require_agent(store, agent_id)
    relation = choice(relation, "relation", RELATIONS, "领取人与收件人的关系")
    if relation == "self" and not (collected_by or "").strip():
        collected_by = get_parcel(store, parcel_id)["recipient_name"]
    collected_by = required_text(collected_by, "collected_by", "领取人姓名", 30)
    _move(store, agent_id, parcel_id, "release", "released",
          {"collected_by": collected_by, "collected_relation": relation},
          {"collected_by": collected_by, "relation": relation})


def deliver_home(store: Store, agent_id: str, parcel_id: str, note: str | None = None) -> None:
    """The agent took the parcel to the villager's home (elders who cannot come)."""
    require_agent(store, agent_id)
    note = optional_text(note, "note", "备注", 200)
    _move(store, agent_id, parcel_id, "deliver", "delivered", {}, {"note": note})


def return_to_courier(store: Store, agent_id: str, parcel_id: str, reason: str) -> None:
    require_agent(store, agent_id)
    reason = required_text(reason, "reason", "退回原因", 200)
    _move(store, agent_id, parcel_id, "return", "returned", {"return_reason": reason}, {"reason": reason})


def report_problem(store: Store, agent_id: str, parcel_id: str, kind: str, note: str | None = None) -> None:
    """Mark a parcel damaged, lost, for the wrong person or refused; it keeps its code and slot."""
    require_agent(store, agent_id)
    kind = choice(kind, "kind", PROBLEM_KINDS, "问题类型")
    note = optional_text(note, "note", "问题说明", 200)
    _move(store, agent_id, parcel_id, "problem", "problem", {"problem_kind": kind}, {"kind": kind, "note": note})


def resolve_problem(store: Store, agent_id: str, parcel_id: str, note: str | None = None) -> None:
    """The problem is sorted out: the parcel waits for pickup again under the same code."""
    require_agent(store, agent_id)
    note = optional_text(note, "note", "处理说明", 200)
    _move(store, agent_id, parcel_id, "resolve", "in_stock", {"problem_kind": None}, {"note": note})


def _move(store: Store, agent_id: str, parcel_id: str, action: str, to_status: str,
          changes: dict[str, Any], detail: dict[str, Any]) -> None:
    with store.write(agent_id) as w:
        parcel = get_parcel(store, parcel_id)
        if parcel["status"] not in MOVES[action]:
            raise StateError(
                "illegal_move",
                f"这件快递的状态是“{STATUS_LABELS[parcel['status']]}”，不能{ACTION_NAMES[action]}", "status",
            )
        now = store.now_iso()
        closes = to_status not in ON_SHELF
        w.update("parcels", parcel_id, {**changes, "status": to_status, **({"closed_at": now} if closes else {})})
        _event(w, parcel_id, action, now, {"from": parcel["status"], "to": to_status, **detail})


def _event(w, parcel_id: str, kind: str, at: str, detail: dict[str, Any]) -> None:
    w.insert("parcel_events", {"parcel_id": parcel_id, "kind": kind, "at": at,
                               "detail": {k: v for k, v in detail.items() if v is not None}})


# -- reading one parcel -------------------------------------------------------------------

def get_parcel(store: Store, parcel_id: str) -> dict[str, Any]:
    row = store.get("parcels", parcel_id) if parcel_id else None
    if row is None:
        raise NotFoundError("unknown_parcel", "找不到这件快递", "parcel")
    return dict(row)


def history(store: Store, parcel_id: str) -> list[dict[str, Any]]:
    """Every event of a parcel, oldest first, with the agent's name and a Chinese label."""
    get_parcel(store, parcel_id)
    rows = store.all(
        "SELECT e.kind, e.at, e.detail, e.created_by AS agent_id, a.name AS agent_name"
        " FROM parcel_events e LEFT JOIN agents a ON a.id = e.created_by"
        " WHERE e.parcel_id = ? ORDER BY e.at, e.hlc",
        (parcel_id,),
    )
    return [{**dict(r), "label": EVENT_LABELS.get(r["kind"], r["kind"]), "detail": json.loads(r["detail"])}
            for r in rows]
