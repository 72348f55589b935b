"""``station-app coop …`` and ``station-app serviceday …``: a season at the desk and a
service day from the command line, each figure read back from the store; a refusal names
its field and writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from station_app.agents import list_agents
from station_app.commands import main
from station_app.ids import new_id
from station_app.station import open_station
from station_app.timeutil import local_date
from station_app.villagers import add_villager


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "shimen"
    assert main(["init", "--data-dir", str(folder), "--station-code", "SHIMEN", "--station-name", "石门村便民服务站",
                 "--agent", "王秀英:1234"]) == 0
    with open_station(folder) as store:
        agent = list_agents(store)[0].id
        add_villager(store, agent, "张建军", phone="13987654321", village_group="五组")
        add_villager(store, agent, "李小燕", phone="13600001111", village_group="一组")
    return folder


def app(folder, capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main([*args[:2], "--data-dir", str(folder), *args[2:]] if args[0] in ("coop", "serviceday")
                else [*args, "--data-dir", str(folder)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_season_at_the_desk_from_the_command_line(folder, capsys):
    agent = ("--agent", "王秀英")
    assert app(folder, capsys, "coop", "on")[0] == 0
    assert app(folder, capsys, "coop", "join", *agent, "--villager", "张建军", "--joined", "2026-03-01",
               "--holding", "8")[0] == 0
    assert app(folder, capsys, "coop", "supply", *agent, "--name", "石榴专用复合肥", "--category", "fertiliser",
               "--unit", "袋", "--price", "120")[0] == 0
    code, said = app(folder, capsys, "coop", "in", *agent, "--supply", "石榴专用复合肥", "--quantity", "10",
                     "--supplier", "县农资公司", "--cost", "1000")
    assert code == 0 and "库存 10 袋" in said
    code, said = app(folder, capsys, "coop", "out", *agent, "--supply", "石榴专用复合肥", "--member", "张建军",
                     "--quantity", "12")
    assert code == 2 and "库存只有 10" in said  # never below zero without a count
    code, said = app(folder, capsys, "coop", "out", *agent, "--supply", "石榴专用复合肥", "--member", "张建军",
                     "--quantity", "4")
    assert code == 0 and "¥480.00" in said
    code, said = app(folder, capsys, "coop", "out", *agent, "--supply", "石榴专用复合肥", "--member", "李小燕",
                     "--quantity", "1")
    assert code == 2 and "不是合作社社员" in said
    code, said = app(folder, capsys, "coop", "count", *agent, "--supply", "石榴专用复合肥", "--counted", "5",
                     "--reason", "一袋受潮")
    assert code == 0 and "库存 5 袋" in said
    code, said = app(folder, capsys, "coop", "settle", *agent, "--member", "张建军", "--amount", "300",
                     "--how", "harvest")
    assert code == 0 and "尚欠 ¥180.00" in said
    code, said = app(folder, capsys, "coop", "statement", "--member", "张建军", "--json")
    assert code == 0 and json.loads(said)["owed_fen"] == 18000
    assert app(folder, capsys, "coop", "training", *agent, "--date", "2026-11-20", "--topic", "石榴冬季修剪",
               "--trainer", "县农技站 李工", "--place", "村委会", "--members", "张建军")[0] == 0
    code, said = app(folder, capsys, "coop", "request", *agent, "--member", "张建军", "--problem", "叶子发黄")
    request_id = said.split()[-1]
    assert code == 0
    assert app(folder, capsys, "coop", "visit", *agent, "--request", request_id, "--advice", "缺铁，喷硫酸亚铁")[0] == 0
    with open_station(folder) as store:
        moves = [(r["kind"], r["quantity"]) for r in store.all("SELECT kind, quantity FROM coop_stock_moves ORDER BY at")]
        assert moves == [("received", 10), ("handed_out", -4), ("counted", -1)]
        assert store.scalar("SELECT how FROM coop_settlements") == "harvest"
        assert store.scalar("SELECT visited_on FROM coop_field_requests") == local_date(store.now_iso()).isoformat()
        assert store.scalar("SELECT COUNT(*) FROM coop_attendance") == 1


def test_a_service_day_from_the_command_line(folder, capsys):
    with open_station(folder) as store:  # the town's plan, as it arrives by sync
        day = local_date(store.now_iso()) + timedelta(days=0)
        store.conn.execute(
            "INSERT INTO service_days (id, day, starts, ends, stations, items, staff, status, created_at, version, hlc)"
            " VALUES (?, ?, '09:00', '11:30', '[\"SHIMEN\"]', '[\"LB-01\", \"MZ-02\"]', '[\"孙丽\"]', 'planned', ?, 1,"
            " '000000000000000-00000-TOWN')", (new_id(), day.isoformat(), store.now_iso()))
    agent = ("--agent", "王秀英")
    code, said = app(folder, capsys, "serviceday", "signup", *agent, "--day", day.isoformat(), "--villager", "张建军",
                     "--item", "mz-02", "--materials", "居民身份证,户口簿")
    assert code == 0 and "特困人员救助供养申请书" in said and "户口簿" not in said.split("还缺")[1]
    signup = said.split("编号 ")[1].split("）")[0]
    code, said = app(folder, capsys, "serviceday", "notice", "--signup", signup)
    assert code == 0 and said.startswith("张建军：") and "户口簿（原件及复印件）\n" in said and "特困人员救助供养申请书（原件）（还没有：请提前准备）" in said
    code, said = app(folder, capsys, "serviceday", "outcome", *agent, "--signup", signup, "--outcome", "materials_missing",
                     "--served-by", "孙丽", "--case")
    assert code == 0 and "已转为代办件" in said
    code, said = app(folder, capsys, "serviceday", "signups", "--day", day.isoformat(), "--json")
    (row,) = json.loads(said)
    assert row["outcome"] == "materials_missing" and row["case_no"]
    code, said = app(folder, capsys, "serviceday", "signup", *agent, "--day", "2020-01-01", "--villager", "张建军",
                     "--item", "LB-01")
    assert code == 2 and "没有服务日" in said


def test_the_commands_are_listed_in_the_program_help():
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "--help"], capture_output=True, text=True, timeout=120)
    assert "coop" in done.stdout and "serviceday" in done.stdout
