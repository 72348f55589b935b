"""Town bench: a town of 28 stations × N years of busy data; how long the town window's
dashboard data, a quarterly report and its xlsx export take.

    .venv/bin/python bench/town_bench.py [--years 5] [--stations 28] [--templates 3] [--jobs 2]
                                         [--dir /tmp/town-bench] [--reuse]

Building: ``--templates`` stations are made for real (``make_demo`` through the station
services, ``--jobs`` at a time) and synced to the hub through the real USB-file path.
The other stations are copies of those at the hub (rows re-keyed with the new station's
code; ids and receipt/case numbers suffixed), so the hub holds 28 stations' worth of rows
without hours of generation. ``--reuse`` times an existing bench hub again.
Goals: dashboard < 1 s, quarterly report < 2 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from station_app.demo import make_demo  # noqa: E402
from station_app.demo_people import VILLAGES  # noqa: E402
from station_app.station import open_station  # noqa: E402
from station_app.store.schema import ENTITIES  # noqa: E402
from station_app.timeutil import LOCAL_TZ, utc_now  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.hub.store import init_hub, open_hub  # noqa: E402
from sync.station.state import save_enrolment  # noqa: E402
from sync.town.demo import usb_sync  # noqa: E402
from sync.town.exports import write_xlsx  # noqa: E402
from sync.town.problems import problem_list  # noqa: E402
from sync.town.queries import case_worklist, inbox, monthly_series, stations_overview  # noqa: E402
from sync.town.reports import station_report, town_report  # noqa: E402
from sync.town.store import ensure_town_tables  # noqa: E402

ID_COLUMNS = {"id", "created_by", "updated_by"}


def _make(args: tuple) -> float:
    folder, days, seed, station, today = args
    started = time.perf_counter()
    make_demo(Path(folder), days=days, seed=seed, station=station, today=today)
    return time.perf_counter() - started


def build(hub_dir: Path, years: int, stations: int, templates: int, jobs: int, today: date) -> dict:
    figures = {}
    if hub_dir.exists():
        shutil.rmtree(hub_dir)
    init_hub(hub_dir, "坡头镇便民服务中心").close()
    work = hub_dir / "demo-stations"
    work.mkdir()
    chosen = VILLAGES[:templates]
    started = time.perf_counter()
    tasks = [(str(work / code), 365 * years, i + 1, (code, village), today) for i, (code, village) in enumerate(chosen)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_make, tasks))
    figures["make_demo_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    ops = 0
    for code, village in chosen:
        enrol_file = work / f"enrol-{code}.json"
        with open_hub(hub_dir) as hub:
            add_station(hub, code, f"{village}便民服务站", enrol_file=enrol_file)
        with open_station(work / code) as store:
            save_enrolment(store, json.loads(enrol_file.read_text(encoding="utf-8")), None)
        ops += usb_sync(hub_dir, work / code, work)["ops"]
    figures["usb_sync_s"] = round(time.perf_counter() - started, 1)
    figures["ops_synced"] = ops
    started = time.perf_counter()
    with open_hub(hub_dir) as hub:
        for index, (code, village) in enumerate(VILLAGES[templates:stations], templates):
            clone(hub, chosen[index % templates][0], code, f"{village}便民服务站")
    figures["clone_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    with open_hub(hub_dir) as hub:
        ensure_town_tables(hub)  # no ANALYZE: a real hub has no statistics either
    figures["town_indexes_s"] = round(time.perf_counter() - started, 1)
    return figures


def unique_text(hub, table: str) -> set[str]:
    """Columns a copy must change to stay unique town-wide: those of the table's unique
    indexes that neither name the station nor hold an id the copy changes anyway (receipt
    and case numbers, hand-over sheet numbers…), read from the schema so a new one is not
    missed."""
    found: set[str] = set()
    for _seq, index, unique, *_rest in hub.conn.execute(f"PRAGMA index_list({table})"):
        columns = [r[2] for r in hub.conn.execute(f"PRAGMA index_info({index})")]
        changed = any(c == "station_code" or c in ID_COLUMNS or c.endswith("_id") for c in columns)
        if unique and not changed:
            found.update(columns)
    return found


def clone(hub, source: str, code: str, name: str) -> None:
    suffix = "-" + code
    with hub.transaction():
        hub.conn.execute("INSERT INTO hub_stations (code, name, secret_hash, file_key, enrolled_at, last_applied,"
                         " last_seen_at, created_at) SELECT ?, ?, secret_hash, file_key, enrolled_at, last_applied,"
                         " last_seen_at, created_at FROM hub_stations WHERE code = ?", (code, name, source))
        for table, spec in ENTITIES.items():
            if spec.owner != "station":
                continue
            cols = [r[1] for r in hub.conn.execute(f"PRAGMA table_info({table})")]
            keyed = unique_text(hub, table)
            exprs = []
            for col in cols:
                if col == "station_code":
                    exprs.append("?")
                elif col in ID_COLUMNS or col.endswith("_id") or col in keyed:
                    exprs.append(f"CASE WHEN {col} IS NULL THEN NULL ELSE {col} || ? END")
                else:
                    exprs.append(col)
            params = [code if col == "station_code" else suffix for col in cols
                      if col == "station_code" or col in ID_COLUMNS or col.endswith("_id") or col in keyed]
            hub.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table}"
                             " WHERE station_code = ?", [*params, source])
        cols = [r[1] for r in hub.conn.execute("PRAGMA table_info(hub_batches)")]
        exprs = ["id || ?" if c == "id" else ("?" if c == "station_code" else c) for c in cols]
        hub.conn.execute(f"INSERT INTO hub_batches ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM hub_batches"
                         " WHERE station_code = ?", (suffix, code, source))


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        spent = time.perf_counter() - started
        best = spent if best is None else min(best, spent)
    return best, result


def measure(hub_dir: Path, today: date) -> dict:
    q = (today.month - 1) // 3 + 1
    last_q = (today.year, q - 1) if q > 1 else (today.year - 1, 4)
    out = {}
    with open_hub(hub_dir) as hub:
        ensure_town_tables(hub)
        out["rows"] = {t: hub.scalar(f"SELECT COUNT(*) FROM {t}") for t in
                       ("payments", "parcels", "parcels_out", "cases", "case_events", "receptions", "feedback")}
        out["stations"] = hub.scalar("SELECT COUNT(*) FROM hub_stations")
        started = time.perf_counter()
        first = stations_overview(hub, today=today)
        out["first_overview_s"] = round(time.perf_counter() - started, 3)
        t, _ = timed(lambda: (stations_overview(hub, today=today), monthly_series(hub, 12, today=today)))
        out["dashboard_s"] = round(t, 3)
        t, _ = timed(lambda: (stations_overview(hub, today=today), monthly_series(hub, 12, today=today),
                              town_report(hub, f"{today:%Y-%m}", today=today)))
        out["dashboard_with_month_figures_s"] = round(t, 3)
        t, _ = timed(lambda: monthly_series(hub, 60, today=today), repeat=1)
        out["series_60_months_s"] = round(t, 3)
        t, _ = timed(lambda: inbox(hub, limit=100))
        out["inbox_page_s"] = round(t, 3)
        t, report = timed(lambda: town_report(hub, f"{last_q[0]}-Q{last_q[1]}", today=today))
        out["quarter_report_s"] = round(t, 3)
        t, current = timed(lambda: town_report(hub, f"{today.year}-Q{q}", today=today))
        out["current_quarter_report_s"] = round(t, 3)
        t, _ = timed(lambda: town_report(hub, f"{today:%Y-%m}", today=today))
        out["month_report_s"] = round(t, 3)
        code = first[0]["code"]
        t, _ = timed(lambda: station_report(hub, code, f"{last_q[0]}-Q{last_q[1]}", today=today))
        out["station_quarter_report_s"] = round(t, 3)
        t, _ = timed(lambda: case_worklist(hub, status="open", limit=200, today=today))
        out["open_cases_first_page_s"] = round(t, 3)
        t, _ = timed(lambda: problem_list(hub))
        out["problems_page_s"] = round(t, 3)
    path = hub_dir.parent / "town-bench-report.xlsx"
    t, _ = timed(lambda: write_xlsx(report, path))
    out["xlsx_export_s"] = round(t, 3)
    out["quarter"] = report["period"]
    out["quarter_services_handled"] = report["totals"]["services_handled"]
    out["stations_in_overview"] = len(first)
    out["db_mb"] = round((hub_dir / "hub.db").stat().st_size / 2**20, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--stations", type=int, default=28)
    parser.add_argument("--templates", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dir", default="/tmp/town-bench")
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args(argv)
    today = utc_now().astimezone(LOCAL_TZ).date()
    hub_dir = Path(args.dir) / "hub"
    figures = {"years": args.years, "stations": args.stations, "templates": min(args.templates, args.stations)}
    started = time.perf_counter()
    if not args.reuse:
        figures.update(build(hub_dir, args.years, args.stations, min(args.templates, args.stations), args.jobs,
                             today))
        figures["build_s"] = round(time.perf_counter() - started, 1)
    figures.update(measure(hub_dir, today))
    figures["goal_dashboard_under_1s"] = figures["dashboard_s"] < 1
    figures["goal_quarter_report_under_2s"] = figures["quarter_report_s"] < 2
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
