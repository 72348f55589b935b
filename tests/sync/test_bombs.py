"""USB files are read as a stream: whatever their size or compression ratio, importing
one (at the hub or at a station) stays under the memory bound PROTOCOL.md states. Each
import runs as a real process whose peak RSS is measured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

from station_app.ids import new_id
from station_app.station import open_station
from sync.batch_files import write_signed
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.keys import file_key
from sync.station.state import save_enrolment
from sync_support import ROOT, STATION_APP, STATION_HUB

BOUND_MB = 160  # PROTOCOL.md, "USB batch files": peak RSS of an import, whatever the file


# A small wrapper starts the import and reports its peak: a child forked straight from
# pytest would count pytest's own pages (ru_maxrss is not reset by exec).
MEASURE = ("import os, resource, subprocess, sys; done = subprocess.run(sys.argv[1:]);"
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024); sys.exit(done.returncode)")


def peak_rss_mb(cmd: list) -> tuple[int, int, str]:
    """Run ``cmd``; its exit code, its peak resident memory in MB and its stderr."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *map(str, cmd)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "STATION_SYNC_ATTEMPTS": "1"}, timeout=300)
    return done.returncode, int(done.stdout.strip().splitlines()[-1]), done.stderr


def bomb(path: Path, head: dict, line: bytes, inflated_mb: int, newline: bool = True) -> Path:
    """A small file that inflates to ``inflated_mb`` MB of repeated ``line`` (one endless
    line without ``newline``), between a manifest and a signature line."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = (line + b"\n" if newline else line) * max(1, (1 << 20) // len(line))
    with open(path, "wb") as out:
        out.write(packer.compress(json.dumps(head).encode() + b"\n"))
        for _ in range(inflated_mb):
            out.write(packer.compress(block))
        out.write(packer.compress(b"\n" + json.dumps({"hmac": "00" * 32}).encode() + b"\n"))
        out.write(packer.flush())
    return path


def villager_op(seq: int) -> list:
    return [seq, new_id(), "villagers", new_id(), "insert", 0, f"{1796000000000 + seq:015d}-00000-bomb0001", None,
            "2026-11-27T02:00:00.000Z", {"name": "村民" + "甲" * 28, "tags": "[]", "note": "耳背" * 240,
                                         "created_at": "2026-11-27T02:00:00.000Z"}]


def test_importing_bombs_and_big_files_at_the_hub_stays_under_the_bound(hub_dir, tmp_path):
    enrol_file = tmp_path / "enrol.json"
    with open_hub(hub_dir) as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=enrol_file)
    key = file_key(json.loads(enrol_file.read_text(encoding="utf-8"))["secret"])
    op = json.dumps(villager_op(1), ensure_ascii=False).encode()
    head = {"format": "village-station-batch", "kind": "station_batch", "station": "ZHUPO"}
    files = {
        "lines": (bomb(tmp_path / "lines.vsbatch", head, op, 300), "bad_signature"),
        "one endless line": (bomb(tmp_path / "line.vsbatch", head, b"a" * 4096, 300, newline=False), "too_large"),
    }
    big = tmp_path / "big.vsbatch"
    write_signed(big, {"kind": "station_batch", "station": "ZHUPO", "batch_id": new_id(), "epoch": None,
                       "from_seq": 1, "to_seq": 5000, "cursor": 0, "created_at": "2026-11-27T02:00:00.000Z"},
                 (villager_op(seq) for seq in range(1, 5001)), key)
    for name, (path, refusal) in files.items():
        assert path.stat().st_size < 2 * 1024 * 1024, name  # small on the stick, huge inflated
        code, peak, err = peak_rss_mb([*STATION_HUB, "import", "--data-dir", hub_dir, path, "--reply",
                                       tmp_path / "reply.vsreply"])
        assert code == 2 and err, (name, err)
        assert peak < BOUND_MB, (name, peak)
    code, peak, err = peak_rss_mb([*STATION_HUB, "import", "--data-dir", hub_dir, big, "--reply",
                                   tmp_path / "reply.vsreply"])
    assert code == 0, err
    assert peak < BOUND_MB, peak
    with open_hub(hub_dir) as hub:
        assert hub.scalar("SELECT COUNT(*) FROM villagers WHERE station_code = 'ZHUPO'") == 5000


def test_importing_a_bomb_reply_at_a_station_stays_under_the_bound(hub_dir, make_station, tmp_path):
    station = make_station("ZHUPO")
    enrol_file = tmp_path / "enrol.json"
    with open_hub(hub_dir) as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站", enrol_file=enrol_file)
    made = json.loads(enrol_file.read_text(encoding="utf-8"))
    with open_station(station) as store:
        save_enrolment(store, made, None)
    change = json.dumps({"cursor": 1, "kind": "notice", "entity": "town_notices", "id": new_id(),
                         "data": {"title": "通知", "body": "停电" * 300}}, ensure_ascii=False).encode()
    head = {"format": "village-station-batch", "kind": "hub_reply", "station": "ZHUPO"}
    path = bomb(tmp_path / "reply.vsreply", head, change, 300)

    code, peak, err = peak_rss_mb([*STATION_APP, "batch", "import", "--data-dir", station, path])

    assert code != 0 and "签名" in err, err
    assert peak < BOUND_MB, peak
