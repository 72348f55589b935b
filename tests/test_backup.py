import pytest

from station_app.backup import describe, list_backups, make_backup, restore
from station_app.errors import ValidationError
from station_app.station import init_station, open_station
from station_app.villagers import add_villager


def test_backup_then_restore_brings_back_the_old_state(station, agent):
    data = __import__("pathlib").Path(station.path).parent
    add_villager(station, agent, "备份前")
    backup = make_backup(data)
    add_villager(station, agent, "备份后")
    station.close()
    safety = restore(data, backup)
    with open_station(data) as store:
        names = {r[0] for r in store.all("SELECT name FROM villagers")}
    assert "备份前" in names and "备份后" not in names
    assert describe(safety)["station_code"] == "ZHUPO"


def test_rotation_keeps_the_newest(station):
    data = __import__("pathlib").Path(station.path).parent
    made = [make_backup(data, keep=3) for _ in range(5)]
    assert list_backups(data) == sorted(made[-3:], reverse=True)


def test_restore_refuses_garbage_and_other_stations(station, tmp_path):
    data = __import__("pathlib").Path(station.path).parent
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError):
        restore(data, junk)
    other = init_station(tmp_path / "other", "SHIMEN", "石门村便民服务站", [("甲", "1111")])
    other.close()
    foreign = make_backup(tmp_path / "other")
    with pytest.raises(ValidationError) as err:
        restore(data, foreign)
    assert err.value.code == "other_station"


def test_a_cancelled_backup_leaves_no_file(station, agent):
    data = __import__("pathlib").Path(station.path).parent
    for i in range(200):
        add_villager(station, agent, f"村民{i}", note="x" * 400)

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        make_backup(data, progress=cancel)
    assert list_backups(data) == []
    assert not list((data / "backups").glob("*.part"))


def test_automatic_backup_only_when_due(station):
    data = __import__("pathlib").Path(station.path).parent
    from station_app.backup import backup_if_due

    first = backup_if_due(data)
    assert first is not None and first.is_file()
    assert backup_if_due(data) is None
    assert backup_if_due(data, hours=0) is not None
