"""Reception, feedback, villagers and catalogue pages, driven through real widgets and
checked in the store: a visit logged, an appointment booked and closed, a poor rating
opening a call-back that a fix note closes, a villager refused for a wrong phone (message
next to the field, nothing written) then saved, the six publics shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import click, click_row, show_page, stored, type_text
from station_app import agents, reception
from station_app.station import open_station
from station_app.validation import id_check_digit


@pytest.fixture
def station_agent():
    return "李建国"  # on duty in these tests


# -- reception ------------------------------------------------------------------------
def test_a_walk_in_is_logged_with_the_agent_on_duty_as_first_agent(station_ctx, station_folder, qtbot, qtmodeltester):
    from ui.pages.reception import ReceptionPage

    page = show_page(qtbot, station_ctx, ReceptionPage, activate=True)
    assert page.visitor.edit.hasFocus()
    assert page.first_agent.currentData() == station_ctx.agent_id
    type_text(page.visitor.edit, "张桂")
    qtbot.waitUntil(lambda: len(page.visitor.matches()) == 1)
    qtbot.keyClick(page.visitor.edit, Qt.Key_Return)
    assert page.visitor.villager.name == "张桂兰"
    assert page.village_group.text() == "三组" and page.phone.text() == "13812345678"
    assert page.matter.hasFocus()
    type_text(page.matter, "问养老金认证")
    page.outcome.setCurrentIndex(page.outcome.findData("referred"))
    qtbot.keyClick(page.matter, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.log.rowCount() == 1)
    saved = stored(station_folder, "SELECT * FROM receptions")
    assert len(saved) == 1
    visit = saved[0]
    assert (visit["visitor_name"], visit["matter"], visit["outcome"], visit["channel"]) == (
        "张桂兰", "问养老金认证", "referred", "walk_in")
    assert visit["first_agent_id"] == station_ctx.agent_id and visit["villager_id"] is not None
    assert page.visitor.text() == "" and page.matter.text() == ""  # ready for the next one
    assert page.log.data(page.log.index(0, 4)) == "转镇中心"
    qtmodeltester.check(page.log)

    # A caller not in the register, with a wrong phone: refused next to the phone.
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    type_text(page.visitor.edit, "外村王师傅")
    type_text(page.phone, "1380000")
    type_text(page.matter, "问快递")
    click(qtbot, page.log_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.form.errors["phone"].isHidden())
    assert "手机号应为11位数字" in page.form.errors["phone"].text()
    assert len(stored(station_folder, "SELECT id FROM receptions")) == 1
    assert page.visitor.text() == "外村王师傅"  # nothing typed is lost


def test_an_appointment_is_booked_and_marked_done(station_ctx, station_folder, qtbot, qtmodeltester):
    from ui.pages.reception import ReceptionPage

    page = show_page(qtbot, station_ctx, ReceptionPage, activate=True)
    page.tabs.setCurrentIndex(1)
    type_text(page.booker.edit, "李小燕")
    qtbot.waitUntil(lambda: len(page.booker.matches()) == 1)
    qtbot.keyClick(page.booker.edit, Qt.Key_Return)
    assert page.booking_phone.text() == "13600001111"
    page.day.setDate(page.day.date().addDays(1))
    page.hour.setTime(page.hour.time().fromString("18:30", "HH:mm"))
    type_text(page.purpose, "下班后来办社保卡")
    qtbot.keyClick(page.purpose, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.appointments.rowCount() == 1)
    booked = stored(station_folder, "SELECT * FROM appointments")
    assert len(booked) == 1 and booked[0]["status"] == "scheduled" and booked[0]["name"] == "李小燕"
    assert "18:30" in page.appointments.data(page.appointments.index(0, 0))
    qtmodeltester.check(page.appointments)
    assert not page.close_buttons["done"].isEnabled()
    click_row(qtbot, page.appointment_list, 0)
    click(qtbot, page.close_buttons["done"])
    qtbot.waitUntil(lambda: station_ctx.db.idle()
                    and stored(station_folder, "SELECT status FROM appointments")[0]["status"] == "done")
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.appointments.rowCount() == 0)  # no longer to do


# -- feedback -------------------------------------------------------------------------
def test_a_poor_rating_opens_a_call_back_that_a_fix_note_closes(station_ctx, station_folder, qtbot, qtmodeltester):
    from ui.pages.feedback import FeedbackPage

    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        visit = reception.log_reception(store, agent, "张桂兰", "问电费为什么多扣了")
    page = show_page(qtbot, station_ctx, FeedbackPage, activate=True)
    assert page.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: page.unrated.rowCount() == 1)
    assert page.unrated.rows[0]["id"] == visit
    click_row(qtbot, page.unrated_list, 0)
    assert page.rating.target == ("receptions", visit)
    click(qtbot, page.rating.level_buttons[2])  # 不满意
    click(qtbot, page.rating.save_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.rating.form.errors["comment"].isHidden())
    assert "意见" in page.rating.form.errors["comment"].text()
    assert stored(station_folder, "SELECT id FROM feedback") == []
    type_text(page.rating.comment, "等了太久")
    click(qtbot, page.rating.save_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.callbacks.rowCount() == 1)
    given = stored(station_folder, "SELECT level, comment, target_id FROM feedback")
    assert given == [{"level": 2, "comment": "等了太久", "target_id": visit}]
    assert stored(station_folder, "SELECT status FROM callbacks") == [{"status": "open"}]
    assert "待回访（1）" in page.tabs.tabText(1)
    qtbot.waitUntil(lambda: page.unrated.rowCount() == 0)  # rated: no longer offered

    page.tabs.setCurrentIndex(1)
    click_row(qtbot, page.callback_list, 0)
    click(qtbot, page.close_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.fix_form.errors["fix_note"].isHidden())
    assert stored(station_folder, "SELECT status FROM callbacks") == [{"status": "open"}]
    type_text(page.fix_note, "已电话回访致歉，下次上门服务")
    click(qtbot, page.close_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.callbacks.rowCount() == 0)
    assert stored(station_folder, "SELECT status, fix_note FROM callbacks") == [
        {"status": "done", "fix_note": "已电话回访致歉，下次上门服务"}]
    qtbot.waitUntil(lambda: page.recent.rowCount() == 1)
    assert page.recent.data(page.recent.index(0, 4)).startswith("✓ 已回访")
    for model in (page.unrated, page.callbacks, page.recent):
        qtmodeltester.check(model)


# -- villagers ------------------------------------------------------------------------
def test_a_wrong_phone_is_refused_next_to_the_field_then_the_villager_is_saved(station_ctx, station_folder, qtbot,
                                                                               qtmodeltester):
    from ui.pages.villagers import VillagersPage

    page = show_page(qtbot, station_ctx, VillagersPage, activate=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    editor = page.editor
    click(qtbot, editor.new_button)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    type_text(editor.name, "赵老栓")
    editor.phone.setFocus()
    type_text(editor.phone, "1391234")
    phone_error = editor.form.errors["phone"]
    assert phone_error.isHidden()  # a number half typed is not wrong yet
    editor.id_number.setFocus()  # leaving the field checks it
    assert not phone_error.isHidden() and "手机号应为11位数字" in phone_error.text()
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not phone_error.isHidden())
    assert "手机号应为11位数字" in phone_error.text()
    assert len(stored(station_folder, "SELECT id FROM villagers")) == 2  # nothing written
    assert editor.name.text() == "赵老栓"  # nothing typed is lost

    type_text(editor.phone, "5678")
    assert phone_error.isHidden()
    id_number = "41032219520312001"
    id_number += id_check_digit(id_number)
    type_text(editor.id_number, id_number)
    assert editor.form.errors["id_number"].isHidden()
    editor.tags["alone"].setChecked(True)
    qtbot.keyClick(editor.name, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 3)
    saved = stored(station_folder, "SELECT * FROM villagers WHERE name = '赵老栓'")
    assert len(saved) == 1
    assert (saved[0]["phone"], saved[0]["id_number"], saved[0]["tags"]) == ("13912345678", id_number, '["alone"]')
    qtbot.waitUntil(lambda: station_ctx.db.idle() and editor.villager_id == saved[0]["id"])
    assert "410322********" in editor.heading.text() and id_number not in editor.heading.text()
    listed = [r for r in page.model.rows if r["name"] == "赵老栓"][0]
    assert listed["id_masked"] == id_number[:6] + "********" + id_number[-4:]
    assert editor.id_number.text() == id_number  # in full only inside the edit field

    # The register searches by phone tail; an edit is saved in place.
    type_text(page.list.search, "5678")
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 2 and not page.model.is_loading())
    qtmodeltester.check(page.model)


def test_family_contacts_with_the_payer(station_ctx, station_folder, qtbot, qtmodeltester):
    from ui.pages.villagers import VillagersPage

    page = show_page(qtbot, station_ctx, VillagersPage, activate=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    index = [r["name"] for r in page.model.rows].index("张桂兰")
    click_row(qtbot, page.list, index)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.contacts.model.rowCount() == 1)
    assert page.contacts.model.data(page.contacts.model.index(0, 3)) == "✓ 负责还款"
    page.tabs.setCurrentIndex(1)
    type_text(page.contacts.name, "张海燕")
    type_text(page.contacts.phone, "13700002222")
    page.contacts.relation.setCurrentIndex(page.contacts.relation.findData("daughter"))
    click(qtbot, page.contacts.add_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.contacts.model.rowCount() == 2)
    assert stored(station_folder, "SELECT name, relation, is_payer FROM contacts WHERE name = '张海燕'") == [
        {"name": "张海燕", "relation": "daughter", "is_payer": 0}]

    # Editing the villager keeps everything else.
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: editor_loaded(page, "张桂兰"))
    page.editor.address.clear()
    type_text(page.editor.address, "朱坡村三组12号")
    click(qtbot, page.editor.save_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle()
                    and stored(station_folder, "SELECT address FROM villagers WHERE name = '张桂兰'")
                    == [{"address": "朱坡村三组12号"}])
    assert stored(station_folder, "SELECT phone, tags FROM villagers WHERE name = '张桂兰'") == [
        {"phone": "13812345678", "tags": '["elderly"]'}]
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.contacts.model.rowCount() == 2)
    qtmodeltester.check(page.contacts.model)


def editor_loaded(page, name: str) -> bool:
    return page.editor.villager_id is not None and page.editor.name.text() == name


# -- catalogue ------------------------------------------------------------------------
def test_catalogue_shows_the_six_publics_of_the_selected_item(station_ctx, qtbot, qtmodeltester):
    from ui.pages.catalogue import CataloguePage

    page = show_page(qtbot, station_ctx, CataloguePage, activate=True)
    assert page.model.rowCount() == 28
    assert page.model.data(page.model.index(0, 0)) == "【计划生育】" and page.model.data(page.model.index(1, 0)) == ""
    type_text(page.list.search, "MZ-01")
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 1
                    and page.model.rows[0]["code"] == "MZ-01")
    click_row(qtbot, page.list, 0)
    text = page.details.toPlainText()
    for heading in ("服务事项", "办事程序", "政策依据", "承诺时限", "办事资料", "收费标准"):
        assert heading in text
    assert "30个工作日" in text and "最低生活保障申请书" in text and "容缺，可先办后补" in text
    assert page.details.isReadOnly()
    qtmodeltester.check(page.model)


def test_choosing_a_contact_corrects_it_and_the_new_payer_relieves_the_old(station_ctx, station_folder, qtbot):
    from ui.pages.villagers import VillagersPage

    page = show_page(qtbot, station_ctx, VillagersPage, activate=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    click_row(qtbot, page.list, [r["name"] for r in page.model.rows].index("张桂兰"))
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.contacts.model.rowCount() == 1)
    page.tabs.setCurrentIndex(1)
    panel = page.contacts
    type_text(panel.name, "张海燕")
    panel.relation.setCurrentIndex(panel.relation.findData("daughter"))
    click(qtbot, panel.add_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and panel.model.rowCount() == 2)

    row = [r["name"] for r in panel.model.rows].index("张海燕")
    click_row(qtbot, panel.list, row)
    assert panel.name.text() == "张海燕" and panel.add_button.text() == "保存修改"
    panel.payer.setChecked(True)
    click(qtbot, panel.add_button)  # a payer needs a phone: the error sits by the field
    qtbot.waitUntil(lambda: not panel.form.errors["phone"].isHidden())
    type_text(panel.phone, "13700002222")
    click(qtbot, panel.add_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and panel.add_button.text() == "添加联系人")

    assert stored(station_folder, "SELECT name, phone, is_payer FROM contacts ORDER BY name") == [
        {"name": "张建军", "phone": "13987654321", "is_payer": 0},
        {"name": "张海燕", "phone": "13700002222", "is_payer": 1}]
    assert panel.name.text() == "" and not panel.new_button.isVisible()


def test_the_villager_rates_on_the_screen_turned_to_them_with_the_number_keys(station_ctx, station_folder, qtbot):
    from ui.pages.feedback import FeedbackPage

    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        visit = reception.log_reception(store, agent, "张桂兰", "问低保年审")
    page = show_page(qtbot, station_ctx, FeedbackPage, activate=True)
    qtbot.waitUntil(lambda: page.unrated.rowCount() == 1)
    click_row(qtbot, page.unrated_list, 0)
    click(qtbot, page.rating.villager_button)
    screen = page.rating.screen
    assert not screen.ok.isEnabled()  # nothing chosen yet
    qtbot.keyClick(screen, Qt.Key_2)
    assert screen.buttons[2].isChecked() and screen.comment.isVisible()
    click(qtbot, screen.ok)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not screen.form.errors["comment"].isHidden())
    type_text(screen.comment, "排队太久")
    click(qtbot, screen.ok)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not screen.isVisible())
    given = stored(station_folder, "SELECT level, comment, source, target_id FROM feedback")
    assert given == [{"level": 2, "comment": "排队太久", "source": "villager", "target_id": visit}]
    assert stored(station_folder, "SELECT status FROM callbacks") == [{"status": "open"}]
