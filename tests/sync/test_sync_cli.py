"""The command lines of issue 4, as real processes: two stations and a hub, one station
syncing over HTTP and one only by USB files; enrolment; the exit codes of ``sync``."""

from __future__ import annotations

import json
import socket

from sync_support import HubProcess, cli_stats_pair, hub_op_ids, station_app, station_hub, station_op_ids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_stations_one_by_http_one_by_usb_files_end_to_end(tmp_path):
    hub_dir, http_dir, usb_dir = tmp_path / "hub", tmp_path / "zhupo", tmp_path / "shimen"
    station_hub("init", "--data-dir", hub_dir, "--town-name", "小浪底镇便民服务中心")
    added = station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村便民服务站")
    code = added.stdout.strip().splitlines()[-1]
    enrol_file = tmp_path / "shimen-enrol.json"
    station_hub("station", "add", "--data-dir", hub_dir, "--code", "SHIMEN", "--name", "石门村便民服务站",
                "--enrol-file", enrol_file)

    station_app("demo", "--data-dir", http_dir, "--days", "8", "--no-service-days")  # ZHUPO, to sync with a real hub
    station_app("init", "--data-dir", usb_dir, "--station-code", "SHIMEN", "--station-name", "石门村便民服务站",
                "--agent", "刘春华:2468")
    for amount in ("88.50", "120", "35.20"):
        station_app("pay", "--data-dir", usb_dir, "--agent", "刘春华", "--payer", "石秀兰", "--account",
                    "4100002222", "--amount", amount)

    hub = HubProcess(hub_dir).start()
    try:
        enrolled = station_app("enroll", "--data-dir", http_dir, "--hub", hub.url, "--code", code)
        assert "ZHUPO" in enrolled.stdout
        station_app("enroll", "--data-dir", usb_dir, "--file", enrol_file)

        def by_http():
            done = station_app("sync", "--data-dir", http_dir)
            assert done.stdout.startswith("同步完成") and len(done.stdout.strip().splitlines()) == 1

        def by_usb(n: int):
            batch, reply = tmp_path / f"shimen-{n}.vsb", tmp_path / f"shimen-{n}-reply.vsb"
            station_app("batch", "export", "--data-dir", usb_dir, "--out", batch)
            station_hub("import", "--data-dir", hub_dir, batch, "--reply", reply)
            station_app("batch", "import", "--data-dir", usb_dir, reply)

        def equal(folder, station):
            mine, theirs = cli_stats_pair(folder, hub_dir, station)
            assert mine == theirs
            assert sorted(hub_op_ids(hub_dir, station)) == sorted(station_op_ids(folder))

        by_http()
        equal(http_dir, "ZHUPO")
        by_usb(1)
        equal(usb_dir, "SHIMEN")

        # A second round: new work on both sides, and the town moves one of ZHUPO's cases.
        station_app("pay", "--data-dir", http_dir, "--agent", "王秀英", "--payer", "张桂兰", "--account",
                    "4100001234", "--amount", "56.00")
        station_app("pay", "--data-dir", usb_dir, "--agent", "刘春华", "--payer", "石秀兰", "--account",
                    "4100002222", "--amount", "77.70")
        stats = json.loads(station_hub("stats", "--data-dir", hub_dir, "--station", "ZHUPO", "--json").stdout)
        assert stats["cases"]["by_status"]["sent_to_town"] >= 1
        from sync.hub.store import open_hub
        with open_hub(hub_dir) as hub_store:
            case_no = hub_store.scalar("SELECT case_no FROM cases WHERE status = 'sent_to_town' LIMIT 1")
        station_hub("case", "move", "--data-dir", hub_dir, case_no, "accepted")
        by_http()
        equal(http_dir, "ZHUPO")
        by_usb(2)
        equal(usb_dir, "SHIMEN")
        mine, _ = cli_stats_pair(usb_dir, hub_dir, "SHIMEN")
        assert mine["payments"]["count"] == 4
    finally:
        hub.stop()


def test_sync_exits_3_when_the_hub_cannot_be_reached_and_loses_nothing(hub_dir, make_station, tmp_path):
    station = make_station("ZHUPO")
    added = station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村",
                        "--enrol-file", tmp_path / "e.json")
    assert added.stdout.strip().splitlines()[-1].count("-") == 3  # the code is the last line
    station_app("enroll", "--data-dir", station, "--file", tmp_path / "e.json", "--hub",
                f"http://127.0.0.1:{_free_port()}")
    before = station_op_ids(station)

    done = station_app("sync", "--data-dir", station, check=False)

    assert done.returncode == 3
    assert done.stdout.startswith("暂时连不上镇中心") and "待上传 1246" in done.stdout
    assert len(done.stdout.strip().splitlines()) == 1
    assert station_op_ids(station) == before


