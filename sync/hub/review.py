"""Review before import: the town may hold what stations send over the network until a
person has looked at it and imported it (a USB file is always imported by a person).

A held page is kept exactly as received (canonical wire ops) with a ``hub_batches`` row of
outcome ``held``; nothing is applied and nothing acknowledged, so the station keeps the
ops in its outbox. Importing applies the page through ``apply.exchange``, the one
apply path, and the station's next sync receives the acknowledgement. A held page that a
later sync delivered anyway (review was switched off meanwhile) is dropped as merged.
"""

from __future__ import annotations

import gzip

from station_app.settings import REVIEW_BATCHES
from station_app.store import Store

from ..bodies import dumps, loads
from ..protocol import CREATED

def review_enabled(hub: Store) -> bool:
    return REVIEW_BATCHES.get(hub)


def set_review(hub: Store, on: bool) -> None:
    with hub.transaction():
        REVIEW_BATCHES.put(hub, on)


def held_upto(hub: Store, station: str) -> int:
    """The last seq the hub holds for ``station`` (0: none): the next page may follow it."""
    return hub.scalar("SELECT COALESCE(MAX(to_seq), 0) FROM hub_held_pages WHERE station_code = ?", (station,))


def hold_page(hub: Store, station: str, push: dict, batch_id: str) -> dict:
    """Keep a pushed page for review (call inside the exchange's transaction). A page the
    hub already holds whole (the station asks again at its next sync) is not kept twice.
    ``held_to`` tells the station where its next page may start, so a backlog is held
    whole in one sync rather than a page per sync."""
    covered = hub.scalar(
        "SELECT 1 FROM hub_held_pages WHERE station_code = ? AND from_seq <= ? AND to_seq >= ?",
        (station, push["from_seq"], push["to_seq"]))
    ops = push["ops"]
    if not covered:
        times = [w[CREATED] for w in ops]
        now = hub.now_iso()
        hub.conn.execute(
            "INSERT INTO hub_batches (id, station_code, via, from_seq, to_seq, op_count, applied, skipped, rejected,"
            " conflicts, first_at, last_at, outcome, reason, received_at)"
            " VALUES (?, ?, 'http', ?, ?, ?, 0, 0, 0, 0, ?, ?, 'held', NULL, ?) ON CONFLICT (id) DO NOTHING",
            (batch_id, station, push["from_seq"], push["to_seq"], len(ops), min(times, default=None),
             max(times, default=None), now))
        hub.conn.execute(
            "INSERT INTO hub_held_pages (batch_id, station_code, from_seq, to_seq, schema_version, ops)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id) DO NOTHING",
            (batch_id, station, push["from_seq"], push["to_seq"], push["schema_version"],
             gzip.compress(dumps(push), 6, mtime=0)))
    return {"applied": 0, "skipped": 0, "rejected": 0, "conflicts": 0, "held": len(ops),
            "held_to": held_upto(hub, station)}


def held_page(hub: Store, batch_id: str) -> tuple[str, dict] | None:
    row = hub.one("SELECT station_code, ops FROM hub_held_pages WHERE batch_id = ?", (batch_id,))
    if row is None:
        return None
    return row["station_code"], loads(gzip.decompress(row["ops"]))


def drop_delivered(hub: Store, station: str, last_applied: int) -> int:
    """Held pages whose every op the hub now has (call inside a transaction)."""
    ids = [r[0] for r in hub.all("SELECT batch_id FROM hub_held_pages WHERE station_code = ? AND to_seq <= ?",
                                 (station, last_applied))]
    for batch_id in ids:
        hub.conn.execute("DELETE FROM hub_held_pages WHERE batch_id = ?", (batch_id,))
        hub.conn.execute("UPDATE hub_batches SET outcome = 'merged' WHERE id = ? AND outcome = 'held'", (batch_id,))
    return len(ids)


def held_batches(hub: Store, station: str | None = None) -> list[dict]:
    """Held pages oldest first per station: the order they must be imported in."""
    where, params = ("WHERE h.station_code = ?", (station,)) if station else ("", ())
    return [dict(r) for r in hub.all(
        "SELECT h.batch_id, h.station_code, h.from_seq, h.to_seq, b.op_count, b.received_at FROM hub_held_pages h"
        f" JOIN hub_batches b ON b.id = h.batch_id {where} ORDER BY h.station_code, h.from_seq, h.to_seq", params)]
