"""The town's admin pages on a small demo town: registering, re-issuing and stopping a
station; editing and publishing a catalogue item and a notice, and seeing them arrive at a
station after its next sync. Every test checks the hub's own tables."""

from __future__ import annotations

import json

import pytest

from station_app.station import open_station
from sync.batch_files import BatchRefused
from sync.hub.stations import authenticate, enrol
from sync.hub.store import open_hub
from sync.town.demo import STATIONS_DIR, usb_sync
from gui_helpers import hub_rows, show_page


def test_registering_a_station_gives_a_code_that_enrols_it_and_errors_sit_by_the_field(qtbot, town_ctx, town_folder):
    from ui.town.pages.stations import StationsPage

    page = show_page(qtbot, town_ctx, StationsPage)
    assert [r["code"] for r in page.model.rows] == ["SHIMEN", "XIANGLIU", "ZHUPO"]
    assert page.model.data(page.model.index(0, 2)) == "已登记"
    page.code.insert("1bad")
    page.name.insert("坏编号")
    page.register()
    assert not page.form.errors["code"].isHidden() and "站点编号" in page.form.errors["code"].text()
    page.code.clear()
    page.code.insert("zhupo")  # already registered
    page.register()
    qtbot.waitUntil(lambda: not page.form.errors["code"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "已经登记过" in page.form.errors["code"].text() and "重发登记码" in page.form.errors["code"].text()
    page.code.clear()
    page.code.insert("xinzhuang")
    page.name.clear()
    page.register()
    qtbot.waitUntil(lambda: not page.form.errors["name"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "名称" in page.form.errors["name"].text()
    assert not hub_rows(town_folder, "SELECT 1 FROM hub_stations WHERE code = 'XINZHUANG'")
    page.name.insert("新庄村便民服务站")
    page.register()
    qtbot.waitUntil(lambda: bool(page.last_code) and town_ctx.db.idle() and page.ready(), timeout=10_000)
    assert page.code_label.text() == page.last_code and "新庄村" in page.code_caption.text()
    assert "XINZHUANG" in [r["code"] for r in page.model.rows]
    row = hub_rows(town_folder, "SELECT name, secret_hash FROM hub_stations WHERE code = 'XINZHUANG'")[0]
    assert row == {"name": "新庄村便民服务站", "secret_hash": None}
    with open_hub(town_folder) as hub:  # the code shown is the one that enrols it
        made = enrol(hub, "XINZHUANG", page.last_code)
        authenticate(hub, "XINZHUANG", made["secret"])


def test_reissuing_with_an_enrolment_file_for_a_station_with_no_network(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.stations import StationsPage

    page = show_page(qtbot, town_ctx, StationsPage)
    target = tmp_path / "enrol-SHIMEN.json"
    page.ask_file = lambda code: str(target)
    page.with_file.setChecked(True)
    assert page.select_station("SHIMEN")
    page.reissue()
    qtbot.waitUntil(lambda: bool(page.last_code) and town_ctx.db.idle(), timeout=10_000)
    offline = json.loads(target.read_text(encoding="utf-8"))
    assert offline["station"] == "SHIMEN" and str(target) in page.code_hint.text()
    with open_hub(town_folder) as hub:
        authenticate(hub, "SHIMEN", offline["secret"])  # the file's secret is the station's now
        enrol(hub, "SHIMEN", page.last_code)  # and the code shown works too


def test_revoking_a_station_asks_by_name_and_refuses_its_next_file(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.stations import StationsPage

    page = show_page(qtbot, town_ctx, StationsPage)
    asked = []
    page.confirm = lambda text: asked.append(text) or False
    assert page.select_station("ZHUPO")
    page.revoke()  # "no": nothing happens
    assert len(asked) == 1 and "ZHUPO" in asked[0] and "朱坡村" in asked[0]
    assert not hub_rows(town_folder, "SELECT revoked_at FROM hub_stations WHERE code = 'ZHUPO'")[0]["revoked_at"]
    page.confirm = lambda text: asked.append(text) or True
    page.revoke()
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready() and not page.current, timeout=10_000)
    row = hub_rows(town_folder, "SELECT revoked_at, secret_hash, file_key FROM hub_stations WHERE code = 'ZHUPO'")[0]
    assert row["revoked_at"] and row["secret_hash"] is None and row["file_key"] is None
    zhupo = next(r for r in page.model.rows if r["code"] == "ZHUPO")
    assert page.model.data(page.model.index(page.model.rows.index(zhupo), 2)) == "已停用"
    before = hub_rows(town_folder, "SELECT COUNT(*) AS n FROM hub_ops WHERE station_code = 'ZHUPO'")[0]["n"]
    work = tmp_path / "usb"
    work.mkdir()
    with pytest.raises(BatchRefused) as refused:
        usb_sync(town_folder, town_folder / STATIONS_DIR / "ZHUPO", work)
    assert "停用" in refused.value.message
    assert hub_rows(town_folder, "SELECT COUNT(*) AS n FROM hub_ops WHERE station_code = 'ZHUPO'")[0]["n"] == before > 0
    assert page.select_station("ZHUPO")
    page.revoke()  # already stopped: the button is off, and the core says so if asked anyway
    assert not page.revoke_button.isEnabled()


def test_publishing_a_catalogue_item_bumps_its_version_and_reaches_a_station(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.catalogue import TownCataloguePage

    page = show_page(qtbot, town_ctx, TownCataloguePage)
    item = page.model.rows[0]
    code = item["code"]
    assert page.current["code"] == code  # the first item is shown at once
    hub_before = hub_rows(town_folder, "SELECT time_limit_days, item_version FROM catalogue_items WHERE code = ?",
                          (code,))[0]
    new_limit = hub_before["time_limit_days"] + 3
    page.time_limit.setValue(new_limit)
    page.add_material("", "复印件", False)
    page.publish_item()  # a material with no name is refused next to the table
    qtbot.waitUntil(lambda: not page.form.errors["materials"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "材料" in page.form.errors["materials"].text()
    last = page.materials.rowCount() - 1
    page.materials.item(last, 0).setText("村委会证明")
    page.publish_item()
    qtbot.waitUntil(lambda: bool(page.last_published) and town_ctx.db.idle() and page.ready(), timeout=10_000)
    row = hub_rows(town_folder, "SELECT time_limit_days, item_version, materials FROM catalogue_items WHERE code = ?",
                   (code,))[0]
    assert row["time_limit_days"] == new_limit and row["item_version"] == hub_before["item_version"] + 1
    assert {"name": "村委会证明", "form": "复印件", "required": False} in json.loads(row["materials"])
    assert page.last_published == {"code": code, "version": row["item_version"]}
    logged = hub_rows(town_folder, "SELECT audience, data FROM hub_changes WHERE entity = 'catalogue_items'"
                                   " AND record_id = ? ORDER BY cursor DESC LIMIT 1", (code,))[0]
    assert logged["audience"] is None and json.loads(logged["data"])["time_limit_days"] == new_limit
    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(town_folder, town_folder / STATIONS_DIR / "SHIMEN", work)
    with open_station(town_folder / STATIONS_DIR / "SHIMEN") as store:
        there = store.one("SELECT time_limit_days, item_version FROM catalogue_items WHERE code = ?", (code,))
    assert (there["time_limit_days"], there["item_version"]) == (new_limit, row["item_version"])


def test_publishing_a_notice_needs_a_title_and_reaches_a_station(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.catalogue import TownCataloguePage

    page = show_page(qtbot, town_ctx, TownCataloguePage)
    page.tabs.setCurrentIndex(1)
    page.notice_body.insertPlainText("本周六上午镇中心窗口照常办理。")
    page.publish_notice()
    qtbot.waitUntil(lambda: not page.notice_form.errors["title"].isHidden() and town_ctx.db.idle(), timeout=10_000)
    assert "标题" in page.notice_form.errors["title"].text()
    assert not hub_rows(town_folder, "SELECT 1 FROM town_notices WHERE body = '本周六上午镇中心窗口照常办理。'")
    page.notice_title.insert("周六照常办公")
    page.publish_notice()
    qtbot.waitUntil(lambda: bool(page.last_notice) and town_ctx.db.idle(), timeout=10_000)
    notice = hub_rows(town_folder, "SELECT id, title, body, category FROM town_notices WHERE title = '周六照常办公'")
    assert notice == [{"id": page.last_notice, "title": "周六照常办公", "body": "本周六上午镇中心窗口照常办理。",
                       "category": "policy"}]  # the category the editor starts on
    assert hub_rows(town_folder, "SELECT 1 FROM hub_changes WHERE kind = 'notice' AND record_id = ?", (page.last_notice,))
    assert page.notice_title.text() == "" and "周六照常办公" in page.notice_done.text()
    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(town_folder, town_folder / STATIONS_DIR / "XIANGLIU", work)
    with open_station(town_folder / STATIONS_DIR / "XIANGLIU") as store:
        got = store.one("SELECT title, body FROM town_notices WHERE id = ?", (page.last_notice,))
    assert (got["title"], got["body"]) == ("周六照常办公", "本周六上午镇中心窗口照常办理。")


def test_the_admin_models_pass_the_model_tester(qtbot, qtmodeltester, town_ctx):
    from ui.town.pages.catalogue import TownCataloguePage
    from ui.town.pages.stations import StationsPage

    for cls in (StationsPage, TownCataloguePage):
        page = show_page(qtbot, town_ctx, cls)
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)


def test_publishing_a_calendar_day_reaches_a_station(qtbot, town_ctx, town_folder, tmp_path):
    from PySide6.QtCore import QDate

    from ui.town.pages.catalogue import TownCataloguePage

    page = show_page(qtbot, town_ctx, TownCataloguePage)
    page.tabs.setCurrentIndex(2)
    day = QDate.currentDate().addDays(40)
    while day.dayOfWeek() > 5:  # a weekday the town closes
        day = day.addDays(1)
    iso = day.toString("yyyy-MM-dd")
    page.day.setDate(day)
    page.day_kind.setCurrentIndex(page.day_kind.findData("holiday"))
    page.day_name.insert("镇庆")
    page.publish_day()
    qtbot.waitUntil(lambda: page.last_day == iso and town_ctx.db.idle(), timeout=10_000)
    assert hub_rows(town_folder, "SELECT kind, name FROM calendar_days WHERE day = ?", (iso,)) == [
        {"kind": "holiday", "name": "镇庆"}]
    qtbot.waitUntil(lambda: any(iso in page.days.item(i).text() for i in range(page.days.count())), timeout=10_000)
    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(town_folder, town_folder / STATIONS_DIR / "ZHUPO", work)
    with open_station(town_folder / STATIONS_DIR / "ZHUPO") as store:
        assert store.one("SELECT kind, name FROM calendar_days WHERE day = ?", (iso,))["kind"] == "holiday"
