"""The inbox's review before import, and what the Stations page shows of each station's
clock and versions, on a small demo town (network pages go through ``exchange`` as the
hub service would send them there)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from station_app import __version__
from station_app.agents import list_agents
from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from station_app.villagers import add_villager
from sync.hub.apply import exchange
from sync.hub.store import open_hub
from sync.protocol import PROTOCOL_VERSION
from sync.station.state import push_page, settings, unacked_rows
from sync.town.demo import STATIONS_DIR

from gui_helpers import hub_rows, show_page


def _network_push(town_folder, code: str, names: list[str], sent_at: datetime | None = None) -> dict:
    """A station adds villagers and sends them as the HTTP client would."""
    with open_station(town_folder / STATIONS_DIR / code) as store:
        agent = list_agents(store)[0].id
        for name in names:
            add_villager(store, agent, name)
        s = settings(store)
        page = push_page(unacked_rows(store), s.station, s.acked)
    request = {"station": code, "push": page, "pull": None, "protocol_version": PROTOCOL_VERSION,
               "schema_version": SCHEMA_VERSION, "app_version": __version__, "waiting": 0,
               "sent_at": (sent_at or datetime.now(timezone.utc)).isoformat()}
    with open_hub(town_folder) as hub:
        return exchange(hub, code, request)


def test_review_holds_network_batches_until_staff_import_them(qtbot, town_ctx, town_folder):
    from ui.town.pages.inbox import InboxPage

    page = show_page(qtbot, town_ctx, InboxPage)
    assert not page.review_box.isChecked()  # off by default
    page.review_box.setChecked(True)
    qtbot.waitUntil(lambda: town_ctx.db.idle(), timeout=10_000)
    assert hub_rows(town_folder, "SELECT value FROM meta WHERE key = 'review_network_batches'")[0]["value"] == "1"

    reply = _network_push(town_folder, "ZHUPO", ["赵春梅", "钱夏雨"])
    assert reply["push"]["held"] >= 2 and not hub_rows(town_folder, "SELECT 1 FROM villagers WHERE name = '赵春梅'")

    page.model.reload()
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready() and page.held == 1, timeout=10_000)
    assert page.model.data(page.model.index(0, 5)) == "⏳ 待审核"
    assert "1" in page.import_all_button.text() and "1 批待审核" in page.review_state.text()
    page.list.table.selectRow(0)
    assert "等待审核" in page.detail.text()

    page.import_selected()
    qtbot.waitUntil(lambda: getattr(page, "last_result", None) is not None and town_ctx.db.idle() and page.ready(),
                    timeout=10_000)

    assert page.last_result["batches"] == 1 and page.last_result["applied"] >= 2
    assert {r["name"] for r in hub_rows(town_folder, "SELECT name FROM villagers WHERE name IN ('赵春梅', '钱夏雨')")} \
        == {"赵春梅", "钱夏雨"}
    batch = hub_rows(town_folder, "SELECT outcome, reviewed_by FROM hub_batches WHERE via = 'http'")[0]
    assert batch == {"outcome": "ok", "reviewed_by": town_ctx.agent_name}
    assert page.held == 0 and "没有待审核" in page.review_state.text()
    page.import_all()  # nothing to import: said, not silently ignored
    assert "没有待审核的数据" in page.review_state.text()


def test_stations_page_shows_clock_skew_versions_and_waiting_ops(qtbot, town_ctx, town_folder):
    from ui.town.pages.stations import StationsPage

    _network_push(town_folder, "ZHUPO", ["孙秋菊"], sent_at=datetime.now(timezone.utc) + timedelta(minutes=25))
    _network_push(town_folder, "SHIMEN", ["周冬生"])
    page = show_page(qtbot, town_ctx, StationsPage)
    headers = [page.model.headerData(i, Qt.Horizontal, Qt.DisplayRole) for i in range(page.model.columnCount())]
    clock, version = headers.index("时钟"), headers.index("程序版本")

    def cell(code: str, column: int) -> str:
        row = next(i for i, r in enumerate(page.model.rows) if r["code"] == code)
        return page.model.data(page.model.index(row, column))

    assert cell("ZHUPO", clock) == "⚠ 快 25 分钟"
    assert cell("SHIMEN", clock) == "准"
    assert cell("ZHUPO", version) == f"{__version__} · v{SCHEMA_VERSION}"
    assert page.select_station("ZHUPO") and "快 25 分钟" in page.chosen.text()


def test_inbox_buttons_with_nothing_to_do_say_why(qtbot, town_ctx):
    from ui.town.pages.inbox import InboxPage

    page = show_page(qtbot, town_ctx, InboxPage)
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready())
    said = []
    town_ctx.status_message.connect(said.append)
    assert page.import_held_button.isEnabled() and page.import_all_button.isEnabled()
    qtbot.mouseClick(page.import_held_button, Qt.LeftButton)
    assert "没有待审核" in page.review_state.text() and said
    qtbot.mouseClick(page.import_all_button, Qt.LeftButton)
    assert len(said) == 2 and "没有待审核" in said[-1]
