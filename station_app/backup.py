"""Local backups with the SQLite online backup API, kept in rotation, and restore.

The backup API copies a consistent snapshot even while the app is writing, and a
restore goes through it too, so the WAL of the live store never gets out of step.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from .errors import StateError, ValidationError
from .logs import log
from .numbering import all_highs, floors, raise_floors
from .paths import store_path
from .private import private_dir, private_file
from .settings import ALL, CARRIED_ON_RESTORE, HLC_LAST, RESTORED_AT, STATION_CODE, STATION_NAME
from .store import Store
from .store.schema import SCHEMA_VERSION
from .timeutil import LOCAL_TZ

KEEP = 14
BACKUP_DIR = "backups"


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def make_backup(data_dir: Path, keep: int = KEEP, label: str = "",
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the store to backups/; ``progress(done, total)`` pages may raise to cancel."""
    source = store_path(data_dir)
    if not source.exists():
        raise StateError("not_initialised", "还没有数据，无需备份", "data_dir")
    folder = private_dir(backup_dir(data_dir))
    stamp = datetime.now(LOCAL_TZ).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"station-{stamp}{label}.db"
    partial = private_file(target.with_suffix(".part"))  # a copy of the station's secret
    src = sqlite3.connect(source)
    dst = sqlite3.connect(partial)
    try:
        if progress:
            src.backup(dst, pages=256, progress=lambda _s, remaining, total: progress(total - remaining, total))
        else:
            src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        dst.close()
        partial.unlink(missing_ok=True)  # a cancelled copy leaves nothing behind
        raise
    finally:
        dst.close()
        src.close()
    partial.replace(target)  # only a complete copy ever carries the .db name
    _rotate(folder, keep)
    return target


def _rotate(folder: Path, keep: int) -> None:
    backups = sorted(folder.glob("station-*.db"))
    for old in backups[:-keep] if keep else []:
        old.unlink()


def list_backups(data_dir: Path) -> list[Path]:
    return sorted(backup_dir(data_dir).glob("station-*.db"), reverse=True)


def describe(file: Path) -> dict:
    """What a backup file holds; refuses anything that is not a store of ours."""
    file = Path(file)
    if not file.is_file():
        raise ValidationError("no_file", f"找不到备份文件 {file}", "file")
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise ValidationError("not_a_backup", "这个文件不是服务站的备份", "file") from None
    if integrity != "ok" or STATION_CODE.key not in meta:
        raise ValidationError("not_a_backup", "这个文件不是完整的服务站备份", "file")
    if version > SCHEMA_VERSION:
        raise ValidationError("backup_too_new", "备份来自更新版本的程序，请先升级", "file")
    return {"station_code": meta[STATION_CODE.key], "station_name": meta.get(STATION_NAME.key),
            "schema_version": version}


def restore(data_dir: Path, file: Path) -> Path | None:
    """Replace the store with a backup. The current store is backed up first, so a
    restore can itself be undone. Returns that safety backup (None if there was no store).

    The backup's records are older than the store they replace, but its numbers must not
    be: what the replaced store had reached (receipt and case numbers, outbox seqs, the
    clock, the enrolment) carries over, and ``settings.RESTORED_AT`` tells sync to fetch back from
    the hub what was recorded after the backup was taken."""
    info = describe(file)
    target = store_path(data_dir)
    safety = None
    reached: dict | None = None
    if target.exists():
        current = describe(target)
        if current["station_code"] != info["station_code"]:
            raise ValidationError(
                "other_station",
                f"备份属于站点 {info['station_code']}，不是本站 {current['station_code']}",
                "file",
            )
        reached = _reached(target)
        safety = make_backup(data_dir, keep=0, label="-before-restore")
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    dst = sqlite3.connect(private_file(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    _carry_over(target, reached)
    log.info("restored %s over the store (the store before it: %s)", file, safety)
    return safety


def _reached(path: Path) -> dict:
    with Store(path) as store:
        return {"numbers": {**floors(store), **all_highs(store, store.station_code)},
                "outbox_seq": store.outbox_high_seq(), "hlc_last": HLC_LAST.get(store),
                "meta": {s.key: s.get(store) for s in CARRIED_ON_RESTORE if s.get(store) is not None}}


def _carry_over(path: Path, reached: dict | None) -> None:
    with Store(path) as store, store.transaction():
        if reached:
            raise_floors(store, reached["numbers"])
            store.continue_outbox_after(reached["outbox_seq"])
            if reached["hlc_last"] and reached["hlc_last"] > (HLC_LAST.get(store) or ""):
                HLC_LAST.put(store, reached["hlc_last"])
            for key, value in reached["meta"].items():
                ALL[key].put(store, value)
        RESTORED_AT.put(store, store.now_iso())


def backup_if_due(data_dir: Path, hours: float = 24) -> Path | None:
    """The automatic daily backup: make one when the newest is older than ``hours``."""
    import time

    newest = list_backups(data_dir)
    if newest and time.time() - newest[0].stat().st_mtime < hours * 3600:
        return None
    return make_backup(data_dir)
