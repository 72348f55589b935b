"""The town window's pages for the people who serve, on the session's small demo town:
each station's agents and a PIN reset code on 站点, the duty log and recording a spot check
(refused next to the field when wrong, nothing written), the stations' letters answered,
a case move signed by the staff member, notices with a category and their readers, and
the yearly assessment on 报表. Every test checks the hub's own tables."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog

from station_app import agent_pins
from station_app.timeutil import LOCAL_TZ, utc_now

from gui_helpers import click, hub_rows, show_page


def test_the_stations_page_shows_agents_posts_hours_and_issues_a_reset_code(qtbot, town_ctx, town_folder):
    from ui.town.pages.stations import StationsPage

    page = show_page(qtbot, town_ctx, StationsPage)
    agents = hub_rows(town_folder, "SELECT id, name, post FROM agents WHERE station_code = 'ZHUPO' ORDER BY post")
    headers = [column.header for column in page.model.columns]
    row = next(i for i, r in enumerate(page.model.rows) if r["code"] == "ZHUPO")
    assert page.model.data(page.model.index(row, headers.index("A岗 / B岗"))) == " / ".join(a["name"] for a in agents)
    assert page.select_station("ZHUPO")
    shown = page.people.text()
    assert f"A岗：{agents[0]['name']}" in shown and f"B岗：{agents[1]['name']}" in shown and "营业时间：" in shown
    assert [page.reset_agent.itemText(i) for i in range(page.reset_agent.count())] == [a["name"] for a in agents]
    page.reset_agent.setCurrentIndex(1)
    click(qtbot, page.reset_button)
    qtbot.waitUntil(lambda: bool(page.last_code) and town_ctx.db.idle(), timeout=10_000)
    assert page.code_label.text() == page.last_code and agents[1]["name"] in page.code_caption.text()
    [reset] = hub_rows(town_folder, "SELECT agent_id, to_station, code_hash, salt FROM pin_resets")
    assert (reset["agent_id"], reset["to_station"]) == (agents[1]["id"], "ZHUPO")
    assert reset["code_hash"] == agent_pins.town_code_hash(page.last_code, reset["salt"])
    assert hub_rows(town_folder, "SELECT audience FROM hub_changes WHERE entity = 'pin_resets'") == [{"audience": "ZHUPO"}]


def _duty_page(qtbot, town_ctx, code="ZHUPO"):
    from ui.town.pages.duty import TownDutyPage

    page = show_page(qtbot, town_ctx, TownDutyPage)
    page.set_station(code)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=10_000)
    return page


def test_the_duty_page_shows_a_stations_week_with_who_was_on_and_the_gaps(qtbot, town_ctx):
    page = _duty_page(qtbot, town_ctx)
    cells = []
    for _week in range(2):  # the demo's six days: this week, and the end of the week before
        assert page.table.rowCount() == 7
        cells += [page.table.item(r, 1).text() for r in range(7)]
        assert page.table.item(6, 2).text() == "休息日"  # Sunday: the demo station is closed
        page.show_week(page.monday - timedelta(days=7))
        qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=10_000)
    names = [a["name"] for a in hub_rows(page.ctx.data_dir, "SELECT name FROM agents WHERE station_code = 'ZHUPO'")]
    assert any(name in text for text in cells for name in names)  # the demo's log, by name
    assert "营业时间" in page.summary.text() and "无人值班" in page.summary.text()


def test_recording_a_spot_check_refuses_bad_input_by_the_field_then_sets_it_beside_the_log(qtbot, town_ctx,
                                                                                         town_folder):
    page = _duty_page(qtbot, town_ctx)
    before = len(hub_rows(town_folder, "SELECT id FROM hub_spot_checks"))
    assert page.staff.text() == town_ctx.agent_name  # the staff member logged in
    page.staff.clear()
    page.record()
    qtbot.waitUntil(lambda: not page.form.errors["staff"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "抽查人" in page.form.errors["staff"].text()
    page.staff.insert("刘文静")
    page.checked_at.setDateTime(QDateTime.currentDateTime().addDays(2))
    page.record()
    qtbot.waitUntil(lambda: not page.form.errors["checked_at"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "不能晚于现在" in page.form.errors["checked_at"].text()
    assert len(hub_rows(town_folder, "SELECT id FROM hub_spot_checks")) == before  # nothing written

    moment = (utc_now().astimezone(LOCAL_TZ) - timedelta(days=1)).replace(hour=10, minute=30)
    page.checked_at.setDateTime(QDateTime(moment.date(), moment.time().replace(second=0, microsecond=0)))
    page.found.setCurrentIndex(page.found.findData("nobody"))
    page.remarks.insert("到站时门锁着")
    click(qtbot, page.record_button)
    qtbot.waitUntil(lambda: bool(page.last_check) and town_ctx.db.idle() and page.ready(), timeout=10_000)
    [check] = hub_rows(town_folder, "SELECT station_code, staff_name, found_agent_id, remarks FROM hub_spot_checks"
                                    " WHERE id = ?", (page.last_check,))
    assert check == {"station_code": "ZHUPO", "staff_name": "刘文静", "found_agent_id": None, "remarks": "到站时门锁着"}
    day = moment.date().isoformat()
    row = next(r for r in range(7) if page.table.item(r, 0).text().startswith(day[5:]))
    assert "10:30 实际：无人" in page.table.item(row, 3).text() and "刘文静" in page.table.item(row, 3).text()


def test_letters_are_threads_opened_read_answered_and_their_photo_seen_and_saved(qtbot, town_ctx, town_folder,
                                                                                tmp_path):
    from ui.town.pages.letters import TownLettersPage

    page = show_page(qtbot, town_ctx, TownLettersPage)
    unread = [r for r in page.model.rows if r["unread"]]
    assert unread and page.model.rows[0] is unread[0]  # the threads with unread letters come first
    code = unread[0]["code"]
    assert page.select_station(code)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.talk.get("station") == code, timeout=10_000)
    qtbot.waitUntil(lambda: bool(hub_rows(town_folder, "SELECT 1 FROM hub_letter_reads r JOIN station_letters l"
                                                       " ON l.id = r.letter_id WHERE l.station_code = ?", (code,))),
                    timeout=10_000)
    assert hub_rows(town_folder, "SELECT staff_name FROM hub_letter_reads")[-1]["staff_name"] == town_ctx.agent_name
    letter = page.talk["items"][0]
    assert letter["subject"] in page.messages.toPlainText()

    if page.attachments.count():
        target = tmp_path / "photo.png"
        page.ask_file = lambda name: str(target)
        click(qtbot, page.save_button)
        qtbot.waitUntil(lambda: target.exists() and town_ctx.db.idle(), timeout=10_000)
        assert target.read_bytes().startswith(b"\x89PNG")
        click(qtbot, page.view_button)
        qtbot.waitUntil(lambda: getattr(page, "shown_photo", None) is not None, timeout=10_000)
        assert isinstance(page.shown_photo, QDialog)
        page.shown_photo.close()

    page.reply_to.setCurrentIndex(page.reply_to.findData(letter["id"]))
    click(qtbot, page.send_button)  # nothing written: the answer is empty
    qtbot.waitUntil(lambda: not page.form.errors["body"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    page.body.insertPlainText("收到，明天派人去看")
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: bool(page.last_answer) and town_ctx.db.idle(), timeout=10_000)
    [sent] = hub_rows(town_folder, "SELECT to_station, in_reply_to, staff_name, body FROM town_messages WHERE id = ?",
                      (page.last_answer,))
    assert sent == {"to_station": code, "in_reply_to": letter["id"], "staff_name": town_ctx.agent_name,
                    "body": "收到，明天派人去看"}
    qtbot.waitUntil(lambda: "收到，明天派人去看" in page.messages.toPlainText(), timeout=10_000)
    assert hub_rows(town_folder, "SELECT audience FROM hub_changes WHERE record_id = ?", (page.last_answer,)) == [
        {"audience": code}]


def test_a_town_case_move_is_signed_with_the_staff_member_and_shown_in_its_history(qtbot, town_ctx, town_folder):
    from ui.town.pages.cases import TownCasesPage

    page = show_page(qtbot, town_ctx, TownCasesPage)
    waiting = next(r for r in page.model.rows if r["status"] == "sent_to_town")
    assert page.select_case(waiting["id"])
    qtbot.waitUntil(lambda: "办理经过" in page.history.text(), timeout=10_000)
    page.to_status.setCurrentIndex(page.to_status.findData("accepted"))
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and "已受理" in page.chosen.text(), timeout=10_000)
    [move] = hub_rows(town_folder, "SELECT m.staff_name FROM hub_case_moves m JOIN case_events e ON e.id = m.event_id"
                                   " WHERE e.case_id = ? AND e.to_status = 'accepted'", (waiting["id"],))
    assert move["staff_name"] == town_ctx.agent_name
    qtbot.waitUntil(lambda: page.ready(), timeout=10_000)
    assert page.select_case(waiting["id"])
    qtbot.waitUntil(lambda: f"镇中心 {town_ctx.agent_name}" in page.history.text(), timeout=10_000)


def test_a_notice_is_published_in_a_category_and_its_readers_are_shown(qtbot, town_ctx, town_folder):
    from ui.town.pages.catalogue import TownCataloguePage

    page = show_page(qtbot, town_ctx, TownCataloguePage)
    page.tabs.setCurrentIndex(1)
    notices = page.notices
    read_one = hub_rows(town_folder, "SELECT notice_id FROM notice_reads LIMIT 1")[0]["notice_id"]
    assert notices.select_notice(read_one)
    qtbot.waitUntil(lambda: "已读：" in notices.receipts.text(), timeout=10_000)
    assert "未读：" in notices.receipts.text()
    notices.title_edit.insert("低保名单公示")
    notices.body_edit.insertPlainText("请张贴公示七天")
    notices.category.setCurrentIndex(notices.category.findData("village_affairs"))
    click(qtbot, notices.publish_button)
    qtbot.waitUntil(lambda: bool(notices.last_notice) and town_ctx.db.idle(), timeout=10_000)
    assert hub_rows(town_folder, "SELECT category FROM town_notices WHERE id = ?", (notices.last_notice,)) == [
        {"category": "village_affairs"}]
    qtbot.waitUntil(lambda: notices.ready() and notices.model.rows and notices.model.rows[0]["id"] == notices.last_notice,
                    timeout=10_000)
    headers = [column.header for column in notices.model.columns]
    assert notices.model.data(notices.model.index(0, headers.index("类别"))) == "村务公开"
    assert notices.model.data(notices.model.index(0, headers.index("已读"))) == "0/3"


def test_the_reports_page_shows_the_yearly_assessment_with_its_people(qtbot, town_ctx):
    from ui.town.pages.reports import ReportsPage

    page = show_page(qtbot, town_ctx, ReportsPage)
    year = str(utc_now().astimezone(LOCAL_TZ).year)
    page.set_period(year)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.period.currentText() == f"{year}年度"
    assert page.agents.rowCount() == len(page.report["agents"]) == 6
    assert page.staff.rowCount() == len(page.report["staff"]) > 0
    assert page.people_ranking.rowCount() == len(page.report["people_ranking"])
    page.tabs.setCurrentWidget(page.people_ranking)
    assert page.report["people_ranking_rule"] in page.rule.text()
    page.tabs.setCurrentWidget(page.detail)
    assert page.report["ranking_rule"] in page.rule.text()
    page.set_station("ZHUPO")
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready(), timeout=15_000)
    assert page.station_agents.rowCount() == 2
