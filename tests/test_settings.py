"""Settings declared once (``station_app.settings``), and what a write says it changed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from station_app import settings
from station_app.errors import ValidationError
from station_app.parcel_lookups import set_shelves, shelf_settings
from station_app.store.changes import EVERYTHING, NOTHING, Changes
from station_app.villagers import add_villager

ROOT = Path(__file__).resolve().parent.parent
META_CALLS = {"get_meta", "set_meta", "delete_meta"}


def meta_keys_named_in(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in META_CALLS
                and node.args and isinstance(node.args[0], ast.Constant)):
            found.append((node.lineno, node.args[0].value))
    return found


def test_every_meta_key_the_code_reads_or_writes_is_declared():
    undeclared = [f"{path.relative_to(ROOT)}:{line} {key}" for package in ("station_app", "sync", "ui")
                  for path in sorted((ROOT / package).rglob("*.py"))
                  for line, key in meta_keys_named_in(path) if key not in settings.ALL]
    assert undeclared == []


def test_a_setting_reads_its_default_and_its_type(station):
    assert settings.RETENTION_DAYS.get(station) == 7 and settings.SYNC_ACKED.get(station) == 0
    assert settings.NUMBER_FLOORS.get(station) == {} and settings.PLAIN_HTTP_ALLOWED.get(station) is False
    settings.NUMBER_FLOORS.get(station)["x"] = 1  # a default handed out is the caller's own
    assert settings.NUMBER_FLOORS.get(station) == {}
    settings.RECOVER_AT.put(station, {"entity": "agents", "after": 3})
    settings.HUB_PLAIN_HTTP.put(station, True)
    settings.SYNC_CURSOR.put(station, 42)
    assert settings.RECOVER_AT.get(station) == {"after": 3, "entity": "agents"}
    assert (settings.HUB_PLAIN_HTTP.get(station), settings.SYNC_CURSOR.get(station)) == (True, 42)
    assert station.get_meta("sync_plain_http") == "1" and settings.SYNC_CURSOR.is_set(station)
    settings.RECOVER_AT.clear(station)
    assert settings.RECOVER_AT.get(station) is None and not settings.RECOVER_AT.is_set(station)
    assert settings.STATION_CODE.get(station) == "ZHUPO" == station.station_code


def test_a_write_says_which_tables_it_touched_and_a_rollback_says_nothing(station, agent):
    station.take_changes()
    add_villager(station, agent, "李小燕")
    assert station.take_changes().names == {"villagers"} and station.take_changes() == NOTHING
    with pytest.raises(ValidationError):
        with station.write(agent) as w:
            w.insert("villagers", {"name": "王五", "tags": []})
            raise ValidationError("stop", "写到一半不要了", "name")
    assert station.take_changes() == NOTHING
    set_shelves(station, 8, 4, 50, 10)  # settings a window shows are a change too
    assert station.take_changes().names == {"settings"} and shelf_settings(station)["retention"] == 10
    settings.SYNC_CURSOR.put(station, 7)  # sync's positions change quietly
    assert station.take_changes() == NOTHING


def test_changes_say_whether_they_touch_what_a_view_shows():
    scan = Changes(frozenset({"parcels", "parcel_events"}))
    assert scan.touches({"parcels"}) and not scan.touches({"payments", "voids"})
    assert EVERYTHING.touches(set()) and not NOTHING and (scan | EVERYTHING).everything
    assert (scan | Changes(frozenset({"voids"}))).names == {"parcels", "parcel_events", "voids"}
