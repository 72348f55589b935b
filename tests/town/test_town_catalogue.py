"""The town's catalogue edits, headless: every field is checked and named when wrong,
nothing is written on a refusal, a new item may not take a code in use, and a renamed
item gets a new version that a station pulls."""

from __future__ import annotations

import json
import shutil

import pytest

from station_app.catalogue import get_item
from station_app.errors import ValidationError
from station_app.station import open_station
from sync.hub.store import init_hub, open_hub
from sync.town.demo import STATIONS_DIR, usb_sync
from sync.town.writes import publish_catalogue_item

NEW_ITEM = {"code": "mz-08", "name": "低保年审", "window": "民政救济", "serves": "已享受低保的家庭",
            "time_limit_days": 10, "fee_fen": 0, "fee_note": "免费",
            "materials": [{"name": " 户口簿 ", "form": "复印件", "required": True}]}


@pytest.fixture
def hub(tmp_path):
    store = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    yield store
    store.close()


def _changes(hub) -> int:
    return hub.scalar("SELECT COUNT(*) FROM hub_changes")


@pytest.mark.parametrize("change, field, words", [
    ({"code": ""}, "code", "请填写事项编号"),
    ({"code": "民政 8"}, "code", "字母、数字和短横线"),
    ({"name": "  "}, "name", "请填写事项名称"),
    ({"window": ""}, "window", "请填写受理窗口"),
    ({"time_limit_days": 0}, "time_limit_days", "1到365"),
    ({"time_limit_days": "三天"}, "time_limit_days", "应为整数"),
    ({"fee_fen": -100}, "fee_fen", "收费标准"),
    ({"materials": [{"name": "户口簿", "form": "原件"}, {"name": "", "form": "原件"}]}, "materials", "第 2 项材料"),
    ({"materials": [{"name": "户口簿", "form": "传真件"}]}, "materials", "原件"),
    ({"name": "长" * 61}, "name", "不能超过60个字"),
])
def test_a_bad_field_is_named_and_nothing_is_written(hub, change, field, words):
    before = (_changes(hub), hub.scalar("SELECT COUNT(*) FROM catalogue_items"))
    with pytest.raises(ValidationError) as refused:
        publish_catalogue_item(hub, {**NEW_ITEM, **change}, new=True)
    assert refused.value.field == field and words in refused.value.message
    assert (_changes(hub), hub.scalar("SELECT COUNT(*) FROM catalogue_items")) == before


def test_a_new_item_gets_its_code_as_id_and_may_not_take_a_code_in_use(hub):
    record_id = publish_catalogue_item(hub, NEW_ITEM, new=True)
    assert record_id == "MZ-08"  # typed in lower case, kept as the town writes codes
    item = get_item(hub, "MZ-08")
    assert (item.name, item.window, item.version, item.materials[0].name) == ("低保年审", "民政救济", 1, "户口簿")
    before = _changes(hub)
    with pytest.raises(ValidationError) as refused:
        publish_catalogue_item(hub, {**NEW_ITEM, "name": "别的事项"}, new=True)
    assert refused.value.field == "code" and "MZ-08" in refused.value.message and "低保年审" in refused.value.message
    with pytest.raises(ValidationError):  # an existing seeded code, too
        publish_catalogue_item(hub, {**NEW_ITEM, "code": "JS-01"}, new=True)
    assert _changes(hub) == before and get_item(hub, "MZ-08").name == "低保年审"
    assert get_item(hub, "JS-01").name == "生育登记"


def test_renaming_an_item_bumps_its_version_and_reaches_a_station(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    with open_hub(hub_dir) as hub:
        old = dict(hub.one("SELECT * FROM catalogue_items WHERE code = 'MZ-04'"))
        publish_catalogue_item(hub, {**old, "materials": json.loads(old["materials"]), "version": old["item_version"],
                                     "name": "高龄津贴申领（80岁以上）", "window": "民政救助"})
        assert get_item(hub, "MZ-04").version == old["item_version"] + 1
    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(hub_dir, hub_dir / STATIONS_DIR / "ZHUPO", work)
    with open_station(hub_dir / STATIONS_DIR / "ZHUPO") as store:
        there = get_item(store, "MZ-04")
    assert (there.name, there.window, there.version) == ("高龄津贴申领（80岁以上）", "民政救助", old["item_version"] + 1)
