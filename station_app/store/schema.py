"""The record schema: its versioned migrations and which tables sync, owned by whom.

Station and hub keep the same record tables (``core_tables`` for versions 1-4,
``seed_tables`` for 5-9). Migrations only ever append: a store at any earlier version is
brought up to date by running the missing steps in order, each in its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from .core_tables import V1, V2, V3, V4
from .seed_tables import V5, V6, V7, V8, V9


MIGRATIONS: list[tuple[int, list[str]]] = [(1, V1), (2, V2), (3, V3), (4, V4), (5, V5), (6, V6), (7, V7), (8, V8),
                                           (9, V9)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True)
class Entity:
    table: str
    owner: str  # "station" or "town": who may write it


# Every table that syncs. Station-owned records flow up; town-owned flow down.
ENTITIES: dict[str, Entity] = {
    name: Entity(name, owner)
    for name, owner in [
        ("agents", "station"),
        ("villagers", "station"),
        ("contacts", "station"),
        ("payments", "station"),
        ("voids", "station"),
        ("advances", "station"),
        ("repayments", "station"),
        ("parcels", "station"),
        ("parcel_events", "station"),
        ("parcels_out", "station"),
        ("cases", "station"),
        ("case_events", "station"),
        ("receptions", "station"),
        ("appointments", "station"),
        ("feedback", "station"),
        ("callbacks", "station"),
        ("daily_closes", "station"),
        ("audit_events", "station"),
        ("coop_members", "station"),
        ("coop_items", "station"),
        ("coop_stock_moves", "station"),
        ("coop_settlements", "station"),
        ("coop_trainings", "station"),
        ("coop_attendance", "station"),
        ("coop_field_requests", "station"),
        ("service_day_signups", "station"),
        ("station_profiles", "station"),
        ("duty_events", "station"),
        ("station_letters", "station"),
        ("notice_reads", "station"),
        ("villager_messages", "station"),
        ("handover_sheets", "station"),
        ("handover_items", "station"),
        ("villager_accounts", "station"),
        ("payment_vouchers", "station"),
        ("payovers", "station"),
        ("payover_items", "station"),
        ("catalogue_items", "town"),
        ("calendar_days", "town"),
        ("service_days", "town"),
        ("pin_resets", "town"),
        ("town_messages", "town"),
        ("handover_receipts", "town"),
        ("sms_outcomes", "town"),
    ]
}
