"""Backups of the hub database, and restoring one under a new epoch.

A restored hub has gone back in time: it lacks ops that stations already saw
acknowledged, and its change log may reuse cursors. The new epoch makes every station
pull again from the start, and its ``last_applied`` (lower than what the station
believes) makes the station resend what the hub lost (stations keep acknowledged ops).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from station_app.errors import StateError, ValidationError
from station_app.private import private_dir, private_file
from station_app.settings import HUB_EPOCH
from station_app.timeutil import LOCAL_TZ

from .store import hub_path, new_epoch, open_hub


def backup_hub(data_dir: Path) -> Path:
    source = hub_path(data_dir)
    if not source.exists():
        raise StateError("not_initialised", "还没有集线器数据，无需备份", "data_dir")
    folder = private_dir(Path(data_dir) / "backups")
    target = folder / f"hub-{datetime.now(LOCAL_TZ).strftime('%Y%m%d-%H%M%S-%f')}.db"
    partial = private_file(target.with_suffix(".part"))  # the station keys' hashes and file keys
    src, dst = sqlite3.connect(source), sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def restore_hub(data_dir: Path, backup: Path) -> str:
    """Copy ``backup`` over the hub database (stop ``serve`` first); returns the new epoch."""
    backup = Path(backup)
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        ok = src.execute("SELECT value FROM meta WHERE key = ?", (HUB_EPOCH.key,)).fetchone()
    except sqlite3.Error:
        raise ValidationError("bad_backup", f"{backup} 不是集线器的备份文件", "file") from None
    if not ok:
        src.close()
        raise ValidationError("bad_backup", f"{backup} 不是集线器的备份文件", "file")
    dst = sqlite3.connect(private_file(hub_path(data_dir)))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    with open_hub(data_dir) as hub:
        return new_epoch(hub)
