"""Content codings of exchange bodies: gzip always, zstd once the hub has said it takes it.

A hub's replies carry ``Accept-Encoding: zstd, gzip`` (RFC 7694); a station that reads it
packs its next pages with zstd, which makes them 20% smaller than gzip's and costs half
the CPU on both ends. The JSON inside is the same either way, so the protocol version
stays; a hub that never says so (an older one) keeps getting gzip. USB files stay gzip.
Level 9 costs the station ≈2 ms a page; the hub answers at level 3, and packs the large
replies (recovery pages) at level 9 (``reply_level``). A station on a slow link says
``Save-Data: on``: then every reply the hub can pack in a few tens of ms goes at level
15, which makes a 500-record recovery page a sixth smaller than level 9 does, and the
station packs its own pages at level 15 too (a 200-op page 5.6% smaller for ≈5 ms).
"""

from __future__ import annotations

from typing import Any

from .bodies import dumps, gzip_json
from .protocol import MAX_RAW_BYTES, ProtocolError

ZSTD_LEVEL = 9
ZSTD_REPLY_LEVEL = 3
ZSTD_SAVE_DATA_LEVEL = 15
# Level 15 packs 256 KiB of JSON in ≈50 ms: a larger reply keeps its usual level.
SAVE_DATA_MAX_BYTES = 256 * 1024
BIG_REPLY_BYTES = 64 * 1024
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
ZSTD_WINDOW = 8 * 1024 * 1024  # what a frame may ask the decoder to hold


def zstd_available() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def compress_json(obj: Any, coding: str = "gzip", save_data: bool = False) -> bytes:
    """``obj`` as an exchange body in ``coding`` ("gzip" or "zstd"); ``save_data``: the
    link is slow, bytes cost more than the CPU to pack them harder."""
    if coding == "zstd":
        raw = dumps(obj)
        return zstd_bytes(raw, ZSTD_SAVE_DATA_LEVEL if save_data and len(raw) <= SAVE_DATA_MAX_BYTES else ZSTD_LEVEL)
    return gzip_json(obj)


def reply_level(size: int, quick: bool = False, save_data: bool = False) -> int:
    """The zstd level of a hub reply of ``size`` bytes of JSON. ``quick``: a recovery page
    asked column by column at the full size (a quick link, RECOVERY.md); ``save_data``:
    the station said its link is slow, so bytes cost it more than our CPU."""
    if save_data and size <= SAVE_DATA_MAX_BYTES:
        return ZSTD_SAVE_DATA_LEVEL
    return ZSTD_LEVEL if size > BIG_REPLY_BYTES and not quick else ZSTD_REPLY_LEVEL


def zstd_bytes(data: bytes, level: int) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor(level=level).compress(data)  # one frame, its size declared


def coding_of(body: bytes) -> str:
    """The content coding of a body made by ``compress_json``, from its first bytes."""
    return "zstd" if body[:4] == ZSTD_MAGIC else "gzip"


def inflate_zstd(data: bytes, limit: int = MAX_RAW_BYTES) -> bytes:
    """One zstd frame that declares its size, at most ``limit`` bytes once inflated:
    the size is checked before a byte is inflated (zstd refuses a frame that makes
    more than it declared), so a small bomb never becomes a large buffer."""
    import zstandard

    try:
        size = zstandard.frame_content_size(data)
    except zstandard.ZstdError as err:
        raise ProtocolError(400, "bad_zstd", f"压缩数据损坏：{err}") from None
    if size < 0:
        raise ProtocolError(400, "bad_zstd", "压缩数据没有写明解压后的大小")
    if size > limit:
        raise ProtocolError(413, "too_large", f"数据解压后超过 {limit // (1024 * 1024)} MB")
    inflater = zstandard.ZstdDecompressor(max_window_size=ZSTD_WINDOW).decompressobj()
    try:
        out = inflater.decompress(data)
    except zstandard.ZstdError as err:
        raise ProtocolError(400, "bad_zstd", f"压缩数据损坏：{err}") from None
    if not inflater.eof or inflater.unused_data or len(out) != size:
        raise ProtocolError(400, "truncated", "压缩数据不完整（被截断）或后面有多余的数据")
    return out
