"""Words and order an agent meets: the title says the station once, the status bar names a
backup by its file, the 换人 dialog offers the other agent and opens over the window, a
parcel's courier is named (圆通速递), villagers come in pinyin order."""

from __future__ import annotations

from gui_helpers import show_page, stored
from station_app import agents, parcels
from station_app.station import open_station
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow


def test_the_title_names_the_station_once(qtbot, station_ctx):
    window = MainWindow(station_ctx, lock_minutes=600)
    qtbot.addWidget(window)
    assert window.windowTitle() == "朱坡村便民服务站"
    assert window.windowTitle().count("便民服务站") == 1


def test_the_status_bar_names_the_automatic_backup_by_its_file(gui, tmp_path):
    from ui.boot import backup_said

    said = backup_said(tmp_path / "station" / "backups" / "station-20261202-0800.db")
    assert said == "已自动备份（station-20261202-0800.db）" and str(tmp_path) not in said


def test_the_switch_dialog_offers_the_other_agent_and_opens_over_the_window(qtbot, station_ctx):
    window = MainWindow(station_ctx, lock_minutes=600)
    qtbot.addWidget(window)
    window.show()
    dialog = LoginDialog(station_ctx.db, "朱坡村便民服务站", parent=window, current="王秀英")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    assert dialog.chosen_name() == "李建国"  # 王秀英 is on duty: the switch is for the other one
    centre = dialog.frameGeometry().center()
    assert abs(centre.x() - window.frameGeometry().center().x()) < 40
    assert abs(centre.y() - window.frameGeometry().center().y()) < 40
    locked = LoginDialog(station_ctx.db, "朱坡村便民服务站", locked=True, parent=window, current="王秀英")
    qtbot.addWidget(locked)
    qtbot.waitUntil(lambda: len(locked.group.buttons()) == 2)
    assert locked.chosen_name() == "王秀英"  # a lock waits for the agent on duty


def test_the_demo_login_shows_its_pins(qtbot, ctx):
    dialog = LoginDialog(ctx.db, "朱坡村便民服务站")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    assert not dialog.demo_pins.isHidden()
    assert "王秀英 1234" in dialog.demo_pins.text() and "李建国 5678" in dialog.demo_pins.text()


def test_a_real_station_s_login_shows_no_pins(qtbot, station_ctx):
    dialog = LoginDialog(station_ctx.db, "朱坡村便民服务站")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    assert dialog.demo_pins.isHidden()


def test_feedback_rows_name_the_courier_not_its_code(qtbot, station_ctx, station_folder):
    from ui.pages.feedback import FeedbackPage

    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        got = parcels.check_in(store, agent, "YT1234567890123", recipient_name="李四")
        parcels.release(store, agent, got["id"], "李四", "self")
    page = show_page(qtbot, station_ctx, FeedbackPage)
    qtbot.waitUntil(lambda: page.unrated.rowCount() == 1)
    shown = page.unrated.data(page.unrated.index(0, 3))
    assert shown.startswith("圆通速递") and "YTO" not in shown
    assert stored(station_folder, "SELECT courier FROM parcels")[0]["courier"] == "YTO"


def test_the_villagers_page_lists_names_in_pinyin_order(qtbot, station_ctx, station_folder):
    from station_app.villagers import add_villager
    from ui.pages.villagers import VillagersPage

    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        for name in ("何建国", "冯秀英", "刘大爷"):
            add_villager(store, agent, name)
    page = show_page(qtbot, station_ctx, VillagersPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert [r["name"] for r in page.model.rows] == ["冯秀英", "何建国", "李小燕", "刘大爷", "张桂兰"]
