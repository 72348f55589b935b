"""The town's 进驻服务 page on the small demo town: the demo's coming day with its sign-ups
station by station and a total; planning a day (a refusal next to its field first) that
reaches its station at the next sync; calling a day off. Checked in the hub's tables."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import hub_rows, show_page, type_text
from station_app import service_days as station_days
from station_app.station import open_station
from sync.town.demo import STATIONS_DIR, usb_sync


def test_the_demo_day_shows_its_sign_ups_per_station_with_a_total(qtbot, town_ctx):
    from ui.town.pages.service_days import TownServiceDaysPage

    page = show_page(qtbot, town_ctx, TownServiceDaysPage)
    qtbot.waitUntil(lambda: page.report.rowCount() > 0)
    rows = [[page.report.item(r, c).text() for c in range(page.report.columnCount())]
            for r in range(page.report.rowCount())]
    assert rows[-1][0] == "合计"
    assert int(rows[-1][1]) == sum(int(r[1]) for r in rows[:-1]) == page.model.rows[0]["signed_up"] > 0
    assert "孙丽" in page.report_title.text()


def test_planning_a_day_reaches_its_station_and_a_day_is_called_off(qtbot, town_ctx, town_folder, tmp_path,
                                                                   monkeypatch):
    from ui.town.pages.service_days import TownServiceDaysPage

    page = show_page(qtbot, town_ctx, TownServiceDaysPage, activate=True)
    page.list.chips.buttons()[-1].click()  # 全部
    qtbot.waitUntil(lambda: town_ctx.db.idle() and not page.model.is_loading())
    before = len(page.model.rows)
    page.items.tick(["LB-01"])
    type_text(page.staff, "刘文静、赵强")
    qtbot.mouseClick(page.plan_button, Qt.LeftButton)  # no station ticked
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.form.errors["stations"].text() != "")
    page.stations.tick(["ZHUPO"])
    page.starts.setText("14:30")
    page.ends.setText("12:00")
    qtbot.mouseClick(page.plan_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.form.errors["starts"].text() != "")  # ends before it starts
    page.ends.setText("17:00")
    qtbot.mouseClick(page.plan_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and len(page.model.rows) == before + 1)
    (planned,) = hub_rows(town_folder, "SELECT * FROM service_days WHERE starts = '14:30'")
    assert planned["stations"] == '["ZHUPO"]' and planned["staff"] == '["刘文静", "赵强"]'
    assert page.stations.ticked() == [] and page.items.ticked() == []  # ready for the next day

    station = town_folder / STATIONS_DIR / "ZHUPO"
    usb_sync(town_folder, station, tmp_path)
    with open_station(station) as store:
        assert planned["id"] in [d["id"] for d in station_days.days_for_station(store)]

    monkeypatch.setattr(page, "ask_reason", lambda day: "镇里开会")
    page.list.select("id", planned["id"])
    qtbot.mouseClick(page.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and any(r["id"] == planned["id"] and r["status"] == "cancelled"
                                                       for r in page.model.rows))
    (called_off,) = hub_rows(town_folder, "SELECT status, note FROM service_days WHERE id = ?", (planned["id"],))
    assert called_off == {"status": "cancelled", "note": "已取消：镇里开会"}
