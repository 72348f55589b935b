"""Agency cases page: a case from intake to delivered through real widgets, the one-time
notice checked and printed to PDF, only legal status changes offered, the villager's
rating after delivery. Every result is checked in the store."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from gui_helpers import click, click_row, show_page, type_text
from station_app import agents, cases
from station_app.station import open_station
from station_app.timeutil import FixedClock

ITEM = "LB-03"  # 居民身份证, 户口簿, 社会保障卡 (required); 近期一寸免冠照片 (容缺)


@pytest.fixture
def page(station_ctx, qtbot):
    from ui.pages.cases import CasesPage

    return show_page(qtbot, station_ctx, CasesPage)


def store_case(folder) -> dict:
    with open_station(folder) as store:
        rows = cases.list_cases(store)
        assert len(rows) == 1
        case = rows[0]
        case["events"] = [dict(r) for r in store.all(
            "SELECT from_status, to_status, note, by_side FROM case_events WHERE case_id = ? ORDER BY at, rowid",
            (case["id"],))]
    return case


def take_application(qtbot, page, ctx) -> dict:
    """Villager by phone tail, item by code, two of four materials ticked, save."""
    click(qtbot, page.new_button)
    intake = page.intake
    assert page.stack.currentWidget() is intake and intake.picker.edit.hasFocus()
    qtbot.keyClicks(intake.picker.edit, "5678")
    qtbot.waitUntil(lambda: len(intake.picker.matches()) == 1)
    qtbot.keyClick(intake.picker.edit, Qt.Key_Return)
    assert intake.picker.villager.name == "张桂兰"
    qtbot.keyClicks(intake.items.search, ITEM)
    qtbot.waitUntil(lambda: ctx.db.idle() and intake.items.model.rowCount() == 1
                    and intake.items.model.rows[0]["code"] == ITEM)
    click_row(qtbot, intake.items, 0, column=1)
    assert intake.item is not None and intake.item.code == ITEM
    assert intake.materials.count() == 4
    labels = [intake.materials.item(i).text() for i in range(4)]
    assert labels[0].startswith("【必需】居民身份证") and labels[3].startswith("【容缺·可后补】近期一寸免冠照片")
    intake.tick("居民身份证")
    intake.tick("户口簿")
    click(qtbot, intake.save_button)
    qtbot.waitUntil(lambda: ctx.db.idle() and intake.stack.currentIndex() == 1)
    return intake.made


def test_case_from_intake_to_delivered(page, station_ctx, station_folder, qtbot, tmp_path):
    made = take_application(qtbot, page, station_ctx)
    intake = page.intake
    case = store_case(station_folder)
    assert case["case_no"] == made["case_no"] == intake.case_no.text()
    assert case["status"] == "received" and case["materials_received"] == ["居民身份证", "户口簿"]
    assert intake.deadline.text().endswith(f"{int(case['deadline'][5:7])}月{int(case['deadline'][8:])}日")
    notice = intake.notice.toPlainText()
    assert "还缺以下材料" in notice and "社会保障卡（原件及复印件）" in notice
    assert "以下材料可以先办后补" in notice and "近期一寸免冠照片" in notice
    assert "居民身份证" not in notice.split("还缺以下材料")[1]

    # The notice on A4, as the villager takes it home.
    pdf = tmp_path / "notice.pdf"
    from ui.printing import save_pdf

    html = intake.notice_html()
    assert made["case_no"] in html and "社会保障卡" in html and "村民签字" in html
    save_pdf(html, pdf, "a4")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000

    click(qtbot, intake.show_button)
    detail = page.detail
    qtbot.waitUntil(lambda: station_ctx.db.idle() and detail.loaded and page.stack.currentWidget() is detail)
    assert detail.case_no.text() == made["case_no"]
    # Only the legal next statuses are offered: never "accepted" straight from "received".
    assert set(detail.status_buttons) == {"sent_to_town", "withdrawn"}

    def move(target: str, note: str = "", from_town: bool = False) -> None:
        if note:
            type_text(detail.note, note)
        detail.from_town.setChecked(from_town)
        click(qtbot, detail.status_buttons[target])
        qtbot.waitUntil(lambda: station_ctx.db.idle() and store_case(station_folder)["status"] == target)
        qtbot.waitUntil(lambda: station_ctx.db.idle() and detail.data["case"]["status"] == target)

    # Short of a required material (the social-security card): refused next to the note
    # until the agent says why the file goes in short.
    click(qtbot, detail.status_buttons["sent_to_town"])
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not detail.form.errors["note"].isHidden())
    assert "仍要送镇请写明原因" in detail.form.errors["note"].text()
    assert store_case(station_folder)["status"] == "received"
    move("sent_to_town", "社保卡在补办，先送镇")
    assert set(detail.status_buttons) == {"accepted", "needs_correction", "withdrawn"}

    # Needs correction requires what is missing: refused next to the note, nothing written.
    click(qtbot, detail.status_buttons["needs_correction"])
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not detail.form.errors["note"].isHidden())
    assert "补正" in detail.form.errors["note"].text()
    assert store_case(station_folder)["status"] == "sent_to_town"
    move("needs_correction", "缺社会保障卡原件", from_town=True)
    assert set(detail.status_buttons) == {"accepted", "withdrawn"}

    # The villager brings the missing card: ticked on the case.
    rows = {detail.materials.item(i).data(Qt.UserRole): detail.materials.item(i) for i in range(detail.materials.count())}
    assert set(rows) == {"社会保障卡", "近期一寸免冠照片"}
    rows["社会保障卡"].setCheckState(Qt.Checked)
    click(qtbot, detail.tick_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and "社会保障卡" in store_case(station_folder)["materials_received"])
    qtbot.waitUntil(lambda: detail.materials.count() == 1)

    move("accepted")
    move("completed_approved")
    assert set(detail.status_buttons) == {"delivered"}  # no withdrawal once the town decided
    assert detail.rating_box.isHidden()
    move("delivered")
    assert detail.status_buttons == {}

    case = store_case(station_folder)
    assert [(e["from_status"], e["to_status"]) for e in case["events"]] == [
        (None, "received"), ("received", "sent_to_town"), ("sent_to_town", "needs_correction"),
        ("needs_correction", "accepted"), ("accepted", "completed_approved"), ("completed_approved", "delivered")]
    assert case["events"][2]["note"] == "缺社会保障卡原件" and case["events"][2]["by_side"] == "town"
    assert {e["by_side"] for e in case["events"][3:]} == {"station"}
    texts = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert len(texts) == 6 and "镇中心" in texts[2] and "缺社会保障卡原件" in texts[2]

    # Delivered: the villager's rating, five levels.
    assert not detail.rating_box.isHidden()
    detail.rating.choose(4)
    click(qtbot, detail.rating.save_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not detail.rated.isHidden())
    with open_station(station_folder) as store:
        rating = store.one("SELECT level, target_entity FROM feedback WHERE target_id = ?", (case["id"],))
    assert tuple(rating) == (4, "cases")
    assert "满意" in detail.rated.text()

    # Back on the list, the delivered case is under 已完结, not 未完结.
    page.activateWindow()
    detail.timeline.setFocus()
    qtbot.waitUntil(detail.timeline.hasFocus)
    qtbot.keyClick(detail.timeline, Qt.Key_Escape)
    assert page.stack.currentWidget() is page.list_view
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.model.is_loading())
    assert page.model.rowCount() == 0
    done_chip = next(b for b in page.list.chips.buttons() if b.property("code") == "done")
    click(qtbot, done_chip)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 2)) == "已送达"


def test_the_item_list_and_the_materials_take_the_height_the_form_has_left(page, qtbot):
    click(qtbot, page.new_button)
    intake = page.intake
    qtbot.waitUntil(lambda: intake.items.height() > 0)
    room = intake.height()  # the page is 760 high
    assert intake.items.height() > room // 2  # not the headings between the fields
    assert intake.materials.height() > room // 2


def test_save_without_villager_or_item_says_so(page, station_ctx, station_folder, qtbot):
    click(qtbot, page.new_button)
    intake = page.intake
    click(qtbot, intake.save_button)
    assert "村民" in intake.left.errors["villager"].text()
    with open_station(station_folder) as store:
        assert cases.count_cases(store) == 0


def test_due_chip_and_notice_from_the_detail(page, station_ctx, station_folder, qtbot, tmp_path):
    from ui.printing import save_pdf

    # Taken on 2 January 2020 (a Thursday): five working days later is 9 January.
    with open_station(station_folder, clock=FixedClock(datetime(2020, 1, 2, 2, 0, tzinfo=timezone.utc))) as store:
        agent = agents.list_agents(store)[0].id
        villager = store.one("SELECT id FROM villagers WHERE name = '李小燕'")["id"]
        made = cases.open_case(store, agent, villager, "LB-01", [])
    page.model.reload()
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 4)) == "⚠ 已超期"
    assert page.model.data(page.model.index(0, 3)) == "2020年1月9日"
    due_chip = next(b for b in page.list.chips.buttons() if b.property("code") == "due")
    click(qtbot, due_chip)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not page.model.is_loading())
    assert page.model.rowCount() == 1 and page.model.total == 1
    page.list.table.setFocus()
    page.list.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.list.table, Qt.Key_Return)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.detail.loaded)
    html = page.detail.notice_html()
    assert made["case_no"] in html and "居民身份证" in html
    pdf = save_pdf(html, tmp_path / "again.pdf")
    assert pdf.read_bytes()[:4] == b"%PDF"


def test_models(page, station_ctx, station_folder, qtbot, qtmodeltester):
    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        for name in ("张桂兰", "李小燕"):
            villager = store.one("SELECT id FROM villagers WHERE name = ?", (name,))["id"]
            cases.open_case(store, agent, villager, "JS-01", ["户口簿"])
    page.model.reload()
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.model.rowCount() == 2)
    qtmodeltester.check(page.model)
    click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.intake.items.model.rowCount() > 0)
    qtmodeltester.check(page.intake.items.model)
