"""The ``station-app`` command line, run as a real process like the checks run it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from station_app.commands import main
from station_app.station import open_station

CLI = [sys.executable, "-m", "ui.launcher"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "zhupo"
    assert main(["init", "--data-dir", str(folder), "--station-code", "ZHUPO",
                 "--station-name", "朱坡村便民服务站", "--agent", "王秀英:1234", "--agent", "李建国:5678"]) == 0
    assert main(["pay", "--data-dir", str(folder), "--agent", "王秀英", "--payer", "张桂兰",
                 "--account", "4100001234", "--amount", "125.50"]) == 0
    return folder


def stats(folder: Path) -> dict:
    done = run("stats", "--data-dir", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_init_pay_and_stats(data):
    figures = stats(data)
    assert figures["station"] == "ZHUPO"
    assert figures["payments"] == {"count": 1, "amount_fen": 12550, "voided_count": 0, "voided_amount_fen": 0}
    assert figures["outbox"]["pending"] == 3  # two agents and the payment


def test_data_dir_from_the_environment(data, monkeypatch):
    done = subprocess.run([*CLI, "stats", "--json"], capture_output=True, text=True,
                          env={**__import__("os").environ, "STATION_APP_DATA_DIR": str(data)})
    assert json.loads(done.stdout)["station"] == "ZHUPO"


@pytest.mark.parametrize("args, field", [
    (["pay", "--agent", "无名氏", "--payer", "甲", "--account", "1", "--amount", "5"], "agent"),
    (["pay", "--agent", "王秀英", "--payer", "甲", "--account", "1", "--amount=-5"], "amount"),
    (["pay", "--agent", "王秀英", "--payer", "甲", "--account", "1", "--amount", "五块"], "amount"),
    (["pay", "--agent", "王秀英", "--payer", "甲", "--account", "1", "--amount", "5", "--method", "bitcoin"], "method"),
    (["case", "open", "--agent", "王秀英", "--villager", "张桂兰", "--item", "XX-99"], "villager"),
    (["case", "move", "--agent", "王秀英", "ZHUPO-2026-D9999", "delivered"], "case_no"),
])
def test_bad_input_exits_2_naming_the_field_and_writes_nothing(data, args, field):
    before = stats(data)
    done = run(args[0], "--data-dir", str(data), *args[1:]) if args[0] != "case" else \
        run("case", args[1], "--data-dir", str(data), *args[2:])
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], done.stderr
    assert stats(data) == before


def test_unknown_item_and_illegal_status_change(data):
    assert main(["demo", "--data-dir", str(data), "--days", "3"]) == 0
    with open_station(data) as store:
        name = store.scalar("SELECT name FROM villagers GROUP BY name HAVING COUNT(*) = 1 LIMIT 1")
    done = run("case", "open", "--data-dir", str(data), "--agent", "王秀英", "--villager", name, "--item", "XX-99")
    assert done.returncode == 2 and "item_code" in done.stderr
    opened = run("case", "open", "--data-dir", str(data), "--agent", "王秀英", "--villager", name, "--item", "LB-01")
    assert opened.returncode == 0, opened.stderr
    case_no = opened.stdout.split()[1]
    before = stats(data)
    done = run("case", "move", "--data-dir", str(data), "--agent", "王秀英", case_no, "delivered")
    assert done.returncode == 2 and "status" in done.stderr
    assert stats(data) == before


def test_init_refuses_a_malformed_pin_and_leaves_no_station(tmp_path):
    done = run("init", "--data-dir", str(tmp_path / "s"), "--station-code", "ZHUPO",
               "--station-name", "朱坡村", "--agent", "王秀英:12")
    assert done.returncode == 2 and "agent" in done.stderr
    assert not (tmp_path / "s").exists()


def test_backup_restore_and_export(data, tmp_path):
    backup = run("backup", "--data-dir", str(data))
    assert backup.returncode == 0
    path = Path(backup.stdout.strip())
    assert path.is_file()
    main(["pay", "--data-dir", str(data), "--agent", "王秀英", "--payer", "李四",
          "--account", "4100009999", "--amount", "10"])
    assert stats(data)["payments"]["count"] == 2
    assert run("restore", "--data-dir", str(data), str(path)).returncode == 0
    assert stats(data)["payments"]["count"] == 1
    out = tmp_path / "csv"
    assert run("export", "--data-dir", str(data), "--out", str(out)).returncode == 0
    raw = (out / "payments.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "张桂兰".encode() in raw
    assert not (out / "agent_credentials.csv").exists()


def test_headless_commands_never_load_qt(data):
    code = ("import sys; from ui.launcher import main; main(['stats', '--data-dir', sys.argv[1], '--json']);"
            "import station_app.demo, station_app.reports, station_app.export;"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
            " or (m.startswith('ui.') and m != 'ui.launcher')]; print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_station_app_hub_runs_the_hub_commands_for_the_packaged_program(tmp_path):
    hub = tmp_path / "hub"
    made = run("hub", "init", "--data-dir", str(hub), "--town-name", "小浪底镇便民服务中心")
    assert made.returncode == 0 and "小浪底镇便民服务中心" in made.stdout
    added = run("hub", "station", "add", "--data-dir", str(hub), "--code", "ZHUPO", "--name", "朱坡村便民服务站")
    assert added.returncode == 0 and added.stdout.strip().splitlines()[-1]  # the one-time code
    listed = run("hub", "station", "list", "--data-dir", str(hub))
    assert "ZHUPO" in listed.stdout
    bad = run("hub", "station", "add", "--data-dir", str(hub), "--code", "x", "--name", "坏")
    assert bad.returncode == 2 and "code" in bad.stderr
