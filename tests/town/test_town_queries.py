"""The town window's data: inbox, stations overview, charts' series, case work list."""

from __future__ import annotations

import shutil

from station_app import __version__
from station_app.reports import monthly_summary
from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from sync.hub.store import open_hub
from sync.station.state import open_problems as station_open_problems
from sync.town.demo import usb_sync
from sync.town.queries import case_worklist, inbox, monthly_series, open_problems, stations_overview
from sync.town.reports import town_report
from sync.town.staff import verify_staff
from sync.town.writes import set_case_status
from town_support import send_a_foreign_record

STATIONS = ("SHIMEN", "XIANGLIU", "ZHUPO")


def test_demo_made_a_town(demo_town):
    assert "XIANGLIU" in demo_town["out"]  # the stale one is named
    assert "待镇中心处理的冲突 1 条" in demo_town["out"]
    with open_hub(demo_town["hub"]) as hub:  # a withdrawal at the station met the town's acceptance
        (conflict,) = open_problems(hub)
        case = hub.one("SELECT status, station_code FROM cases WHERE id = ?", (conflict["record_id"],))
    assert conflict["kind"] == "conflict" and case["status"] == "accepted"  # the town's window decides
    with open_station(demo_town["stations"] / case["station_code"]) as store:
        assert store.scalar("SELECT status FROM cases WHERE id = ?", (conflict["record_id"],)) == "accepted"
        assert [p["id"] for p in station_open_problems(store)] == [conflict["id"]]
    with open_hub(demo_town["hub"]) as hub:
        accepted = hub.all("SELECT case_id, station_code FROM case_events WHERE by_side = 'town'")
        assert accepted  # the town window's work in the demo ...
        for case_id, code in accepted:  # ... reached the stations on their next sync
            with open_station(demo_town["stations"] / code) as store:
                assert store.scalar("SELECT status FROM cases WHERE id = ?", (case_id,)) == "accepted"
        codes = [r[0] for r in hub.all("SELECT code FROM hub_stations ORDER BY code")]
        assert tuple(codes) == STATIONS
        assert verify_staff(hub, "演示管理员", "demo-password")
    for code in STATIONS:  # everything the stations did reached the hub and was acknowledged
        with open_station(demo_town["stations"] / code) as store:
            assert store.pending_outbox() == 0
            assert store.scalar("SELECT COUNT(*) FROM outbox") > 100


def test_inbox_lists_the_demo_batches(demo_town):
    with open_hub(demo_town["hub"]) as hub:
        got = inbox(hub, limit=50)
        first_ops = {}
        for item in got["items"]:
            first_ops.setdefault(item["station_code"], []).append(item)
    assert got["total"] == len(got["items"]) >= 3
    assert set(first_ops) == set(STATIONS)
    for code, items in first_ops.items():
        with open_station(demo_town["stations"] / code) as store:
            sent = store.scalar("SELECT COUNT(*) FROM outbox")
        assert sum(i["applied"] + i["conflicts"] for i in items) == sent
        for item in items:
            assert item["via"] == "file" and item["via_label"] == "U盘文件"
            assert item["outcome"] == ("conflict" if item["conflicts"] else "ok")
            assert [r["code"] for r in item["refusals"]] == ["field_conflict"] * item["conflicts"]
        biggest = max(items, key=lambda i: i["op_count"])
        assert biggest["first_at"] <= biggest["last_at"] and biggest["from_seq"] == 1
    received = [i["received_at"] for i in got["items"]]
    assert received == sorted(received, reverse=True)
    with open_hub(demo_town["hub"]) as hub:
        assert len(inbox(hub, limit=1, offset=1)["items"]) == 1


