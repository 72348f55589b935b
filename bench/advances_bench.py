"""How long the advances page's list of who still owes takes on a big station.

    python bench/advances_bench.py                 # 2,000 households, 20,000 advances
    python bench/advances_bench.py --households 500 --advances 5000

Builds the records through the store's writer in one transaction, then times
``advances.outstanding_list`` (what the page and the Today card read) on the open store;
goal: under a second. Prints the figures, asserts nothing; not run by the tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from station_app import agents  # noqa: E402
from station_app.advances import outstanding_list  # noqa: E402
from station_app.station import init_station  # noqa: E402

GOAL_S = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--advances", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    agents.PIN_ITERATIONS = 1_000  # the bench times the list, not the PIN hashing
    with tempfile.TemporaryDirectory() as work:
        store = init_station(Path(work) / "station", "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
        agent = agents.list_agents(store)[0].id
        with store.write(agent) as w:
            people = [w.insert("villagers", {"name": f"老人{i}", "tags": []}) for i in range(args.households)]
            for i in range(args.advances):
                w.insert("advances", {"villager_id": people[i % args.households], "amount_fen": 1000 + i % 7,
                                      "purpose": "代缴电费", "advanced_at": store.now_iso()})
            for person in people[:args.households // 4]:
                w.insert("repayments", {"villager_id": person, "amount_fen": 10 ** 8, "method": "cash",
                                        "paid_by_name": "家属", "received_at": store.now_iso()})
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            rows = outstanding_list(store)
            times.append(time.perf_counter() - started)
        store.close()
    median = statistics.median(times)
    verdict = "ok" if median < GOAL_S else "SLOW"
    print(f"outstanding_list: {len(rows)} households owing of {args.households}, {args.advances} advances:"
          f" median {median * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms (goal < {GOAL_S * 1000:.0f} ms) {verdict}")


if __name__ == "__main__":
    main()
