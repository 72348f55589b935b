"""Signed batch files on a USB stick: the same exchange as HTTP, carried by hand."""

from __future__ import annotations

import gzip
import json

import pytest

from station_app.agents import list_agents
from station_app.station import open_station
from station_app.villagers import add_villager
from sync.batch_files import BatchRefused
from sync.hub.store import init_hub, open_hub
from sync.hub.usb import import_at_hub
from sync.station.usb import export_batch, import_reply
from sync.town.writes import set_case_status
from sync_support import enrol_offline, hub_fingerprint, hub_op_ids, stats_pair, station_op_ids


def _station_fingerprint(folder) -> dict:
    from station_app.store.schema import ENTITIES

    with open_station(folder) as store:
        out = {t: [tuple(r) for r in store.all(f"SELECT * FROM {t} ORDER BY id")]
               for t in [*ENTITIES, "sync_problems", "town_notices"]}
        out["outbox"] = [tuple(r) for r in store.all("SELECT seq, acked_at FROM outbox ORDER BY seq")]
        out["meta"] = [tuple(r) for r in store.all(
            "SELECT key, value FROM meta WHERE key IN ('sync_cursor', 'sync_acked_seq', 'sync_epoch')")]
        return out


@pytest.fixture
def usb_station(hub_dir, make_station, tmp_path):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", None)  # no network: files only
    with open_station(station) as store:
        got = export_batch(store, tmp_path / "batch.vsb")
    assert got["ops"] > 1000
    return station, tmp_path / "batch.vsb"


def test_a_round_trip_by_files_leaves_station_and_hub_equal(hub_dir, usb_station, tmp_path):
    station, batch = usb_station
    with open_hub(hub_dir) as hub:
        got = import_at_hub(hub, batch, tmp_path / "reply.vsb")
    assert got["rejected"] == 0 and got["applied"] == got["ops"]
    with open_station(station) as store:
        done = import_reply(store, tmp_path / "reply.vsb")
        assert done["acked"] == got["ops"] and store.pending_outbox() == 0
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs

    # The town's status change travels back by the next pair of files.
    with open_hub(hub_dir) as hub:
        set_case_status(hub, hub.scalar("SELECT id FROM cases WHERE status = 'sent_to_town' LIMIT 1"), "accepted")
    with open_station(station) as store:
        assert export_batch(store, tmp_path / "batch2.vsb")["ops"] == 0
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, tmp_path / "batch2.vsb", tmp_path / "reply2.vsb")
    with open_station(station) as store:
        assert import_reply(store, tmp_path / "reply2.vsb")["pulled"] >= 2
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs and mine["cases"]["by_status"]["accepted"] >= 1


def test_importing_any_file_twice_changes_nothing(hub_dir, usb_station, tmp_path):
    station, batch = usb_station
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, batch, tmp_path / "reply.vsb")
    at_hub = hub_fingerprint(hub_dir, contact=False)
    with open_hub(hub_dir) as hub:
        again = import_at_hub(hub, batch, tmp_path / "reply-again.vsb")
    assert again["repeat"] and again["applied"] == 0
    assert hub_fingerprint(hub_dir, contact=False) == at_hub

    with open_station(station) as store:
        import_reply(store, tmp_path / "reply.vsb")
    at_station = _station_fingerprint(station)
    for reply in ("reply.vsb", "reply-again.vsb"):
        with open_station(station) as store:
            import_reply(store, tmp_path / reply)
        assert _station_fingerprint(station) == at_station


def _rewrite(path, change) -> None:
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    path.write_bytes(gzip.compress(b"\n".join(change(lines))))


