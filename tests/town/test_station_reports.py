"""One station's report (town window and ``station-hub report --station``) against sums
made here, by hand, from the hub's raw rows; and its exports read back."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from station_app.errors import NotFoundError
from sync.hub.store import open_hub
from sync.town.exports import FIGURES, MONTH_COLUMNS, station_grid, write_csv, write_xlsx
from sync.town.reports import station_report, town_report

from town_support import station_hub

CODE = "ZHUPO"
FLOWS = ["services_handled", "payments_count", "payments_fen", "payments_voided", "outgoing_fee_fen",
         "advances_given_fen", "advances_repaid_fen", "parcels_in", "parcels_sent", "cases_opened",
         "cases_completed", "cases_completed_on_time", "receptions", "rated", "rating_points"]


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def local_month(iso: str) -> str:
    """The station's calendar month (UTC+8) of a stored UTC time."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(hours=8)
    return f"{moment:%Y-%m}"


def local_day(iso: str) -> date:
    return (datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(hours=8)).date()


def by_hand(hub_dir, code: str) -> dict[str, Counter]:
    """Every flow of the station, month by month, from plain SELECTs and Python sums."""
    with open_hub(hub_dir) as hub:
        def rows(sql):
            return [dict(r) for r in hub.all(sql, (code,))]

        voided = {(r["target_entity"], r["target_id"]) for r in rows("SELECT * FROM voids WHERE station_code = ?")}
        months: dict[str, Counter] = {}

        def add(iso, key, amount=1):
            months.setdefault(local_month(iso), Counter())[key] += amount

        for p in rows("SELECT * FROM payments WHERE station_code = ?"):
            if ("payments", p["id"]) in voided:
                add(p["paid_at"], "payments_voided")
                continue
            add(p["paid_at"], "payments_count")
            add(p["paid_at"], "payments_fen", p["amount_fen"])
            add(p["paid_at"], "services_handled")
        for p in rows("SELECT * FROM parcels WHERE station_code = ?"):
            add(p["checked_in_at"], "parcels_in")
            add(p["checked_in_at"], "services_handled")
        for p in rows("SELECT * FROM parcels_out WHERE station_code = ?"):
            if ("parcels_out", p["id"]) not in voided:
                add(p["sent_at"], "parcels_sent")
                add(p["sent_at"], "outgoing_fee_fen", p["fee_fen"])
                add(p["sent_at"], "services_handled")
        for a in rows("SELECT * FROM advances WHERE station_code = ?"):
            if ("advances", a["id"]) not in voided:
                add(a["advanced_at"], "advances_given_fen", a["amount_fen"])
        for r in rows("SELECT * FROM repayments WHERE station_code = ?"):
            if ("repayments", r["id"]) not in voided:
                add(r["received_at"], "advances_repaid_fen", r["amount_fen"])
        deadlines = {}
        for c in rows("SELECT * FROM cases WHERE station_code = ?"):
            add(c["received_at"], "cases_opened")
            add(c["received_at"], "services_handled")
            deadlines[c["id"]] = date.fromisoformat(c["deadline"])
        for e in rows("SELECT * FROM case_events WHERE station_code = ?"):
            if e["to_status"] in ("completed_approved", "completed_rejected"):
                add(e["at"], "cases_completed")
                add(e["at"], "cases_completed_on_time", int(local_day(e["at"]) <= deadlines[e["case_id"]]))
        for r in rows("SELECT * FROM receptions WHERE station_code = ?"):
            add(r["at"], "receptions")
            add(r["at"], "services_handled", int(r["outcome"] in ("answered", "referred")))
        for f in rows("SELECT * FROM feedback WHERE station_code = ?"):
            add(f["at"], "rated")
            add(f["at"], "rating_points", f["level"])
    return months


def test_station_figures_equal_sums_of_the_hubs_raw_rows(demo_town):
    today = demo_town["today"]
    period = quarter_of(today)
    with open_hub(demo_town["hub"]) as hub:
        report = station_report(hub, CODE, period, today=today)
    mine = by_hand(demo_town["hub"], CODE)
    quarter_months = [m["month"] for m in report["months"]]
    assert quarter_months and quarter_months[-1] == f"{today:%Y-%m}"  # begun months only, oldest first
    quarter = sum((mine.get(m, Counter()) for m in quarter_months), Counter())
    row = report["station"]
    for key in FLOWS:
        assert row[key] == quarter[key], key
        for month in report["months"]:
            assert month[key] == mine.get(month["month"], Counter())[key], (key, month["month"])
    assert row["services_handled"] > 0 and row["payments_fen"] > 0 and row["parcels_in"] > 0
    assert row["money_handled_fen"] == quarter["payments_fen"] + quarter["outgoing_fee_fen"]
    # The station's row is its row of the town report, and its stocks are the last month's.
    with open_hub(demo_town["hub"]) as hub:
        town = town_report(hub, period, today=today)
    assert row == next(r for r in town["stations"] if r["station"] == CODE)
    for key in ("advances_outstanding_fen", "parcels_waiting", "cases_overdue"):
        assert report["months"][-1][key] == row[key]


