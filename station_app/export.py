"""CSV export: one file per kind of record, UTF-8 with a BOM so Excel and WPS open the
Chinese text correctly. Each file is written whole under a temporary name, then renamed."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Callable

from .store import ENTITIES, Store

# Local-only columns that must never leave the station in a spreadsheet either.
HIDDEN = {"agent_credentials"}


def export_csv(store: Store, out_dir: Path, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = [t for t in ENTITIES if t not in HIDDEN]
    written = []
    for index, table in enumerate(tables):
        if cancelled():
            break
        written.append(_write_table(store, table, out_dir / f"{table}.csv"))
        if progress:
            progress(index + 1, len(tables))
    return written


def _write_table(store: Store, table: str, target: Path) -> Path:
    partial = target.with_suffix(".csv.part")
    columns = [c.name for c in store.db[table].columns]
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            writer.writerow(row)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)
    return target
