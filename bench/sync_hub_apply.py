"""The hub's side of a first sync, step by step, best of several fresh hubs.

    python bench/sync_hub_apply.py            # a 365-day demo station, best of 5
    python bench/sync_hub_apply.py --days 730 --repeat 3

The station's outbox is packed once, as the station sends it on a quick link
(``build_request``, pages of ``PAGE_OPS`` ops growing to four times that); then each repetition gives every body to a
fresh hub through the steps of ``/v1/exchange`` minus the sockets: inflate, checked JSON,
the pydantic request, ``decode_page`` + ``check_page``, ``exchange`` (checks, writes, the
commit), the packed reply. Prints the least CPU time of each step, in µs per record too: on
a shared machine the best of several is the figure that says what the code costs.
The station's own cost (packing) is printed once. Not run by the tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app.demo import make_demo  # noqa: E402
from station_app.station import open_station  # noqa: E402
from sync.collector import for_bulk_work  # noqa: E402
from sync.hub.app import _canonical  # noqa: E402
from sync.hub.apply import exchange  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.hub.store import init_hub  # noqa: E402
from sync.bodies import dumps, loads_checked  # noqa: E402
from sync.protocol import PAGE_GZIP_BYTES, PAGE_OPS, ExchangeRequest  # noqa: E402
from sync.station.state import build_request, save_enrolment, settings  # noqa: E402
from sync_profile import inflated  # noqa: E402

STEPS = ("inflate", "json", "pydantic", "decode", "exchange", "reply")


def pack_station(folder: Path, enrol: Path) -> tuple[list[bytes], int, float]:
    """Every request body of the first sync, the records they carry, the packing time."""
    bodies, records = [], 0
    with open_station(folder) as store:
        save_enrolment(store, json.loads(enrol.read_text()), "http://127.0.0.1:1")
        state = settings(store)
        records = store.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'insert'")
        started, limit = time.perf_counter(), PAGE_OPS
        while True:
            out = build_request(store, state, limit, PAGE_GZIP_BYTES, 500, after=state.acked, coding="zstd")
            if out.count == 0:
                break
            bodies.append(out.body)
            state.acked = out.last_seq  # as if the hub had answered
            limit = min(2 * limit, 4 * PAGE_OPS)  # as the engine's pages grow on a quick link
        packing = time.perf_counter() - started
    return bodies, records, packing


def one_hub(folder: Path, bodies: list[bytes]) -> tuple[dict[str, float], float]:
    """CPU seconds of each step (what the code costs, whatever else the machine runs), and
    the wall time of the whole run (with the waits for the disk)."""
    spent = dict.fromkeys(STEPS, 0.0)
    started = time.perf_counter()
    with init_hub(folder, "小浪底镇便民服务中心") as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站")
        for body in bodies:
            t0 = time.process_time()
            raw = inflated(body)
            t1 = time.process_time()
            data = loads_checked(raw)
            t2 = time.process_time()
            request = ExchangeRequest.model_validate(data)
            t3 = time.process_time()
            message = _canonical(request)
            t4 = time.process_time()
            reply = exchange(hub, "ZHUPO", message)
            t5 = time.process_time()
            gzip.compress(dumps(reply), 6, mtime=0)
            t6 = time.process_time()
            for step, took in zip(STEPS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
                spent[step] += took
    return spent, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hub-apply-"))
    try:
        make_demo(work / "station", days=args.days, seed=2021)
        with init_hub(work / "enrolling", "小浪底镇便民服务中心") as hub:
            add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=work / "enrol.json")
        bodies, records, packing = pack_station(work / "station", work / "enrol.json")
        print(f"{records} records in {len(bodies)} request bodies ({sum(map(len, bodies)):,} bytes); "
              f"the station packed them in {packing:.3f} s = {packing / records * 1e6:.1f} µs/record")
        for_bulk_work(freeze=True)  # as ``station-hub serve`` does once it has started
        best = dict.fromkeys(STEPS, float("inf"))
        totals = []
        for attempt in range(args.repeat):
            spent, wall = one_hub(work / f"hub-{attempt}", bodies)
            totals.append(wall)
            best = {step: min(best[step], spent[step]) for step in STEPS}
        for step in STEPS:
            print(f"  {step:<9} {best[step]:.3f} s CPU  {best[step] / records * 1e6:5.1f} µs/record")
        cpu = sum(best.values())
        print(f"hub CPU, best of each step: {cpu:.3f} s = {records / cpu:,.0f} records/s; best whole run of "
              f"{args.repeat} (wall, with the commits' waits for the disk): {min(totals):.3f} s = "
              f"{records / min(totals):,.0f} records/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
