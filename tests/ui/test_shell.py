"""The window around the pages: login, A/B agent switch, lock, language, settings, wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from station_app.backup import list_backups
from station_app.station import is_initialised, open_station
from ui.dialogs.login import LoginDialog
from ui.dialogs.wizard import SetupWizard
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage


def test_login_refuses_a_wrong_pin_next_to_the_field_then_accepts(qtbot, ctx):
    dialog = LoginDialog(ctx.db, "朱坡村便民服务站")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    dialog.group.buttons()[1].click()  # 李建国
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.form.errors["pin"].isHidden())
    assert "密码不对" in dialog.form.errors["pin"].text()
    assert dialog.result() != QDialog.Accepted
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "5678")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.agent is not None)
    assert dialog.agent.name == "李建国" and dialog.result() == QDialog.Accepted


def test_login_counts_down_wrong_pins_then_makes_the_agent_wait(qtbot, ctx):
    dialog = LoginDialog(ctx.db, "朱坡村便民服务站")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    for shown in ("还可以再试 4 次", "还可以再试 3 次", "还可以再试 2 次", "还可以再试 1 次", "请 30 秒后再试"):
        dialog.pin.clear()
        qtbot.keyClicks(dialog.pin, "0000")
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
        qtbot.waitUntil(lambda: shown in dialog.form.errors["pin"].text())
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "1234")  # right, but too soon
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: "秒后再试" in dialog.form.errors["pin"].text() and dialog.ok.isEnabled())
    assert dialog.agent is None


def test_an_agent_back_from_the_town_sets_a_pin_typed_twice_then_logs_in(qtbot, ctx, demo_folder):
    with open_station(demo_folder) as store:
        agent = store.scalar("SELECT id FROM agents WHERE name = '李建国'")
        with store.transaction():  # as a new PC has it after a recovery: the record, no PIN
            store.conn.execute("DELETE FROM agent_credentials WHERE agent_id = ?", (agent,))
    dialog = LoginDialog(ctx.db, "朱坡村便民服务站")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.group.buttons()) == 2)
    assert dialog.again.isHidden()
    dialog.group.buttons()[1].click()  # 李建国
    assert dialog.again.isVisible() and "第一次在这台电脑上登录" in dialog.hint.text()
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.again, "2469")
    qtbot.keyClick(dialog.again, Qt.Key_Return)
    assert "两次输入的密码不一样" in dialog.form.errors["again"].text() and dialog.agent is None
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "2468")
    qtbot.keyClick(dialog.again, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.agent is not None)
    assert dialog.agent.name == "李建国"
    with open_station(demo_folder) as store:
        assert store.scalar("SELECT COUNT(*) FROM agent_credentials WHERE agent_id = ?", (agent,)) == 1


def test_an_unexpected_error_is_logged_and_shown_in_words_with_the_log_file(qtbot, gui, tmp_path, monkeypatch):
    import sys
    import threading

    from station_app.logs import start_logging
    from ui import boot as app_module

    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = start_logging(tmp_path / "station", "station")
    app_module.install_error_dialog()
    try:
        raise RuntimeError("磁盘出错")
    except RuntimeError as err:
        sys.excepthook(type(err), err, err.__traceback__)

    (title, text), = shown
    assert title == "出错了" and "磁盘出错" in text and str(path) in text
    logged = path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: 磁盘出错" in logged


def test_a_locked_login_cannot_be_escaped(qtbot, ctx):
    dialog = LoginDialog(ctx.db, "站", locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert dialog.isVisible()


def test_function_keys_reach_every_page_and_agent_switch_shows(qtbot, ctx):
    window = MainWindow(ctx, lock_minutes=60)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = window.page_keys()
    for number, key in enumerate(keys[:12], start=1):
        qtbot.keyClick(window, getattr(Qt, f"Key_F{number}"))
        assert window.current_page().key == key
    ctx.set_agent("x", "李建国")
    assert "李建国" in window.agent_label.text()


def test_settings_backup_runs_on_the_worker_and_lists_the_file(qtbot, ctx, demo_folder):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.ready)
    page.backup_now()
    qtbot.waitUntil(lambda: ctx.db.idle() and page.backups.item(0).toolTip() != "", timeout=10_000)
    assert len(list_backups(demo_folder)) == 1


def test_settings_export_writes_csv_files(qtbot, ctx, tmp_path):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.export(str(tmp_path / "csv"))
    qtbot.waitUntil(ctx.db.idle, timeout=10_000)
    assert (tmp_path / "csv" / "parcels.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_wizard_sets_up_a_station_with_two_agents(qtbot, gui, tmp_path):
    folder = tmp_path / "new"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.station.code, "shimen")
    wizard.station.name.insert("石门村便民服务站")
    wizard.next()
    assert wizard.currentPage() is wizard.agents_page
    wizard.agents_page.a_name.insert("赵卫东")
    qtbot.keyClicks(wizard.agents_page.a_pin, "12")
    wizard.next()
    assert wizard.currentPage() is wizard.agents_page  # refused: the PIN is too short
    assert "4到8位" in wizard.agents_page.form.errors["a_pin"].text()
    wizard.agents_page.a_pin.setText("2468")
    wizard.agents_page.a_again.setText("2486")  # asked twice: a mistyped PIN would lock the agent out
    wizard.next()
    assert wizard.currentPage() is wizard.agents_page
    assert "两次输入的密码不一样" in wizard.agents_page.form.errors["a_again"].text()
    wizard.agents_page.a_again.setText("2468")
    wizard.next()
    assert "登记码" in wizard.hub.form.captions["enrol_code"].text()  # as Settings and the town call it
    wizard.next()
    qtbot.waitUntil(lambda: wizard.finish.done, timeout=20_000)
    assert is_initialised(folder)
    # Made: no going back, no silent cancel; Esc or ✕ goes on to the login.
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(wizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()
    assert wizard.result() == wizard.DialogCode.Accepted
    with open_station(folder) as store:
        assert store.station_code == "SHIMEN"
        assert [r[0] for r in store.all("SELECT name FROM agents")] == ["赵卫东"]


def test_language_switch_rebuilds_the_window_in_english_and_back(qtbot, ctx):
    window = MainWindow(ctx, lock_minutes=60)
    qtbot.addWidget(window)
    window.show()
    try:
        window.retranslate("en")
        assert window.nav.item(0).text().startswith("Today")
        assert window.current_page().title_label.text() == "Today"
        assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in window.nav.item(i).text())
                   for i in range(window.nav.count()))
    finally:
        window.retranslate("zh_CN")
    assert window.nav.item(0).text().startswith("今日")


def test_wizard_town_role_makes_a_hub_with_a_staff_login(qtbot, gui, tmp_path):
    from sync.hub.store import is_hub, open_hub
    from sync.town.staff import verify_staff

    folder = tmp_path / "town"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.town.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.town_page
    wizard.town_page.town_name.insert("小浪底镇便民服务中心")
    wizard.town_page.staff.insert("张丽")
    wizard.town_page.password.setText("short")
    wizard.town_page.again.setText("short")
    wizard.next()
    assert wizard.currentPage() is wizard.town_page  # refused: the password is too short
    assert not wizard.town_page.form.errors["password"].isHidden()
    wizard.town_page.password.setText("town-pass-2026")
    wizard.town_page.again.setText("town-pass-2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.finish.done, timeout=20_000)
    assert is_hub(folder) and not is_initialised(folder)
    with open_hub(folder) as hub:
        assert verify_staff(hub, "张丽", "town-pass-2026")
        assert not verify_staff(hub, "张丽", "wrong-password")


def test_while_the_demo_is_being_made_neither_finish_nor_cancel_can_be_pressed(qtbot, gui, tmp_path):
    wizard = SetupWizard(tmp_path / "demo")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.demo.setChecked(True)
    for _ in range(4):  # welcome, station, agents, hub
        wizard.next()
    assert wizard.currentPage() is wizard.finish
    finish = wizard.button(wizard.WizardButton.FinishButton)
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    assert not finish.isEnabled() and not cancel.isEnabled()
    assert "QPushButton:disabled" in gui.styleSheet()  # and a disabled button looks it (grey, unframed)
    wizard.reject()  # Esc while it is being made: it waits
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.finish.done, timeout=60_000)
    assert finish.isEnabled() and not cancel.isEnabled()
