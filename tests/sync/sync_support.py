"""Helpers of the sync tests: a real hub process on 127.0.0.1 (port 0), the two command
lines run as real processes, and comparisons of a station with the hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import requests
from urllib3.exceptions import InsecureRequestWarning

from station_app.station import open_station
from station_app.stats import station_stats
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.station.state import save_enrolment

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 27)
BIN = Path(sys.executable).parent


def _command(script: str, *module: str) -> list[str]:
    exe = BIN / script
    return [str(exe)] if exe.exists() else [sys.executable, "-m", *module]


STATION_APP = _command("station-app", "ui.launcher")
STATION_HUB = _command("station-hub", "ui.launcher", "hub")


def run(cmd: list[str], *args, env: dict | None = None, check: bool = True, timeout: float = 120):
    full_env = {**os.environ, "STATION_SYNC_ATTEMPTS": "1", **(env or {})}
    done = subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, env=full_env, cwd=ROOT,
                          timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{cmd[-1]} {args} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def station_app(*args, **kw):
    return run(STATION_APP, *args, **kw)


def station_hub(*args, **kw):
    return run(STATION_HUB, *args, **kw)


class HubProcess:
    """``station-hub serve`` as a real process on a free port of 127.0.0.1."""

    def __init__(self, data_dir: Path, env: dict | None = None, args: tuple = ()):
        self.data_dir = data_dir
        self.env = env
        self.args = args
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.scheme = "http"

    def start(self, env: dict | None = None) -> "HubProcess":
        full_env = {**os.environ, **(env if env is not None else self.env or {})}
        self.proc = subprocess.Popen([*STATION_HUB, "serve", "--data-dir", str(self.data_dir), "--port",
                                      str(self.port), *self.args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=full_env, cwd=ROOT)
        line = self.proc.stdout.readline()
        if "://127.0.0.1:" not in line:
            raise AssertionError(f"hub did not start: {line}{self.proc.stderr.read()}")
        self.scheme = line.split("://127.0.0.1:")[0].split()[-1]
        self.port = int(line.split("://127.0.0.1:")[1].split()[0])
        deadline = time.monotonic() + 20
        while True:
            try:
                with warnings.catch_warnings():  # a hub with --tls: its own certificate, checked elsewhere
                    warnings.simplefilter("ignore", InsecureRequestWarning)
                    if requests.get(self.url + "/health", timeout=2, verify=False).status_code == 200:
                        return self
            except requests.RequestException:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            self.proc.stdout.close()
            self.proc.stderr.close()

    def wait_dead(self, timeout: float = 20) -> int:
        return self.proc.wait(timeout)


def enrol_offline(hub_dir: Path, station_dir: Path, code: str, hub_url: str | None) -> None:
    """Register ``code`` at the hub and enrol the station with the offline file."""
    enrol_file = hub_dir.parent / f"enrol-{code}.json"
    with open_hub(hub_dir) as hub:
        add_station(hub, code, f"{code}便民服务站", enrol_file=enrol_file)
    with open_station(station_dir) as store:
        save_enrolment(store, json.loads(enrol_file.read_text(encoding="utf-8")), hub_url)


@contextmanager
def enrolled(hub: "HubProcess", hub_dir: Path, station_dir: Path, code: str = "ZHUPO"):
    """The station enrolled with the running ``hub`` (offline file), open, with an HTTP
    transport to it: ``with enrolled(...) as (store, transport)``."""
    from sync.station.client import HttpTransport

    enrol_offline(hub_dir, station_dir, code, hub.url)
    with open_station(station_dir) as store:
        transport = HttpTransport(hub.url, store.get_meta("sync_secret"))
        try:
            yield store, transport
        finally:
            transport.close()


def stats_pair(station_dir: Path, hub_dir: Path, code: str) -> tuple[dict, dict]:
    with open_station(station_dir) as store:
        mine = station_stats(store, today=TODAY)
    with open_hub(hub_dir) as hub:
        theirs = station_stats(hub, station_code=code, today=TODAY, pending_outbox=0)
    mine["outbox"]["pending"] = 0  # the one local figure; the hub reports 0
    return mine, theirs


def cli_stats_pair(station_dir: Path, hub_dir: Path, code: str) -> tuple[dict, dict]:
    mine = json.loads(station_app("stats", "--data-dir", station_dir, "--json").stdout)
    theirs = json.loads(station_hub("stats", "--data-dir", hub_dir, "--station", code, "--json").stdout)
    mine["outbox"]["pending"] = 0
    return mine, theirs


def hub_op_ids(hub_dir: Path, code: str) -> list[str]:
    with open_hub(hub_dir) as hub:
        return [r[0] for r in hub.all("SELECT op_id FROM hub_ops WHERE station_code = ?", (code,))]


def station_op_ids(station_dir: Path) -> list[str]:
    with open_station(station_dir) as store:
        return [r[0] for r in store.all("SELECT op_id FROM outbox ORDER BY seq")]


def record_counts(path: Path, code: str | None = None) -> dict[str, int]:
    """Rows per station-owned table (of one station at the hub)."""
    from station_app.store import Store
    from station_app.store.schema import ENTITIES

    with Store(path) as store:
        where, params = ("WHERE station_code = ?", (code,)) if code else ("", ())
        return {t: store.scalar(f"SELECT COUNT(*) FROM {t} {where}", params)
                for t, spec in ENTITIES.items() if spec.owner == "station"}



def sync_station(station_dir: Path, **engine_options):
    """One full sync of a station over HTTP, in this process; returns the SyncReport."""
    from sync.station.client import HttpTransport
    from sync.station.engine import SyncEngine
    from sync.station.state import settings

    with open_station(station_dir) as store:
        s = settings(store)
        transport = HttpTransport(s.hub_url, s.secret)
        try:
            return SyncEngine(store, transport, **engine_options).run()
        finally:
            transport.close()


def post_exchange(url: str, secret: str | None, body: bytes, gzip_body: bool = True) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if gzip_body:
        headers["Content-Encoding"] = "gzip"
    if secret:
        headers["Authorization"] = f"Bearer {secret}"
    return requests.post(url + "/v1/exchange", data=body, headers=headers, timeout=30)


CONTACT = ("stations", "hub_batches")  # when each station was last heard from, and each batch received


def hub_fingerprint(hub_dir: Path, contact: bool = True) -> dict:
    """Everything the hub holds that a request could change (record tables and hub tables).
    ``contact=False`` leaves out the record of contact: a repeated page or file changes no
    record, but the hub still notes that the station was heard from."""
    from station_app.store.schema import ENTITIES

    with open_hub(hub_dir) as hub:
        tables = [*ENTITIES, "sync_problems", "hub_ops", "hub_changes", "hub_problem_stations",
                  "hub_field_marks", "town_notices", "hub_batches", "hub_held_pages"]
        out = {t: hub.all(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
        out["stations"] = hub.all("SELECT code, last_applied, secret_hash, last_seen_at, app_version, clock_skew_s,"
                                  " waiting_ops FROM hub_stations ORDER BY code")
        return {k: [tuple(r) for r in v] for k, v in out.items() if contact or k not in CONTACT}
