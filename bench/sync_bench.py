"""Sync over real HTTP: a hub on 127.0.0.1 and a station with a year of a busy station.

    python bench/sync_bench.py               # make_demo(days=365), ≈18.5k ops / 14.4k records
    python bench/sync_bench.py --days 730    # two years: ≈30k records

A real ``station-hub serve`` process; between it and the station a small TCP relay
counts every byte of the HTTP exchange in both directions (request and status lines,
headers, bodies; not TCP/IP framing). Prints: time of the first full sync and records/s,
wire bytes per record against the gzip size of the records' own JSON, and the round
trips and bytes of an idle sync and of a sync with 20 new records. Goals: first sync of
30k records < 3 s, wire bytes per record ≤ 1.3× their own gzip size, idle sync in one
round trip < 1 KB. Then a new PC takes the station over and gets all of it back: time,
records/s, round trips, bytes (``--slow-link 50:1000`` also over a 2G-like link). Not
run by the tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app import reception  # noqa: E402
from station_app.agents import list_agents  # noqa: E402
from station_app.demo import make_demo  # noqa: E402
from station_app.station import open_station  # noqa: E402
from station_app.stats import station_stats  # noqa: E402
from station_app.store.schema import ENTITIES  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.hub.store import init_hub, open_hub  # noqa: E402
from sync.protocol import PAGE_OPS, dumps  # noqa: E402
from sync.station.client import HttpTransport  # noqa: E402
from sync.station.engine import SyncEngine  # noqa: E402
from sync.station.enrolment import take_over  # noqa: E402
from sync.station.recovery import progress as recovery_progress  # noqa: E402
from sync.station.state import save_enrolment  # noqa: E402


class CountingRelay:
    """127.0.0.1:port → target, counting bytes each way. ``link`` (kbit/s, round trip ms)
    makes it a slow link: each chunk waits half the round trip and its bytes' time on the
    wire, each way on its own."""

    def __init__(self, target_port: int, link: tuple[float, float] | None = None):
        self.link = link
        self.target = ("127.0.0.1", target_port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.up = self.down = self.connections = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self.lock:
            self.up = self.down = self.connections = 0

    def _accept(self) -> None:
        while True:
            client, _ = self.server.accept()
            upstream = socket.create_connection(self.target)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, "down"), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, way: str) -> None:
        try:
            while data := src.recv(65536):
                with self.lock:
                    setattr(self, way, getattr(self, way) + len(data))
                if self.link:
                    kbps, rtt_ms = self.link
                    time.sleep(rtt_ms / 2000 + len(data) * 8 / (kbps * 1000))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def records_json_gzip(store, code: str) -> tuple[int, int]:
    rows = []
    for table, spec in ENTITIES.items():
        if spec.owner == "station":
            rows += [dict(r) for r in store.all(f"SELECT * FROM {table} WHERE station_code = ?", (code,))]
    return len(rows), len(gzip.compress(b"\n".join(dumps(r) for r in rows), 6))


def start_hub(folder: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", "hub", "serve", "--data-dir", str(folder), "--port", "0"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    port = int(line.split("http://127.0.0.1:")[1].split()[0])
    return proc, port


def sync_once(store, transport, relay: CountingRelay, page_ops: int) -> tuple[dict, float]:
    relay.reset()
    started = time.perf_counter()
    report = SyncEngine(store, transport, page_ops=page_ops).run()
    elapsed = time.perf_counter() - started
    time.sleep(0.05)  # let the relay count the last reply
    assert report.status == "ok", report.summary()
    return {"round_trips": report.round_trips, "bytes": relay.up + relay.down, "up": relay.up,
            "down": relay.down, "pushed": report.pushed, "report_bytes": report.bytes_sent + report.bytes_received}, elapsed


def recover(hub_dir: Path, work: Path, port: int, link: tuple[float, float] | None, name: str) -> dict:
    """A new PC takes the station over and gets every record back (a re-issued enrolment
    file, then one ordinary sync); returns what it took."""
    enrol = work / f"enrol-{name}.json"
    with open_hub(hub_dir) as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=enrol, reissue=True)
    relay = CountingRelay(port, link)
    with take_over(work / name, hub_url=f"http://127.0.0.1:{relay.port}", enrol_file=enrol) as store:
        transport = HttpTransport(f"http://127.0.0.1:{relay.port}", store.get_meta("sync_secret"))
        started = time.perf_counter()
        report = SyncEngine(store, transport).run()
        elapsed = time.perf_counter() - started
        transport.close()
        time.sleep(0.05 + (link[1] / 1000 if link else 0))
        assert report.status == "ok" and not recovery_progress(store)["recovering"], report.summary()
        return {"records": report.recovered, "seconds": elapsed, "round_trips": report.round_trips,
                "bytes": relay.up + relay.down}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--slow-link", metavar="KBPS:RTT_MS", help="also time the recovery over a slow link, "
                        "e.g. 50:1000 for 2G")
    parser.add_argument("--page-ops", type=int, default=PAGE_OPS, help="ops per pushed page")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        station_dir, hub_dir = work / "station", work / "hub"
        t = time.perf_counter()
        make_demo(station_dir, days=args.days, seed=2021)
        print(f"demo station: {args.days} days made in {time.perf_counter() - t:.1f} s; pages of {args.page_ops} ops")
        with init_hub(hub_dir, "小浪底镇便民服务中心") as hub:
            add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=work / "enrol.json")
        proc, port = start_hub(hub_dir)
        try:
            relay = CountingRelay(port)
            store = open_station(station_dir)
            save_enrolment(store, json.loads((work / "enrol.json").read_text()), f"http://127.0.0.1:{relay.port}")
            ops = store.pending_outbox()
            records, own_gzip = records_json_gzip(store, "ZHUPO")
            transport = HttpTransport(f"http://127.0.0.1:{relay.port}", store.get_meta("sync_secret"))

            first, elapsed = sync_once(store, transport, relay, args.page_ops)
            print(f"first full sync: {records} records ({ops} ops) in {elapsed:.2f} s = {records / elapsed:,.0f} "
                  f"records/s ({ops / elapsed:,.0f} ops/s), {first['round_trips']} round trips")
            per_record, own = first["bytes"] / records, own_gzip / records
            print(f"wire: {first['bytes']:,} bytes (up {first['up']:,}, down {first['down']:,}) = {per_record:.1f} "
                  f"bytes/record; records' own JSON gzip: {own_gzip:,} bytes = {own:.1f} bytes/record; "
                  f"ratio {per_record / own:.2f} (goal ≤ 1.30)")

            idle, elapsed = sync_once(store, transport, relay, args.page_ops)
            print(f"idle sync: {idle['round_trips']} round trip(s), {idle['bytes']} bytes (up {idle['up']}, "
                  f"down {idle['down']}) in {elapsed * 1000:.0f} ms (goal: 1 round trip < 1024 bytes)")

            agent = list_agents(store)[0].id
            for i in range(20):
                reception.log_reception(store, agent, f"来访村民{i}", "咨询医保缴费", channel="walk_in",
                                        outcome="answered")
            twenty, elapsed = sync_once(store, transport, relay, args.page_ops)
            print(f"sync with 20 new records: {twenty['round_trips']} round trip(s), {twenty['bytes']} bytes "
                  f"(up {twenty['up']}, down {twenty['down']}) in {elapsed * 1000:.0f} ms")
            transport.close()
            mine = station_stats(store)
            store.close()
            with open_hub(hub_dir) as hub:
                theirs = station_stats(hub, station_code="ZHUPO", pending_outbox=0)
            mine["outbox"]["pending"] = 0
            print("station and hub stats equal:", mine == theirs)

            got = recover(hub_dir, work, port, None, "new-pc")
            print(f"recovery of the whole station on a new PC (loopback): {got['records']} records in "
                  f"{got['seconds']:.2f} s = {got['records'] / got['seconds']:,.0f} records/s, "
                  f"{got['round_trips']} round trips, {got['bytes']:,} bytes")
            if args.slow_link:
                kbps, rtt = (float(x) for x in args.slow_link.split(":"))
                got = recover(hub_dir, work, port, (kbps, rtt), "new-pc-slow")
                print(f"recovery over {kbps:g} kbit/s, {rtt:g} ms round trip: {got['records']} records in "
                      f"{got['seconds']:.1f} s, {got['round_trips']} round trips (the longest wait is one page), "
                      f"{got['bytes']:,} bytes")
        finally:
            proc.terminate()
            proc.wait(10)
    finally:
        if args.keep:
            print("kept", work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
