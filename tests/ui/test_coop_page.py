"""合作社 page: switched on from the page itself, supplies handed out on account through
the form (the total shown first), a hand-out beyond the shelf refused next to the
quantity with nothing saved, part of a hand-out taken back, and the account settled from
the members' tab. Checked in the store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app import coop, coop_stock
from station_app.agents import list_agents
from station_app.station import open_station


@pytest.fixture
def coop_folder(station_folder):
    """The station with its desk on, 李小燕 a member, and 20 bags of fertiliser at ¥120."""
    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
        coop.set_enabled(store, True)
        villager = store.one("SELECT id FROM villagers WHERE name = '李小燕'")["id"]
        coop.add_member(store, agent, villager, date(2026, 3, 1), 5, "mu")
        item = coop.add_item(store, agent, "石榴专用复合肥", "fertiliser", "袋", 12000)
        coop_stock.receive(store, agent, item, 20, "县农资公司")
    return station_folder


@pytest.fixture
def coop_ctx(gui, coop_folder):
    from gui_helpers import open_ctx

    context = open_ctx(coop_folder)
    yield context
    context.db.close()


def pick_member(qtbot, picker, name):
    type_text(picker.edit, name)
    qtbot.keyClick(picker.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: picker.member_id() is not None)


def test_a_station_switches_the_desk_on_from_the_page(station_ctx, station_folder, qtbot):
    from ui.pages.coop import CoopPage

    page = show_page(qtbot, station_ctx, CoopPage)
    assert page.off.isVisible() and not page.tabs.isVisible()
    qtbot.mouseClick(page.turn_on, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    assert not page.off.isVisible()
    assert stored(station_folder, "SELECT value FROM meta WHERE key = 'coop_enabled'")[0]["value"] == "1"


def test_hand_out_on_account_then_take_part_back_and_settle(coop_ctx, coop_folder, qtbot):
    from ui.pages.coop import CoopPage

    page = show_page(qtbot, coop_ctx, CoopPage, activate=True)
    tab = page.handout
    pick_member(qtbot, tab.member, "李小燕")
    assert "记账欠款 ¥0.00" in tab.member.owed.text()
    tab.quantity.setValue(3)
    tab.paid_how.setCurrentIndex(tab.paid_how.findData("account"))
    assert "¥360.00" in tab.total.text()
    qtbot.mouseClick(tab.give, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and tab.member.member_id() is None)
    moves = stored(coop_folder, "SELECT * FROM coop_stock_moves WHERE kind = 'handed_out'")
    assert [(m["quantity"], m["amount_fen"], m["paid_how"]) for m in moves] == [(-3, 36000, "account")]
    assert stored(coop_folder, "SELECT COUNT(*) AS n FROM outbox WHERE entity = 'coop_stock_moves'")[0]["n"] == 2

    # One bag comes back: the account is reduced by its price.
    qtbot.waitUntil(lambda: any(r["kind"] == "handed_out" for r in tab.model.rows))
    row = next(i for i, r in enumerate(tab.model.rows) if r["kind"] == "handed_out")
    tab.list.table.selectRow(row)
    qtbot.mouseClick(tab.back_button, Qt.LeftButton)
    dialog = tab.dialog
    assert dialog.quantity.maximum() == 3
    dialog.quantity.setValue(1)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and not dialog.isVisible())

    accounts = page.accounts
    page.tabs.setCurrentWidget(accounts)
    qtbot.waitUntil(lambda: any(r["name"] == "李小燕" and r["owed_fen"] == 24000 for r in accounts.model.rows))
    accounts.list.table.selectRow(next(i for i, r in enumerate(accounts.model.rows) if r["name"] == "李小燕"))
    qtbot.mouseClick(accounts.settle_button, Qt.LeftButton)
    settle = accounts.dialog
    assert settle.amount.text() == "240.00"
    settle.how.setCurrentIndex(settle.how.findData("harvest"))
    qtbot.mouseClick(settle.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and not settle.isVisible())
    settled = stored(coop_folder, "SELECT amount_fen, how FROM coop_settlements")
    assert settled == [{"amount_fen": 24000, "how": "harvest"}]
    qtbot.waitUntil(lambda: any(r["name"] == "李小燕" and r["owed_fen"] == 0 for r in accounts.model.rows))


def test_more_than_the_shelf_holds_is_refused_next_to_the_quantity(coop_ctx, coop_folder, qtbot):
    from ui.pages.coop import CoopPage

    page = show_page(qtbot, coop_ctx, CoopPage, activate=True)
    tab = page.handout
    pick_member(qtbot, tab.member, "李小燕")
    tab.quantity.setValue(25)
    qtbot.mouseClick(tab.give, Qt.LeftButton)
    error = tab.form.errors["quantity"]
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and error.text() != "")
    assert "库存只有 20" in error.text()
    assert tab.member.member_id() is not None and tab.quantity.value() == 25  # nothing typed is lost
    assert stored(coop_folder, "SELECT COUNT(*) AS n FROM coop_stock_moves WHERE kind = 'handed_out'")[0]["n"] == 0


def test_the_settings_switch_and_the_page_agree(station_ctx, station_folder, qtbot):
    from ui.pages.coop import CoopPage
    from ui.pages.settings import SettingsPage

    settings = show_page(qtbot, station_ctx, SettingsPage)
    page = show_page(qtbot, station_ctx, CoopPage)
    assert not settings.coop_desk.isChecked()
    settings.coop_desk.setChecked(True)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.tabs.isVisible())
    settings.coop_desk.setChecked(False)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.off.isVisible())
    assert stored(station_folder, "SELECT value FROM meta WHERE key = 'coop_enabled'")[0]["value"] == "0"


def test_the_stock_tab_adds_a_supply_receives_it_and_counts_the_shelf(coop_ctx, coop_folder, qtbot):
    from ui.pages.coop import CoopPage

    page = show_page(qtbot, coop_ctx, CoopPage)
    tab = page.stock
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    new = tab.dialog
    type_text(new.name, "黑色地膜")
    new.category.setCurrentIndex(new.category.findData("film"))
    type_text(new.unit, "卷")
    type_text(new.price, "abc")
    qtbot.mouseClick(new.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and new.form.errors["price_fen"].text() != "")
    assert new.isVisible() and new.name.text() == "黑色地膜"  # refused next to the price, nothing lost
    new.price.clear()
    type_text(new.price, "65")
    qtbot.mouseClick(new.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and any(r["name"] == "黑色地膜" for r in tab.model.rows))

    tab.list.table.selectRow(next(i for i, r in enumerate(tab.model.rows) if r["name"] == "黑色地膜"))
    qtbot.mouseClick(tab.receive_button, Qt.LeftButton)
    receive = tab.dialog
    receive.quantity.setValue(12)
    type_text(receive.supplier, "县农资公司")
    qtbot.mouseClick(receive.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and any(r["name"] == "黑色地膜" and r["stock"] == 12
                                                       for r in tab.model.rows))

    tab.list.table.selectRow(next(i for i, r in enumerate(tab.model.rows) if r["name"] == "黑色地膜"))
    qtbot.mouseClick(tab.count_button, Qt.LeftButton)
    count = tab.dialog
    assert count.counted.value() == 12
    count.counted.setValue(11)
    type_text(count.reason, "一卷破损")
    qtbot.mouseClick(count.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and any(r["name"] == "黑色地膜" and r["stock"] == 11
                                                       for r in tab.model.rows))
    film = stored(coop_folder, "SELECT id, price_fen FROM coop_items WHERE name = '黑色地膜'")[0]
    assert film["price_fen"] == 6500
    kinds = stored(coop_folder, "SELECT kind, quantity FROM coop_stock_moves WHERE item_id = ? ORDER BY at",
                   (film["id"],))
    assert [(k["kind"], k["quantity"]) for k in kinds] == [("received", 12), ("counted", -1)]


def test_a_training_with_who_came_and_a_call_for_help_followed_to_the_field(coop_ctx, coop_folder, qtbot):
    from ui.pages.coop import CoopPage

    page = show_page(qtbot, coop_ctx, CoopPage)
    tab = page.services
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.attendees.count() == 1)
    tab.attendees.item(0).setCheckState(Qt.Checked)
    type_text(tab.topic, "石榴冬季修剪")
    type_text(tab.trainer, "县农技站 李工")
    qtbot.mouseClick(tab.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and tab.topic.text() == "")
    assert [t["topic"] for t in stored(coop_folder, "SELECT topic FROM coop_trainings")] == ["石榴冬季修剪"]
    assert stored(coop_folder, "SELECT COUNT(*) AS n FROM coop_attendance")[0]["n"] == 1

    qtbot.mouseClick(tab.ask_button, Qt.LeftButton)  # nobody chosen: said next to the member box
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and tab.request_form.errors["member"].text() != "")
    pick_member(qtbot, tab.asker, "李小燕")
    type_text(tab.problem, "叶子发黄")
    qtbot.mouseClick(tab.ask_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and len(tab.request_model.rows) == 1)
    tab.request_list.table.selectRow(0)
    type_text(tab.advice, "缺铁，叶面喷硫酸亚铁")
    qtbot.mouseClick(tab.visit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: coop_ctx.db.idle() and len(tab.request_model.rows) == 0)  # open ones only
    done = stored(coop_folder, "SELECT problem, advice, visited_on FROM coop_field_requests")
    assert done[0]["problem"] == "叶子发黄" and done[0]["advice"].startswith("缺铁") and done[0]["visited_on"]
