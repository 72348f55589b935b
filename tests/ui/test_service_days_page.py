"""进驻服务 page: a day the town planned shows first; a villager signed up with what they
have, told what is still missing and given a printed notice; on the day an outcome is
recorded and an application goes on as a full-agency case; a sign-up cancelled. Checked
in the store."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app import service_days
from station_app.agents import list_agents
from station_app.ids import new_id
from station_app.station import open_station
from ui.dates import station_today


def plan(folder, days_ahead: int, items=("LB-01", "MZ-02")) -> str:
    """A day as the town's plan arrives at the station (a pulled, town-owned record)."""
    day_id = new_id()
    with open_station(folder) as store:
        store.conn.execute(
            "INSERT INTO service_days (id, day, starts, ends, stations, items, staff, status, created_at, version, hlc)"
            " VALUES (?, ?, '09:00', '11:30', ?, ?, ?, 'planned', ?, 1, '000000000000000-00000-TOWN')",
            (day_id, (station_today() + timedelta(days=days_ahead)).isoformat(), json.dumps([store.station_code]),
             json.dumps(list(items)), json.dumps(["刘文静", "赵强"], ensure_ascii=False), store.now_iso()))
    return day_id


def test_signing_up_a_villager_with_what_they_have_and_printing_their_notice(station_ctx, station_folder, qtbot,
                                                                            monkeypatch):
    from ui.pages.service_days import ServiceDaysPage, signups

    plan(station_folder, -20)
    coming = plan(station_folder, 3)
    page = show_page(qtbot, station_ctx, ServiceDaysPage, activate=True)
    assert page.day["id"] == coming  # the coming day, not the one held
    assert "刘文静" in page.heading.text()
    form = page.signup
    type_text(form.villager.edit, "张桂兰")
    qtbot.waitUntil(lambda: form.villager.results.isVisible())
    qtbot.keyClick(form.villager.edit, Qt.Key_Return)
    form.item.setCurrentIndex(form.item.findData("MZ-02"))
    ticked = next(i for i in range(form.materials.count()) if form.materials.item(i).data(Qt.UserRole) == "居民身份证")
    form.materials.item(ticked).setCheckState(Qt.Checked)
    qtbot.mouseClick(form.sign_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "已报名" in form.result.text())
    (made,) = stored(station_folder, "SELECT * FROM service_day_signups")
    assert made["item_code"] == "MZ-02" and json.loads(made["materials_have"]) == ["居民身份证"]
    assert "张桂兰 已报名。还要带：特困人员救助供养申请书、户口簿" in form.result.text()
    qtbot.waitUntil(lambda: (page.signups.list.current() or {}).get("id") == made["id"])  # selected for its notice

    printed = {}
    monkeypatch.setattr(signups, "print_html", lambda parent, html, name: printed.update(html=html, name=name))
    qtbot.mouseClick(page.signups.notice_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "html" in printed)
    assert "张桂兰" in printed["html"] and "居民身份证" in printed["html"] and "户口簿（原件及复印件）（还没有：请提前准备）" in printed["html"]

    # Signing the same villager up twice for the same item is refused next to the villager.
    type_text(form.villager.edit, "张桂兰")
    qtbot.waitUntil(lambda: form.villager.results.isVisible())
    qtbot.keyClick(form.villager.edit, Qt.Key_Return)
    form.item.setCurrentIndex(form.item.findData("MZ-02"))
    qtbot.mouseClick(form.sign_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and form.form.errors["villager"].text() != "")
    assert len(stored(station_folder, "SELECT id FROM service_day_signups")) == 1


def test_on_the_day_an_outcome_goes_on_as_a_case_and_a_sign_up_is_cancelled(station_ctx, station_folder, qtbot,
                                                                           monkeypatch):
    from ui.pages.service_days import ServiceDaysPage

    today = plan(station_folder, 0)
    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        people = {r["name"]: r["id"] for r in store.all("SELECT id, name FROM villagers")}
        service_days.sign_up(store, agent, today, people["张桂兰"], "LB-01", ["居民身份证"])
        service_days.sign_up(store, agent, today, people["李小燕"], "MZ-02")
    page = show_page(qtbot, station_ctx, ServiceDaysPage)
    panel = page.signups
    qtbot.waitUntil(lambda: len(panel.model.rows) == 2)
    assert panel.record_button.isEnabled()
    panel.list.select("villager_name", "张桂兰")
    qtbot.mouseClick(panel.record_button, Qt.LeftButton)
    dialog = panel.dialog
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("materials_missing"))
    assert dialog.served_by.currentText() == "刘文静"
    type_text(dialog.note, "缺户口簿，下周补交")
    dialog.as_case.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not dialog.isVisible())
    (case,) = stored(station_folder, "SELECT * FROM cases")
    assert case["item_code"] == "LB-01"
    qtbot.waitUntil(lambda: any(f"代办 {case['case_no']}" in panel._outcome(r) for r in panel.model.rows))

    monkeypatch.setattr(panel, "confirm_cancel", lambda row: True)
    panel.list.select("villager_name", "李小燕")
    qtbot.mouseClick(panel.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and len(panel.model.rows) == 1)
    statuses = {r["item_code"]: r["status"] for r in stored(station_folder, "SELECT * FROM service_day_signups")}
    assert statuses == {"LB-01": "signed_up", "MZ-02": "cancelled"}


def test_a_day_still_to_come_takes_no_outcome_and_a_past_one_no_sign_up(station_ctx, station_folder, qtbot):
    from ui.pages.service_days import ServiceDaysPage

    plan(station_folder, -5)
    page = show_page(qtbot, station_ctx, ServiceDaysPage)
    assert page.day["past"] and not page.signup.sign_button.isEnabled() and page.signups.record_button.isEnabled()
    coming = plan(station_folder, 2)  # arrives by sync: the day being looked at stays chosen
    page.refresh()
    qtbot.waitUntil(lambda: page.days.count() == 2)
    assert page.day["past"]
    page.days.setCurrentIndex(1)  # oldest first
    assert page.day["id"] == coming
    assert page.signup.sign_button.isEnabled() and not page.signups.record_button.isEnabled()
    assert "当天起" in page.signups.when.text()
