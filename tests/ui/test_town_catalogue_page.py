"""The town window's catalogue and notices tabs on a small demo town: a new item typed in
the window reaches a station, a renamed item gets a new version, errors sit next to their
field with nothing written, a notice to one station reaches only it, and a withdrawal
(after a yes) reaches the same station. Each test checks the hub's tables and a station's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import click, hub_rows, show_page
from station_app.catalogue import get_item
from station_app.station import open_station
from sync.town.demo import STATIONS_DIR, usb_sync


@pytest.fixture
def page(qtbot, town_ctx):
    from ui.town.pages.catalogue import TownCataloguePage

    return show_page(qtbot, town_ctx, TownCataloguePage)


@pytest.fixture
def sync_station(town_folder, tmp_path):
    work = tmp_path / "usb"
    work.mkdir()

    def sync(code: str):
        usb_sync(town_folder, town_folder / STATIONS_DIR / code, work)
        return open_station(town_folder / STATIONS_DIR / code)

    return sync


def _wait_error(qtbot, page, form, field):
    qtbot.waitUntil(lambda: not form.errors[field].isHidden() and page.db.idle(), timeout=10_000)
    return form.errors[field].text()


def _items(town_folder) -> int:
    return hub_rows(town_folder, "SELECT COUNT(*) AS n FROM catalogue_items")[0]["n"]


def test_a_new_item_typed_in_the_window_is_checked_then_reaches_a_station(qtbot, page, town_folder, sync_station):
    before = _items(town_folder)
    click(qtbot, page.new_button)
    assert not page.code.isReadOnly() and page.code.text() == "" and page.publish_button.text() == "发布新事项"
    assert page.materials.rowCount() == 1 and not page.list.table.selectionModel().hasSelection()
    page.code.insert("JS-01")  # a code in use: refused, not an overwrite of 生育登记
    page.name.insert("低保年审")
    page.window_box.lineEdit().insert("民政救济")
    page.materials.item(0, 0).setText("户口簿")
    page.publish_item()
    assert "已经用于“生育登记”" in _wait_error(qtbot, page, page.form, "code")
    assert page.name.text() == "低保年审"  # nothing typed is lost
    page.code.clear()
    page.code.insert("mz 08")
    page.publish_item()
    assert "字母、数字和短横线" in _wait_error(qtbot, page, page.form, "code")
    page.code.clear()
    page.code.insert("mz-08")
    page.name.clear()
    page.publish_item()
    assert "事项名称" in _wait_error(qtbot, page, page.form, "name")
    assert _items(town_folder) == before
    assert hub_rows(town_folder, "SELECT name FROM catalogue_items WHERE code = 'JS-01'") == [{"name": "生育登记"}]

    page.name.insert("低保年审")
    page.serves.insert("已享受低保的家庭")
    page.time_limit.setValue(10)
    page.publish_item()
    qtbot.waitUntil(lambda: page.last_published.get("code") == "MZ-08" and page.db.idle() and page.ready(),
                    timeout=10_000)
    assert page.last_published == {"code": "MZ-08", "version": 1}
    assert page.code.isReadOnly() and page.publish_button.text() == "发布这项事项"  # published: no longer new
    assert "MZ-08" in [r["code"] for r in page.model.rows]
    row = hub_rows(town_folder, "SELECT id, name, window, time_limit_days FROM catalogue_items WHERE code = 'MZ-08'")
    assert row == [{"id": "MZ-08", "name": "低保年审", "window": "民政救济", "time_limit_days": 10}]
    with sync_station("SHIMEN") as store:
        there = get_item(store, "MZ-08")
    assert (there.name, there.serves, there.time_limit_days, [m.name for m in there.materials]) == (
        "低保年审", "已享受低保的家庭", 10, ["户口簿"])


def test_renaming_an_item_bumps_its_version_and_reaches_a_station_but_its_code_stays(
        qtbot, page, town_folder, sync_station):
    assert page.select_item("MZ-04")
    assert page.code.isReadOnly() and "不能改" in page.code.toolTip()
    version = page.current["version"]
    page.name.clear()
    page.name.insert("高龄津贴申领（80周岁以上）")
    page.window_box.setCurrentText("")
    page.publish_item()  # no window: named next to its field
    assert "受理窗口" in _wait_error(qtbot, page, page.form, "window")
    page.window_box.lineEdit().insert("民政救助")
    page.publish_item()
    qtbot.waitUntil(lambda: bool(page.last_published) and page.db.idle() and page.ready(), timeout=10_000)
    assert page.last_published == {"code": "MZ-04", "version": version + 1}
    assert "第 {0} 版".format(version + 1) in page.chosen.text()
    assert hub_rows(town_folder, "SELECT name, window, item_version FROM catalogue_items WHERE code = 'MZ-04'") == [
        {"name": "高龄津贴申领（80周岁以上）", "window": "民政救助", "item_version": version + 1}]
    qtbot.waitUntil(lambda: page.window_box.findText("民政救助") >= 0, timeout=10_000)  # offered next time
    with sync_station("ZHUPO") as store:
        there = get_item(store, "MZ-04")
    assert (there.name, there.window, there.version) == ("高龄津贴申领（80周岁以上）", "民政救助", version + 1)


def test_a_notice_to_one_station_reaches_only_it_and_so_does_its_withdrawal(qtbot, page, town_folder, sync_station):
    notices = page.notices
    page.tabs.setCurrentIndex(1)
    notices.title_edit.insert("朱坡村停水")
    notices.body_edit.insertPlainText("明天上午朱坡村停水检修。")
    click(qtbot, notices.some)
    assert notices.stations.isVisible()
    qtbot.waitUntil(lambda: notices.stations.count() == 3)
    notices.publish()  # 部分服务站 with none ticked
    assert "至少选一个服务站" in _wait_error(qtbot, page, notices.form, "audience")
    assert not hub_rows(town_folder, "SELECT 1 FROM town_notices WHERE title = '朱坡村停水'")
    zhupo = next(notices.stations.item(i) for i in range(notices.stations.count())
                 if notices.stations.item(i).data(Qt.UserRole) == "ZHUPO")
    zhupo.setCheckState(Qt.Checked)
    assert notices.form.errors["audience"].isHidden()
    click(qtbot, notices.publish_button)
    qtbot.waitUntil(lambda: bool(notices.last_notice) and page.db.idle() and notices.ready(), timeout=10_000)
    notice_id = notices.last_notice
    assert "朱坡村" in notices.done_label.text() and notices.title_edit.text() == ""
    assert hub_rows(town_folder, "SELECT station_code FROM hub_notice_audience WHERE notice_id = ?", (notice_id,)) == [
        {"station_code": "ZHUPO"}]
    listed = notices.model.rows[0]
    assert (listed["id"], listed["audience_label"]) == (notice_id, "朱坡村")
    headers = [column.header for column in notices.model.columns]
    assert notices.model.data(notices.model.index(0, headers.index("发给"))) == "朱坡村"
    assert notices.model.data(notices.model.index(0, headers.index("已读"))) == "0/1"
    with sync_station("ZHUPO") as store:
        assert store.one("SELECT title FROM town_notices WHERE id = ?", (notice_id,))["title"] == "朱坡村停水"
    with sync_station("SHIMEN") as store:
        assert not store.all("SELECT 1 FROM town_notices WHERE id = ?", (notice_id,))

    asked = []
    notices.confirm = lambda text: asked.append(text) or False
    assert notices.select_notice(notice_id) and notices.withdraw_button.isEnabled()
    click(qtbot, notices.withdraw_button)  # "no": nothing happens
    assert "朱坡村停水" in asked[0] and "朱坡村" in asked[0]
    assert hub_rows(town_folder, "SELECT withdrawn_at FROM town_notices WHERE id = ?", (notice_id,))[0][
        "withdrawn_at"] is None
    notices.confirm = lambda text: True
    click(qtbot, notices.withdraw_button)
    qtbot.waitUntil(lambda: page.db.idle() and notices.ready() and bool(notices.model.rows)
                    and notices.model.rows[0]["withdrawn_at"] is not None, timeout=10_000)
    assert notices.model.data(notices.model.index(0, 1)) == "已撤回" and "已撤回" in notices.done_label.text()
    assert notices.select_notice(notice_id) and not notices.withdraw_button.isEnabled()
    with sync_station("ZHUPO") as store:
        assert store.one("SELECT withdrawn_at FROM town_notices WHERE id = ?", (notice_id,))["withdrawn_at"]
    with sync_station("SHIMEN") as store:
        assert not store.all("SELECT 1 FROM town_notices WHERE id = ?", (notice_id,))


def test_a_stopped_station_is_not_offered_and_the_notice_list_passes_the_model_tester(
        qtbot, qtmodeltester, town_ctx, town_folder):
    from sync.hub.stations import revoke_station
    from sync.hub.store import open_hub
    from ui.town.pages.catalogue import TownCataloguePage

    with open_hub(town_folder) as hub:
        revoke_station(hub, "XIANGLIU")
    page = show_page(qtbot, town_ctx, TownCataloguePage)
    notices = page.notices
    qtbot.waitUntil(lambda: notices.stations.count() == 2)
    assert [notices.stations.item(i).data(Qt.UserRole) for i in range(2)] == ["SHIMEN", "ZHUPO"]
    notices.title_edit.insert("全镇通知")
    notices.body_edit.insertPlainText("内容")
    notices.publish()  # 全部服务站, the default
    qtbot.waitUntil(lambda: bool(notices.last_notice) and page.db.idle() and notices.ready(), timeout=10_000)
    assert notices.model.rows[0]["audience_label"] == "全部服务站" and "全部服务站" in notices.done_label.text()
    qtmodeltester.check(notices.model)


def test_the_sms_tab_shows_the_gateway_and_sends_what_waits_once(qtbot, page, town_folder):
    from sms_gateway_support import KEY, FakeGateway
    from station_app.ids import new_id
    from sync.hub.store import open_hub
    from sync.town import sms

    page.tabs.setCurrentWidget(page.sms)
    qtbot.waitUntil(lambda: "还没有设置短信网关" in page.sms.gateway.text(), timeout=10_000)
    assert not page.sms.send_button.isEnabled()
    message_id = new_id()
    with FakeGateway() as fake, open_hub(town_folder) as hub:
        with hub.transaction():  # as ZHUPO's sync leaves a message for the town
            hub.conn.execute(
                "INSERT INTO villager_messages (id, station_code, event_key, purpose, name, phone, text, channel,"
                " status, created_at, version, hlc) VALUES (?, 'ZHUPO', 'k-town', 'parcel_arrived', '张桂兰',"
                " '13812340001', '您的包裹到了', 'town', 'queued', ?, 1, ?)",
                (message_id, hub.now_iso(), hub.hlc.tick().encode()))
        sms.set_gateway(hub, url=fake.url, key=KEY, template="【小浪底镇】{text}")
        page.sms.load()
        qtbot.waitUntil(lambda: "待发 1 条" in page.sms.gateway.text(), timeout=10_000)
        assert KEY not in page.sms.gateway.text() and page.sms.messages.item(0).text().endswith("待发送")
        click(qtbot, page.sms.send_button)
        qtbot.waitUntil(lambda: page.sms.last_result is not None and page.db.idle(), timeout=10_000)
        assert page.sms.last_result["sent"] == 1 and fake.seen == [
            {"phone": "13812340001", "text": "【小浪底镇】您的包裹到了", "ref": message_id}]
        qtbot.waitUntil(lambda: "已发送" in page.sms.messages.item(0).text(), timeout=10_000)
        click(qtbot, page.sms.send_button)  # again: nothing is sent twice
        qtbot.waitUntil(lambda: page.db.idle() and page.sms.send_button.isEnabled(), timeout=10_000)
        assert len(fake.seen) == 1
