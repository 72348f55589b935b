"""The town report against figures each station computes for itself, on its own PC."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from station_app.errors import ValidationError
from station_app.reports import monthly_summary
from station_app.station import open_station
from station_app.stats import station_stats
from sync.hub.store import open_hub
from sync.town.exports import write_csv, write_xlsx
from sync.town.reports import ADDITIVE, COLUMNS, parse_period, town_report

from town_support import station_hub

STATIONS = ("SHIMEN", "XIANGLIU", "ZHUPO")


def station_figures(demo_town, year: int, month: int) -> dict[str, dict]:
    """Each station's own monthly summary and stats, read from its own data folder."""
    out = {}
    for code in STATIONS:
        with open_station(demo_town["stations"] / code) as store:
            out[code] = {"month": monthly_summary(store, year, month),
                         "stats": station_stats(store, today=demo_town["today"])}
    return out


def test_month_totals_equal_the_sum_of_the_stations_own_figures(demo_town):
    today = demo_town["today"]
    figures = station_figures(demo_town, today.year, today.month)
    with open_hub(demo_town["hub"]) as hub:
        report = town_report(hub, f"{today:%Y-%m}", today=today)
    assert [r["station"] for r in report["stations"]] == list(STATIONS)
    months = [f["month"] for f in figures.values()]
    stats = [f["stats"] for f in figures.values()]
    t = report["totals"]
    assert t["services_handled"] == sum(m["services_handled"] for m in months) > 0
    assert t["payments_count"] == sum(m["payments"]["count"] for m in months) > 0
    assert t["payments_fen"] == sum(m["payments"]["amount_fen"] for m in months) > 0
    assert t["money_handled_fen"] == sum(m["payments"]["amount_fen"] + m["parcels"]["outgoing_fee_fen"] for m in months)
    assert t["parcels_in"] == sum(m["parcels"]["checked_in"] for m in months)
    assert t["parcels_sent"] == sum(m["parcels"]["outgoing_count"] for m in months)
    assert t["cases_opened"] == sum(m["cases"]["opened"] for m in months)
    assert t["receptions"] == sum(m["receptions"]["count"] for m in months)
    assert t["rated"] == sum(m["feedback"]["rated"] for m in months)
    # Stocks at the end of the (current) month are today's: the stations' own stats.
    assert t["advances_outstanding_fen"] == sum(s["advances"]["outstanding_fen"] for s in stats)
    assert t["parcels_waiting"] == sum(s["parcels"]["by_status"]["in_stock"] + s["parcels"]["by_status"]["problem"]
                                       for s in stats)
    assert t["cases_overdue"] == sum(s["cases"]["overdue"] for s in stats)
    # Poor ratings and the call-backs still open: what the town follows up, per station.
    assert t["poor_ratings"] == sum(m["feedback"]["by_level"].get(level, 0) for m in months for level in ("1", "2"))
    assert t["callbacks_open"] == sum(s["feedback"]["callbacks_open"] for s in stats)
    # Per station too, and the totals are exactly the sum of the rows.
    for row in report["stations"]:
        mine = figures[row["station"]]["month"]
        assert row["services_handled"] == mine["services_handled"]
        assert row["payments_fen"] == mine["payments"]["amount_fen"]
        assert row["satisfaction_pct"] == mine["feedback"]["satisfaction_pct"]
    for key in ADDITIVE:
        assert t[key] == sum(r[key] for r in report["stations"]), key


def test_quarter_is_the_sum_of_its_three_months(demo_town):
    today = demo_town["today"]
    q = (today.month - 1) // 3 + 1
    with open_hub(demo_town["hub"]) as hub:
        quarter = town_report(hub, f"{today.year}-Q{q}", today=today)
        months = [town_report(hub, f"{today.year}-{m:02d}", today=today) for m in range(3 * q - 2, 3 * q + 1)]
    flows = [k for k in ADDITIVE if k not in ("advances_outstanding_fen", "parcels_waiting", "parcels_overdue",
                                             "cases_overdue", "coop_owed_fen")]
    for key in flows:
        assert quarter["totals"][key] == sum(m["totals"][key] for m in months), key
        for i, row in enumerate(quarter["stations"]):
            assert row[key] == sum(m["stations"][i][key] for m in months), key
    # Stocks are those at the quarter's end (today, if it is not over yet).
    current = next(m for m in months if m["period"] == f"{today:%Y-%m}")
    for key in ("advances_outstanding_fen", "parcels_waiting", "cases_overdue", "coop_owed_fen"):
        assert quarter["totals"][key] == current["totals"][key]
    assert quarter["totals"]["services_handled"] > 0
    ranks = quarter["ranking"]
    assert [r["rank"] for r in ranks] == [1, 2, 3]
    assert ranks[0]["score"] >= ranks[1]["score"] >= ranks[2]["score"]
    assert "综合得分" in quarter["ranking_rule"] and quarter["ranking_title"] == "季度服务标兵"


