"""The parcels page driven through its real widgets, as an agent with a scanner would; every
result is checked in the store (a second connection: WAL lets it read alongside the worker)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from gui_helpers import open_ctx, stored
from station_app import agents, parcels
from station_app.station import open_station
from station_app.timeutil import FixedClock
from station_app.villagers import add_villager
from ui.pages.parcels import ParcelsPage
from ui.printing import save_pdf


@pytest.fixture
def station(empty_folder):
    """A fresh station with three villagers; two of them share a phone tail."""
    with open_station(empty_folder) as store:
        agent = agents.list_agents(store)[0].id
        people = {
            "zhang": add_villager(store, agent, "张桂兰", phone="13812345678", village_group="三组"),
            "li": add_villager(store, agent, "李秀梅", phone="13900002468"),
            "liu": add_villager(store, agent, "刘建华", phone="13700012468"),
        }
    return empty_folder, agent, people


@pytest.fixture
def page(qtbot, gui, station):
    folder, agent, _ = station
    ctx = open_ctx(folder)  # 王秀英, the station's first agent (`agent`)
    view = ParcelsPage(ctx)
    qtbot.addWidget(view)
    view.resize(1136, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: ctx.db.idle() and view.ready())
    view.activated()
    yield view
    ctx.db.close()


def settled(page) -> bool:
    return page.db.idle()


def type_in(qtbot, widget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method commits it (QTest only knows ASCII keys)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def scan(qtbot, tab, tracking: str, recipient: str) -> None:
    qtbot.keyClicks(tab.tracking, tracking)
    qtbot.keyClick(tab.tracking, Qt.Key_Return)
    type_in(qtbot, tab.recipient.edit, recipient)
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Return)


def test_scan_check_in_then_release_by_pickup_code(qtbot, page, station):
    folder, _, people = station
    tab = page.checkin
    assert tab.tracking.hasFocus()
    qtbot.keyClicks(tab.tracking, "SF1234567890123")
    qtbot.keyClick(tab.tracking, Qt.Key_Return)
    assert tab.courier.currentData() == "SF"  # guessed from the number
    assert tab.recipient.edit.hasFocus()
    qtbot.keyClicks(tab.recipient.edit, "5678")  # the phone tail the villager says
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)

    [row] = stored(folder, "SELECT * FROM parcels")
    assert row["tracking_no"] == "SF1234567890123" and row["courier"] == "SF"
    assert row["villager_id"] == people["zhang"] and row["recipient_name"] == "张桂兰"
    assert tab.code.objectName() == "bigCode" and tab.code.text() == row["pickup_code"]
    assert row["pickup_code"] in tab.notice.text() and tab.copy_button.isEnabled()
    assert tab.tracking.text() == "" and tab.recipient.typed() == "" and tab.tracking.hasFocus()
    qtbot.waitUntil(lambda: settled(page) and page.counts is not None and page.counts["in"] == 1)
    assert "1" in page.figures["in"].text()

    qtbot.keyClick(page.tabs, Qt.Key_2, Qt.AltModifier)
    release = page.release
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is release and release.search.hasFocus())
    qtbot.keyClicks(release.search, row["pickup_code"])
    qtbot.keyClick(release.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: release.chosen is not None)
    assert release.chosen["id"] == row["id"] and release.code.text() == row["pickup_code"]
    assert release.collector.text() == "张桂兰" and release.collector.hasFocus()
    release.relation.setCurrentIndex(release.relation.findData("family"))  # her son comes for it
    assert release.collector.text() == "" and release.collector.hasFocus()
    type_in(qtbot, release.collector, "张建军")
    qtbot.keyClick(release.collector, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and release.chosen is None)

    [after] = stored(folder, "SELECT * FROM parcels")
    assert after["status"] == "released"
    assert after["collected_by"] == "张建军" and after["collected_relation"] == "family"
    assert release.search.hasFocus()
    qtbot.waitUntil(lambda: settled(page) and release.search.text() == "")  # nothing left for that code


def test_release_for_one_match_by_phone_tail_prefills_the_recipient(qtbot, page, station):
    folder, agent, people = station
    with open_station(folder) as store:
        parcels.check_in(store, agent, "YT1234567890123", villager_id=people["zhang"])
    page.show_tab(page.release)
    release = page.release
    qtbot.keyClicks(release.search, "5678")
    qtbot.keyClick(release.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: release.chosen is not None)
    qtbot.keyClick(release.collector, Qt.Key_Return)  # the recipient herself: Enter again
    qtbot.waitUntil(lambda: settled(page) and release.chosen is None)
    [row] = stored(folder, "SELECT status, collected_by, collected_relation FROM parcels")
    assert row == {"status": "released", "collected_by": "张桂兰", "collected_relation": "self"}


def test_unknown_courier_is_asked_next_to_its_field_and_nothing_is_written(qtbot, page, station):
    folder = station[0]
    tab = page.checkin
    qtbot.keyClicks(tab.tracking, "ZZ12345678")
    qtbot.keyClick(tab.tracking, Qt.Key_Return)
    error = tab.form.errors["courier"]
    assert not error.isHidden() and "快递公司" in error.text() and error.text().startswith("⚠")
    assert tab.courier.hasFocus()
    qtbot.keyClick(tab.courier, Qt.Key_Return)  # the agent moves on without choosing
    assert tab.recipient.edit.hasFocus()
    qtbot.keyClicks(tab.recipient.edit, "5678")
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and not tab.form.errors["courier"].isHidden())
    assert "快递公司" in tab.form.errors["courier"].text()
    assert stored(folder, "SELECT id FROM parcels") == []
    assert tab.tracking.text() == "ZZ12345678" and tab.recipient.typed() == "5678"  # nothing typed is lost
    tab.courier.setCurrentIndex(tab.courier.findData("OTHER"))
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    assert stored(folder, "SELECT courier FROM parcels") == [{"courier": "OTHER"}]


def test_a_shared_phone_tail_asks_which_villager(qtbot, page, station):
    folder, _, people = station
    tab = page.checkin
    scan(qtbot, tab, "JT1234567890123", "2468")
    qtbot.waitUntil(lambda: settled(page) and tab.recipient.list.count() == 2)
    assert "2 位村民" in tab.form.errors["recipient"].text()
    assert stored(folder, "SELECT id FROM parcels") == []
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Down)
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Down)  # the second one in the list
    chosen = tab.recipient.list.currentItem().data(Qt.UserRole)
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    [row] = stored(folder, "SELECT villager_id FROM parcels")
    assert row["villager_id"] == chosen.id and chosen.id in (people["li"], people["liu"])


def test_a_name_picks_the_villager_and_a_fragment_asks_first(qtbot, page, station):
    folder, _, people = station
    tab = page.checkin
    scan(qtbot, tab, "YT1111111111111", "张桂兰")  # the full name of one villager
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    assert stored(folder, "SELECT villager_id FROM parcels") == [{"villager_id": people["zhang"]}]
    first = tab.last["id"]
    scan(qtbot, tab, "YT2222222222222", "李秀")  # a fragment: shown, not taken silently
    qtbot.waitUntil(lambda: settled(page) and tab.recipient.list.count() == 1)
    assert len(stored(folder, "SELECT id FROM parcels")) == 1
    qtbot.keyClick(tab.recipient.edit, Qt.Key_Return)  # Enter again: as typed, someone not registered
    qtbot.waitUntil(lambda: settled(page) and tab.last["id"] != first)
    [row] = stored(folder, "SELECT recipient_name, villager_id FROM parcels WHERE tracking_no = 'YT2222222222222'")
    assert row == {"recipient_name": "李秀", "villager_id": None}


def test_someone_not_in_the_register_is_typed_name_and_phone(qtbot, page, station):
    folder = station[0]
    tab = page.checkin
    scan(qtbot, tab, "73123456789012", "赵大山 138****4321")  # a privacy waybill
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    [row] = stored(folder, "SELECT * FROM parcels")
    assert (row["courier"], row["recipient_name"], row["phone_tail"], row["villager_id"]) == \
        ("ZTO", "赵大山", "4321", None)
    scan(qtbot, tab, "73123456789013", "9999")  # a tail alone nobody has is not enough (a full phone is)
    qtbot.waitUntil(lambda: settled(page) and not tab.form.errors["recipient"].isHidden())
    assert "收件人姓名" in tab.form.errors["recipient"].text()
    assert len(stored(folder, "SELECT id FROM parcels")) == 1


def test_problem_resolve_and_return_to_courier(qtbot, page, station):
    folder, agent, people = station
    ten_days_ago = datetime.now(timezone.utc) - timedelta(days=10)
    with open_station(folder, clock=FixedClock(ten_days_ago, step=timedelta(seconds=1))) as store:
        late = parcels.check_in(store, agent, "YT9999999999999", villager_id=people["li"])
    with open_station(folder) as store:
        fresh = parcels.check_in(store, agent, "SF1111111111111", villager_id=people["zhang"])
    tab = page.problems
    page.show_tab(tab)
    tab.list.apply_filters()  # the store changed behind the worker's back
    qtbot.waitUntil(lambda: settled(page) and tab.model.rowCount() == 1)
    assert tab.model.rows[0]["id"] == late["id"] and tab.model.rows[0]["days_waiting"] == 10
    assert tab.model.data(tab.model.index(0, len(tab.model.columns) - 1)).startswith("⚠")

    # a problem on the fresh parcel ("全部在架" chip), then resolved
    [all_chip] = [b for b in tab.list.chips.buttons() if b.property("code") == "all"]
    qtbot.mouseClick(all_chip, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and tab.model.rowCount() == 2)
    row = next(r for r in tab.model.rows if r["id"] == fresh["id"])
    dialog = tab.ask_problem(row)
    dialog.choice.setCurrentIndex(dialog.choice.findData("damaged"))
    type_in(qtbot, dialog.text.lineEdit(), "外箱压坏")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and not dialog.isVisible())
    [got] = stored(folder, "SELECT status, problem_kind FROM parcels WHERE id = ?", (fresh["id"],))
    assert got == {"status": "problem", "problem_kind": "damaged"}
    qtbot.waitUntil(lambda: settled(page) and any(r["status"] == "problem" for r in tab.model.rows))
    row = next(r for r in tab.model.rows if r["id"] == fresh["id"])
    dialog = tab.ask_resolve(row)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and not dialog.isVisible())
    assert stored(folder, "SELECT status FROM parcels WHERE id = ?", (fresh["id"],)) == [{"status": "in_stock"}]

    # the overdue one goes back to the courier; an empty reason is refused under the field
    dialog = tab.ask_return(next(r for r in tab.model.rows if r["id"] == late["id"]))
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and not dialog.form.errors["reason"].isHidden())
    assert "退回原因" in dialog.form.errors["reason"].text() and dialog.isVisible()
    type_in(qtbot, dialog.text.lineEdit(), "超期无人领取")
    qtbot.keyClick(dialog.text.lineEdit(), Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and not dialog.isVisible())
    [gone] = stored(folder, "SELECT status, return_reason FROM parcels WHERE id = ?", (late["id"],))
    assert gone == {"status": "returned", "return_reason": "超期无人领取"}
    assert len(stored(folder, "SELECT id FROM parcel_events WHERE parcel_id = ? AND kind = 'return'",
                      (late["id"],))) == 1  # one Enter, one return


def test_outgoing_parcel_with_fee_then_void_with_reason(qtbot, page, station):
    folder, _, people = station
    tab = page.outgoing
    page.show_tab(tab)
    assert tab.sender.edit.hasFocus()
    qtbot.keyClicks(tab.sender.edit, "5678")
    qtbot.waitUntil(lambda: tab.sender.list.count() == 1)
    qtbot.keyClick(tab.sender.edit, Qt.Key_Return)  # takes the one match, moves on
    assert tab.sender.villager.id == people["zhang"] and tab.sender_phone.text() == "13812345678"
    type_in(qtbot, tab.receiver_name, "张小明")
    qtbot.keyClicks(tab.receiver_phone, "13512345678")
    type_in(qtbot, tab.address, "河南省郑州市金水区花园路1号")
    qtbot.keyClicks(tab.tracking, "SF2222222222222")
    assert tab.courier.currentData() == "SF"
    qtbot.keyClicks(tab.fee, "12.5")
    assert "¥12.50" in tab.save_button.text()
    qtbot.keyClick(tab.fee, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and tab.confirm.isVisible())
    [row] = stored(folder, "SELECT * FROM parcels_out")
    assert (row["villager_id"], row["sender_name"], row["fee_fen"], row["method"]) == \
        (people["zhang"], "张桂兰", 1250, "cash")
    assert "¥12.50" in tab.confirm.text() and "张桂兰" in tab.confirm.text()

    qtbot.waitUntil(lambda: settled(page) and tab.model.rowCount() == 1)
    tab.list.table.selectRow(0)
    assert tab.void_button.isEnabled()
    qtbot.mouseClick(tab.void_button, Qt.LeftButton)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and not dialog.form.errors["reason"].isHidden())
    assert stored(folder, "SELECT id FROM voids") == []
    type_in(qtbot, dialog.text.lineEdit(), "录入错误")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and not dialog.isVisible())
    assert stored(folder, "SELECT target_id, reason FROM voids") == [{"target_id": row["id"], "reason": "录入错误"}]
    qtbot.waitUntil(lambda: settled(page) and tab.model.rowCount() == 1 and tab.model.rows[0]["voided"])
    assert tab.model.data(tab.model.index(0, 1), Qt.FontRole).strikeOut()


def test_fee_is_checked_as_typed(qtbot, page):
    tab = page.outgoing
    qtbot.keyClicks(tab.fee, "12.345")
    assert not tab.form.errors["fee_fen"].isHidden()
    tab.fee.clear()
    qtbot.keyClicks(tab.fee, "0")
    assert tab.form.errors["fee_fen"].isHidden()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, page, station):
    folder, agent, people = station
    with open_station(folder) as store:
        for n in range(3):
            parcels.check_in(store, agent, f"SF{n:013d}", villager_id=people["zhang"])
    for tab in (page.outgoing, page.problems, page.release):  # each tab's lists load when it is shown
        page.show_tab(tab)
        qtbot.waitUntil(lambda: settled(page) and page.ready())
    page.release.match_model.set_filters(text="5678")
    qtbot.waitUntil(lambda: settled(page) and page.release.stock_model.rowCount() == 3
                    and page.release.match_model.rowCount() == 3)
    page.problems.list.chips.buttons()[2].click()  # 全部在架
    qtbot.waitUntil(lambda: settled(page) and page.problems.model.rowCount() == 3)
    for model in (page.checkin.recent_model, page.release.stock_model, page.release.match_model,
                  page.problems.model, page.outgoing.model):
        qtmodeltester.check(model)


def test_pickup_slip_to_pdf(qtbot, page, station, tmp_path):
    tab = page.checkin
    scan(qtbot, tab, "SF1234567890123", "5678")
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    html = tab.slip_html()
    assert tab.last["pickup_code"] in html and "张桂兰" in html and "朱坡村便民服务站" in html
    assert "13812345678" not in html  # the slip shows the tail only
    pdf = save_pdf(html, tmp_path / "slip.pdf", "80mm")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000


def test_a_scan_already_on_the_shelf_is_flagged_at_the_scan(qtbot, page, station):
    folder, agent, _ = station
    with open_station(folder) as store:
        got = parcels.check_in(store, agent, "SF1234567890123", recipient_name="李四")
    tab = page.checkin
    qtbot.keyClicks(tab.tracking, "SF1234567890123")
    qtbot.keyClick(tab.tracking, Qt.Key_Return)  # no recipient typed yet
    error = tab.form.errors["tracking_no"]
    qtbot.waitUntil(lambda: settled(page) and not error.isHidden())
    assert "已经入库了" in error.text() and got["pickup_code"] in error.text()
    assert tab.tracking.hasFocus()


def test_a_full_phone_alone_checks_a_parcel_in(qtbot, page, station):
    folder, _, _ = station
    tab = page.checkin
    scan(qtbot, tab, "SF1234567890999", "13512349876")  # as the placeholder offers: a phone number
    qtbot.waitUntil(lambda: settled(page) and tab.last is not None)
    [row] = stored(folder, "SELECT recipient_name, phone_tail FROM parcels")
    assert row == {"recipient_name": "尾号9876", "phone_tail": "9876"}


def test_a_parcel_already_released_says_when_and_to_whom_and_the_warning_clears(qtbot, page, station):
    folder, agent, people = station
    with open_station(folder) as store:
        gone = parcels.check_in(store, agent, "YT1234567890123", villager_id=people["zhang"])
        parcels.release(store, agent, gone["id"], "张建军", "family")
        parcels.check_in(store, agent, "YT1234567890456", villager_id=people["li"])
    page.show_tab(page.release)
    release = page.release
    qtbot.keyClicks(release.search, gone["pickup_code"])
    qtbot.keyClick(release.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and "已不在架上" in release.message.text())
    assert "张建军" in release.message.text() and "家人" in release.message.text()
    release.search.clear()
    type_in(qtbot, release.search, "李秀梅")
    qtbot.keyClick(release.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: settled(page) and release.chosen is not None)
    assert "已不在架上" not in release.message.text()  # the last lookup's warning is gone
