"""The station's Today page shows the town's notices it pulled (newest first, withdrawn ones
gone) and opens one in full; a station that never synced shows a plain empty line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import open_ctx, show_page
from station_app.agents import list_agents
from station_app.station import open_station
from sync.hub.store import open_hub
from sync.town.demo import STATIONS_DIR, usb_sync
from sync.town.notices import publish_notice, withdraw_notice


def test_today_shows_the_notices_the_station_pulled_and_opens_one(qtbot, gui, town_folder, tmp_path):
    from ui.pages.today import TodayPage

    with open_hub(town_folder) as hub:
        publish_notice(hub, "元旦放假安排", "1月1日放假一天，1月4日起正常上班。")
        mine = publish_notice(hub, "朱坡村停水", "明天上午朱坡村停水检修，服务站照常开门。", audience=["ZHUPO"])
        publish_notice(hub, "石门村通知", "只给石门村。", audience=["SHIMEN"])
        gone = publish_notice(hub, "错发的通知", "请忽略。")
        withdraw_notice(hub, gone)
    work = tmp_path / "usb"
    work.mkdir()
    station = town_folder / STATIONS_DIR / "ZHUPO"
    usb_sync(town_folder, station, work)

    with open_station(station) as store:  # the demo town gives each station agents of its own
        agent_name = list_agents(store)[0].name
    ctx = open_ctx(station, agent_name)
    try:
        page = show_page(qtbot, ctx, TodayPage)
        panel = page.town_notices
        titles = [n["title"] for n in panel.notices()]  # the demo town's own notices come after, older
        assert titles[:2] == ["朱坡村停水", "元旦放假安排"] and not {"石门村通知", "错发的通知"} & set(titles)
        first = panel.list.item(0)
        assert "朱坡村停水" in first.text() and "月" in first.text()  # the date beside the title
        assert panel.hint.isVisible()
        rect = panel.list.visualItemRect(first)
        qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
        dialog = panel.dialog
        assert dialog.notice_id == mine and dialog.heading.text() == "朱坡村停水"
        assert dialog.body.toPlainText() == "明天上午朱坡村停水检修，服务站照常开门。" and dialog.body.isReadOnly()
        qtbot.keyClick(dialog, Qt.Key_Escape)
        assert not dialog.isVisible()
        panel.list.setCurrentRow(1)  # the keyboard way: Enter on a line
        panel.list.itemActivated.emit(panel.list.item(1))
        assert panel.dialog.isVisible() and panel.dialog.heading.text() == "元旦放假安排"
        panel.dialog.close()
    finally:
        ctx.db.close()


def test_a_station_that_never_synced_says_there_are_no_notices_and_writes_nothing(qtbot, station_ctx, station_folder):
    from station_app.station import open_station
    from ui.pages.today import TodayPage

    page = show_page(qtbot, station_ctx, TodayPage)
    panel = page.town_notices
    assert panel.notices() == [] and panel.list.count() == 1
    assert "暂无通知" in panel.list.item(0).text() and not panel.hint.isVisible()
    qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=panel.list.visualItemRect(panel.list.item(0)).center())
    assert panel.dialog is None
    with open_station(station_folder) as store:  # reading Today created nothing
        assert not store.one("SELECT 1 FROM sqlite_master WHERE name = 'town_notices'")
