"""The town window's 报表 page: the whole town or one station, exported and printed.

Printing goes to a PDF file (``print_report(target)``) or through a stand-in for the print
dialog, so no dialog opens offscreen."""

from __future__ import annotations

from html import escape

import openpyxl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument

from gui_helpers import click, hub_rows, show_page
from station_app.timeutil import LOCAL_TZ, utc_now
from sync.hub.store import open_hub
from sync.town.exports import display, rank_text
from sync.town.reports import station_report

CODE = "ZHUPO"


def this_quarter() -> str:
    today = utc_now().astimezone(LOCAL_TZ).date()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def reports_page(qtbot, town_ctx, period: str | None = None, station: str | None = None):
    from ui.town.pages.reports import ReportsPage

    page = show_page(qtbot, town_ctx, ReportsPage)
    qtbot.waitUntil(lambda: page.scope.count() > 1)
    if period:
        page.set_period(period)
    if station:
        page.set_station(station)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    return page


def cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def pdf_pages(path) -> tuple[int, list[tuple[float, float]]]:
    doc = QPdfDocument(QGuiApplication.instance())
    doc.load(str(path))
    sizes = [(doc.pagePointSize(i).width(), doc.pagePointSize(i).height()) for i in range(doc.pageCount())]
    return doc.pageCount(), sizes


def test_the_page_switches_to_a_station_and_shows_its_figures(qtbot, town_ctx, town_folder):
    page = reports_page(qtbot, town_ctx, period=this_quarter())
    stations = hub_rows(town_folder, "SELECT code, name FROM hub_stations ORDER BY code")
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == ["全镇"] + [s["name"] for s in stations]
    assert page.views.currentIndex() == 0 and page.rule.isVisible()

    page.scope.setCurrentIndex(page.scope.findData(CODE))  # what choosing it in the box does
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.views.currentIndex() == 1 and not page.rule.isVisible()
    with open_hub(town_folder) as hub:
        mine = station_report(hub, CODE, this_quarter())
    row = mine["station"]
    table = page.station_table
    labels = cells(table, 0)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["项目", *(m["month_title"] for m in mine["months"]), "本季度"]
    period_column = cells(table, table.columnCount() - 1)
    assert period_column[labels.index("办理事项数")] == f"{row['services_handled']:,}" != "0"
    assert period_column[labels.index("经手金额（元）")] == f"{row['money_handled_fen'] / 100:,.2f}"
    assert period_column[labels.index("快递入库")] == f"{row['parcels_in']:,}"
    # Month by month: the months add up to the quarter on screen too.
    month_sums = sum(int(table.item(labels.index("办理事项数"), c).text().replace(",", ""))
                     for c in range(1, table.columnCount() - 1))
    assert month_sums == row["services_handled"]
    assert page.rank_line.text() == rank_text(mine)
    assert display(mine["rank"]["score"], "num") in page.station_scores.text()
    assert mine["ranking_rule"] in page.station_rule.text() and page.station_rule.isVisible()

    page.set_station("")  # back to the whole town
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.views.currentIndex() == 0 and page.report["scope"] == "town"


def test_a_station_registered_later_appears_in_the_box(qtbot, town_ctx, town_folder):
    from sync.hub.stations import add_station

    page = reports_page(qtbot, town_ctx)
    before = page.scope.count()
    with open_hub(town_folder) as hub:
        add_station(hub, "NEWVILLE", "新庄村便民服务站")
    page.activated()
    qtbot.waitUntil(lambda: page.scope.count() == before + 1)
    page.set_station("NEWVILLE")
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.report["station"]["services_handled"] == 0
    assert page.rank_line.text().endswith(f"（共{before}个站）")


def test_printing_the_town_report_makes_a_landscape_pdf_with_totals_and_the_rule(qtbot, town_ctx, tmp_path):
    from ui.town.printouts import report_html

    page = reports_page(qtbot, town_ctx, period=this_quarter())
    target = page.print_report(tmp_path / "town.pdf")
    assert target == tmp_path / "town.pdf" and target.read_bytes().startswith(b"%PDF")
    count, sizes = pdf_pages(target)
    assert count >= 2 and all(w > h for w, h in sizes)  # A4 turned sideways for the wide tables
    html = report_html(page.report)
    totals = page.report["totals"]
    for needle in (f"{totals['services_handled']:,}", f"{totals['money_handled_fen'] / 100:,.2f}",
                   escape(totals["name"]), escape(page.report["ranking_rule"]), "评选规则"):
        assert needle in html, needle
    for row in page.report["stations"]:
        assert escape(row["name"]) in html


