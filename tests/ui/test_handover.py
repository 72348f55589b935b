"""交接单 at the station (the cases sent to town, ticked with their pieces, made into a sheet
and printed) and at the town (the sheet signed for, its receipt written for the station)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import hub_rows, show_page, stored, type_text
from station_app.agents import list_agents
from station_app.cases import change_status, open_case
from station_app.station import open_station


def test_the_station_makes_and_prints_a_sheet_of_the_cases_it_carries(station_ctx, station_folder, qtbot, monkeypatch):
    from ui.pages.cases import CasesPage, handover

    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        cases = [open_case(store, agent, villager, code, ["居民身份证"]) for code in ("LB-01", "MZ-02")]
        for case in cases:
            change_status(store, agent, case["id"], "sent_to_town", note="带去镇里")
    printed = {}
    monkeypatch.setattr(handover, "print_html", lambda parent, html, name: printed.update(html=html, name=name))
    page = show_page(qtbot, station_ctx, CasesPage)
    qtbot.mouseClick(page.handover_button, Qt.LeftButton)
    dialog = page.handover
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.table.item(1, 0).setCheckState(Qt.Unchecked)  # the second goes next time
    dialog.table.cellWidget(0, 3).setValue(3)
    type_text(dialog.note, "周三上午")
    qtbot.mouseClick(dialog.make_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "html" in printed)
    (sheet,) = stored(station_folder, "SELECT * FROM handover_sheets")
    items = stored(station_folder, "SELECT case_id, pieces FROM handover_items")
    assert items == [{"case_id": cases[0]["id"], "pieces": 3}] and sheet["note"] == "周三上午"
    assert sheet["sheet_no"] in printed["html"] and "镇中心接收人签字" in printed["html"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.past.count() == 1)
    assert "镇中心尚未签收" in dialog.past.item(0).text()


def test_the_town_signs_for_a_sheet(town_ctx, town_folder, qtbot, tmp_path):
    from station_app import handover
    from sync.town.demo import STATIONS_DIR, usb_sync
    from ui.town.pages.handovers import HandoversPage

    station = town_folder / STATIONS_DIR / "ZHUPO"
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers ORDER BY name LIMIT 1")
        case = open_case(store, agent, villager, "LB-01", ["居民身份证"])
        change_status(store, agent, case["id"], "sent_to_town", note="带去镇里")
        made = handover.make_sheet(store, agent, {case["id"]: 1})
    usb_sync(town_folder, station, tmp_path)
    page = show_page(qtbot, town_ctx, HandoversPage)
    qtbot.waitUntil(lambda: any(r["sheet_no"] == made["sheet_no"] for r in page.model.rows))
    page.list.select("sheet_no", made["sheet_no"])
    qtbot.waitUntil(lambda: page.items.rowCount() == 1)
    type_text(page.remarks, "点齐")
    qtbot.mouseClick(page.receive_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and not page.receive_button.isEnabled())
    (receipt,) = hub_rows(town_folder, "SELECT * FROM handover_receipts")
    assert receipt["to_station"] == "ZHUPO" and receipt["received_by"] == town_ctx.agent_name
    assert receipt["remarks"] == "点齐"
