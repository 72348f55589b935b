"""The setup wizard's "这台电脑接替原来的服务站": a new PC gets the station back from the hub,
over the network with a progress bar, or by one USB round, and resumes if stopped."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_support import HubProcess, enrol_offline, station_hub, sync_station  # noqa: E402

from station_app.agents import needs_pin  # noqa: E402
from station_app.station import awaiting_agents, open_station  # noqa: E402
from station_app.stats import station_stats  # noqa: E402
from sync.hub.store import open_hub  # noqa: E402
from sync.hub.usb import import_at_hub  # noqa: E402
from sync.station.enrolment import take_over  # noqa: E402
from sync.station.usb import export_batch, import_reply  # noqa: E402
from ui.dialogs.wizard import SetupWizard  # noqa: E402


def _counts(folder: Path) -> dict:
    with open_station(folder) as store:
        figures = station_stats(store)
    figures.pop("outbox")
    return figures


@pytest.fixture
def hub_dir(tmp_path):
    folder = tmp_path / "hub"
    station_hub("init", "--data-dir", folder, "--town-name", "小浪底镇")
    return folder


def _reissue(hub_dir: Path, enrol_file: Path | None = None) -> str:
    extra = ["--enrol-file", enrol_file] if enrol_file else []
    return station_hub("station", "add", "--data-dir", hub_dir, "--code", "ZHUPO", "--name", "朱坡村便民服务站",
                       "--reissue", *extra).stdout.strip().splitlines()[-1]


def _choose_takeover(qtbot, wizard: SetupWizard) -> None:
    wizard.show()
    wizard.welcome.takeover.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.takeover


def test_a_new_pc_takes_over_over_the_network_with_a_progress_bar(qtbot, gui, demo_folder, hub_dir, tmp_path):
    process = HubProcess(hub_dir).start()
    try:
        enrol_offline(hub_dir, demo_folder, "ZHUPO", process.url)
        assert sync_station(demo_folder).status == "ok"
        code = _reissue(hub_dir)
        folder = tmp_path / "new-pc"
        wizard = SetupWizard(folder)
        qtbot.addWidget(wizard)
        _choose_takeover(qtbot, wizard)
        wizard.next()  # nothing filled in: refused next to the field
        assert wizard.currentPage() is wizard.takeover and "镇中心地址" in wizard.takeover.form.errors["hub_url"].text()
        wizard.takeover.url.setText(process.url)
        wizard.takeover.station.setText("zhupo")
        wizard.takeover.code.setText(code)
        seen = []
        wizard.recover.bar.valueChanged.connect(seen.append)
        wizard.next()

        qtbot.waitUntil(lambda: wizard.recover.done, timeout=60_000)
        assert not wizard.button(QWizard.BackButton).isVisible() and not wizard.button(QWizard.CancelButton).isVisible()
        assert wizard.button(QWizard.FinishButton).isEnabled() and "已取回本站的" in wizard.recover.status.text()
        assert len(seen) > 1  # the bar moved as pages came back
        wizard.accept()
    finally:
        process.stop()
    assert _counts(folder) == _counts(demo_folder)
    with open_station(folder) as store:
        assert sorted(a.name for a in needs_pin(store)) == ["李建国", "王秀英"]


def test_a_new_pc_takes_over_by_one_usb_round(qtbot, gui, demo_folder, hub_dir, tmp_path):
    enrol_offline(hub_dir, demo_folder, "ZHUPO", None)
    with open_station(demo_folder) as store:
        export_batch(store, tmp_path / "old.vsbatch")
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, tmp_path / "old.vsbatch", tmp_path / "old.vsreply")
    with open_station(demo_folder) as store:
        import_reply(store, tmp_path / "old.vsreply")
    _reissue(hub_dir, tmp_path / "enrol.json")
    folder = tmp_path / "new-pc"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    _choose_takeover(qtbot, wizard)
    wizard.takeover.pick_file = lambda: str(tmp_path / "enrol.json")
    wizard.takeover._choose_file()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.recover.export_button.isVisible(), timeout=20_000)

    wizard.recover.save_path = lambda: str(tmp_path / "new.vsbatch")
    wizard.recover.export_file()
    qtbot.waitUntil(lambda: (tmp_path / "new.vsbatch").exists())
    with open_hub(hub_dir) as hub:  # at the town
        import_at_hub(hub, tmp_path / "new.vsbatch", tmp_path / "new.vsreply")
    wizard.recover.open_path = lambda: str(tmp_path / "new.vsreply")
    wizard.recover.import_file()

    qtbot.waitUntil(lambda: wizard.recover.done, timeout=20_000)
    wizard.accept()
    assert _counts(folder) == _counts(demo_folder)


def test_a_takeover_stopped_before_the_agents_came_back_resumes_in_the_wizard(qtbot, gui, demo_folder, hub_dir,
                                                                               tmp_path):
    enrol_offline(hub_dir, demo_folder, "ZHUPO", None)
    with open_station(demo_folder) as store:
        export_batch(store, tmp_path / "old.vsbatch")
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, tmp_path / "old.vsbatch", tmp_path / "old.vsreply")
    _reissue(hub_dir, tmp_path / "enrol.json")
    folder = tmp_path / "new-pc"
    take_over(folder, enrol_file=tmp_path / "enrol.json").close()  # then the PC was switched off
    assert awaiting_agents(folder)
    assert json.loads((tmp_path / "enrol.json").read_text(encoding="utf-8"))["last_applied"] > 0

    wizard = SetupWizard(folder, resume_takeover=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.recover
    qtbot.waitUntil(lambda: wizard.recover.import_button.isVisible(), timeout=20_000)
    wizard.recover.save_path = lambda: str(tmp_path / "new.vsbatch")
    wizard.recover.export_file()
    qtbot.waitUntil(lambda: (tmp_path / "new.vsbatch").exists())
    with open_hub(hub_dir) as hub:
        import_at_hub(hub, tmp_path / "new.vsbatch", tmp_path / "new.vsreply")
    wizard.recover.open_path = lambda: str(tmp_path / "new.vsreply")
    wizard.recover.import_file()
    qtbot.waitUntil(lambda: wizard.recover.done, timeout=20_000)
    wizard.accept()
    assert not awaiting_agents(folder)
