"""Town-owned reference data a station starts with: the service catalogue and the
working-day calendar. The town publishes newer versions by sync; until the first sync a
station works from the copies bundled in ``resources/``.

These rows are not the station's own changes, so they are applied without an outbox row.
"""

from __future__ import annotations

import json

from .ids import new_id
from .paths import resource_path
from .store import Op, Store, apply_op
from .store.schema import SCHEMA_VERSION


def load_json(name: str) -> dict:
    return json.loads(resource_path(name).read_text(encoding="utf-8"))


def _seed_op(store: Store, entity: str, record_id: str, fields: dict) -> Op:
    now = store.now_iso()
    return Op(new_id(), entity, record_id, "insert", {**fields, "created_at": now},
              0, store.hlc.tick().encode(), None, SCHEMA_VERSION, now)


def catalogue_fields(item: dict) -> dict:
    return {
        "code": item["code"],
        "name": item["name"],
        "window": item["window"],
        "serves": item.get("serves"),
        "basis": item.get("basis"),
        "procedure": item.get("procedure"),
        "time_limit_days": int(item["time_limit_days"]),
        "materials": json.dumps(item.get("materials", []), ensure_ascii=False, sort_keys=True),
        "fee_fen": int(item.get("fee_fen", 0)),
        "fee_note": item.get("fee_note"),
        "active": 1 if item.get("active", True) else 0,
        "item_version": int(item.get("version", 1)),
    }


def seed_town_data(store: Store) -> None:
    """Load the bundled catalogue and calendar into an empty store (idempotent)."""
    with store.transaction():
        if not store.scalar("SELECT COUNT(*) FROM catalogue_items"):
            for item in load_json("catalogue.json")["items"]:
                apply_op(store.conn, store.columns, _seed_op(store, "catalogue_items", item["code"], catalogue_fields(item)))
        if not store.scalar("SELECT COUNT(*) FROM calendar_days"):
            for day in load_json("calendar.json")["days"]:
                fields = {"day": day["day"], "kind": day["kind"], "name": day.get("name")}
                apply_op(store.conn, store.columns, _seed_op(store, "calendar_days", day["day"], fields))
