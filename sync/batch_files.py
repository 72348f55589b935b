"""Batch files for a USB stick: the same ops and pull pages as HTTP, in a signed file,
read and written as streams, in memory bounded whatever their size or compression ratio.

A file is gzip'd JSON lines:
    line 1      manifest: format, kind (station_batch | hub_reply), station, batch_id, seq range,
                cursor, epoch, protocol and schema version, count, sha256 of the body lines
    lines 2..n  body: wire ops (station_batch) or hub changes (hub_reply), one per line
    last line   {"hmac": HMAC-SHA256 of the manifest line, keyed with the station's file key}
It is written to a temporary file, fsynced and renamed. The station writes a batch
(``station/usb.py``), the hub applies it through the code HTTP uses and answers with a
signed reply file (``hub/usb.py``). Importing any file twice changes nothing; a truncated,
altered, foreign or wrongly signed file is refused with the reason before anything is
written.

Reading takes two passes over the file: ``scan`` inflates it piece by piece (at most
``INFLATE_STEP`` bytes at a time) and keeps only the manifest, the last line and a running
SHA-256, so the signature and the body's hash are checked before anything is applied;
``body_lines`` then yields the body a line at a time, hashing again, and refuses at the
end if the file changed in between (the caller applies inside one transaction, which that
refusal rolls back). No line may pass ``MAX_LINE``, nor the whole file ``MAX_FILE_RAW``.
Writing streams the body to a private temporary file, then writes manifest, body and
signature into the final file, so the manifest can carry the body's hash and count.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError as PydanticError

from station_app.errors import DomainError
from station_app.store.schema import SCHEMA_VERSION

from .files import write_atomic_stream
from .bodies import Inflater, dumps, loads_checked
from .protocol import NUMBERS, PROTOCOL_VERSION, ProtocolError, check_versions
from .keys import sign, signature_ok

FORMAT = "village-station-batch"
READ_CHUNK = 64 * 1024
INFLATE_STEP = 256 * 1024
MAX_LINE = 64 * 1024  # one op or one change; a real one is under 20 KiB
PAGE_TEXT = 2 * 1024 * 1024  # the JSON text of the ops or changes handled together
MAX_FILE_RAW = 512 * 1024 * 1024  # inflated: beyond this it is not a batch of ours


class BatchRefused(DomainError):
    """A batch or reply file that cannot be taken; nothing was written."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message, "file")


@dataclass
class Scan:
    manifest: dict
    manifest_line: bytes
    signature: str
    sha256: str
    count: int


def _raw_lines(path: Path) -> Iterator[bytes]:
    inflater = Inflater(MAX_FILE_RAW, INFLATE_STEP)
    pending = b""
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(READ_CHUNK):
                for piece in inflater.feed(chunk):
                    pending += piece
                    *whole, pending = pending.split(b"\n")
                    yield from whole
                    if len(pending) > MAX_LINE:
                        raise BatchRefused("too_large", "文件里有一行太长，不是本程序写的同步文件")
                if inflater.zlib.eof:
                    break
        inflater.finish()
    except OSError as err:
        raise BatchRefused("unreadable", f"读不了这个文件：{err.strerror or err}") from None
    except ProtocolError as err:
        if err.code == "too_large":
            raise BatchRefused("too_large", "文件太大，不是本程序写的同步文件") from None
        if err.code == "truncated":
            raise BatchRefused("truncated", "文件不完整（可能没拷完就拔了U盘），请重新导出") from None
        raise BatchRefused("damaged", "文件已损坏，不是完整的同步文件，请重新导出") from None
    if pending:  # every line, the last one too, ends with a newline
        raise BatchRefused("truncated", "文件不完整，请重新导出")


def _lines(path: Path) -> Iterator[bytes]:
    for line in _raw_lines(path):
        if len(line) > MAX_LINE:
            raise BatchRefused("too_large", "文件里有一行太长，不是本程序写的同步文件")
        yield line