def test_xlsx_reads_back_with_the_same_totals(demo_town, tmp_path):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        report = town_report(hub, f"{today:%Y-%m}", today=today)
    path = write_xlsx(report, tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["汇总", "各站明细", "服务标兵", "代办员", "工作人员", "个人排名"]
    detail = wb["各站明细"]
    assert detail.freeze_panes == "C2"
    headers = [c.value for c in detail[1]]
    assert headers == [label for _k, label, _kind in COLUMNS]
    rows = list(detail.iter_rows(min_row=2, values_only=True))
    stations, total = rows[:-1], rows[-1]
    assert total[0] == "合计" and [r[0] for r in stations] == list(STATIONS)
    for index, (key, _label, kind) in enumerate(COLUMNS):
        if kind == "money":
            assert round(total[index] * 100) == report["totals"][key], key
            assert sum(round(r[index] * 100) for r in stations) == report["totals"][key], key
            assert detail.cell(2, index + 1).number_format == "#,##0.00"
        elif kind == "int":
            assert total[index] == report["totals"][key] == sum(r[index] for r in stations), key
    summary = {row[0]: row[1] for row in wb["汇总"].iter_rows(min_row=3, values_only=True)}
    assert summary["办理事项数"] == report["totals"]["services_handled"]
    assert round(summary["经手金额（元）"] * 100) == report["totals"]["money_handled_fen"]
    stars = wb["服务标兵"]
    texts = [c for row in stars.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert report["ranking_rule"] in texts


def test_csv_has_a_bom_and_the_totals(demo_town, tmp_path):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        report = town_report(hub, f"{today:%Y-%m}", today=today)
    files = write_csv(report, tmp_path)
    detail = next(f for f in files if f.name.endswith("各站明细.csv"))
    raw = detail.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    total = lines[-1].split(",")
    assert total[0] == "合计"
    money_col = [k for k, _l, _kind in COLUMNS].index("payments_fen")
    assert total[money_col] == f"{report['totals']['payments_fen'] / 100:.2f}"


def test_report_from_the_command_line(demo_town, tmp_path):
    today = demo_town["today"]
    out = tmp_path / "town.xlsx"
    done = station_hub("report", "--data-dir", demo_town["hub"], "--period", f"{today:%Y-%m}", "--out", out)
    assert "已导出" in done.stdout
    with open_hub(demo_town["hub"]) as hub:
        report = town_report(hub, f"{today:%Y-%m}", today=today)
    rows = list(openpyxl.load_workbook(out)["各站明细"].iter_rows(min_row=2, values_only=True))
    assert rows[-1][2] == report["totals"]["services_handled"]
    q = (today.month - 1) // 3 + 1
    station_hub("report", "--data-dir", demo_town["hub"], "--period", f"{today.year}-Q{q}", "--out",
                tmp_path / "q.csv")
    assert (tmp_path / "q.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "q-服务标兵.csv").exists() and (tmp_path / "q-汇总.csv").exists()
    bad = station_hub("report", "--data-dir", demo_town["hub"], "--period", "2026-13", "--out", out, check=False)
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "period" in bad.stderr


@pytest.mark.parametrize("text,months", [("2026-11", [(2026, 11)]), ("2026-Q4", [(2026, 10), (2026, 11), (2026, 12)]),
                                         ("2027-q1", [(2027, 1), (2027, 2), (2027, 3)])])
def test_parse_period(text, months):
    period = parse_period(text)
    assert list(period.months) == months
    assert period.last == (date(2026, 11, 30) if text == "2026-11" else period.last)


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "2026/11", "", "11-2026"])
def test_bad_period_is_refused(text):
    with pytest.raises(ValidationError) as err:
        parse_period(text)
    assert err.value.field == "period"


def test_xlsx_totals_equal_the_sum_of_stats_json(demo_town, tmp_path):
    """The issue's check: reports over all the demo's days against ``stats --json``.

    The demo ends today, so its 10 days may straddle two months: the flows are summed over
    the monthly reports of every month they touch; figures at a period's end (outstanding,
    overdue) come from the last month's report."""
    import json
    from datetime import timedelta

    today = demo_town["today"]
    months = sorted({f"{today - timedelta(days=back):%Y-%m}" for back in range(10)})
    totals = []
    for month in months:
        out = tmp_path / f"{month}.xlsx"
        station_hub("report", "--data-dir", demo_town["hub"], "--period", month, "--out", out)
        rows = list(openpyxl.load_workbook(out)["各站明细"].iter_rows(min_row=2, values_only=True))
        totals.append(dict(zip([k for k, _l, _kind in COLUMNS], rows[-1])))

    def flow(key):
        return sum(t[key] for t in totals)

    stats = [json.loads(station_hub("stats", "--data-dir", demo_town["hub"], "--station", code, "--json").stdout)
             for code in STATIONS]
    assert flow("payments_count") == sum(s["payments"]["count"] for s in stats)
    assert round(flow("payments_fen") * 100) == sum(s["payments"]["amount_fen"] for s in stats)
    assert flow("parcels_in") == sum(s["parcels"]["total"] for s in stats)
    assert flow("parcels_sent") == sum(s["parcels"]["outgoing_count"] for s in stats)
    assert flow("cases_opened") == sum(s["cases"]["total"] for s in stats)
    assert flow("receptions") == sum(s["receptions"]["count"] for s in stats)
    assert flow("rated") == sum(sum(s["feedback"]["by_level"].values()) for s in stats)
    assert round(totals[-1]["advances_outstanding_fen"] * 100) == sum(s["advances"]["outstanding_fen"] for s in stats)
    assert totals[-1]["cases_overdue"] == sum(s["cases"]["overdue"] for s in stats)


def test_station_report_is_its_row_of_the_town_report(demo_town):
    from sync.town.reports import station_report

    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        town = town_report(hub, f"{today:%Y-%m}", today=today)
        one = station_report(hub, "ZHUPO", f"{today:%Y-%m}", today=today)
    assert one["station"] == next(r for r in town["stations"] if r["station"] == "ZHUPO")
