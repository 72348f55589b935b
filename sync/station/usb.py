"""The station's side of the USB batch files (the format: ``sync/batch_files.py``): write
every op the hub has not acknowledged into a signed file, and take in the hub's signed
reply as a network sync would.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError as PydanticError

from station_app import __version__
from station_app.ids import new_id
from station_app.store import Store
from station_app.store.schema import SCHEMA_VERSION

from ..batch_files import BatchRefused, body_pages, read_numbers, scan, verify, write_signed
from ..protocol import Change, Recovery
from . import recovery, unread
from .state import absorb, apply_changes, ensure_station_tables, numbers_used, push_page, same_schema, settings, \
    unacked_rows


def export_batch(store: Store, out: Path) -> dict:
    """Every unacknowledged op (of one schema version) and the pull cursor, signed."""
    ensure_station_tables(store)
    recovery.begin_if_restored(store)
    unread.pull_again_if_upgraded(store)
    s = settings(store)
    rows = same_schema(unacked_rows(store))
    page = push_page(rows, s.station, s.acked)
    manifest = {"kind": "station_batch", "station": s.station, "batch_id": new_id(), "epoch": s.epoch,
                "from_seq": page["from_seq"] if page else s.acked + 1, "to_seq": page["to_seq"] if page else s.acked,
                "schema_version": page["schema_version"] if page else SCHEMA_VERSION, "cursor": s.cursor,
                "created_at": store.now_iso(), "app_version": __version__,
                "waiting": max(0, store.pending_outbox() - len(rows)), "outbox_seq": s.outbox_seq,
                "recover": s.recover, "numbers": numbers_used(store) if rows else None}
    write_signed(out, manifest, page["ops"] if page else [], s.key)
    return {"station": s.station, "ops": len(rows), "from_seq": manifest["from_seq"], "to_seq": manifest["to_seq"],
            "cursor": s.cursor, "file": str(out)}


def import_reply(store: Store, path: Path) -> dict:
    """Check a hub reply file (first pass), then absorb it a few hundred changes at a time
    in one transaction, so a large reply never sits in memory whole."""
    ensure_station_tables(store)
    s = settings(store)
    scanned = scan(path)
    verify(scanned, s.key, "hub_reply", station=s.station)
    m = scanned.manifest
    reply = {"station": m["station"], "epoch": m["epoch"], "last_applied": int(m["last_applied"]),
             "gap": bool(m.get("gap")), "epoch_reset": bool(m.get("epoch_reset")), "hub_hlc": m.get("hub_hlc"),
             "clock_warning": m.get("clock_warning"), "lacks_records": bool(m.get("lacks_records")),
             "numbers": read_numbers(m.get("numbers")),
             "pull": {"changes": [], "next_cursor": int(m["next_cursor"]), "has_more": False,
                      "recovery": _recovery(m.get("recovery"))}}
    pulled = skipped = rejected = recovered = 0
    with store.transaction():
        refilling = recovery.refilling(store)
        for lines in body_pages(path, scanned, 500):
            try:
                changes = [Change.model_validate(c).model_dump() for c in lines]
            except PydanticError:
                raise BatchRefused("damaged", "回复文件的内容格式不对") from None
            rejected += sum(1 for c in changes if c["kind"] == "problem" and c["data"].get("kind") == "rejection")
            recovered += sum(1 for c in changes if c["cursor"] == 0)  # the station's own records, back
            unread.remember_recovered(store, {"changes": changes})
            done, passed = apply_changes(store, s.station, changes, refilling)
            pulled, skipped = pulled + done, skipped + passed
        reply["pull"]["recovered"] = recovered
        got = absorb(store, reply, live=False, upto=int(m.get("to_seq") or 0))
    return {**got, "pulled": pulled, "skipped": skipped, "gap": reply["gap"], "last_applied": reply["last_applied"],
            "pending": store.pending_outbox(), "rejected": rejected}


def _recovery(value) -> dict | None:
    try:
        return None if value is None else Recovery.model_validate(value).model_dump()
    except PydanticError:
        raise BatchRefused("damaged", "文件里的恢复位置格式不对") from None
