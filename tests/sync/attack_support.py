"""An attacker holding one station's secret: hand-made pages of ops sent to a real hub,
and what the hub then holds of another station."""

from __future__ import annotations

import json
from pathlib import Path

from station_app.clock import HlcTimestamp
from station_app.ids import new_id
from station_app.store.schema import ENTITIES, SCHEMA_VERSION
from sync.hub.store import open_hub
from sync.packing import encode_page
from sync.bodies import gzip_json
from sync.protocol import PROTOCOL_VERSION
from sync_support import post_exchange

NOW = "2026-11-27T02:00:00.000Z"


def last_applied(hub_dir: Path, code: str) -> int:
    with open_hub(hub_dir) as hub:
        return hub.scalar("SELECT last_applied FROM hub_stations WHERE code = ?", (code,))


def op(entity: str, fields: dict, kind: str = "insert", record_id: str | None = None, base: int = 0,
       op_id: str | None = None) -> dict:
    """One outbox row as a station would hold it (fields as stored: lists already JSON text)."""
    return {"op_id": op_id or new_id(), "entity": entity, "record_id": record_id or new_id(), "kind": kind,
            "fields": {"created_at": NOW, **fields} if kind == "insert" else {"updated_at": NOW, **fields},
            "base_version": base}


def request_body(station: str, acked: int, ops: list[dict], **extra) -> dict:
    rows, ms = [], 1796000000000
    for seq, o in enumerate(ops, acked + 1):
        ms += 1
        rows.append({"seq": seq, "op_id": o["op_id"], "entity": o["entity"], "record_id": o["record_id"],
                     "kind": o["kind"], "fields": json.dumps(o["fields"], ensure_ascii=False),
                     "base_version": o["base_version"], "hlc": HlcTimestamp(ms, 0, "attacker0001").encode(),
                     "agent_id": None, "schema_version": SCHEMA_VERSION, "created_at": NOW})
    return {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, "station": station,
            "epoch": None, "push": encode_page(rows, station, acked), "pull": None, **extra}


def push_ops(hub, hub_dir: Path, station: str, secret: str, ops: list[dict]):
    """Send ``ops`` as the station's next page; returns the HTTP reply."""
    return post_exchange(hub.url, secret, gzip_json(request_body(station, last_applied(hub_dir, station), ops)))


def rejections(hub_dir: Path, station: str) -> list[tuple[str, str]]:
    with open_hub(hub_dir) as hub:
        return [(r["code"], r["reason"]) for r in hub.all(
            "SELECT p.code, p.reason FROM sync_problems p JOIN hub_problem_stations s ON s.problem_id = p.id"
            " WHERE s.station_code = ? AND p.kind = 'rejection' ORDER BY p.created_at, p.rowid", (station,))]


def records_of(hub_dir: Path, code: str) -> dict:
    """Every station-owned row the hub holds for ``code``."""
    with open_hub(hub_dir) as hub:
        return {t: [tuple(r) for r in hub.all(f"SELECT * FROM {t} WHERE station_code = ? ORDER BY id", (code,))]
                for t, spec in ENTITIES.items() if spec.owner == "station"}


def one_id(hub_dir: Path, sql: str, *params) -> str:
    with open_hub(hub_dir) as hub:
        row = hub.one(sql, params)
    assert row is not None, sql
    return row[0]
