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

import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError as PydanticError

from station_app import __version__
from station_app.errors import DomainError
from station_app.ids import new_id
from station_app.store import Store
from station_app.store.schema import SCHEMA_VERSION

from .files import write_atomic
from .hub_apply import batch_seen, exchange
from .hub_stations import station_file_key, station_revoked
from .hub_store import hub_epoch
from .protocol import (INT64, NUMBERS, PROTOCOL_VERSION, Change, Gap, Position, ProtocolError, PushPage,
                       Recovery, check_versions, dumps, sign, signature_ok)
from . import station_recovery as recovery
from .hub_recovery import START as RECOVERY_START, number_floors
from .station_state import absorb, ensure_station_tables, numbers_used, push_page, same_schema, settings, unacked_rows

FORMAT = "village-station-batch"
MAX_FILE_RAW = 512 * 1024 * 1024
FILE_PULL_LIMIT = 5000


class BatchRefused(DomainError):
    """A batch or reply file that cannot be taken; nothing was written."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message, "file")


@dataclass
class Parsed:
    manifest: dict
    manifest_line: bytes
    lines: list[bytes]
    signature: str


def write_signed(path: Path, manifest: dict, body: list, key: str) -> None:
    lines = [dumps(item) for item in body]
    blob = b"".join(line + b"\n" for line in lines)
    manifest = {**manifest, "format": FORMAT, "protocol_version": PROTOCOL_VERSION,
                "schema_version": manifest.get("schema_version", SCHEMA_VERSION),
                "count": len(lines), "sha256": hashlib.sha256(blob).hexdigest()}
    head = dumps(manifest)
    tail = dumps({"hmac": sign(key, head)})
    write_atomic(Path(path), gzip.compress(head + b"\n" + blob + tail + b"\n", 6, mtime=0))


def parse(path: Path) -> Parsed:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise BatchRefused("unreadable", f"读不了这个文件：{err.strerror or err}") from None
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(data, MAX_FILE_RAW)
        if inflater.unconsumed_tail:
            raise BatchRefused("too_large", "文件太大，不是本程序写的同步文件")
        if not inflater.eof:
            raise BatchRefused("truncated", "文件不完整（可能没拷完就拔了U盘），请重新导出")
    except zlib.error:
        raise BatchRefused("damaged", "文件已损坏，不是完整的同步文件，请重新导出") from None
    lines = raw.split(b"\n")
    if len(lines) < 3 or lines[-1] != b"":
        raise BatchRefused("truncated", "文件不完整，请重新导出")
    try:
        manifest = json.loads(lines[0])
        signature = json.loads(lines[-2])["hmac"]
    except (ValueError, KeyError, TypeError):
        raise BatchRefused("not_a_batch", "这不是本程序写的同步文件") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BatchRefused("not_a_batch", "这不是本程序写的同步文件")
    return Parsed(manifest, lines[0], lines[1:-2], str(signature))


def verify(parsed: Parsed, key: str | None, kind: str, station: str | None = None) -> None:
    m = parsed.manifest
    if m.get("kind") != kind:
        want = "服务站导出的同步文件" if kind == "station_batch" else "镇中心的回复文件"
        raise BatchRefused("wrong_kind", f"这个文件不是{want}")
    if station is not None and m.get("station") != station:
        raise BatchRefused("foreign", f"这是服务站 {m.get('station')} 的文件，不是本站的")
    if key is None:
        raise BatchRefused("foreign", f"文件来自服务站 {m.get('station')}，它没有在本镇中心登记")
    if not signature_ok(key, parsed.manifest_line, parsed.signature):
        raise BatchRefused("bad_signature", "文件的签名不对：不是该站用自己的密钥写的，或被改动过")
    blob = b"".join(line + b"\n" for line in parsed.lines)
    if hashlib.sha256(blob).hexdigest() != m.get("sha256") or len(parsed.lines) != m.get("count"):
        raise BatchRefused("altered", "文件内容与清单不符（被改动或不完整）")
    try:
        check_versions(int(m.get("protocol_version", 0)), int(m.get("schema_version", 0)))
    except ProtocolError as err:
        raise BatchRefused(err.code, err.reason) from None


def _body(parsed: Parsed) -> list:
    try:
        return [json.loads(line) for line in parsed.lines]
    except ValueError:
        raise BatchRefused("damaged", "文件内容无法读取") from None


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
    ensure_station_tables(store)
    s = settings(store)
    parsed = parse(path)
    verify(parsed, s.key, "hub_reply", station=s.station)
    changes = _body(parsed)
    try:
        changes = [Change.model_validate(c).model_dump() for c in changes]
    except PydanticError:
        raise BatchRefused("damaged", "回复文件的内容格式不对") from None
    m = parsed.manifest
    reply = {"station": m["station"], "epoch": m["epoch"], "last_applied": int(m["last_applied"]),
             "gap": bool(m.get("gap")), "epoch_reset": bool(m.get("epoch_reset")), "hub_hlc": m.get("hub_hlc"),
             "clock_warning": m.get("clock_warning"), "lacks_records": bool(m.get("lacks_records")),
             "numbers": _numbers(m.get("numbers")),
             "pull": {"changes": changes, "next_cursor": int(m["next_cursor"]), "has_more": False,
                      "recovery": _recovery(m.get("recovery"))}}
    got = absorb(store, reply, live=False, upto=int(m.get("to_seq") or 0))
    return {**got, "gap": reply["gap"], "last_applied": reply["last_applied"], "pending": store.pending_outbox(),
            "rejected": sum(1 for c in changes if c["kind"] == "problem" and c["data"].get("kind") == "rejection")}


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
    if isinstance(high, int) and not isinstance(high, bool) and 0 <= high <= INT64:
        said["outbox_seq"] = high
    said["numbers"] = _numbers(manifest.get("numbers"))
    return said


def _position(manifest: dict) -> dict | None:
    try:
        return None if manifest.get("recover") is None else Position.model_validate(manifest["recover"]).model_dump()
    except PydanticError:
        raise BatchRefused("damaged", "文件里的恢复位置格式不对") from None


def import_at_hub(hub: Store, path: Path, reply_path: Path) -> dict:
    """Check a station's file, apply it as HTTP would, write the signed reply file."""
    parsed = parse(path)
    station = str(parsed.manifest.get("station"))
    key = station_file_key(hub, station)
    if key is None and station_revoked(hub, station):
        raise BatchRefused("station_revoked", f"服务站 {station} 已被镇中心停用，它的文件不再接收")
    verify(parsed, key, "station_batch")
    m = parsed.manifest
    ops = _body(parsed)
    try:
        push = PushPage(from_seq=m["from_seq"], to_seq=m["to_seq"], schema_version=m["schema_version"],
                        ops=ops).model_dump() if ops else None
    except (PydanticError, KeyError):
        raise BatchRefused("damaged", "文件里的记录格式不对") from None
    batch_id = str(m.get("batch_id"))
    repeat = batch_seen(hub, batch_id)
    request = {"station": station, "epoch": m.get("epoch"), "push": None if repeat else push,
               "pull": {"cursor": int(m.get("cursor") or 0), "limit": FILE_PULL_LIMIT, "recover": _position(m)},
               **_says_of_itself(m)}
    try:
        reply = exchange(hub, station, request, via="file", batch_id=batch_id)
    except Gap as gap:
        reply = {"station": station, "epoch": hub_epoch(hub), "last_applied": gap.last_applied, "gap": True,
                 "hub_hlc": hub.hlc.tick().encode(), "push": None, "epoch_reset": False, "clock_warning": None,
                 "pull": {"changes": [], "next_cursor": request["pull"]["cursor"], "has_more": False}}
    except ProtocolError as err:
        raise BatchRefused(err.code, err.reason) from None
    changes = list(reply["pull"]["changes"])
    page = reply["pull"]
    # A station that lacks records gets them all in this reply: the file is its one trip.
    recover = page.get("recovery", {}).get("next") if page.get("recovery") else (
        RECOVERY_START if reply.get("lacks_records") else None)
    while page["has_more"] or recover is not None:
        page = exchange(hub, station, {"station": station, "epoch": reply["epoch"], "push": None,
                                       "pull": {"cursor": page["next_cursor"], "limit": FILE_PULL_LIMIT,
                                                "recover": recover}, "waiting": request.get("waiting")})["pull"]
        changes += page["changes"]
        recovery_state = page.get("recovery")
        if recovery_state is not None and recovery_state["next"] == recover and not page["changes"]:
            break  # the hub will not serve it yet (the station still has ops to send)
        recover = recovery_state["next"] if recovery_state else None
    result = reply.get("push") or {}
    manifest = {"kind": "hub_reply", "station": station, "reply_to": batch_id, "epoch": reply["epoch"],
                "last_applied": reply["last_applied"], "to_seq": int(m.get("to_seq") or 0),
                "gap": bool(reply.get("gap")),
                "epoch_reset": reply["epoch_reset"], "hub_hlc": reply["hub_hlc"],
                "clock_warning": reply["clock_warning"], "push": result, "cursor": request["pull"]["cursor"],
                "next_cursor": page["next_cursor"], "created_at": hub.now_iso(),
                "lacks_records": bool(reply.get("lacks_records")),
                "numbers": reply.get("numbers") or number_floors(hub, station),
                "recovery": page.get("recovery") or reply["pull"].get("recovery")}
    write_signed(reply_path, manifest, changes, key)
    return {"station": station, "ops": len(ops), "repeat": repeat, "gap": manifest["gap"],
            "last_applied": reply["last_applied"], "applied": result.get("applied", 0),
            "skipped": result.get("skipped", 0), "rejected": result.get("rejected", 0),
            "conflicts": result.get("conflicts", 0), "changes": len(changes), "reply": str(reply_path)}
