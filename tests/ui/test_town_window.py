"""The town window on a small demo town: staff login, the inbox's USB import, moving a
case (and seeing it at the station after its next sync), the report export, the models."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from station_app.agents import list_agents
from station_app.case_rules import DONE
from station_app.station import open_station
from station_app.timeutil import LOCAL_TZ, format_local, utc_now
from station_app.villagers import add_villager
from sync.hub.store import open_hub  # noqa: F401
from sync.station.usb import export_batch, import_reply
from sync.town.demo import DEMO_STAFF, STATIONS_DIR, usb_sync

from gui_helpers import hub_rows, show_page


def test_staff_login_refuses_a_wrong_password_next_to_the_field_then_accepts(qtbot, town_ctx):
    from ui.town.login import StaffLoginDialog

    dialog = StaffLoginDialog(town_ctx.db, town_ctx.station.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert(DEMO_STAFF[0])
    dialog.password.insert("not-the-password")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.form.errors["password"].isHidden())
    assert "密码不对" in dialog.form.errors["password"].text()
    assert dialog.result() != QDialog.Accepted and not dialog.staff
    assert dialog.name.text() == DEMO_STAFF[0]  # nothing typed is lost
    dialog.password.clear()
    dialog.password.insert(DEMO_STAFF[1])
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.staff))
    assert dialog.staff["name"] == DEMO_STAFF[0] and dialog.result() == QDialog.Accepted


def test_the_town_window_shows_its_pages_and_the_staff_member(qtbot, town_ctx):
    from ui.town.window import TownWindow

    window = TownWindow(town_ctx, lock_minutes=60)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys() == ["inbox", "dashboard", "cases", "problems", "reports", "stations", "catalogue",
                                  "service_days", "handovers", "duty", "letters"]
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
        assert window.current_page().key == key
    assert DEMO_STAFF[0] in window.agent_label.text()
    assert "小浪底镇" in window.windowTitle()


def test_importing_a_usb_file_in_the_inbox_writes_the_reply_and_lists_the_batch(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.inbox import InboxPage

    station_dir = town_folder / STATIONS_DIR / "ZHUPO"
    with open_station(station_dir) as store:
        agent = list_agents(store)[0].id
        add_villager(store, agent, "赵春梅", phone="13700002222", village_group="二组")
        export_batch(store, tmp_path / "batch.vsb")
    before = hub_rows(town_folder, "SELECT COUNT(*) AS n FROM hub_batches")[0]["n"]
    page = show_page(qtbot, town_ctx, InboxPage)
    reply = tmp_path / "out" / "reply-ZHUPO.vsb"
    reply.parent.mkdir()
    page.import_file(tmp_path / "batch.vsb", reply)
    qtbot.waitUntil(lambda: page.last_result is not None and town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.last_result["station"] == "ZHUPO" and page.last_result["applied"] >= 1
    assert reply.exists()
    batches = hub_rows(town_folder, "SELECT * FROM hub_batches ORDER BY received_at DESC")
    assert len(batches) == before + 1 and batches[0]["via"] == "file" and batches[0]["station_code"] == "ZHUPO"
    assert hub_rows(town_folder, "SELECT 1 FROM villagers WHERE name = '赵春梅'")
    newest = page.model.rows[0]
    assert newest["id"] == batches[0]["id"]
    assert page.model.data(page.model.index(0, 2)) == "U盘文件"
    assert page.model.data(page.model.index(0, 1)) == format_local(batches[0]["received_at"])
    with open_station(station_dir) as store:  # the station takes the reply file
        assert import_reply(store, reply)["pending"] == 0


def test_moving_a_case_needs_a_note_for_correction_and_reaches_the_station(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.cases import TownCasesPage

    case = hub_rows(town_folder, "SELECT id, case_no, station_code, status FROM cases WHERE station_code = 'ZHUPO'"
                                 " AND status IN ('sent_to_town', 'accepted') ORDER BY case_no")[0]
    page = show_page(qtbot, town_ctx, TownCasesPage)
    assert page.select_case(case["id"])
    page.to_status.setCurrentIndex(page.to_status.findData("needs_correction"))
    page.save()
    qtbot.waitUntil(lambda: not page.form.errors["note"].isHidden())
    assert "补正" in page.form.errors["note"].text()
    assert hub_rows(town_folder, "SELECT status FROM cases WHERE id = ?", (case["id"],))[0]["status"] == case["status"]
    page.note.insert("缺户口本复印件")
    page.save()
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready() and not page.current, timeout=15_000)
    assert hub_rows(town_folder, "SELECT status FROM cases WHERE id = ?", (case["id"],))[0]["status"] == "needs_correction"
    events = hub_rows(town_folder, "SELECT note, by_side FROM case_events WHERE case_id = ? AND to_status = 'needs_correction'",
                      (case["id"],))
    assert {"note": "缺户口本复印件", "by_side": "town"} in events
    assert hub_rows(town_folder, "SELECT 1 FROM hub_changes WHERE entity = 'cases' AND record_id = ?", (case["id"],))
    # The station's next sync brings it home.
    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(town_folder, town_folder / STATIONS_DIR / "ZHUPO", work)
    with open_station(town_folder / STATIONS_DIR / "ZHUPO") as store:
        assert store.one("SELECT status FROM cases WHERE id = ?", (case["id"],))["status"] == "needs_correction"


def test_the_report_exports_to_xlsx_and_csv_with_totals_equal_to_the_stations_sum(qtbot, town_ctx, tmp_path):
    from openpyxl import load_workbook

    from ui.town.pages.reports import ReportsPage

    page = show_page(qtbot, town_ctx, ReportsPage)
    period = page.period.itemData(0)  # this month
    page.set_period(period)
    qtbot.waitUntil(page.ready, timeout=15_000)
    written = page.export_xlsx(tmp_path / "town.xlsx")
    book = load_workbook(written)
    sheet = book["各站明细"]
    header = [c.value for c in sheet[1]]
    col = header.index("办理事项数")
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    stations, total = rows[:-1], rows[-1]
    assert [r[0] for r in stations] == ["SHIMEN", "XIANGLIU", "ZHUPO"]
    assert total[col] == sum(r[col] for r in stations) == page.report["totals"]["services_handled"] > 0
    assert "服务标兵" in book.sheetnames and page.rule.text().startswith(page.report["ranking_title"])
    files = page.export_csv(tmp_path / "csv")
    detail = next(f for f in files if f.name.endswith("各站明细.csv"))
    with open(detail, encoding="utf-8-sig") as src:
        table = list(csv.reader(src))
    assert int(table[-1][col]) == total[col]


def test_every_town_model_passes_the_model_tester(qtbot, qtmodeltester, town_ctx):
    from ui.town.pages.cases import TownCasesPage
    from ui.town.pages.dashboard import DashboardPage
    from ui.town.pages.inbox import InboxPage

    for cls in (InboxPage, DashboardPage, TownCasesPage):
        page = show_page(qtbot, town_ctx, cls)
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)
    dashboard = show_page(qtbot, town_ctx, DashboardPage)
    # The station three days behind comes first, with its warning word.
    assert [r["code"] for r in dashboard.model.rows] == ["XIANGLIU", "SHIMEN", "ZHUPO"]
    assert [r["code"] for r in dashboard.model.rows if r["stale"]] == ["XIANGLIU"]
    assert dashboard.model.data(dashboard.model.index(0, 2)).startswith("⚠")
    headers = [dashboard.model.headerData(c, Qt.Horizontal, Qt.DisplayRole) for c in range(dashboard.model.columnCount())]
    open_cases = headers.index("送镇/受理/补正")  # terse: its meaning rests on the header
    assert "等窗口受理" in dashboard.model.headerData(open_cases, Qt.Horizontal, Qt.ToolTipRole)
    zhupo = dashboard.model.rows[2]  # times read in Beijing time, not the UTC they are kept in
    assert format_local(zhupo["last_seen_at"])[5:] in dashboard.model.data(dashboard.model.index(2, 2))
    assert len(dashboard.chart.series()) == 5 and dashboard.stations_chart.series() and dashboard.overdue_chart.series()
    with open_hub(town_ctx.data_dir) as hub:  # the chart's figures are the hub's
        opened = hub.scalar("SELECT COUNT(*) FROM cases WHERE strftime('%Y-%m', received_at, '+8 hours') = ?",
                            (dashboard.series["months"][-1],))
    assert dashboard.series["modules"]["cases_opened"]["town"][-1] == opened


def test_town_command_refuses_a_folder_that_is_not_a_hub(tmp_path, capsys):
    from ui.launcher import main

    assert main(["town", "--data-dir", str(tmp_path / "station")]) == 2
    assert "不是镇中心" in capsys.readouterr().err


def test_screenshots_of_a_hub_folder_render_the_town_pages(town_folder, tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from ui.town.pages import PAGES

    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "screenshots", "--data-dir", str(town_folder),
                           "--out", str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    for key, _, _ in PAGES:
        image = QImage(str(out / f"{key}.png"))
        assert image.width() == 1366, key
        colours = {image.pixel(x, y) for x in range(0, image.width(), 20) for y in range(0, image.height(), 20)}
        assert len(colours) > 8, f"{key}.png looks blank"
    assert (out / "town_login.png").is_file() and not (out / "today.png").exists()


def test_the_case_list_filters_by_item_window_station_and_deadline(qtbot, town_ctx, town_folder):
    from ui.town.pages.cases import TownCasesPage

    cases = hub_rows(town_folder, "SELECT c.id, c.item_code, c.station_code, ci.window FROM cases c"
                                  " JOIN catalogue_items ci ON ci.code = c.item_code")
    assert cases
    item, window = cases[0]["item_code"], cases[0]["window"]
    page = show_page(qtbot, town_ctx, TownCasesPage)
    qtbot.waitUntil(lambda: page.item.count() > 1 and page.window.count() > 1, timeout=10_000)
    # The status chip "全部" so that every case counts, whatever its state.
    next(b for b in page.list.chips.buttons() if b.property("code") == "all").click()

    def shown(box, value) -> set[str]:
        box.setCurrentIndex(box.findData(value))
        qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=10_000)
        return {r["id"] for r in page.model.rows}

    assert shown(page.item, item) == {c["id"] for c in cases if c["item_code"] == item}
    page.item.setCurrentIndex(0)
    assert shown(page.window, window) == {c["id"] for c in cases if c["window"] == window}
    page.window.setCurrentIndex(0)
    assert shown(page.station, "ZHUPO") == {c["id"] for c in cases if c["station_code"] == "ZHUPO"}
    today = utc_now().astimezone(LOCAL_TZ).date().isoformat()
    overdue = {r["id"] for r in hub_rows(town_folder, "SELECT id, status, deadline FROM cases WHERE station_code = 'ZHUPO'")
               if r["status"] not in DONE and r["deadline"] and r["deadline"] < today}
    assert shown(page.due, "overdue") == overdue


def test_the_overview_chart_s_counts_are_never_cut_to_dots(qtbot, town_ctx):
    from PySide6.QtCharts import QValueAxis

    from ui.town.pages.dashboard import DashboardPage

    page = show_page(qtbot, town_ctx, DashboardPage)
    qtbot.waitUntil(page.ready, timeout=10_000)
    for chart in (page.chart, page.stations_chart, page.overdue_chart):
        values = [axis for axis in chart.axes() if isinstance(axis, QValueAxis)]
        assert values and all(not axis.truncateLabels() for axis in values)
        assert all(axis.labelsFont().pointSizeF() < page.font().pointSizeF() for axis in values)