def test_sync_exits_4_when_the_hub_refuses_the_station(hub, hub_dir, make_station, tmp_path):
    station = make_station("ZHUPO")
    station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村",
                "--enrol-file", tmp_path / "e.json")
    station_app("enroll", "--data-dir", station, "--file", tmp_path / "e.json", "--hub", hub.url)
    # The town issues the station a new code and it is used: the old secret is dead.
    code = station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村",
                       "--reissue").stdout.strip().splitlines()[-1]
    other = make_station("ZHUPO", name="new-pc")
    station_app("enroll", "--data-dir", other, "--hub", hub.url, "--code", code)

    done = station_app("sync", "--data-dir", station, check=False)

    assert done.returncode == 4 and done.stdout.startswith("镇中心拒绝了本站")
    assert station_app("sync", "--data-dir", other).returncode == 0


def test_an_enrolment_code_works_once_and_only_for_its_station(hub, hub_dir, make_station):
    zhupo, shimen = make_station("ZHUPO"), make_station("SHIMEN")
    code = station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO",
                       "--name", "朱坡村").stdout.strip().splitlines()[-1]
    wrong = station_app("enroll", "--data-dir", shimen, "--hub", hub.url, "--code", code, check=False)
    assert wrong.returncode == 4  # SHIMEN is not registered: the code is ZHUPO's
    station_app("enroll", "--data-dir", zhupo, "--hub", hub.url, "--code", code)
    again = station_app("enroll", "--data-dir", make_station("ZHUPO", name="copy"), "--hub", hub.url,
                        "--code", code, check=False)
    assert again.returncode == 4 and "登记码" in again.stderr
    assert station_app("sync", "--data-dir", zhupo).returncode == 0


def test_hub_commands_refuse_bad_input_with_exit_2(hub_dir, tmp_path):
    again = station_hub("init", "--data-dir", hub_dir, "--town-name", "再来", check=False)
    assert again.returncode == 2 and "已经有集线器" in again.stderr
    bad = station_hub("station", "add", "--data-dir", hub_dir, "--code", "x", "--name", "坏", check=False)
    assert bad.returncode == 2 and "code" in bad.stderr
    missing = station_hub("stats", "--data-dir", hub_dir, "--station", "NOPE", "--json", check=False)
    assert missing.returncode == 2
    nowhere = station_hub("stats", "--data-dir", tmp_path / "empty", "--station", "ZHUPO", check=False)
    assert nowhere.returncode == 2 and "station-hub init" in nowhere.stderr


def test_an_enrolment_file_enrols_only_its_own_station(hub_dir, make_station, tmp_path):
    station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村",
                "--enrol-file", tmp_path / "zhupo.json")
    foreign = station_app("enroll", "--data-dir", make_station("SHIMEN"), "--file", tmp_path / "zhupo.json",
                          check=False)
    assert foreign.returncode == 2 and "ZHUPO" in foreign.stderr
    zhupo = make_station("ZHUPO")
    assert "只用U盘同步" in station_app("enroll", "--data-dir", zhupo, "--file", tmp_path / "zhupo.json").stdout
    assert "1246" in station_app("batch", "export", "--data-dir", zhupo, "--out", tmp_path / "b.vsb").stdout
    no_hub = station_app("sync", "--data-dir", zhupo, check=False)
    assert no_hub.returncode == 2 and "U盘" in no_hub.stderr


def test_station_revoke_stops_a_station_from_the_command_line(hub, hub_dir, make_station, tmp_path):
    station = make_station("ZHUPO")
    station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村",
                "--enrol-file", tmp_path / "e.json")
    station_app("enroll", "--data-dir", station, "--file", tmp_path / "e.json", "--hub", hub.url)
    assert station_app("sync", "--data-dir", station).returncode == 0

    done = station_hub("station", "revoke", "--data-dir", hub_dir, "--code", "zhupo")

    assert "已停用服务站 ZHUPO" in done.stdout
    refused = station_app("sync", "--data-dir", station, check=False)
    assert refused.returncode == 4 and refused.stdout.startswith("镇中心拒绝了本站")
    twice = station_hub("station", "revoke", "--data-dir", hub_dir, "--code", "ZHUPO", check=False)
    assert twice.returncode == 2 and "已经停用" in twice.stderr
    unknown = station_hub("station", "revoke", "--data-dir", hub_dir, "--code", "NOPE", check=False)
    assert unknown.returncode == 2 and "NOPE" in unknown.stderr