def test_a_month_has_no_month_lines_and_the_ranking_place_is_the_towns(demo_town):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        report = station_report(hub, CODE, f"{today:%Y-%m}", today=today)
        town = town_report(hub, f"{today:%Y-%m}", today=today)
    assert report["scope"] == "station" and report["months"] == []
    assert report["rank"] == next(r for r in town["ranking"] if r["station"] == CODE)
    assert report["station_count"] == 3 and report["ranking_rule"] == town["ranking_rule"]
    headers, lines = station_grid(report)
    assert headers == ["项目", "本月"]
    label, _kind, values = lines[0]
    assert (label, values) == ("办理事项数", [report["station"]["services_handled"]])


def test_an_unknown_station_is_refused(demo_town):
    with open_hub(demo_town["hub"]) as hub:
        with pytest.raises(NotFoundError) as err:
            station_report(hub, "NOWHERE", "2026-11")
    assert err.value.field == "station"


def test_station_xlsx_reads_back_equal_to_the_report(demo_town, tmp_path):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        report = station_report(hub, CODE, quarter_of(today), today=today)
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "station.xlsx"))
    assert book.sheetnames == ["汇总", "各月明细", "服务排名", "代办员"]  # the station's agents, last
    row = report["station"]
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=3, values_only=True)}
    assert summary["服务站"] == f"{row['name']}（{CODE}）"
    assert summary["服务排名"].startswith(f"第{report['rank']['rank']}名（共3个站）")
    for key, label, kind in FIGURES:
        expected = row[key] / 100 if kind == "money" else row[key]
        assert summary[label] == pytest.approx(expected), label
    months = book["各月明细"]
    assert [c.value for c in months[1]] == [label for _k, label, _kind in MONTH_COLUMNS]
    lines = list(months.iter_rows(min_row=2, values_only=True))
    assert [line[0] for line in lines] == [m["month_title"] for m in report["months"]] + ["季度合计"]
    keys = [k for k, _l, _kind in MONTH_COLUMNS]
    for key, _label, kind in FIGURES:
        col = keys.index(key)
        cents = (lambda v: round(v * 100)) if kind == "money" else (lambda v: v)
        assert cents(lines[-1][col]) == row[key], key
        for line, month in zip(lines, report["months"]):
            assert cents(line[col]) == month[key], key
    assert months.cell(months.max_row, 1).font.bold
    ranks = [c for r in book["服务排名"].iter_rows(values_only=True) for c in r]
    assert report["ranking_rule"] in ranks and CODE in ranks


def test_station_csv_has_a_bom_and_the_quarter_row(demo_town, tmp_path):
    today = demo_town["today"]
    with open_hub(demo_town["hub"]) as hub:
        report = station_report(hub, CODE, quarter_of(today), today=today)
    files = write_csv(report, tmp_path)
    assert [f.name for f in files] == [f"station-report-{CODE}-{report['period']}-{name}.csv"
                                       for name in ("汇总", "各月明细", "服务排名", "代办员")]
    raw = files[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    last = raw.decode("utf-8-sig").splitlines()[-1].split(",")
    keys = [k for k, _l, _kind in MONTH_COLUMNS]
    assert last[0] == "季度合计"
    assert last[keys.index("payments_fen")] == f"{report['station']['payments_fen'] / 100:.2f}"
    assert int(last[keys.index("services_handled")]) == report["station"]["services_handled"]


def test_station_report_from_the_command_line(demo_town, tmp_path):
    today = demo_town["today"]
    out = tmp_path / "zhupo.xlsx"
    done = station_hub("report", "--data-dir", demo_town["hub"], "--period", quarter_of(today), "--out", out,
                       "--station", CODE.lower())
    with open_hub(demo_town["hub"]) as hub:
        report = station_report(hub, CODE, quarter_of(today), today=today)
    assert "已导出" in done.stdout and f"办理事项 {report['station']['services_handled']} 件" in done.stdout
    lines = list(openpyxl.load_workbook(out)["各月明细"].iter_rows(min_row=2, values_only=True))
    assert lines[-1][:2] == ("季度合计", report["station"]["services_handled"])
    station_hub("report", "--data-dir", demo_town["hub"], "--period", f"{today:%Y-%m}", "--out",
                tmp_path / "m.csv", "--station", CODE)
    month = (tmp_path / "m.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(month) == 2 and month[1].startswith(f"{today.year}年{today.month}月,")
    assert (tmp_path / "m-汇总.csv").exists() and (tmp_path / "m-服务排名.csv").exists()
    bad = station_hub("report", "--data-dir", demo_town["hub"], "--period", "2026-11", "--out",
                      tmp_path / "bad.xlsx", "--station", "NOWHERE", check=False)
    assert bad.returncode == 2 and "NOWHERE" in bad.stderr and not (tmp_path / "bad.xlsx").exists()
