from __future__ import annotations

import pytest

from station_app.errors import ValidationError
from sync.hub.store import init_hub, open_hub
from sync.town.staff import add_staff, login_staff, verify_staff

from town_support import station_hub


@pytest.fixture
def hub_dir(tmp_path):
    init_hub(tmp_path / "hub", "小浪底镇便民服务中心").close()
    return tmp_path / "hub"


def test_add_and_verify(hub_dir):
    with open_hub(hub_dir) as hub:
        add_staff(hub, "张丽", "correct horse 1")
        assert verify_staff(hub, "张丽", "correct horse 1")
        assert not verify_staff(hub, "张丽", "correct horse 2")
        assert not verify_staff(hub, "李四", "correct horse 1")
        assert login_staff(hub, "张丽", "correct horse 1")["name"] == "张丽"
        with pytest.raises(ValidationError) as err:
            login_staff(hub, "张丽", "wrong-password")
        assert err.value.field == "password"
        row = hub.one("SELECT salt, password_hash FROM town_staff WHERE name = '张丽'")
        assert "correct horse" not in row["password_hash"] and len(row["salt"]) == 32
        with pytest.raises(ValidationError):
            add_staff(hub, "张丽", "another password")
        with pytest.raises(ValidationError) as short:
            add_staff(hub, "王五", "short")
        assert short.value.field == "password"


def test_staff_add_from_the_command_line(hub_dir):
    done = station_hub("staff", "add", "--data-dir", hub_dir, "--name", "张丽", stdin="town-secret-9\n")
    assert "张丽" in done.stdout
    with open_hub(hub_dir) as hub:
        assert verify_staff(hub, "张丽", "town-secret-9")
        assert not verify_staff(hub, "张丽", "town-secret-8")
        salt = hub.scalar("SELECT salt FROM town_staff WHERE name = '张丽'")
    station_hub("staff", "add", "--data-dir", hub_dir, "--name", "李强", stdin="town-secret-9\n")
    with open_hub(hub_dir) as hub:
        assert hub.scalar("SELECT salt FROM town_staff WHERE name = '李强'") != salt  # salted per account


def test_short_password_exits_2_and_writes_nothing(hub_dir):
    done = station_hub("staff", "add", "--data-dir", hub_dir, "--name", "张丽", stdin="1234\n", check=False)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "password" in done.stderr
    with open_hub(hub_dir) as hub:
        assert not verify_staff(hub, "张丽", "1234")
        assert hub.scalar("SELECT COUNT(*) FROM town_staff") == 0
