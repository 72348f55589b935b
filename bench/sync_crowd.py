"""28 stations making their first sync at once, for bench/sync_bench.py: copies of one
demo station under other codes and ids, pushing from a process of their own while
another station syncs idly, timed."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from station_app.station import open_station
from station_app.store.schema import ENTITIES
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.station.client import HttpTransport
from sync.station.engine import SyncEngine
from sync.station.state import save_enrolment


def station_records(store, code: str) -> list[tuple[str, list[dict]]]:
    return [(table, [dict(r) for r in store.all(f"SELECT * FROM {table} WHERE station_code = ?", (code,))])
            for table, spec in ENTITIES.items() if spec.owner == "station"]


UUID_TAIL = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{10})([0-9a-f]{2})")


def clone_station(source: Path, folder: Path, code: str, number: int) -> None:
    """Another station with the same year of work: every id's last byte moved on by
    ``number`` (ids stay unique within and across the clones) and ZHUPO renamed ``code``."""
    shutil.copytree(source, folder)
    conn = sqlite3.connect(folder / "station.db")

    def moved(text):
        if not isinstance(text, str):
            return text
        text = UUID_TAIL.sub(lambda m: f"{m[1]}{(int(m[2], 16) + number) % 256:02x}", text)
        return text.replace("ZHUPO", code)

    conn.create_function("moved", 1, moved, deterministic=True)
    with conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%'").fetchall():
            texts = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[2].upper() in ("TEXT", "")]
            if texts:
                conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = moved({c})' for c in texts)}")
    conn.close()


def push_all(folders: list[str], url: str) -> list[tuple[str, str]]:
    """Every station's first sync, all at once (one thread each): (status, summary) of each."""
    from concurrent.futures import ThreadPoolExecutor

    def push(folder: str) -> tuple[str, str]:
        with open_station(Path(folder)) as store:
            transport = HttpTransport(url, store.get_meta("sync_secret"))
            report = SyncEngine(store, transport).run()
            transport.close()
        return report.status, report.summary()

    with ThreadPoolExecutor(len(folders)) as threads:
        return list(threads.map(push, folders))


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by process ``pid`` (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bytes_written(pid: int) -> int:
    """Bytes process ``pid`` has had written to the disk so far (Linux; 0 where not told)."""
    try:
        lines = Path(f"/proc/{pid}/io").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("write_bytes:")), 0)


def sys_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[12]) / os.sysconf("SC_CLK_TCK")


def crowd(hub_dir: Path, work: Path, source: Path, port: int, stations: int, hub_pid: int) -> dict:
    """``stations`` stations make their first sync at once while another station, synced
    before, syncs idly over and over: records/s at the hub and the idle syncs' latencies."""
    url = f"http://127.0.0.1:{port}"
    clone_station(source, work / "crowd" / "IDLE", "IDLE", 200)
    with open_hub(hub_dir) as hub:
        add_station(hub, "IDLE", "IDLE", enrol_file=work / "crowd" / "IDLE" / "enrol.json")
    idle_store = open_station(work / "crowd" / "IDLE")
    save_enrolment(idle_store, json.loads((work / "crowd" / "IDLE" / "enrol.json").read_text()), url)
    idle = HttpTransport(url, idle_store.get_meta("sync_secret"))
    assert SyncEngine(idle_store, idle).run().status == "ok"
    folders = []
    with open_hub(hub_dir) as hub:
        for number in range(1, stations + 1):
            code = f"CROWD{number:02d}"
            folder = work / "crowd" / code
            clone_station(source, folder, code, number)
            add_station(hub, code, code, enrol_file=folder / "enrol.json")
            folders.append(folder)
    records = 0
    for folder in folders:
        with open_station(folder) as store:
            save_enrolment(store, json.loads((folder / "enrol.json").read_text()), url)
            records += sum(len(rows) for _table, rows in station_records(store, store.station_code))
    # The stations push from a process of their own: their packing must not slow the
    # idle station's syncs (nor the hub) more than 28 PCs would.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pushers = pool.submit(os.getpid).result()  # started before the clock starts
        latencies: list[float] = []
        cpu = (cpu_seconds(hub_pid), cpu_seconds(pushers), sys_seconds(hub_pid))
        written = bytes_written(hub_pid)
        started = time.perf_counter()
        pushing = pool.submit(push_all, [str(f) for f in folders], url)
        while not pushing.done():
            t = time.perf_counter()
            assert SyncEngine(idle_store, idle).run().status == "ok"
            latencies.append(time.perf_counter() - t)
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        cpu = (cpu_seconds(hub_pid) - cpu[0], cpu_seconds(pushers) - cpu[1], sys_seconds(hub_pid) - cpu[2])
        written = bytes_written(hub_pid) - written
        reports = pushing.result()
    idle.close()
    idle_store.close()
    latencies.sort()
    failed = [summary for status, summary in reports if status != "ok"]
    with open_hub(hub_dir) as hub:
        behind = []
        for folder in folders:
            with open_station(folder) as store:
                code, high = store.station_code, store.outbox_high_seq()
            if hub.scalar("SELECT last_applied FROM hub_stations WHERE code = ?", (code,)) != high:
                behind.append(code)
    size = sum(part.stat().st_size for part in Path(hub_dir).glob("hub.db*"))  # with its WAL
    return {"records": records, "seconds": elapsed, "failed": failed, "behind": behind, "hub_bytes": size,
            "hub_written": written,
            "hub_cpu": cpu[0], "stations_cpu": cpu[1], "hub_sys": cpu[2],
            "idle_syncs": len(latencies), "idle_p50": latencies[len(latencies) // 2],
            "idle_p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
            "idle_max": latencies[-1]}
