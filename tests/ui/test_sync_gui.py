"""The window's side of sync, against a real hub process on 127.0.0.1: enrol from Settings,
sync now from the Sync page, stay whole when the hub is gone, carry a USB file."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_support import HubProcess, station_hub  # noqa: E402

from station_app.station import open_station  # noqa: E402
from station_app.stats import station_stats  # noqa: E402
from sync.hub.store import open_hub  # noqa: E402
from sync.hub.usb import import_at_hub  # noqa: E402
from ui.pages.settings import SettingsPage  # noqa: E402
from ui.pages.sync import SyncPage  # noqa: E402
from ui.sync_controller import SyncController  # noqa: E402
from ui.sync_status import status_line  # noqa: E402


@pytest.fixture
def hub(tmp_path):
    folder = tmp_path / "hub"
    station_hub("init", "--data-dir", folder, "--town-name", "小浪底镇")
    code = station_hub("station", "add", "--data-dir", folder, "--code", "ZHUPO",
                       "--name", "朱坡村便民服务站").stdout.strip().splitlines()[-1]
    process = HubProcess(folder).start()
    yield process, code
    process.stop()


@pytest.fixture
def syncing(ctx):
    ctx.sync = SyncController(ctx, auto=False)
    yield ctx.sync
    ctx.sync.close()


def hub_stats(hub_dir: Path) -> dict:
    with open_hub(hub_dir) as store:
        return station_stats(store, station_code="ZHUPO", pending_outbox=0)


def test_enrol_in_settings_then_sync_now_reaches_the_hub(qtbot, ctx, syncing, hub, demo_folder):
    process, code = hub
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    qtbot.waitUntil(settings.ready)
    settings.hub_url.setText(process.url)
    settings.enrol_code.setText(code)
    settings.enrol_button.click()
    qtbot.waitUntil(lambda: syncing.state.get("enrolled") is True, timeout=15_000)

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=15_000)  # a loaded CI machine: not 5 s
    seen: list[dict] = []
    syncing.state_changed.connect(seen.append)
    page.sync_button.click()
    qtbot.waitUntil(lambda: syncing.state.get("phase") == "synced", timeout=60_000)
    # "synced" arrives together with the waiting count the sync left, never beside the old one.
    assert [s["pending"] for s in seen if s["phase"] == "synced"][0] == 0
    assert syncing.state["pending"] == 0
    assert "已同步" in status_line(syncing.state)
    with open_station(demo_folder) as store:
        mine = station_stats(store, pending_outbox=0)
    assert mine == hub_stats(process.data_dir)


def test_an_unreachable_hub_leaves_everything_waiting(qtbot, ctx, syncing, demo_folder):
    port = socket.socket()
    port.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{port.getsockname()[1]}"
    port.close()
    with open_station(demo_folder) as store:
        with store.transaction():
            store.set_meta("sync_secret", "not-a-real-secret")
            store.set_meta("sync_hub_url", closed)
        before = store.pending_outbox()
    syncing.refresh()
    qtbot.waitUntil(lambda: syncing.state.get("enrolled") is True)
    syncing.sync()
    qtbot.waitUntil(lambda: syncing.state.get("phase") == "offline", timeout=30_000)
    assert syncing.state["pending"] == before
    assert status_line(syncing.state).startswith("离线")


def test_usb_export_at_the_hub_and_reply_import(qtbot, ctx, syncing, tmp_path, demo_folder):
    hub_dir = tmp_path / "hub-usb"
    station_hub("init", "--data-dir", hub_dir, "--town-name", "小浪底镇")
    enrol = tmp_path / "enrol.json"
    station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村", "--enrol-file", enrol)
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.enrol_file(str(enrol))
    qtbot.waitUntil(lambda: syncing.state.get("enrolled") is True, timeout=15_000)

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    batch, reply = tmp_path / "zhupo.vsbatch", tmp_path / "zhupo.vsreply"
    page.export_usb(str(batch))
    qtbot.waitUntil(lambda: batch.exists() and syncing.worker.idle(), timeout=15_000)
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, batch, reply)
    syncing.import_reply(reply, lambda got: None, pytest.fail)
    qtbot.waitUntil(lambda: syncing.worker.idle() and syncing.state.get("pending") == 0, timeout=15_000)
    with open_station(demo_folder) as store:
        mine = station_stats(store, pending_outbox=0)
    assert mine == hub_stats(hub_dir)
    assert json.loads(json.dumps(mine))["payments"]["count"] > 0
