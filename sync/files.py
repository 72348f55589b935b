"""Writing a file so that it is either all there or not there at all."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Callable


def write_private(path: Path, data: bytes) -> None:
    """``write_atomic`` for a file holding a secret: readable by its owner only (0600)."""
    write_atomic(path, data, mode=0o600)


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write to a temporary file beside ``path``, fsync it, rename it into place, fsync
    the folder: a power cut leaves the old file or the new one, never half of one."""
    write_atomic_stream(path, lambda handle: handle.write(data), mode)


def write_atomic_stream(path: Path, write: Callable[[BinaryIO], object], mode: int = 0o644) -> None:
    """``write_atomic`` for content written piece by piece by ``write(handle)``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temp.unlink(missing_ok=True)  # a leftover could carry a wider mode
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(temp, flags, mode), "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
