"""Outgoing parcels (代寄): a villager sends something through the station and pays the fee.

The fee is money the station takes in, so a record is never edited: a mistake is voided
with a reason (it stays in the list, struck through, and leaves the totals) and entered
again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .agents import require_agent
from .couriers import check_courier, normalize_tracking
from .errors import ValidationError
from .money import CHANNELS, check_fen, parse_yuan
from .queries import LIKE, Listing, Query, Where, any_column_like, like
from .store import Store
from .timeutil import local_date, local_day_bounds
from .validation import choice, mobile, required_text
from .villagers import get_villager, resolve_typed
from .voids import not_voided_sql, void_record

METHODS = CHANNELS  # cash / wechat / alipay: the fee comes into the till
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}$")
_ZERO = re.compile(r"^\s*[0０]+(?:[.．。][0０]*)?\s*(元)?\s*$")


def send_parcel(store: Store, agent_id: str, *, sender_name: str | None, sender_phone: str | None,
                receiver_name: str, receiver_phone: str, receiver_address: str, courier: str,
                tracking_no: str | None = None, fee_fen: int, method: str,
                villager_id: str | None = None) -> str:
    """Record a parcel sent for a villager; returns the record id."""
    require_agent(store, agent_id)
    if villager_id:
        villager = get_villager(store, villager_id)
        sender_name = sender_name if (sender_name or "").strip() else villager.name
        sender_phone = sender_phone if (sender_phone or "").strip() else villager.phone
    fields = {
        "villager_id": villager_id,
        "sender_name": required_text(sender_name, "sender_name", "寄件人姓名", 30),
        "sender_phone": mobile(sender_phone, "sender_phone"),
        "receiver_name": required_text(receiver_name, "receiver_name", "收件人姓名", 30),
        "receiver_phone": _any_phone(receiver_phone, "receiver_phone"),
        "receiver_address": required_text(receiver_address, "receiver_address", "收件地址", 200),
        "courier": check_courier(courier),
        "tracking_no": normalize_tracking(tracking_no) if (tracking_no or "").strip() else None,
        "fee_fen": check_fen(fee_fen, "fee_fen", allow_zero=True),
        "method": choice(method, "method", METHODS, "付款方式"),
    }
    with store.write(agent_id) as w:
        return w.insert("parcels_out", {**fields, "sent_at": store.now_iso()})


def parse_fee(text: str) -> int:
    """Yuan typed by the agent to fen; a free send (0) is allowed for this fee."""
    return 0 if _ZERO.match(text or "") else parse_yuan(text, "fee_fen")


def send_typed(store: Store, agent_id: str, *, villager_id: str | None, sender_name: str,
               sender_phone: str | None, fee: str, **parcel: Any) -> dict[str, Any]:
    """Send for the villager picked from the register, or for whoever the typed sender
    means (a name not in the register is taken as typed); ``fee`` is the yuan typed."""
    if not villager_id:
        found = resolve_typed(store, sender_name, "sender_name", typed_ok=True)
        villager_id = found.get("villager_id")
        if not villager_id:
            sender_name = found["name"]
            sender_phone = sender_phone or found["phone"]
    fee_fen = parse_fee(fee)
    record_id = send_parcel(store, agent_id, sender_name=None if villager_id else sender_name,
                            sender_phone=sender_phone, villager_id=villager_id, fee_fen=fee_fen, **parcel)
    row = store.get("parcels_out", record_id)
    return {"id": record_id, "sender_name": row["sender_name"], "receiver_name": row["receiver_name"],
            "fee_fen": fee_fen}


def _any_phone(text: str | None, field: str) -> str:
    """A receiver may give a mobile or a landline with area code (0379-6xxxxxxx)."""
    value = re.sub(r"\s", "", text or "")
    if _LANDLINE_RE.match(value):
        return value
    if value and not value.startswith("1"):
        raise ValidationError("bad_phone", "电话应为11位手机号，或带区号的座机号", field)
    return mobile(value, field, required=True)


@dataclass(frozen=True)
class SentQuery(Query):
    """``search``: a sender's or receiver's name or phone, or the tracking number;
    ``status`` "today" (the list's chip) or a local ``day``: the parcels sent that day."""

    status: str | None = None
    day: date | None = None


def _sent_where(store: Store, q: SentQuery) -> tuple[str, list[Any]]:
    where = Where()
    day = local_date(store.now_iso()) if q.status == "today" else q.day
    if day is not None:
        where.add("p.sent_at >= ? AND p.sent_at < ?", *local_day_bounds(day))
    text = q.search.strip()
    if text:  # a tracking number is kept in capitals
        clause, params = any_column_like(("p.sender_name", "p.receiver_name", "p.sender_phone", "p.receiver_phone"),
                                         text)
        where.add(f"({clause} OR p.tracking_no {LIKE})", *params, like(text.upper()))
    return where.sql, where.params


def list_sent(store: Store, q: SentQuery = SentQuery(), limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Sent parcels, newest first, voided ones flagged with the reason."""
    sql, params = _sent_where(store, q)
    rows = store.all(
        "SELECT p.*, v.reason AS void_reason, v.created_at AS voided_at FROM parcels_out p"
        " LEFT JOIN voids v ON v.target_entity = 'parcels_out' AND v.target_id = p.id"
        f"{sql} ORDER BY p.sent_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [{**dict(r), "voided": r["voided_at"] is not None} for r in rows]


def count_sent(store: Store, q: SentQuery = SentQuery()) -> int:
    sql, params = _sent_where(store, q)
    return store.scalar(f"SELECT COUNT(*) FROM parcels_out p{sql}", params)


SENT = Listing(SentQuery(), list_sent, count_sent, frozenset({"parcels_out", "voids"}))


def sent_totals(store: Store, day: date) -> dict[str, Any]:
    """Count and fees of the day's parcels sent (voided ones left out), per payment method."""
    rows = store.all(
        "SELECT method, COUNT(*), SUM(fee_fen) FROM parcels_out p WHERE sent_at >= ? AND sent_at < ?"
        f" AND {not_voided_sql('parcels_out', 'p')} GROUP BY method",
        local_day_bounds(day),
    )
    by_method = {m: {"count": 0, "fee_fen": 0} for m in METHODS}
    for method, count, fee in rows:
        by_method[method] = {"count": count, "fee_fen": fee}
    return {
        "count": sum(v["count"] for v in by_method.values()),
        "fee_fen": sum(v["fee_fen"] for v in by_method.values()),
        "by_method": by_method,
    }


def void_sent(store: Store, agent_id: str, record_id: str, reason: str) -> str:
    """Void a mistaken record (kept, struck through, out of the totals); returns the void id."""
    return void_record(store, agent_id, "parcels_out", record_id, reason)
