"""Voids: how a money or parcel record is corrected without being edited or deleted.

A void is a record of its own (who, when, why) pointing at its target. The target stays
as it was, is shown struck through, and every total leaves it out. The unique index on
(target_entity, target_id) makes a second void of the same record impossible even when
two windows race.
"""

from __future__ import annotations

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .store import Store
from .store.schema import ENTITIES
from .validation import required_text

REASON_MAX = 200
# What a mistake can be corrected in: money and the day's close (parcels move on instead).
VOIDABLE = frozenset({"payments", "advances", "repayments", "parcels_out", "daily_closes", "coop_stock_moves",
                      "coop_settlements", "payovers"})


def not_voided_sql(entity: str, alias: str) -> str:
    """A WHERE fragment keeping rows of ``alias`` (an ``entity`` table) that are not voided."""
    if entity not in ENTITIES:
        raise ValueError(f"unknown entity {entity}")
    return (f"NOT EXISTS (SELECT 1 FROM voids vd WHERE vd.target_entity = '{entity}'"
            f" AND vd.target_id = {alias}.id)")


def void_of(store: Store, entity: str, record_id: str) -> dict | None:
    row = store.one("SELECT * FROM voids WHERE target_entity = ? AND target_id = ?", (entity, record_id))
    return dict(row) if row else None


def is_voided(store: Store, entity: str, record_id: str) -> bool:
    return void_of(store, entity, record_id) is not None


def check_reason(reason: str | None) -> str:
    return required_text(reason, "reason", "作废原因", REASON_MAX)


def void_record(store: Store, agent_id: str, entity: str, record_id: str, reason: str) -> str:
    """Void one record (checked inside the transaction, so a racing second void is refused)."""
    require_agent(store, agent_id)
    reason = check_reason(reason)
    if entity not in VOIDABLE:
        raise ValidationError("unknown_entity", f"不能作废这类记录：{entity}", "entity")
    with store.write(agent_id) as w:
        if store.get(entity, record_id) is None:
            raise NotFoundError("record_missing", "要作废的记录不存在", "record_id")
        if is_voided(store, entity, record_id):
            raise StateError("already_voided", "这条记录已经作废过了", "record_id")
        return w.insert("voids", {"target_entity": entity, "target_id": record_id, "reason": reason})