@pytest.mark.parametrize("damage, code", [
    ("truncated", "truncated"),
    ("altered", "altered"),
    ("wrong_signature", "bad_signature"),
    ("foreign", "foreign"),
])
def test_a_damaged_or_foreign_file_is_refused_with_the_reason_and_nothing_applied(
        hub_dir, usb_station, tmp_path, damage, code):
    station, batch = usb_station
    if damage == "truncated":
        data = batch.read_bytes()
        batch.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "altered":
        def more_money(lines):
            op = json.loads(lines[5])
            op[9] = {**op[9], "note": "改过"}
            lines[5] = json.dumps(op, ensure_ascii=False).encode()
            return lines
        _rewrite(batch, more_money)
    elif damage == "wrong_signature":
        _rewrite(batch, lambda lines: [*lines[:-2], json.dumps({"hmac": "00" * 32}).encode(), b""])
    else:  # a station enrolled at another town's hub
        other_hub = tmp_path / "other-hub"
        init_hub(other_hub, "别的镇").close()
        other = tmp_path / "other-station"
        import shutil
        shutil.copytree(station, other)
        enrol_offline(other_hub, other, "ZHUPO", None)  # same code, another hub's secret
        with open_station(other) as store:
            export_batch(store, batch)
    before = hub_fingerprint(hub_dir)
    with open_hub(hub_dir) as hub, pytest.raises(BatchRefused) as refused:
        import_at_hub(hub, batch, tmp_path / "reply.vsb")
    assert refused.value.code == (code if damage != "foreign" else "bad_signature")
    assert refused.value.message
    assert hub_fingerprint(hub_dir) == before
    assert not (tmp_path / "reply.vsb").exists()


def test_an_unknown_station_or_a_reply_for_another_station_is_refused(hub_dir, usb_station, make_station, tmp_path):
    station, batch = usb_station
    stranger = make_station("SHIMEN")
    other_hub = tmp_path / "other-hub"
    init_hub(other_hub, "别的镇").close()
    enrol_offline(other_hub, stranger, "SHIMEN", None)
    with open_station(stranger) as store:
        export_batch(store, tmp_path / "stranger.vsb")
    with open_hub(hub_dir) as hub, pytest.raises(BatchRefused) as refused:
        import_at_hub(hub, tmp_path / "stranger.vsb", tmp_path / "reply.vsb")
    assert refused.value.code == "foreign" and "SHIMEN" in refused.value.message

    with open_hub(other_hub) as hub:
        import_at_hub(hub, tmp_path / "stranger.vsb", tmp_path / "stranger-reply.vsb")
    before = _station_fingerprint(station)
    with open_station(station) as store, pytest.raises(BatchRefused) as refused:
        import_reply(store, tmp_path / "stranger-reply.vsb")
    assert refused.value.code == "foreign"
    with open_station(station) as store, pytest.raises(BatchRefused) as refused:
        import_reply(store, batch)  # its own export is not a reply
    assert refused.value.code == "wrong_kind"
    assert _station_fingerprint(station) == before


def test_files_written_later_carry_everything_not_yet_acknowledged(hub_dir, usb_station, tmp_path):
    """A lost reply: the next file repeats the unacknowledged ops; nothing counts twice."""
    station, batch = usb_station
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, batch, tmp_path / "lost-reply.vsb")  # this reply never reaches the station
    with open_station(station) as store:
        add_villager(store, list_agents(store)[0].id, "孙二娘", phone="13700001234")
        second = export_batch(store, tmp_path / "batch2.vsb")
    with open_hub(hub_dir) as hub:
        got = import_at_hub(hub, tmp_path / "batch2.vsb", tmp_path / "reply2.vsb")
    assert got["applied"] == 1 and got["skipped"] == second["ops"] - 1
    with open_station(station) as store:
        import_reply(store, tmp_path / "reply2.vsb")
        assert store.pending_outbox() == 0
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs


def test_a_hub_restored_from_backup_gets_lost_ops_back_by_files(hub_dir, usb_station, tmp_path):
    from sync.hub.backup import backup_hub, restore_hub

    station, batch = usb_station
    backup = backup_hub(hub_dir)  # before the station's first batch
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, batch, tmp_path / "reply.vsb")
    with open_station(station) as store:
        import_reply(store, tmp_path / "reply.vsb")
        add_villager(store, list_agents(store)[0].id, "周小燕")
        export_batch(store, tmp_path / "batch2.vsb")  # starts after what the hub acknowledged
    restore_hub(hub_dir, backup)

    with open_hub(hub_dir) as hub:
        gap = import_at_hub(hub, tmp_path / "batch2.vsb", tmp_path / "reply2.vsb")
    assert gap["gap"] and gap["last_applied"] == 0 and gap["applied"] == 0
    with open_station(station) as store:
        back = import_reply(store, tmp_path / "reply2.vsb")
        assert back["gap"] and back["resend"] == store.scalar("SELECT COUNT(*) FROM outbox") - 1
        export_batch(store, tmp_path / "batch3.vsb")
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, tmp_path / "batch3.vsb", tmp_path / "reply3.vsb")
    with open_station(station) as store:
        import_reply(store, tmp_path / "reply3.vsb")
        assert store.pending_outbox() == 0
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs
