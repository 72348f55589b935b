"""Notices to some stations: only the chosen stations pull them, a withdrawal reaches the
same stations, a bad audience is refused with nothing written, and the town's list says
who each notice went to. Runs on a copy of the session's demo town (real USB round trips)."""

from __future__ import annotations

import shutil

import pytest

from station_app.errors import NotFoundError, ValidationError
from station_app.station import init_station, open_station
from sync.hub.stations import revoke_station
from sync.hub.store import open_hub
from sync.station.notices import recent_notices
from sync.town.demo import STATIONS_DIR, usb_sync
from sync.town.notices import publish_notice, withdraw_notice
from sync.hub.stations import list_stations
from sync.town.notices import audience_label, list_notices
from sync.town.demo_people import NOTICES as DEMO_NOTICES
from town_support import station_hub

DEMO_TITLES = {title for _category, title, _body in DEMO_NOTICES}


@pytest.fixture
def town(demo_town, tmp_path):
    hub_dir = tmp_path / "hub"
    shutil.copytree(demo_town["hub"], hub_dir)
    work = tmp_path / "usb"
    work.mkdir()

    def sync(code: str) -> list[dict]:
        """Sync one station over files; its notices afterwards, withdrawn ones included
        (but the demo town's own, which every station has from the start)."""
        usb_sync(hub_dir, hub_dir / STATIONS_DIR / code, work)
        with open_station(hub_dir / STATIONS_DIR / code) as store:
            return [dict(r) for r in store.all("SELECT id, title, withdrawn_at FROM town_notices ORDER BY title")
                    if r["title"] not in DEMO_TITLES]

    return hub_dir, sync


def _counts(hub_dir) -> tuple[int, int, int]:
    with open_hub(hub_dir) as hub:
        return (hub.scalar("SELECT COUNT(*) FROM town_notices"), hub.scalar("SELECT COUNT(*) FROM hub_notice_audience"),
                hub.scalar("SELECT COUNT(*) FROM hub_changes"))


def test_a_notice_to_one_station_reaches_it_and_not_the_others_and_so_does_its_withdrawal(town):
    hub_dir, sync = town
    with open_hub(hub_dir) as hub:
        notice_id = publish_notice(hub, "朱坡村停水", "明天上午朱坡村停水检修。", audience=["zhupo"])
        assert [dict(r) for r in hub.all("SELECT notice_id, station_code FROM hub_notice_audience")] == [
            {"notice_id": notice_id, "station_code": "ZHUPO"}]
        assert [r[0] for r in hub.all("SELECT audience FROM hub_changes WHERE record_id = ?", (notice_id,))] == ["ZHUPO"]

    assert [(n["id"], n["withdrawn_at"]) for n in sync("ZHUPO")] == [(notice_id, None)]
    assert sync("SHIMEN") == []

    with open_hub(hub_dir) as hub:
        withdraw_notice(hub, notice_id)
        assert [r[0] for r in hub.all("SELECT audience FROM hub_changes WHERE record_id = ? ORDER BY cursor",
                                      (notice_id,))] == ["ZHUPO", "ZHUPO"]
    [there] = sync("ZHUPO")
    assert there["withdrawn_at"] is not None
    assert sync("SHIMEN") == []  # neither the notice nor its withdrawal
    with open_station(hub_dir / STATIONS_DIR / "ZHUPO") as store:
        assert notice_id not in [n["id"] for n in recent_notices(store)]  # withdrawn: off the Today card


def test_a_notice_to_every_station_reaches_all_of_them_and_is_withdrawn_from_all(town):
    hub_dir, sync = town
    with open_hub(hub_dir) as hub:
        notice_id = publish_notice(hub, "元旦放假", "1月1日放假一天。")
        assert not hub.all("SELECT 1 FROM hub_notice_audience")
        assert [r[0] for r in hub.all("SELECT audience FROM hub_changes WHERE record_id = ?", (notice_id,))] == [None]
    for code in ("SHIMEN", "ZHUPO"):
        assert [n["title"] for n in sync(code)] == ["元旦放假"]
    with open_hub(hub_dir) as hub:
        withdraw_notice(hub, notice_id)
        with pytest.raises(NotFoundError):  # twice: said plainly, nothing logged again
            withdraw_notice(hub, notice_id)
    for code in ("SHIMEN", "ZHUPO"):
        assert sync(code)[0]["withdrawn_at"] is not None


