"""Where a first sync and a whole-station recovery spend their time, in one process.

    python bench/sync_profile.py               # a 365-day demo station
    python bench/sync_profile.py --days 730 --top 40

The station's engine talks to the hub through ``InProcessTransport``: the same steps as
the HTTP service (gzip, checked JSON, the pydantic request, ``decode_page``,
``check_page``, ``authenticate``, ``exchange``, the gzip reply) without sockets, so
cProfile sees both ends. Prints wall times and the functions with the most cumulative
and own time. Not run by the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app.demo import make_demo  # noqa: E402
from station_app.station import open_station  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.hub.store import init_hub, open_hub  # noqa: E402
from sync.station.engine import SyncEngine  # noqa: E402
from sync.station.enrolment import take_over  # noqa: E402
from sync.station.state import save_enrolment  # noqa: E402


def inflated(body: bytes) -> bytes:
    """A request body as the hub inflates it, zstd or gzip."""
    from sync.codings import coding_of, inflate_zstd
    from sync.bodies import Inflater

    if coding_of(body) == "zstd":
        return inflate_zstd(body)
    inflater = Inflater()
    raw = b"".join(inflater.feed(body))
    inflater.finish()
    return raw


class InProcessTransport:
    """What ``HttpTransport`` + the hub's ``/v1/exchange`` do, minus the sockets."""

    def __init__(self, hub, secret: str):
        self.hub = hub
        self.secret = secret

    def exchange(self, body: bytes):
        import gzip

        from sync.hub.app import _canonical
        from sync.hub.apply import exchange
        from sync.hub.stations import authenticate
        from sync.bodies import dumps, loads_checked
        from sync.protocol import ExchangeRequest

        request = ExchangeRequest.model_validate(loads_checked(inflated(body)))
        message = _canonical(request)
        authenticate(self.hub, request.station, self.secret)
        packed = gzip.compress(dumps(exchange(self.hub, request.station, message)), 6, mtime=0)
        return json.loads(gzip.decompress(packed)), len(body), len(packed)

    def close(self) -> None:
        pass


class InlineExecutor:
    """The engine's HTTP helper thread, run inline: cProfile sees one thread, and the
    hub's connection stays on the thread that opened it."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as err:  # noqa: BLE001 - handed to the engine as the HTTP thread would
            future.set_exception(err)
        return future


def profiled(label: str, fn, top: int):
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = fn()
    profile.disable()
    elapsed = time.perf_counter() - started
    print(f"\n== {label}: {elapsed:.2f} s wall (profiled)")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    import sync.station.engine

    sync.station.engine.ThreadPoolExecutor = InlineExecutor
    work = Path(tempfile.mkdtemp(prefix="sync-profile-"))
    try:
        make_demo(work / "station", days=args.days, seed=2021)
        with init_hub(work / "hub", "小浪底镇便民服务中心") as hub:
            add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=work / "enrol.json")
        with open_station(work / "station") as store, open_hub(work / "hub") as hub:
            save_enrolment(store, json.loads((work / "enrol.json").read_text()), "http://127.0.0.1:1")
            transport = InProcessTransport(hub, store.get_meta("sync_secret"))
            report = profiled("first sync", lambda: SyncEngine(store, transport).run(), args.top)
            print(report.summary())
        with open_hub(work / "hub") as hub:
            add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=work / "enrol2.json", reissue=True)
        with take_over(work / "new-pc", hub_url="http://127.0.0.1:1", enrol_file=work / "enrol2.json") as store, \
                open_hub(work / "hub") as hub:
            transport = InProcessTransport(hub, store.get_meta("sync_secret"))
            report = profiled("recovery", lambda: SyncEngine(store, transport).run(), args.top)
            print(report.summary())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
