"""人员值班 page: a new agent on post B (typed twice, a mismatch refused by the field), the
on-duty agent's own PIN change (the old PIN checked), a colleague's reset, an agent who
leaves, the station's hours; the duty log from real logins, locks and switches; and the
town's reset code at the login. Checked in the store and by logging in."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app import agents
from station_app.station import open_station


def submit(qtbot, ctx, dialog):
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: ctx.db.idle())


def can_log_in(folder, name, pin) -> bool:
    with open_station(folder) as store:
        try:
            agents.login(store, name, pin)
            return True
        except Exception:
            return False


def test_agents_posts_pins_and_leaving(station_ctx, station_folder, qtbot, monkeypatch):
    from ui.pages.team import TeamPage

    page = show_page(qtbot, station_ctx, TeamPage)
    tab = page.agents
    assert [r["name"] for r in tab.rows] == ["王秀英", "李建国"]

    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    new = tab.dialog
    type_text(new.name, "赵丽")
    new.post.setCurrentIndex(new.post.findData("B"))
    type_text(new.new_pin, "2468")
    type_text(new.again, "2469")
    qtbot.mouseClick(new.ok, Qt.LeftButton)
    assert "不一样" in new.form.errors["again"].text() and new.isVisible()
    new.again.clear()
    type_text(new.again, "2468")
    submit(qtbot, station_ctx, new)
    qtbot.waitUntil(lambda: any(r["name"] == "赵丽" for r in tab.rows))
    assert can_log_in(station_folder, "赵丽", "2468")
    # Post B was held (by 李建国): the newcomer holds none until someone says so.
    tab.select("赵丽")
    qtbot.mouseClick(tab.post_b, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and {r["name"]: r["post"] for r in tab.rows}.get("赵丽") == "B")
    assert {r["name"]: r["post"] for r in tab.rows}["李建国"] is None

    qtbot.mouseClick(tab.change_button, Qt.LeftButton)
    change = tab.dialog
    type_text(change.old_pin, "0000")
    type_text(change.new_pin, "9753")
    type_text(change.again, "9753")
    submit(qtbot, station_ctx, change)
    assert "原密码不对" in change.form.errors["old_pin"].text()
    change.old_pin.clear()
    type_text(change.old_pin, "1234")
    submit(qtbot, station_ctx, change)
    assert not change.isVisible() and can_log_in(station_folder, "王秀英", "9753")

    tab.select("李建国")
    qtbot.mouseClick(tab.reset_button, Qt.LeftButton)
    reset = tab.dialog
    type_text(reset.new_pin, "1357")
    type_text(reset.again, "1357")
    submit(qtbot, station_ctx, reset)
    assert can_log_in(station_folder, "李建国", "1357") and not can_log_in(station_folder, "李建国", "5678")

    monkeypatch.setattr(tab, "confirm_leave", lambda agent: True)
    tab.select("李建国")
    qtbot.mouseClick(tab.leave_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not {r["name"]: r["active"] for r in tab.rows}["李建国"])
    assert not can_log_in(station_folder, "李建国", "1357")
    audit = [r["kind"] for r in stored(station_folder, "SELECT kind FROM audit_events ORDER BY at")]
    assert audit.count("pin_changed") == 1 and audit.count("pin_reset") == 1


def test_the_station_hours_are_checked_and_kept(station_ctx, station_folder, qtbot):
    from ui.pages.team import TeamPage

    page = show_page(qtbot, station_ctx, TeamPage)
    tab = page.profile
    tab.hours.setText("8点到12点")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and tab.form.errors["opening_hours"].text() != "")
    tab.hours.setText("08:30-12:00,14:30-17:30")
    tab.weekdays.setText("123456")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "周一至周六" in tab.shown.text())
    (saved,) = stored(station_folder, "SELECT opening_hours, open_weekdays FROM station_profiles")
    assert saved == {"opening_hours": "08:30-12:00,14:30-17:30", "open_weekdays": "123456"}


def test_logins_locks_and_switches_make_the_duty_log(station_ctx, station_folder, qtbot):
    from ui.pages.team import TeamPage

    with open_station(station_folder) as store:
        people = {a.name: a.id for a in agents.list_agents(store)}
    station_ctx.come_on_duty(people["王秀英"], "王秀英", "login")
    station_ctx.go_off_duty("lock")
    station_ctx.come_on_duty(people["李建国"], "李建国", "unlock")
    qtbot.waitUntil(station_ctx.db.idle)
    log = stored(station_folder, "SELECT kind, reason FROM duty_events ORDER BY at, rowid")
    assert [(e["kind"], e["reason"]) for e in log] == [("on", "login"), ("off", "lock"), ("on", "unlock")]
    page = show_page(qtbot, station_ctx, TeamPage)
    page.tabs.setCurrentWidget(page.duty)
    today = next(d for d in page.duty.days if d["spans"])
    assert [s["agent_name"] for s in today["spans"]] == ["王秀英", "李建国"]


@pytest.fixture
def town_code(station_folder):
    """A reset code the town issued for 李建国, as it arrives by sync (its hash only)."""
    from station_app.agent_pins import town_code_hash
    from station_app.ids import new_id
    from station_app.timeutil import to_iso, utc_now
    from datetime import timedelta

    salt = hashlib.sha256(b"salt").hexdigest()[:32]
    with open_station(station_folder) as store:
        agent = agents.find_agent(store, "李建国").id
        store.conn.execute(
            "INSERT INTO pin_resets (id, agent_id, to_station, salt, code_hash, expires_at, created_at, version, hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1, '000000000000000-00000-TOWN')",
            (new_id(), agent, store.station_code, salt, town_code_hash("K7P2-9QX4", salt),
             to_iso(utc_now() + timedelta(days=1)), store.now_iso()))
    return "k7p2 9qx4"


def test_alone_at_the_station_the_town_code_sets_a_new_pin_at_the_login(gui, station_folder, town_code, qtbot):
    from ui.boot import open_context, wait_idle
    from ui.dialogs.login import LoginDialog

    ctx = open_context(station_folder)
    wait_idle(ctx.db)
    try:
        login = LoginDialog(ctx.db, "朱坡村便民服务站")
        qtbot.addWidget(login)
        login.show()
        qtbot.waitUntil(lambda: login.group.buttons() != [])
        next(b for b in login.group.buttons() if b.text() == "李建国").click()
        qtbot.mouseClick(login.forgot_button, Qt.LeftButton)
        dialog = login.dialog
        type_text(dialog.code, "WRONG-0000")
        type_text(dialog.new_pin, "8642")
        type_text(dialog.again, "8642")
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
        qtbot.waitUntil(lambda: ctx.db.idle() and dialog.form.errors["code"].text() != "")
        dialog.code.clear()
        type_text(dialog.code, town_code)
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
        qtbot.waitUntil(lambda: ctx.db.idle() and not dialog.isVisible())
        assert "新密码已设好" in login.hint.text()
        assert can_log_in(station_folder, "李建国", "8642")
    finally:
        ctx.db.close()
