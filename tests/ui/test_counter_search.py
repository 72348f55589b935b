"""柜台查询 (Ctrl+F): one search by name or a phone's last digits shows everything for the
villager at the counter — a parcel waiting, an open case, an advance owed — and a line
opens its page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import type_text
from station_app.agents import list_agents
from station_app.cases import open_case
from station_app.parcels import check_in
from station_app.payments import record_payment
from station_app.station import open_station


def test_one_search_shows_all_and_a_line_opens_its_page(station_ctx, station_folder, qtbot):
    from ui.main_window import MainWindow

    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        check_in(store, agent, "YT1234567890123", recipient_name="张桂兰", recipient_phone="13812345678",
                 villager_id=villager)
        case = open_case(store, agent, villager, "LB-01", ["居民身份证"])
        record_payment(store, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4101",
                       amount_fen=8000, method="advance", villager_id=villager)
    window = MainWindow(station_ctx, lock_minutes=60)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    dialog = window.search_dialog
    type_text(dialog.box, "5678")  # the phone's last digits
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=5_000)
    texts = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert any("快递在架" in t for t in texts) and any(case["case_no"] in t for t in texts)
    assert any("垫付未还 ¥80.00" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if case["case_no"] in t)
    dialog.lines.setCurrentRow(row)
    qtbot.keyClick(dialog.lines, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is not None and window.current_page().key == "cases")
    assert not dialog.isVisible()
    window.close()
