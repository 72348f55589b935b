"""Many stations at once (issue 16): the hub serves concurrent exchanges with no
"database is locked", every station's records arrive whole, and an idle sync answered
by the reader while the writer is busy is the reply the writer would have given."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading

import pytest

from station_app.demo import make_demo
from station_app.station import open_station
from station_app.store import Store
from sync.hub.apply import exchange
from sync.hub.idle import ContactNotes, idle_reply, note_idle_contact, quiet
from sync.hub.store import init_hub, open_hub
from sync.bodies import Inflater
from sync.station.state import build_request, settings
from sync_support import TODAY, enrol_offline, stats_pair, sync_station

CROWD = ("DAWANG", "XIAOLI", "HOUZHAI", "QIANPO")


@pytest.fixture(scope="module")
def crowd_templates(tmp_path_factory):
    base = tmp_path_factory.mktemp("crowd")
    for seed, code in enumerate(CROWD):
        make_demo(base / code, days=6, seed=seed, station=(code, f"{code}村"), today=TODAY)
    return base


def test_stations_syncing_at_once_all_arrive_while_another_syncs_idly(hub, hub_dir, make_station,
                                                                      crowd_templates, tmp_path):
    idle = make_station("ZHUPO")
    enrol_offline(hub_dir, idle, "ZHUPO", hub.url)
    assert sync_station(idle).status == "ok"
    folders = []
    for code in CROWD:
        folders.append(tmp_path / code)
        shutil.copytree(crowd_templates / code, folders[-1])
        enrol_offline(hub_dir, folders[-1], code, hub.url)
    reports: dict = {}

    def push(folder) -> None:
        reports[folder.name] = sync_station(folder, page_ops=40)  # many small pages: many exchanges at once

    pushers = [threading.Thread(target=push, args=(folder,)) for folder in folders]
    for thread in pushers:
        thread.start()
    idle_reports = []
    while any(t.is_alive() for t in pushers):
        idle_reports.append(sync_station(idle))
    for thread in pushers:
        thread.join()
    for report in [*reports.values(), *idle_reports]:
        assert report.status == "ok", report.summary()
        assert "locked" not in report.message
    assert idle_reports and all(r.pushed == 0 for r in idle_reports)
    for folder in folders:
        mine, theirs = stats_pair(folder, hub_dir, folder.name)
        assert mine == theirs
    assert sync_station(idle).status == "ok"


def test_an_idle_sync_read_beside_the_writer_is_the_reply_the_writer_gives(tmp_path, make_station):
    hub_dir = tmp_path / "hub"
    init_hub(hub_dir, "小浪底镇便民服务中心").close()
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", None)
    with open_station(station) as store:
        s = settings(store)
        inflater = Inflater()
        quiet_request = json.loads(b"".join(inflater.feed(build_request(store, s, 0, 1 << 20, 500).body)))
    assert quiet(quiet_request)
    with open_hub(hub_dir) as writer, open_hub(hub_dir) as reader:
        read = idle_reply(reader, "ZHUPO", s.secret, quiet_request)
        note_idle_contact(writer, "ZHUPO", quiet_request)
        noted = writer.one("SELECT last_seen_at, app_version, waiting_ops FROM hub_stations WHERE code = 'ZHUPO'")
        written = exchange(writer, "ZHUPO", quiet_request)
    assert {**read, "hub_hlc": None} == {**written, "hub_hlc": None}
    assert noted["last_seen_at"] and noted["app_version"] == quiet_request["app_version"]
    gone_back = {**quiet_request, "outbox_seq": 0}
    with open_hub(hub_dir) as hub:
        hub.conn.execute("UPDATE hub_stations SET last_applied = 5 WHERE code = 'ZHUPO'")
        assert idle_reply(hub, "ZHUPO", s.secret, gone_back) is None  # lacks records: the writer's work
        assert idle_reply(hub, "ZHUPO", s.secret, {**quiet_request, "epoch": "another"}) is None


def test_idle_contacts_wait_for_one_write_of_them_all(tmp_path, make_station):
    hub_dir = tmp_path / "hub"
    init_hub(hub_dir, "小浪底镇便民服务中心").close()
    for code in ("ZHUPO", "SHIMEN"):
        enrol_offline(hub_dir, make_station(code), code, None)
    notes = ContactNotes()
    asked = {"app_version": "9.1", "protocol_version": 2, "schema_version": 9, "waiting": 0}
    assert notes.add("ZHUPO", {**asked, "app_version": "9.0"})  # the first: a write is queued
    assert not notes.add("SHIMEN", asked)  # one is queued already
    assert not notes.add("ZHUPO", asked)  # the latest of a station counts
    with open_hub(hub_dir) as hub:
        assert notes.write(hub) == 2
        seen = {r["code"]: (r["app_version"], bool(r["last_seen_at"]))
                for r in hub.all("SELECT code, app_version, last_seen_at FROM hub_stations")}
        assert notes.write(hub) == 0
    assert seen == {"ZHUPO": ("9.1", True), "SHIMEN": ("9.1", True)}
    assert notes.add("SHIMEN", asked)  # written: the next contact queues a write again


def test_a_second_connection_in_one_process_leaves_the_first_its_locks(tmp_path):
    """Opening a store beside another in the same process (the hub's reader beside its
    writer) must not drop the first one's locks: another process's writes stay visible
    to it, nothing it commits is lost."""
    path = tmp_path / "hub.db"
    with Store(path, role="town") as first:
        first.conn.execute("CREATE TABLE seen (n INTEGER)")
        with Store(path, role="town") as second:
            for n in range(3):
                subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                                " c.execute('INSERT INTO seen VALUES (?)', (int(sys.argv[2]),)); c.commit()",
                                str(path), str(n)], check=True)
                assert first.scalar("SELECT COUNT(*) FROM seen") == n + 1
                assert second.scalar("SELECT COUNT(*) FROM seen") == n + 1
            with first.transaction():
                first.conn.execute("INSERT INTO seen VALUES (99)")
    check = subprocess.run([sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
                            ".execute('SELECT COUNT(*) FROM seen').fetchone()[0])", str(path)],
                           capture_output=True, text=True, check=True)
    assert check.stdout.strip() == "4"

