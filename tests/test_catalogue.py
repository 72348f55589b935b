"""The town's service catalogue: the bundled file, reading it, and the six publics."""

from __future__ import annotations

import json
import re

import pytest

from station_app.catalogue import (
    FORMS, SIX_PUBLICS_LABELS, CatalogueItem, get_item, list_items, materials, six_publics, windows,
)
from station_app.errors import NotFoundError, StateError
from station_app.ids import new_id
from station_app.paths import resource_path
from station_app.store import SCHEMA_VERSION, Op, apply_op

SIX_PUBLIC_FIELDS = ("code", "name", "window", "serves", "basis", "procedure", "time_limit_days",
                     "materials", "fee_fen", "fee_note", "active", "version")


def town_update(store, code: str, fields: dict) -> None:
    """What a sync from the town does to a catalogue item (the station never writes it)."""
    base = store.scalar("SELECT version FROM catalogue_items WHERE code = ?", (code,))
    now = store.now_iso()
    with store.transaction():
        apply_op(store.conn, store.columns, Op(new_id(), "catalogue_items", code, "update",
                 {**fields, "updated_at": now}, base, store.hlc.tick().encode(), None,
                 SCHEMA_VERSION, now))


def _file_items() -> list[dict]:
    return json.loads(resource_path("catalogue.json").read_text(encoding="utf-8"))["items"]


# -- the bundled catalogue -------------------------------------------------------------
def test_catalogue_has_the_towns_28_items_in_8_windows():
    items = _file_items()
    assert len(items) == 28  # "服务事项由16项增加到28项"
    assert len({i["code"] for i in items}) == 28
    assert len({i["window"] for i in items}) == 8  # "服务窗口由6个增加到8个"
    # The windows the town report names.
    assert {"计划生育", "民政救济", "劳动保障", "法律求助", "三资管理"} <= {i["window"] for i in items}


def test_catalogue_names_the_items_of_the_report():
    names = " ".join(i["name"] for i in _file_items())
    for words in ("社保指纹采集", "宅基地", "生育登记", "低保", "五保"):
        assert words in names


def test_every_item_publishes_all_six_publics():
    for item in _file_items():
        assert set(SIX_PUBLIC_FIELDS) <= set(item), item["code"]
        assert re.fullmatch(r"[A-Z]{2}-\d{2}", item["code"])
        for text in ("name", "window", "serves", "basis", "procedure", "fee_note"):
            assert item[text].strip(), (item["code"], text)
        assert "《" in item["basis"], item["code"]  # a named law or regulation
        assert isinstance(item["time_limit_days"], int) and 0 < item["time_limit_days"] <= 60
        assert isinstance(item["fee_fen"], int) and item["fee_fen"] >= 0
        assert item["active"] is True and item["version"] >= 1


def test_materials_have_a_name_a_form_and_a_required_flag():
    for item in _file_items():
        mats = item["materials"]
        assert mats, item["code"]
        assert any(m["required"] for m in mats), item["code"]  # something must be brought
        assert len({m["name"] for m in mats}) == len(mats), item["code"]
        for m in mats:
            assert m["form"] in FORMS, (item["code"], m)
            assert isinstance(m["required"], bool)


def test_one_window_one_code_prefix_and_almost_everything_is_free():
    items = _file_items()
    prefixes = {}
    for item in items:
        prefixes.setdefault(item["window"], set()).add(item["code"][:2])
    assert all(len(p) == 1 for p in prefixes.values())
    charged = [i for i in items if i["fee_fen"]]
    assert len(charged) <= 2 and all(i["fee_note"] for i in charged)
    assert any(not m["required"] for i in items for m in i["materials"])  # 容缺 exists


# -- reading it on a station -----------------------------------------------------------
def test_list_items_returns_every_active_item_grouped_by_window(station):
    items = list_items(station)
    assert len(items) == 28 and all(isinstance(i, CatalogueItem) for i in items)
    order = windows(station)
    assert order[:5] == ["计划生育", "民政救济", "劳动保障", "法律求助", "三资管理"]
    seen = [i.window for i in items]
    assert sorted(seen, key=order.index) == seen


def test_list_items_filters_by_window_and_search(station):
    relief = list_items(station, window="民政救济")
    assert relief and {i.window for i in relief} == {"民政救济"}
    assert [i.code for i in list_items(station, search="低保")][0] == "MZ-01"
    assert [i.code for i in list_items(station, search="LB-01")] == ["LB-01"]
    assert list_items(station, search="没有这种事项") == []


def test_get_item_reads_materials_and_limits(station):
    item = get_item(station, "mz-01")  # codes are matched in upper case
    assert item.code == "MZ-01" and item.time_limit_days == 30 and item.active
    names = [m.name for m in materials(item)]
    assert names[0] == "最低生活保障申请书"
    assert [m.required for m in materials(item)][-1] is False  # 容缺
    assert item["code"] == "MZ-01" and materials(item)[0]["form"] == "原件"  # row-style access


def test_unknown_item_is_not_found(station):
    with pytest.raises(NotFoundError) as err:
        get_item(station, "XX-99")
    assert err.value.field == "item_code" and err.value.message == "服务目录里没有这个事项"


def test_a_paused_item_leaves_the_active_list_but_can_still_be_read(station):
    town_update(station, "NY-02", {"active": 0})
    assert "NY-02" not in [i.code for i in list_items(station)]
    assert "NY-02" in [i.code for i in list_items(station, active_only=False)]
    assert get_item(station, "NY-02").active is False


def test_a_window_whose_items_are_all_paused_is_hidden(station):
    for code in ("FL-01", "FL-02"):
        town_update(station, code, {"active": 0})
    assert "法律求助" not in windows(station)
    assert "法律求助" in windows(station, active_only=False)


def test_a_synced_new_version_is_what_the_station_reads(station):
    town_update(station, "LB-01", {"time_limit_days": 3, "item_version": 2})
    item = get_item(station, "LB-01")
    assert item.time_limit_days == 3 and item.version == 2


def test_a_station_cannot_edit_the_catalogue(station, agent):
    before = station.scalar("SELECT COUNT(*) FROM outbox")
    with pytest.raises(StateError):
        with station.write(agent) as w:
            w.update("catalogue_items", "LB-01", {"fee_fen": 100})
    assert get_item(station, "LB-01").fee_fen == 0
    assert station.scalar("SELECT COUNT(*) FROM outbox") == before


# -- the six publics -------------------------------------------------------------------
def test_six_publics_show_every_public_in_board_order(station):
    shown = six_publics(get_item(station, "MZ-01"))
    assert list(shown) == list(SIX_PUBLICS_LABELS)
    assert list(SIX_PUBLICS_LABELS.values()) == ["服务事项", "办事程序", "政策依据", "承诺时限", "办事资料", "收费标准"]
    assert shown["time_limit"] == "30个工作日"
    assert "最低生活保障申请（低保）" in shown["service"] and "民政救济" in shown["service"]
    assert "《社会救助暂行办法》" in shown["basis"]
    assert shown["materials"].splitlines()[0] == "1. 最低生活保障申请书（原件）"
    assert shown["materials"].splitlines()[-1].endswith("（原件及复印件，可容缺后补）")
    assert shown["fee"].startswith("免费")


def test_six_publics_show_a_charged_fee_in_yuan(station):
    assert six_publics(get_item(station, "HJ-02"))["fee"].startswith("20.00元（")
