"""Exchange bodies as bytes: JSON as both ends write and read it, gzip, and the checked
reading the hub does of what a station sends (a malformed body is a 422, never a 500).
"""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import orjson

from .protocol import INT64, MAX_RAW_BYTES, ProtocolError

GZIP_LEVEL = 6


# orjson parses and writes pages 4–10× faster than json: a page is a megabyte of JSON,
# and on the hub json was a fifth of what an op cost (bench/sync_hub_apply.py).
def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON: for our values the very bytes of
    ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``."""
    return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS)


# An integer is a run of digits after "[", "," or ":" (and "-"); beyond 64 bits it has 19
# digits or more. In the translation every digit reads "0", those three ",", a minus "-",
# anything else "x", and JSON's blanks are gone: a number that may not fit is ",0000…" or
# ",-0000…" (a run inside a text can look the same: then json decides, as before).
_NUMBER_BYTES = bytes(48 if 48 <= byte <= 57 else 44 if byte in b",:[" else 45 if byte == 45 else 120
                      for byte in range(256))
_LONG_NUMBERS = (b"," + b"0" * 19, b",-" + b"0" * 19)
NOT_FAST = object()


def fast_loads(data: bytes | str) -> Any:
    """orjson's value of ``data`` where it is the value ``json.loads`` gives; else
    ``NOT_FAST`` and json decides (and says why it refuses). orjson takes integers up to
    2**64 and reads those below -2**63 as floats, so a text with an integer of 19 digits
    or more (one that may not fit in 64 bits) is json's; and so is what orjson refuses that
    json reads (NaN, 1e400, bytes that are not UTF-8)."""
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    except UnicodeError:
        return NOT_FAST
    numbers = b"," + raw.translate(_NUMBER_BYTES, b" \t\n\r")
    if _LONG_NUMBERS[0] in numbers or _LONG_NUMBERS[1] in numbers:
        return NOT_FAST
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return NOT_FAST


def loads(data: bytes | str) -> Any:
    """``json.loads(data)``, quicker."""
    value = fast_loads(data)
    return json.loads(data) if value is NOT_FAST else value


def gzip_json(obj: Any) -> bytes:
    return gzip.compress(dumps(obj), compresslevel=GZIP_LEVEL, mtime=0)


class Inflater:
    """Inflates gzip a piece at a time, so a small bomb never becomes a large buffer:
    each call yields at most ``step`` bytes, and more than ``limit`` in all is refused."""

    def __init__(self, limit: int = MAX_RAW_BYTES, step: int = 256 * 1024):
        self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.limit = limit
        self.step = step
        self.total = 0

    def feed(self, data: bytes):
        try:
            while data and not self.zlib.eof:
                out = self.zlib.decompress(data, self.step)
                data = self.zlib.unconsumed_tail
                self.total += len(out)
                if self.total > self.limit:
                    raise ProtocolError(413, "too_large", f"数据解压后超过 {self.limit // (1024 * 1024)} MB")
                if out:
                    yield out
        except zlib.error as err:
            raise ProtocolError(400, "bad_gzip", f"压缩数据损坏：{err}") from None

    def finish(self) -> None:
        if not self.zlib.eof:
            raise ProtocolError(400, "truncated", "压缩数据不完整（被截断）")


class _BeyondInt64(Exception):
    pass


def _int64(text: str) -> int:
    value = int(text)
    if not INT64[0] <= value <= INT64[1]:
        raise _BeyondInt64(text)
    return value


def loads_checked(data: bytes | str):
    """JSON as the hub accepts it: every string valid Unicode (no lone surrogate) and every
    integer one SQLite can hold; else a 422, never a failure deeper down."""
    value = fast_loads(data)
    if value is not NOT_FAST:
        return value  # orjson refuses lone surrogates; 18 digits always fit in 64 bits
    text = _plain_text(data)
    if text is not None and "\\u" not in text:
        # Strict UTF-8 without a single \\u escape holds no lone surrogate, and the
        # parser checks each integer as it reads it: no walk over the parsed value.
        try:
            return json.loads(text, parse_int=_int64)
        except _BeyondInt64 as err:
            raise ProtocolError(422, "bad_number", f"整数超出范围（{str(err)[:30]}…）") from None
        except (ValueError, RecursionError):
            raise ProtocolError(422, "bad_json", "请求不是有效的 JSON") from None
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        raise ProtocolError(422, "bad_json", "请求不是有效的 JSON") from None
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ProtocolError(422, "bad_text", "请求里有无效的文字（孤立的代理字符）") from None
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64[0] <= item <= INT64[1]:
                raise ProtocolError(422, "bad_number", f"整数超出范围（{str(item)[:30]}…）")
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
    return value


def _plain_text(data: bytes | str) -> str | None:
    """The text as strict UTF-8 (a raw surrogate fails it), or None."""
    try:
        if isinstance(data, str):
            data.encode("utf-8")
            return data
        return bytes(data).decode("utf-8")
    except UnicodeError:
        return None
