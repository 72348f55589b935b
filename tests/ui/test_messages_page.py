"""短信通知 page and the messaging settings: a queued message copied for WeChat (the log
says so), the background round on a simulated modem sending a parcel's message, and the
settings refusing a modem channel without a port, then testing the modem on its port."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui_helpers import show_page, stored, type_text
from station_app import villager_messages
from station_app.agents import list_agents
from station_app.parcels import check_in
from station_app.sms.rounds import set_messaging
from station_app.station import open_station


def arrive(folder, tracking="YT1234567890123"):
    with open_station(folder) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        check_in(store, agent, tracking, recipient_name="张桂兰", recipient_phone="13812345678", villager_id=villager)
        return villager_messages.due(store)


def test_a_message_that_cannot_go_by_sms_is_copied_for_wechat(station_ctx, station_folder, qtbot):
    from ui.pages.messages import MessagesPage

    with open_station(station_folder) as store:
        set_messaging(store, "", [], 3)  # no SMS at all
    arrive(station_folder)
    page = show_page(qtbot, station_ctx, MessagesPage)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    page.list.table.selectRow(0)
    qtbot.mouseClick(page.copy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rows == [])  # no longer waiting
    assert "取件码" in QGuiApplication.clipboard().text()
    (message,) = stored(station_folder, "SELECT status, channel FROM villager_messages")
    assert message == {"status": "copied", "channel": "wechat"}


def test_the_background_round_sends_on_the_modem(station_ctx, station_folder, qtbot, sim):
    from ui.messaging import MessagingController
    from ui.pages.messages import MessagesPage

    with open_station(station_folder) as store:
        set_messaging(store, sim.path, ["modem"], 3)
    arrive(station_folder)
    station_ctx.messaging = MessagingController(station_ctx, auto=False)
    try:
        page = show_page(qtbot, station_ctx, MessagesPage)
        qtbot.mouseClick(page.round_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: "短信猫发出 1 条" in page.round_state.text(), timeout=15_000)
        qtbot.waitUntil(lambda: page.model.rows == [])  # sent: nothing left to handle
        (message,) = stored(station_folder, "SELECT status, channel FROM villager_messages")
        assert message["channel"] == "modem" and message["status"] in ("sent", "delivered")
        assert "8613812345678" in sim.joined()
    finally:
        station_ctx.messaging.close()


def test_the_settings_check_the_modem_and_refuse_a_channel_without_a_port(station_ctx, station_folder, qtbot, sim):
    from ui.messaging import MessagingController
    from ui.pages.settings import SettingsPage

    station_ctx.messaging = MessagingController(station_ctx, auto=False)
    try:
        page = show_page(qtbot, station_ctx, SettingsPage)
        page.modem_port.clear()
        page.channels.setCurrentIndex(page.channels.findData("modem"))
        page.save_messaging()
        qtbot.waitUntil(lambda: station_ctx.db.idle() and page.messaging_form.errors["modem_port"].text() != "")
        type_text(page.modem_port, sim.path)
        qtbot.mouseClick(page.test_modem, Qt.LeftButton)
        qtbot.waitUntil(lambda: "短信猫正常" in page.modem_state.text(), timeout=15_000)
        page.reminder.setValue(5)
        page.save_messaging()
        qtbot.waitUntil(lambda: station_ctx.db.idle() and stored(
            station_folder, "SELECT value FROM meta WHERE key = 'parcel_reminder_days'") == [{"value": "5"}])
        assert stored(station_folder, "SELECT value FROM meta WHERE key = 'modem_port'")[0]["value"] == sim.path
    finally:
        station_ctx.messaging.close()
