"""The station engine: wrong clocks, a hub restored from backup (new epoch), progress and
cancel, retries with jittered backoff, and resuming where a sync stopped."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from station_app.agents import list_agents
from station_app.clock import HlcTimestamp
from station_app.reception import log_reception
from station_app.station import init_station, open_station
from station_app.timeutil import Clock, FixedClock
from station_app.villagers import add_villager
from sync.hub.backup import backup_hub, restore_hub
from sync.hub.store import open_hub
from sync.protocol import PROTOCOL_VERSION
from sync.station.client import HttpTransport, Unreachable
from sync.station.engine import SyncEngine, sync_with_retries
from sync.station.state import settings
from sync_support import enrol_offline, hub_op_ids, stats_pair, station_op_ids, sync_station


def _engine_sync(folder, clock=None, **options):
    with open_station(folder, clock=clock) as store:
        s = settings(store)
        transport = HttpTransport(s.hub_url, s.secret)
        try:
            return SyncEngine(store, transport, **options).run()
        finally:
            transport.close()


def _station_with_clock(folder, moment: datetime):
    clock = FixedClock(moment, step=timedelta(seconds=5))
    store = init_station(folder, "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")], clock=clock)
    agent = list_agents(store)[0].id
    for i in range(30):
        vid = add_villager(store, agent, f"村民{i}", phone=f"1380000{i:04d}")
        log_reception(store, agent, f"村民{i}", "咨询低保政策", villager_id=vid)
    store.close()
    return clock


def test_a_station_whose_clock_is_years_ahead_loses_nothing(hub, hub_dir, tmp_path):
    folder = tmp_path / "ahead"
    clock = _station_with_clock(folder, datetime(2031, 6, 1, tzinfo=timezone.utc))
    enrol_offline(hub_dir, folder, "ZHUPO", hub.url)

    report = _engine_sync(folder, clock=clock)

    assert report.status == "ok" and report.pending == 0
    assert any("快了一天以上" in w for w in report.warnings)  # the hub clamped and reported it
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(folder))
    mine, theirs = stats_pair(folder, hub_dir, "ZHUPO")
    assert mine == theirs and theirs["villagers"] == 30
    with open_hub(hub_dir) as hub_store:  # the hub's own clock was not dragged to 2031
        assert hub_store.hlc.last.ms < datetime(2030, 1, 1, tzinfo=timezone.utc).timestamp() * 1000


def test_a_station_whose_clock_is_years_behind_loses_nothing(hub, hub_dir, tmp_path):
    folder = tmp_path / "behind"
    clock = _station_with_clock(folder, datetime(2009, 1, 1, tzinfo=timezone.utc))
    enrol_offline(hub_dir, folder, "ZHUPO", hub.url)

    report = _engine_sync(folder, clock=clock)

    assert report.status == "ok" and report.pending == 0
    assert any("慢了一天以上" in w for w in report.warnings)
    mine, theirs = stats_pair(folder, hub_dir, "ZHUPO")
    assert mine == theirs and theirs["receptions"]["count"] == 30


def test_a_clock_put_right_after_running_a_year_ahead_is_believed_after_one_sync(hub, hub_dir, tmp_path):
    folder = tmp_path / "was-ahead"
    year_ahead = datetime.now(timezone.utc) + timedelta(days=365)
    ahead = _station_with_clock(folder, year_ahead)
    enrol_offline(hub_dir, folder, "ZHUPO", hub.url)
    assert any("快了一天以上" in w for w in _engine_sync(folder, clock=ahead).warnings)
    right = Clock()  # someone set the date; the hub's clock is the real one too
    with open_station(folder, clock=right) as store:
        add_villager(store, list_agents(store)[0].id, "改时间后登记", phone="13900000001")

    fixed = _engine_sync(folder, clock=right)
    with open_station(folder, clock=right) as store:
        add_villager(store, list_agents(store)[0].id, "之后再登记", phone="13900000002")
        stamped = HlcTimestamp.decode(store.scalar("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1"))
    later = _engine_sync(folder, clock=right)

    assert fixed.status == later.status == "ok" and fixed.warnings == later.warnings == []
    now_ms = datetime.now(timezone.utc).timestamp() * 1000
    assert abs(stamped.ms - now_ms) < 60_000  # the station's clock follows the wall again
    with open_hub(hub_dir) as hub_store:  # and what it sent while ahead counts as received, not as next year
        newest = max(HlcTimestamp.decode(r[0]).ms for r in hub_store.all(
            "SELECT hlc FROM villagers WHERE station_code = 'ZHUPO'"))
    assert newest < now_ms + 3600_000


def test_a_hub_restored_from_backup_gets_back_what_it_lost(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    assert sync_station(station).status == "ok"
    backup = backup_hub(hub_dir)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        for i in range(5):
            add_villager(store, agent, f"新村民{i}")
    assert sync_station(station).pushed == 5
    hub.stop()
    restore_hub(hub_dir, backup)  # the hub goes back in time, under a new epoch
    hub.start()

    report = sync_station(station)

    assert report.status == "ok" and report.epoch_changed and report.resent == 5
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs
    assert sync_station(station).round_trips == 1  # and it is idle again


def test_progress_is_reported_and_a_cancelled_sync_resumes_where_it_stopped(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    seen: list[dict] = []

    first = _engine_sync(station, page_ops=200, progress=seen.append, cancel=lambda: len(seen) >= 2)

    assert first.status == "cancelled" and first.pushed == 400 and first.pending == 1246 - 400
    assert [p["pending"] for p in seen] == [1046, 846]
    second = _engine_sync(station, page_ops=200)
    assert second.status == "ok" and second.pushed == 846 and second.pending == 0
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs


def test_an_unreachable_hub_is_retried_with_jittered_backoff(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)

    class Flaky(HttpTransport):
        failures = 2

        def exchange(self, body):
            if self.failures:
                self.failures -= 1
                raise Unreachable("网络断了")
            return super().exchange(body)

    delays: list[float] = []
    with open_station(station) as store:
        s = settings(store)
        transport = Flaky(s.hub_url, s.secret)
        report = sync_with_retries(store, transport, attempts=4, base_delay=0.5, sleep=delays.append)
        transport.close()
    assert report.status == "ok" and report.pending == 0
    assert len(delays) == 2 and 0 <= delays[0] <= 0.5 and 0 <= delays[1] <= 1.0


def test_a_station_restored_from_its_own_backup_still_gets_its_new_work_to_the_hub(hub, hub_dir, make_station):
    from station_app.backup import make_backup, restore

    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    assert sync_station(station).status == "ok"
    backup = make_backup(station)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        for i in range(3):
            add_villager(store, agent, f"备份后村民{i}")
    assert sync_station(station).pushed == 3
    restore(station, backup)  # the PC goes back to the backup: its outbox seqs will be reused
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        fresh = [add_villager(store, agent, f"恢复后村民{i}") for i in range(2)]

    report = sync_station(station)

    assert report.status == "ok" and report.pending == 0
    with open_hub(hub_dir) as hub_store:
        assert all(hub_store.get("villagers", v) is not None for v in fresh)
    assert set(station_op_ids(station)) <= set(hub_op_ids(hub_dir, "ZHUPO"))


class FastClock(Clock):
    """The real time, twenty minutes fast."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + timedelta(minutes=20)


