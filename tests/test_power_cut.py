"""A station PC losing power mid-write: kill a writing process and check what survives."""

import os
import signal
import subprocess
import sys
import time

from station_app.store import Store
from station_app.store.replay import differences, outbox_ops, replay
from station_app.station import init_station, open_station
from station_app.town_data import seed_town_data

WRITER = r"""
import sys
from station_app.station import open_station
from station_app.agents import list_agents
from station_app.villagers import add_villager
store = open_station(sys.argv[1])
agent = list_agents(store)[0].id
i = 0
while True:
    with store.transaction():
        vid = add_villager(store, agent, f"村民{i}", phone=None)
        with store.write(agent) as w:
            w.update("villagers", vid, {"note": f"第{i}次"})
    print(i, flush=True)
    i += 1
"""


def test_sigkill_mid_write_loses_no_committed_record_and_keeps_outbox_in_step(tmp_path):
    data = tmp_path / "station"
    init_station(data, "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")]).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE,
                            text=True, cwd=os.getcwd())
    committed = -1
    deadline = time.monotonic() + 30
    while committed < 40 and time.monotonic() < deadline:
        committed = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 40

    with open_station(data) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        count = store.scalar("SELECT COUNT(*) FROM villagers")
        # Everything the writer reported as committed is there; at most the one in flight more.
        assert committed + 1 <= count <= committed + 2
        assert store.scalar("SELECT COUNT(*) FROM villagers WHERE note IS NULL") == 0
        with Store(tmp_path / "replayed.db") as copy:
            with copy.transaction():
                copy.set_meta("station_code", "ZHUPO")
                seed_town_data(copy)
            replay(outbox_ops(store), copy)
            assert differences(store, copy) == []
