import sqlite3

import pytest

from station_app.errors import StateError, ValidationError
from station_app.store import SCHEMA_VERSION, Store, migrate
from station_app.store.replay import differences, outbox_ops, replay
from station_app.store.schema import MIGRATIONS
from station_app.town_data import seed_town_data
from station_app.villagers import add_villager


def test_pragmas_chosen_for_power_cuts(station):
    assert station.scalar("PRAGMA journal_mode") == "wal"
    assert station.scalar("PRAGMA synchronous") == 2  # FULL
    assert station.scalar("PRAGMA foreign_keys") == 1
    assert station.scalar("PRAGMA busy_timeout") >= 5000


def test_migrates_an_empty_file_to_the_current_version(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("SELECT COUNT(*) FROM outbox") == 0


@pytest.mark.parametrize("start", [version for version, _ in MIGRATIONS[:-1]])
def test_migrates_from_every_earlier_version_keeping_data(tmp_path, start):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, statements in MIGRATIONS:
        if version > start:
            break
        for sql in statements:
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {start}")
    conn.execute("INSERT INTO meta (key, value) VALUES ('station_code', 'OLD')")
    conn.close()
    with Store(path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.get_meta("station_code") == "OLD"
        assert store.scalar("SELECT COUNT(*) FROM sync_problems") == 0


def test_refuses_a_file_from_a_newer_program(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StateError) as err:
        Store(path)
    assert err.value.code == "schema_too_new"


def test_write_appends_one_outbox_row_per_change(station, agent):
    before = station.pending_outbox()
    with station.write(agent) as w:
        vid = w.insert("villagers", {"name": "刘大爷"})
        w.update("villagers", vid, {"phone": "13700001111"})
    rows = station.all("SELECT entity, record_id, kind, base_version, agent_id FROM outbox ORDER BY seq")[before:]
    assert [tuple(r) for r in rows] == [
        ("villagers", vid, "insert", 0, agent),
        ("villagers", vid, "update", 1, agent),
    ]
    assert station.get("villagers", vid)["version"] == 2


def test_failed_transaction_leaves_neither_record_nor_outbox(station, agent):
    before = station.pending_outbox()
    with pytest.raises(RuntimeError):
        with station.write(agent) as w:
            w.insert("villagers", {"name": "半途"})
            raise RuntimeError("power cut")
    assert station.pending_outbox() == before
    assert station.scalar("SELECT COUNT(*) FROM villagers WHERE name = '半途'") == 0


def test_station_cannot_write_town_owned_records(station, agent):
    with pytest.raises(StateError) as err:
        with station.write(agent) as w:
            w.insert("catalogue_items", {"code": "X"})
    assert err.value.code == "not_owner"


def test_unknown_or_protected_fields_are_refused(station, agent):
    for fields in ({"name": "甲", "colour": "red"}, {"name": "乙", "version": 9}):
        with pytest.raises(ValidationError):
            with station.write(agent) as w:
                w.insert("villagers", fields)


def test_float_money_is_refused_at_the_write_path(station, agent):
    with pytest.raises(ValidationError):
        with station.write(agent) as w:
            w.insert("villagers", {"name": "丙", "note": 1.5})


def test_outbox_replay_rebuilds_the_records(station, agent, tmp_path):
    vid = add_villager(station, agent, "赵六", phone="13600002222", tags=["elderly"])
    with station.write(agent) as w:
        w.update("villagers", vid, {"note": "耳背，说话大声些"})
    with Store(tmp_path / "copy.db") as copy:
        with copy.transaction():
            copy.set_meta("station_code", "ZHUPO")
            seed_town_data(copy)
        replay(outbox_ops(station), copy)
        assert differences(station, copy) == []


def test_hlc_survives_reopen_and_never_goes_back(tmp_path, clock):
    from datetime import timedelta

    path = tmp_path / "s.db"
    with Store(path, clock=clock) as store:
        store.set_meta("station_code", "ZHUPO")
        with store.write(None) as w:
            w.insert("villagers", {"name": "甲"})
        last = store.hlc.last
    clock.moment -= timedelta(days=3650)  # the CMOS battery died
    with Store(path, clock=clock) as store:
        assert store.hlc.last == last
        with store.write(None) as w:
            w.insert("villagers", {"name": "乙"})
        hlcs = [r[0] for r in store.all("SELECT hlc FROM outbox ORDER BY seq")]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_migrate_is_idempotent(station):
    assert migrate(station.conn) == SCHEMA_VERSION