def test_the_hub_learns_each_stations_versions_clock_skew_and_waiting_ops(hub, hub_dir, tmp_path):
    from station_app import __version__
    from station_app.store.schema import SCHEMA_VERSION

    folder = tmp_path / "fast"
    # Twenty minutes fast: not enough to clamp anything, enough to get dates wrong near midnight.
    clock = FastClock()
    with init_station(folder, "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")], clock=clock) as store:
        agent = list_agents(store)[0].id
        for i in range(30):
            add_villager(store, agent, f"村民{i}")
    enrol_offline(hub_dir, folder, "ZHUPO", hub.url)

    report = _engine_sync(folder, clock=clock, page_ops=20)

    assert report.status == "ok" and report.pending == 0
    assert "本机时间比镇中心快了20 分钟，请校准电脑的时间（办理期限按本机日期计算）" in report.warnings
    with open_hub(hub_dir) as hub_store:
        row = hub_store.one("SELECT * FROM hub_stations WHERE code = 'ZHUPO'")
    assert row["app_version"] == __version__ and row["schema_version"] == SCHEMA_VERSION
    assert row["protocol_version"] == PROTOCOL_VERSION and row["waiting_ops"] == 0
    assert 20 * 60 - 5 <= row["clock_skew_s"] <= 20 * 60 + 5, row["clock_skew_s"]


def test_a_station_within_a_minute_of_the_hub_hears_nothing_about_its_clock(hub, hub_dir, tmp_path):
    folder = tmp_path / "right"
    init_station(folder, "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
    enrol_offline(hub_dir, folder, "ZHUPO", hub.url)

    report = _engine_sync(folder)

    assert report.status == "ok" and not report.warnings
    with open_hub(hub_dir) as hub_store:
        assert abs(hub_store.scalar("SELECT clock_skew_s FROM hub_stations WHERE code = 'ZHUPO'")) < 60


def test_a_station_whose_reply_file_was_lost_finishes_over_the_network(hub, hub_dir, make_station, tmp_path):
    """The hub took the station's USB file but the reply never came back; later the
    station syncs over the network, a page at a time, while the hub is ahead of it."""
    from sync.hub.usb import import_at_hub
    from sync.station.usb import export_batch

    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        waiting = store.pending_outbox()
        export_batch(store, tmp_path / "batch.vsbatch")
    with open_hub(hub_dir) as hub_store:
        import_at_hub(hub_store, tmp_path / "batch.vsbatch", tmp_path / "lost.vsreply")

    report = _engine_sync(station, page_ops=300)

    assert report.status == "ok" and report.pending == 0 and report.pushed == waiting
    assert report.round_trips <= waiting // 300 + 3
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
