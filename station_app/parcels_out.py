"""Outgoing parcels (代寄): a villager sends something through the station and pays the fee.

The fee is money the station takes in, so a record is never edited: a mistake is voided
with a reason (it stays in the list, struck through, and leaves the totals) and entered
again.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .agents import require_agent
from .couriers import check_courier, normalize_tracking
from .errors import ValidationError
from .money import CHANNELS, check_fen
from .store import Store
from .timeutil import local_day_bounds
from .validation import choice, mobile, required_text
from .villagers import get_villager
from .voids import not_voided_sql, void_record

METHODS = CHANNELS  # cash / wechat / alipay: the fee comes into the till
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


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


def _any_phone(text: str | None, field: str) -> str:
    """A receiver may give a mobile or a landline with area code (0379-6xxxxxxx)."""
    value = re.sub(r"\s", "", text or "")
    if _LANDLINE_RE.match(value):
        return value
    if value and not value.startswith("1"):
        raise ValidationError("bad_phone", "电话应为11位手机号，或带区号的座机号", field)
    return mobile(value, field, required=True)


def list_sent(store: Store, day: date | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Sent parcels, newest first (of one local day if given), voided ones flagged with the reason."""
    where, params = "", ()
    if day is not None:
        where, params = " WHERE p.sent_at >= ? AND p.sent_at < ?", local_day_bounds(day)
    rows = store.all(
        "SELECT p.*, v.reason AS void_reason, v.created_at AS voided_at FROM parcels_out p"
        " LEFT JOIN voids v ON v.target_entity = 'parcels_out' AND v.target_id = p.id"
        f"{where} ORDER BY p.sent_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [{**dict(r), "voided": r["voided_at"] is not None} for r in rows]


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