def test_printing_a_station_report_makes_one_portrait_page(qtbot, town_ctx, tmp_path):
    from ui.town.printouts import report_html

    page = reports_page(qtbot, town_ctx, period=this_quarter(), station=CODE)
    target = page.print_report(tmp_path / "station.pdf")
    assert target.stat().st_size > 1000
    count, sizes = pdf_pages(target)
    assert count == 1 and sizes[0][0] < sizes[0][1]
    html = report_html(page.report)
    row = page.report["station"]
    for needle in (escape(row["name"]), f"{row['services_handled']:,}", escape(rank_text(page.report)),
                   escape(page.report["ranking_rule"])):
        assert needle in html, needle


def test_the_print_button_hands_the_shown_report_to_the_printer(qtbot, town_ctx, monkeypatch):
    from ui.town.pages import reports

    sent = []
    monkeypatch.setattr(reports, "print_html", lambda parent, html, name, paper: sent.append((html, name, paper)))
    page = reports_page(qtbot, town_ctx, station=CODE)
    click(qtbot, page.print_button)
    (html, name, paper), = sent
    assert paper == "a4" and page.report["station"]["name"] in name and page.report["period"] in name
    assert escape(page.report["ranking_rule"]) in html
    page.set_station("")
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    click(qtbot, page.print_button)
    assert sent[-1][2] == "a4-landscape" and "镇报表" in sent[-1][1]


def test_printouts_escape_names_and_rules():
    from ui.town.printouts import station_html, town_html

    bad = "<b>坏&站</b>"
    with_period = {"period": "2026-11", "kind": "month", "title": "2026年11月", "town_name": "镇<i>",
                   "first_day": "2026-11-01", "last_day": "2026-11-30", "as_of": "2026-11-27",
                   "generated_at": "2026-11-27T01:00:00Z", "ranking_title": "本月", "ranking_rule": "规则<script>",
                   "services_rule": "口径&", "station_count": 1, "satisfaction_rule": "满意", "stocks_note": "期末"}
    row = {"station": "X", "name": bad, "services_handled": 7, "satisfaction_pct": None, "avg_rating": None}
    rank = {"rank": 1, "star": "", "station": "X", "name": bad, "score": 40.0, "services_handled": 7,
            "volume_score": 100.0, "on_time_pct": None, "avg_rating": None, "rating_score": None}
    station = station_html({**with_period, "scope": "station", "station": row, "months": [], "rank": rank})
    town = town_html({**with_period, "scope": "town", "stations": [row], "ranking": [rank],
                      "totals": {**row, "station": "合计", "name": "全镇（1个站）"}})
    for html in (station, town):
        assert bad not in html and "<script>" not in html and "<i>" not in html
        assert escape(bad) in html and escape("规则<script>") in html


def test_a_station_report_exports_from_the_page(qtbot, town_ctx, tmp_path):
    page = reports_page(qtbot, town_ctx, period=this_quarter(), station=CODE)
    book = openpyxl.load_workbook(page.export_xlsx(tmp_path / "zhupo.xlsx"))
    assert book.sheetnames == ["汇总", "各月明细", "服务排名", "代办员"]
    last = list(book["各月明细"].iter_rows(min_row=2, values_only=True))[-1]
    assert last[:2] == ("季度合计", page.report["station"]["services_handled"])
    files = page.export_csv(tmp_path / "csv")
    stem = f"station-report-{CODE}-{this_quarter()}"
    assert [f.name for f in files] == [f"{stem}-{name}.csv" for name in ("汇总", "各月明细", "服务排名", "代办员")]
    with open(files[1], encoding="utf-8-sig") as src:
        assert src.read().splitlines()[-1].startswith(f"季度合计,{page.report['station']['services_handled']},")