@pytest.mark.parametrize("audience, words", [
    ([], "至少选一个服务站"),
    (["ZHUPO", "NOWHERE"], "没有登记过这些服务站：NOWHERE"),
    ("", "至少选一个服务站"),
])
def test_a_bad_audience_is_refused_in_words_and_nothing_is_written(town, audience, words):
    hub_dir, _sync = town
    before = _counts(hub_dir)
    with open_hub(hub_dir) as hub, pytest.raises(ValidationError) as refused:
        publish_notice(hub, "通知", "内容", audience=audience)
    assert refused.value.field == "audience" and words in refused.value.message
    assert _counts(hub_dir) == before


def test_a_stopped_station_cannot_be_sent_a_notice_and_is_not_offered(town):
    hub_dir, _sync = town
    before = _counts(hub_dir)
    with open_hub(hub_dir) as hub:
        revoke_station(hub, "SHIMEN")
        assert [s["code"] for s in list_stations(hub, working_only=True)] == ["XIANGLIU", "ZHUPO"]
        with pytest.raises(ValidationError) as refused:
            publish_notice(hub, "通知", "内容", audience=["ZHUPO", "SHIMEN"])
    assert refused.value.field == "audience" and "已停用" in refused.value.message and "SHIMEN" in refused.value.message
    assert _counts(hub_dir) == before


def test_the_towns_list_says_who_each_notice_went_to(town):
    hub_dir, _sync = town
    with open_hub(hub_dir) as hub:
        everyone = publish_notice(hub, "全镇通知", "内容一")
        two = publish_notice(hub, "两个村", "内容二", audience=["ZHUPO", "SHIMEN"])
        withdraw_notice(hub, everyone)
        listed = {n["id"]: n for n in list_notices(hub)}
    assert (listed[everyone]["audience_label"], listed[everyone]["audience"]) == ("全部服务站", [])
    assert listed[everyone]["withdrawn_at"] is not None
    assert (listed[two]["audience_label"], listed[two]["audience"]) == ("石门村、朱坡村", ["SHIMEN", "ZHUPO"])
    assert listed[two]["withdrawn_at"] is None and listed[two]["body"] == "内容二"


def test_a_long_audience_is_counted_not_listed():
    names = {f"S{i}": f"村{i}便民服务站" for i in range(6)}
    assert audience_label(sorted(names), names) == "村0、村1、村2、村3等 6 个服务站"


def test_the_command_line_sends_a_notice_to_the_listed_stations(town):
    hub_dir, sync = town
    done = station_hub("notice", "--data-dir", hub_dir, "--title", "石门村通知", "--body", "内容",
                       "--stations", "SHIMEN")
    assert "石门村" in done.stdout and "全部" not in done.stdout
    assert [n["title"] for n in sync("SHIMEN")] == ["石门村通知"]
    assert sync("ZHUPO") == []
    refused = station_hub("notice", "--data-dir", hub_dir, "--title", "T", "--body", "B", "--stations", "NOWHERE",
                          check=False)
    assert refused.returncode == 2 and "NOWHERE" in refused.stderr


def test_the_station_shows_its_newest_notices_and_copes_before_its_first_sync(town, tmp_path):
    hub_dir, sync = town
    with init_station(tmp_path / "new", "XINZHUANG", "新庄村便民服务站", [("王秀英", "1234")]) as store:
        assert recent_notices(store) == []  # never synced: no notices table yet, and nothing written
        assert not store.one("SELECT 1 FROM sqlite_master WHERE name = 'town_notices'")
    with open_hub(hub_dir) as hub:
        titles = [f"通知{i}" for i in range(7)]
        ids = [publish_notice(hub, title, f"{title}的内容", audience=["ZHUPO"]) for title in titles]
        withdraw_notice(hub, ids[-1])
    sync("ZHUPO")
    with open_station(hub_dir / STATIONS_DIR / "ZHUPO") as store:
        shown = recent_notices(store)
    assert [n["title"] for n in shown] == ["通知5", "通知4", "通知3", "通知2", "通知1"]
    assert shown[0]["body"] == "通知5的内容" and shown[0]["published_at"]
