"""Record ids: UUIDv7 text, made where the record is created and never reassigned.

UUIDv7 keeps ids roughly in creation order, which keeps B-tree inserts local and lets
two stations mint ids offline without ever colliding.
"""

from __future__ import annotations

import os
import time
import uuid


def new_id(unix_ms: int | None = None) -> str:
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a (12 bits)
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))
