"""Helpers of the town tests: the real ``station-hub`` command line."""

from __future__ import annotations

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
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "sync.hub_cli"]


def station_hub(*args, stdin: str | None = None, check: bool = True, timeout: float = 300):
    done = subprocess.run([*hub_command(), *map(str, args)], capture_output=True, text=True, input=stdin,
                          cwd=ROOT, env={**os.environ}, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"station-hub {args} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def local_today() -> date:
    return utc_now().astimezone(LOCAL_TZ).date()