def scan(path: Path) -> Scan:
    """First pass: the manifest, the signature line and the body's hash and count."""
    lines = _lines(Path(path))
    head = next(lines, None)
    digest, count, previous = hashlib.sha256(), 0, None
    for line in lines:
        if previous is not None:
            digest.update(previous + b"\n")
            count += 1
        previous = line
    if head is None or previous is None:
        raise BatchRefused("truncated", "文件不完整，请重新导出")
    try:
        manifest = loads_checked(head)
        signature = loads_checked(previous)["hmac"]
    except (ProtocolError, KeyError, TypeError):
        raise BatchRefused("not_a_batch", "这不是本程序写的同步文件") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BatchRefused("not_a_batch", "这不是本程序写的同步文件")
    return Scan(manifest, head, str(signature), digest.hexdigest(), count)


def body_pages(path: Path, scanned: Scan, max_items: int) -> Iterator[list]:
    """Second pass, in pages of at most ``max_items`` lines and ``PAGE_TEXT`` bytes."""
    page: list = []
    size = 0
    for line in _body(path, scanned):
        if page and (len(page) >= max_items or size + len(line) > PAGE_TEXT):
            yield page
            page, size = [], 0
        page.append(_item(line))
        size += len(line)
    if page:
        yield page


def _body(path: Path, scanned: Scan) -> Iterator[bytes]:
    """Each body line (its JSON is checked as the hub checks requests); refuses at the end
    if the body is not the one ``scan`` saw."""
    lines = _lines(Path(path))
    next(lines, None)
    digest, count, previous = hashlib.sha256(), 0, None
    for line in lines:
        if previous is not None:
            digest.update(previous + b"\n")
            count += 1
            yield previous
        previous = line
    if digest.hexdigest() != scanned.sha256 or count != scanned.count:
        raise BatchRefused("altered", "文件在导入时被改动了，已全部撤销；请重新导入")


def _item(line: bytes):
    try:
        return loads_checked(line)
    except ProtocolError as err:
        raise BatchRefused("damaged", f"文件内容无法读取（{err.reason}）") from None


class SignedWriter:
    """``add`` body items one by one, then ``finish(manifest)`` writes the signed file."""

    def __init__(self, path: Path, key: str):
        self.path, self.key = Path(path), key
        self.digest, self.count = hashlib.sha256(), 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".body-", dir=self.path.parent)  # 0600: it may be a station's data
        self.temp = Path(name)
        self.handle = os.fdopen(fd, "w+b")

    def add(self, item) -> None:
        line = dumps(item) + b"\n"
        self.digest.update(line)
        self.count += 1
        self.handle.write(line)

    def finish(self, manifest: dict) -> dict:
        manifest = {**manifest, "format": FORMAT, "count": self.count, "sha256": self.digest.hexdigest()}
        head = dumps(manifest)
        tail = dumps({"hmac": sign(self.key, head)})

        def write(out) -> None:
            with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6, mtime=0) as packed:
                packed.write(head + b"\n")
                self.handle.seek(0)
                while block := self.handle.read(READ_CHUNK):
                    packed.write(block)
                packed.write(tail + b"\n")

        try:
            write_atomic_stream(self.path, write)
        finally:
            self.close()
        return manifest

    def close(self) -> None:
        self.handle.close()
        self.temp.unlink(missing_ok=True)


# -- the format both sides check ------------------------------------------------------
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
        check_versions(whole(m.get("protocol_version")), whole(m.get("schema_version")))
    except ProtocolError as err:
        raise BatchRefused(err.code, err.reason) from None


def whole(value) -> int:
    """A manifest's integer, or 0 for anything else (bool included)."""
    return value if type(value) is int else 0


def read_numbers(value) -> dict[str, int] | None:
    """The receipt and case numbers a manifest carries, checked."""
    try:
        return NUMBERS.validate_python(value)
    except PydanticError:
        raise BatchRefused("damaged", "文件里的编号格式不对") from None
