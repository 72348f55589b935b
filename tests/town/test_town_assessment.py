"""The yearly assessment (``station-hub report --period 2026``) on the session's demo town:
its totals are the sum of the stations' own figures for the year and of its four quarters,
every agent's figures add up to their station's, and the award ranks people with its rule."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from station_app.errors import ValidationError
from station_app.station import open_station
from station_app.stats import station_stats
from station_app.timeutil import local_date
from sync.hub.store import open_hub
from sync.town.assessment import PEOPLE_RULE
from sync.town.exports import write_csv
from sync.town.reports import ADDITIVE, parse_period, station_report, town_report

from town_support import station_hub

STATIONS = ("SHIMEN", "XIANGLIU", "ZHUPO")
FLOWS = [k for k in ADDITIVE if k not in ("advances_outstanding_fen", "parcels_waiting", "parcels_overdue",
                                          "cases_overdue", "coop_owed_fen")]
BY_AGENT = ("services_handled", "payments_count", "payments_fen", "parcels_in", "parcels_sent", "cases_opened",
            "receptions", "rated_by_villagers", "villager_rating_points", "cases_overdue")


def test_a_year_is_a_period_of_its_own():
    year = parse_period("2026")
    assert (year.kind, year.label, year.title, year.first, year.last, len(year.months)) == (
        "year", "2026", "2026年度", date(2026, 1, 1), date(2026, 12, 31), 12)
    with pytest.raises(ValidationError) as bad:
        parse_period("26")
    assert "2026（年）" in bad.value.message


def test_the_years_totals_are_the_sum_of_the_stations_own_stats_and_of_its_quarters(demo_town):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        year = town_report(hub, str(today.year), today=today)
        quarters = [town_report(hub, f"{today.year}-Q{q}", today=today) for q in range(1, 5)]
        first = hub.scalar("SELECT MIN(received_at) FROM cases")
    t = year["totals"]
    for key in FLOWS:
        assert t[key] == sum(r[key] for r in year["stations"]), key
        assert t[key] == sum(q["totals"][key] for q in quarters), key
    if local_date(first).year == today.year:  # the demo's days all lie in this year: the stations' whole stats
        stats = []
        for code in STATIONS:
            with open_station(demo_town["stations"] / code) as store:
                stats.append(station_stats(store, today=today))
        assert t["payments_count"] == sum(s["payments"]["count"] for s in stats) > 0
        assert t["payments_fen"] == sum(s["payments"]["amount_fen"] for s in stats)
        assert t["parcels_in"] == sum(s["parcels"]["total"] for s in stats)
        assert t["parcels_sent"] == sum(s["parcels"]["outgoing_count"] for s in stats)
        assert t["cases_opened"] == sum(s["cases"]["total"] for s in stats)
        assert t["receptions"] == sum(s["receptions"]["count"] for s in stats)
        assert t["rated"] == sum(sum(s["feedback"]["by_level"].values()) for s in stats)
        assert t["cases_overdue"] == sum(s["cases"]["overdue"] for s in stats)


def test_every_agents_figures_add_up_to_their_stations(demo_town):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        year = town_report(hub, str(today.year), today=today)
        checks = hub.scalar("SELECT COUNT(*) FROM hub_spot_checks")
    assert {a["station"] for a in year["agents"]} == set(STATIONS)
    for row in year["stations"]:
        mine = [a for a in year["agents"] if a["station"] == row["station"]]
        assert len(mine) == 2 and all(a["agent"] and a["post"] in ("A", "B") for a in mine)
        for key in BY_AGENT:
            assert sum(a[key] for a in mine) == row[key], (row["station"], key)
        assert all(a["days_on_duty"] > 0 for a in mine)  # the demo's duty log
    assert any(s["case_moves"] for s in year["staff"])
    assert sum(s["checks_done"] for s in year["staff"]) == checks > 0


def test_the_award_ranks_people_with_its_rule(demo_town):
    today = demo_town["today"]
    q = (today.month - 1) // 3 + 1
    with open_hub(demo_town["hub"]) as hub:
        quarter = town_report(hub, f"{today.year}-Q{q}", today=today)
        station = station_report(hub, "ZHUPO", f"{today.year}-Q{q}", today=today)
    ranked = quarter["people_ranking"]
    assert quarter["people_ranking_title"] == "季度个人服务标兵" and quarter["people_ranking_rule"] == PEOPLE_RULE
    assert [r["rank"] for r in ranked] == list(range(1, len(ranked) + 1)) and len(ranked) == 6
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    assert sum(1 for r in ranked if r["star"]) == 5
    top = max(r["services_handled"] for r in ranked)
    assert next(r for r in ranked if r["services_handled"] == top)["volume_score"] == 100.0
    assert {a["agent"] for a in station["agents"]} == {r["agent"] for r in ranked if r["station"] == "ZHUPO"}
    assert all(a["rank"] for a in station["agents"])


def test_the_command_line_writes_the_yearly_assessment(demo_town, tmp_path):
    today = demo_town["today"]
    out = tmp_path / "assessment.xlsx"
    done = station_hub("report", "--data-dir", demo_town["hub"], "--period", str(today.year), "--out", out)
    assert f"{today.year}年度" in done.stdout and "代办员 6 人" in done.stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "各站明细", "服务标兵", "代办员", "工作人员", "个人排名"]
    with open_hub(demo_town["hub"]) as hub:
        report = town_report(hub, str(today.year), today=today)
    agents = list(book["代办员"].iter_rows(min_row=2, values_only=True))
    assert len(agents) == 6 and sum(r[5] for r in agents) == report["totals"]["services_handled"]
    rule = [c for r in book["个人排名"].iter_rows(values_only=True) for c in r if c]
    assert PEOPLE_RULE in rule
    files = write_csv(report, tmp_path / "csv")
    assert [f.name.rsplit("-", 1)[-1] for f in files][-3:] == ["代办员.csv", "工作人员.csv", "个人排名.csv"]
    station = station_hub("report", "--data-dir", demo_town["hub"], "--period", str(today.year), "--station", "ZHUPO",
                          "--out", tmp_path / "zhupo.xlsx")
    assert "2026年度" in station.stdout or str(today.year) in station.stdout
    assert openpyxl.load_workbook(tmp_path / "zhupo.xlsx").sheetnames == ["汇总", "各季度明细", "服务排名", "代办员"]
