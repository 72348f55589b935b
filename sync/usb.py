"""Batch files for a USB stick: the same ops and pull pages as HTTP, in a signed file.

A file is gzip'd JSON lines:
    line 1      manifest: format, kind (station_batch | hub_reply), station, batch_id, seq range,
                cursor, epoch, protocol and schema version, count, sha256 of the body lines
    lines 2..n  body: wire ops (station_batch) or hub changes (hub_reply), one per line
    last line   {"hmac": HMAC-SHA256 of the manifest line, keyed with the station's file key}
It is written to a temporary file, fsynced and renamed. The hub applies a station batch
through ``hub_apply.exchange``, the code HTTP uses, and answers with a signed reply file.
Importing any file twice changes nothing; a truncated, altered, foreign or wrongly signed
file is refused with the reason before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError as PydanticError

from station_app import __version__
from station_app.ids import new_id
from station_app.store import Store
from station_app.store.schema import SCHEMA_VERSION

from .batch_files import BatchRefused, Scan, SignedWriter, body_pages, scan
from .hub_apply import batch_seen, exchange
from .hub_stations import station_file_key, station_revoked
from . import station_recovery as recovery
from .hub_recovery import START as RECOVERY_START, number_floors
from .hub_trust import check_page
from .protocol import (INT64, NUMBERS, PAGE_OPS, PROTOCOL_VERSION, Change, Gap, Position, ProtocolError, PushPage,
                       Recovery, check_versions, signature_ok)
from .station_state import absorb, apply_changes, ensure_station_tables, numbers_used, push_page, same_schema, \
    settings, unacked_rows

FILE_PULL_LIMIT = 1000


def write_signed(path: Path, manifest: dict, body, key: str) -> dict:
    writer = SignedWriter(path, key)
    try:
        for item in body:
            writer.add(item)
    except BaseException:
        writer.close()
        raise
    return writer.finish({**manifest, "protocol_version": PROTOCOL_VERSION,
                          "schema_version": manifest.get("schema_version", SCHEMA_VERSION)})


def verify(scanned: Scan, key: str | None, kind: str, station: str | None = None) -> None:
    m = scanned.manifest
    if m.get("kind") != kind:
        want = "服务站导出的同步文件" if kind == "station_batch" else "镇中心的回复文件"
        raise BatchRefused("wrong_kind", f"这个文件不是{want}")
    if station is not None and m.get("station") != station:
        raise BatchRefused("foreign", f"这是服务站 {m.get('station')} 的文件，不是本站的")
    if key is None:
        raise BatchRefused("foreign", f"文件来自服务站 {m.get('station')}，它没有在本镇中心登记")
    if not signature_ok(key, scanned.manifest_line, scanned.signature):
        raise BatchRefused("bad_signature", "文件的签名不对：不是该站用自己的密钥写的，或被改动过")
    if scanned.sha256 != m.get("sha256") or scanned.count != m.get("count"):
        raise BatchRefused("altered", "文件内容与清单不符（被改动或不完整）")
    try:
        check_versions(_whole(m.get("protocol_version")), _whole(m.get("schema_version")))
    except ProtocolError as err:
        raise BatchRefused(err.code, err.reason) from None


def _whole(value) -> int:
    return value if type(value) is int else 0


# -- station side ---------------------------------------------------------------------
def export_batch(store: Store, out: Path) -> dict:
    """Every unacknowledged op (of one schema version) and the pull cursor, signed."""
    ensure_station_tables(store)
    recovery.begin_if_restored(store)
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
             "numbers": _numbers(m.get("numbers")),
             "pull": {"changes": [], "next_cursor": int(m["next_cursor"]), "has_more": False,
                      "recovery": _recovery(m.get("recovery"))}}
    pulled = skipped = rejected = recovered = 0
    with store.transaction():
        for lines in body_pages(path, scanned, 500):
            try:
                changes = [Change.model_validate(c).model_dump() for c in lines]
            except PydanticError:
                raise BatchRefused("damaged", "回复文件的内容格式不对") from None
            rejected += sum(1 for c in changes if c["kind"] == "problem" and c["data"].get("kind") == "rejection")
            recovered += sum(1 for c in changes if c["cursor"] == 0)  # the station's own records, back
            done, passed = apply_changes(store, s.station, changes)
            pulled, skipped = pulled + done, skipped + passed
        reply["pull"]["recovered"] = recovered
        got = absorb(store, reply, live=False, upto=int(m.get("to_seq") or 0))
    return {**got, "pulled": pulled, "skipped": skipped, "gap": reply["gap"], "last_applied": reply["last_applied"],
            "pending": store.pending_outbox(), "rejected": rejected}


def _numbers(value) -> dict[str, int] | None:
    try:
        return NUMBERS.validate_python(value)
    except PydanticError:
        raise BatchRefused("damaged", "文件里的编号格式不对") from None


def _recovery(value) -> dict | None:
    try:
        return None if value is None else Recovery.model_validate(value).model_dump()
    except PydanticError:
        raise BatchRefused("damaged", "文件里的恢复位置格式不对") from None


# -- hub side -------------------------------------------------------------------------
def _says_of_itself(manifest: dict) -> dict:
    """What a station's file says of itself (versions are checked by ``verify``); junk
    is left out, or refuses the file where the hub would act on it."""
    said = {"protocol_version": manifest.get("protocol_version"), "schema_version": manifest.get("schema_version")}
    version, waiting, high = manifest.get("app_version"), manifest.get("waiting"), manifest.get("outbox_seq")
    if isinstance(version, str) and len(version) <= 32:
        said["app_version"] = version
    if isinstance(waiting, int) and not isinstance(waiting, bool) and waiting >= 0:
        said["waiting"] = waiting
    if isinstance(high, int) and not isinstance(high, bool) and 0 <= high <= INT64[1]:
        said["outbox_seq"] = high
    said["numbers"] = _numbers(manifest.get("numbers"))
    return said


def _position(manifest: dict) -> dict | None:
    try:
        return None if manifest.get("recover") is None else Position.model_validate(manifest["recover"]).model_dump()
    except PydanticError:
        raise BatchRefused("damaged", "文件里的恢复位置格式不对") from None


def import_at_hub(hub: Store, path: Path, reply_path: Path) -> dict:
    """Check a station's file, apply it as HTTP would (page by page, all in one
    transaction), write the signed reply file. Memory stays bounded by a page of ops and
    a page of changes, whatever the file's size."""
    scanned = scan(path)
    m = scanned.manifest
    station = str(m.get("station"))
    key = station_file_key(hub, station)
    if key is None and station_revoked(hub, station):
        raise BatchRefused("station_revoked", f"服务站 {station} 已被镇中心停用，它的文件不再接收")
    verify(scanned, key, "station_batch")
    batch_id = str(m.get("batch_id"))
    repeat = batch_seen(hub, batch_id)
    said = _says_of_itself(m)
    cursor = _whole(m.get("cursor"))
    result = {"applied": 0, "skipped": 0, "rejected": 0, "conflicts": 0}
    gap = None
    lacks = False
    writer = SignedWriter(reply_path, key)
    try:
        with hub.transaction():
            try:
                for page, page_id in _pages(path, scanned, repeat, batch_id):
                    answer = exchange(hub, station, {"station": station, "epoch": m.get("epoch"), "push": page,
                                                     "pull": None, **said}, via="file", batch_id=page_id)
                    lacks = lacks or answer["lacks_records"]
                    for name in result:
                        result[name] += answer["push"][name]
            except Gap as err:
                gap = err
            except ProtocolError as err:
                raise BatchRefused(err.code, err.reason) from None
            # A station that lacks records gets them all in this reply: the file is its one trip.
            recover = _position(m) or (RECOVERY_START if lacks and gap is None else None)
            reply = exchange(hub, station, {"station": station, "epoch": m.get("epoch"), "push": None,
                                            "pull": {"cursor": cursor, "limit": FILE_PULL_LIMIT, "recover": recover},
                                            **said}, via="file")
            lacks = lacks or reply["lacks_records"]
            page = reply["pull"]
            while True:
                for change in page["changes"]:
                    writer.add(change)
                if not page["has_more"]:
                    break
                recover = page["recovery"]["next"] if page.get("recovery") else None
                page = exchange(hub, station, {"station": station, "epoch": reply["epoch"], "push": None,
                                               "pull": {"cursor": page["next_cursor"], "limit": FILE_PULL_LIMIT,
                                                        "recover": recover}, **said})["pull"]
        last_applied = gap.last_applied if gap else reply["last_applied"]
        manifest = {"kind": "hub_reply", "station": station, "reply_to": batch_id, "epoch": reply["epoch"],
                    "last_applied": last_applied, "to_seq": _whole(m.get("to_seq")), "gap": gap is not None,
                    "epoch_reset": reply["epoch_reset"], "hub_hlc": reply["hub_hlc"],
                    "clock_warning": reply["clock_warning"], "push": result, "cursor": cursor,
                    "next_cursor": page["next_cursor"], "created_at": hub.now_iso(), "protocol_version": PROTOCOL_VERSION,
                    "schema_version": SCHEMA_VERSION, "lacks_records": lacks, "numbers": number_floors(hub, station),
                    "recovery": page.get("recovery")}
        done = writer.finish(manifest)
    except BaseException:
        writer.close()
        raise
    return {"station": station, "ops": scanned.count, "repeat": repeat, "gap": gap is not None,
            "last_applied": last_applied, **result, "changes": done["count"], "reply": str(reply_path)}


def _pages(path: Path, scanned: Scan, repeat: bool, batch_id: str):
    """The file's ops as pages of the canonical push (the first carries the file's batch id)."""
    if repeat or scanned.count == 0:
        return
    m = scanned.manifest
    from_seq, to_seq = m.get("from_seq"), m.get("to_seq")
    seen = 0
    for index, ops in enumerate(body_pages(path, scanned, PAGE_OPS)):
        seen += len(ops)
        last = seen == scanned.count
        try:
            page = PushPage(from_seq=from_seq, to_seq=to_seq if last else ops[-1][0],
                            schema_version=m.get("schema_version"), ops=ops).model_dump()
        except (PydanticError, IndexError, TypeError):
            raise BatchRefused("damaged", "文件里的记录格式不对") from None
        check_page(page)
        yield page, batch_id if index == 0 else new_id()
        from_seq = page["to_seq"] + 1
