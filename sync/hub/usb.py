"""The hub's side of the USB batch files (the format: ``sync/batch_files.py``): check a
station's file, apply it page by page through ``apply.exchange`` (the code HTTP uses) and
write the signed reply file the station takes home.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError as PydanticError

from station_app.ids import new_id
from station_app.store import Store
from station_app.store.schema import SCHEMA_VERSION

from ..batch_files import BatchRefused, Scan, SignedWriter, body_pages, read_numbers, scan, verify, whole
from ..protocol import INT64, PAGE_OPS, PROTOCOL_VERSION, Gap, Position, ProtocolError, PushPage
from .apply import batch_seen, exchange
from .recovery import START as RECOVERY_START, number_floors
from .stations import station_file_key, station_revoked
from .trust import check_page

FILE_PULL_LIMIT = 1000


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
    said["numbers"] = read_numbers(manifest.get("numbers"))
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
    cursor = whole(m.get("cursor"))
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
                    "last_applied": last_applied, "to_seq": whole(m.get("to_seq")), "gap": gap is not None,
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
