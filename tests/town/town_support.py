"""Helpers of the town tests: the real ``station-hub`` command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from station_app.timeutil import LOCAL_TZ, utc_now

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def hub_command() -> list[str]:
    exe = BIN / "station-hub"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.launcher", "hub"]


def station_hub(*args, stdin: str | None = None, check: bool = True, timeout: float = 300):
    done = subprocess.run([*hub_command(), *map(str, args)], capture_output=True, text=True, input=stdin,
                          cwd=ROOT, env={**os.environ}, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"station-hub {args} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def local_today() -> date:
    return utc_now().astimezone(LOCAL_TZ).date()


def send_a_foreign_record(hub_dir: Path, station_dir: Path, work: Path) -> None:
    """The station's newest op is rewritten into a reception of another station (SHIMEN),
    which the hub must refuse, and sent by USB file: one rejection for the town to settle."""
    from station_app.station import open_station
    from sync.hub.store import open_hub
    from sync.town.demo import usb_sync

    with open_station(station_dir) as store:
        row = store.one("SELECT seq, fields FROM outbox WHERE entity = 'receptions' AND kind = 'insert' LIMIT 1")
        fields = json.loads(row["fields"])
        with store.transaction():
            store.conn.execute("UPDATE outbox SET acked_at = NULL WHERE seq = (SELECT MAX(seq) FROM outbox)")
            last = store.one("SELECT * FROM outbox WHERE seq = (SELECT MAX(seq) FROM outbox)")
            store.conn.execute("UPDATE outbox SET fields = ?, entity = 'receptions', kind = 'insert',"
                               " record_id = ? WHERE seq = ?",
                               (json.dumps({**fields, "station_code": "SHIMEN"}), last["op_id"], last["seq"]))
            store.conn.execute("UPDATE meta SET value = ? WHERE key = 'sync_acked_seq'", (str(last["seq"] - 1),))
    with open_hub(hub_dir) as hub:
        hub.conn.execute("DELETE FROM hub_ops WHERE op_id = ?", (last["op_id"],))
        hub.conn.execute("UPDATE hub_stations SET last_applied = ? WHERE code = ?",
                         (last["seq"] - 1, station_dir.name))
        hub.conn.commit()
    usb_sync(hub_dir, station_dir, work)
