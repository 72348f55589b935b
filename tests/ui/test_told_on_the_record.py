"""What the villager was told shows on the record it concerns: the parcel being handed out
and the case opened in full each list their messages with channel and outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import show_page
from station_app import parcels, villager_messages
from station_app.agents import list_agents
from station_app.cases import open_case
from station_app.station import open_station


def test_a_parcel_and_a_case_show_what_the_villager_was_told(qtbot, station_ctx, station_folder):
    from ui.pages.cases import CasesPage
    from ui.pages.parcels import ParcelsPage

    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        parcel = parcels.check_in(store, agent, "YT9876543210123", recipient_name="张桂兰",
                                  recipient_phone="13812345678", villager_id=villager)
        told = villager_messages.queue(store, agent, "parcel_arrived", f"parcel_arrived:{parcel['id']}",
                                       name="张桂兰", phone="13812345678", text="您的快递到了",
                                       villager_id=villager, concerns=("parcels", parcel["id"]))
        villager_messages.mark_handled(store, agent, told, "copied")
        case = open_case(store, agent, villager, "LB-01", ["居民身份证"])
        failed = villager_messages.queue(store, agent, "case_ready", f"case_ready:{case['id']}", name="张桂兰",
                                         phone="13812345678", text="办好了", villager_id=villager,
                                         concerns=("cases", case["id"]))
        villager_messages._update(store, failed, status="failed", last_error="没有网络信号")

    page = show_page(qtbot, station_ctx, ParcelsPage)
    page.show_tab(page.release)
    release = page.release
    qtbot.keyClicks(release.search, parcel["pickup_code"])
    qtbot.keyClick(release.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: release.chosen is not None and release.told.isVisible())
    assert "快递到站" in release.told.text() and "已复制到微信" in release.told.text()
    release.reset()
    qtbot.waitUntil(lambda: not release.told.isVisible())  # nothing chosen: nothing said

    cases_page = show_page(qtbot, station_ctx, CasesPage)
    cases_page.show_case(case["id"])
    detail = cases_page.detail
    qtbot.waitUntil(lambda: detail.loaded and detail.told.isVisible())
    text = detail.told.text()
    assert "办理结果可领取" in text and "发送失败" in text and "没有网络信号" in text