def test_inbox_shows_a_rejection_with_its_reason(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    send_a_foreign_record(hub_dir, hub_dir / "demo-stations" / "ZHUPO", tmp_path)
    with open_hub(hub_dir) as hub:
        newest = inbox(hub, limit=1)["items"][0]
        problems = open_problems(hub)
    assert newest["station_code"] == "ZHUPO" and newest["outcome"] == "rejected" and newest["rejected"] == 1
    assert len(newest["refusals"]) == 1
    refusal = newest["refusals"][0]
    assert refusal["code"] == "foreign_station" and "SHIMEN" in refusal["reason"]
    assert any(p["id"] == refusal["id"] and p["station_code"] == "ZHUPO" for p in problems)


def test_stations_overview_shows_the_stale_one(demo_town):
    with open_hub(demo_town["hub"]) as hub:
        rows = stations_overview(hub)
    by_code = {r["code"]: r for r in rows}
    assert set(by_code) == set(STATIONS)
    assert by_code["XIANGLIU"]["stale"] and by_code["XIANGLIU"]["age_days"] > 2
    assert not by_code["ZHUPO"]["stale"] and by_code["ZHUPO"]["age_days"] < 1
    # The demo's one conflict: a case withdrawn at a station the town had just accepted.
    assert sorted(r["open_problems"] for r in rows) == [0] * (len(rows) - 1) + [1]
    for r in rows:
        assert r["enrolled"] and r["last_batch_via"] == "file"
        with open_station(demo_town["stations"] / r["code"]) as store:  # the station's own count agrees
            mine = dict(store.all("SELECT status, COUNT(*) FROM cases GROUP BY status"))
        assert r["cases_open"] == {status: mine.get(status, 0) for status in r["cases_open"]}
        assert set(r["cases_open"]) == {"received", "sent_to_town", "accepted", "needs_correction"}
        # From the stations' USB files: nothing left behind, this program's versions, no
        # clock skew (a file's time says when it was written, not how wrong the clock is).
        assert r["waiting_ops"] == 0 and r["versions"] == f"{__version__} · v{SCHEMA_VERSION}"
        assert r["clock_skew_seconds"] is None and r["skew_text"] == "未知"


def test_monthly_series_matches_the_stations(demo_town):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        series = monthly_series(hub, 3, today=today)
    assert series["months"][-1] == f"{today:%Y-%m}" and len(series["months"]) == 3
    for key, module in series["modules"].items():
        for i in range(3):
            assert module["town"][i] == sum(v[i] for v in module["by_station"].values()), key
    for code in STATIONS:
        with open_station(demo_town["stations"] / code) as store:
            mine = monthly_summary(store, today.year, today.month)
        assert series["modules"]["payments"]["by_station"][code][-1] == mine["payments"]["count"]
        assert series["modules"]["payments_fen"]["by_station"][code][-1] == mine["payments"]["amount_fen"]
        assert series["modules"]["parcels_in"]["by_station"][code][-1] == mine["parcels"]["checked_in"]
        assert series["modules"]["cases_opened"]["by_station"][code][-1] == mine["cases"]["opened"]
    with open_hub(demo_town["hub"]) as hub:  # the overdue trend follows the report's rule
        report = town_report(hub, f"{today:%Y-%m}", today=today)
    assert series["overdue_cases"]["town"][-1] == report["totals"]["cases_overdue"]
    for row in report["stations"]:
        assert series["overdue_cases"]["by_station"][row["station"]][-1] == row["cases_overdue"]


def test_case_worklist_filters_and_a_town_move(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    with open_hub(hub_dir) as hub:
        everything = case_worklist(hub, limit=None)
        assert everything["total"] == hub.scalar("SELECT COUNT(*) FROM cases") > 0
        one = case_worklist(hub, station="ZHUPO", limit=None)
        assert one["total"] == hub.scalar("SELECT COUNT(*) FROM cases WHERE station_code = 'ZHUPO'")
        assert {r["station_code"] for r in one["items"]} == {"ZHUPO"}
        row = everything["items"][0]
        by_item = case_worklist(hub, item=row["item_code"], window=row["window"], limit=None)
        assert by_item["total"] >= 1 and all(r["item_code"] == row["item_code"] for r in by_item["items"])
        waiting = case_worklist(hub, status="sent_to_town", limit=None)
        overdue = case_worklist(hub, due="overdue", today=demo_town["today"], limit=None)
        assert all(r["overdue"] for r in overdue["items"])
        page = case_worklist(hub, limit=2, offset=1)
        assert [r["id"] for r in page["items"]] == [r["id"] for r in everything["items"][1:3]]
        target = waiting["items"][0]
        set_case_status(hub, target["id"], "accepted", note="镇中心已受理",
                        base_version=target["version"], seen_status=target["status"])
        after = case_worklist(hub, status="sent_to_town", limit=None)
        assert after["total"] == waiting["total"] - 1
    usb_sync(hub_dir, hub_dir / "demo-stations" / target["station_code"], tmp_path)
    with open_station(hub_dir / "demo-stations" / target["station_code"]) as store:
        assert store.scalar("SELECT status FROM cases WHERE id = ?", (target["id"],)) == "accepted"
