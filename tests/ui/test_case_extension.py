"""延期 from the case page: a reason is required (refused next to its field, nothing
written); then the deadline moves on by working days and the villager is told, which
shows on the case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app.agents import list_agents
from station_app.cases import open_case
from station_app.station import open_station


def test_an_extension_needs_a_reason_moves_the_deadline_and_tells_the_villager(qtbot, station_ctx, station_folder):
    from ui.pages.cases import CasesPage

    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        case = open_case(store, agent, villager, "LB-01", ["居民身份证"])
    before = stored(station_folder, "SELECT deadline FROM cases")[0]["deadline"]
    page = show_page(qtbot, station_ctx, CasesPage)
    page.show_case(case["id"])
    detail = page.detail
    qtbot.waitUntil(lambda: detail.loaded and detail.extend_button.isVisible())
    dialog = detail.extend()
    qtbot.waitUntil(dialog.isVisible)
    dialog.workdays.setValue(3)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)  # no reason yet
    qtbot.waitUntil(lambda: not dialog.form.errors["reason"].isHidden())
    assert dialog.isVisible() and stored(station_folder, "SELECT deadline FROM cases")[0]["deadline"] == before
    type_text(dialog.reason, "县里审核要多等几天")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = stored(station_folder, "SELECT deadline FROM cases")[0]["deadline"]
    assert after > before
    told = stored(station_folder, "SELECT purpose, text FROM villager_messages WHERE concerns_id = ?", (case["id"],))
    assert [m["purpose"] for m in told] == ["case_extended"] and "县里审核要多等几天" in told[0]["text"]
    qtbot.waitUntil(lambda: "办理延期" in detail.told.text())
    qtbot.waitUntil(lambda: any("延期3个工作日" in detail.timeline.item(i).text() for i in range(detail.timeline.count())))
