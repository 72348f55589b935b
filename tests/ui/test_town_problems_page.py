"""拒收与冲突 page: a rejection is listed, a note is required next to the field, and a
settled one leaves the open list and reaches the station on its next sync."""

from __future__ import annotations

from station_app.station import open_station
from sync.station.state import open_problems
from sync.town.demo import STATIONS_DIR, usb_sync

from gui_helpers import click, hub_rows, show_page
from town_support import send_a_foreign_record


def test_settling_a_rejection_needs_a_note_and_reaches_the_station(qtbot, town_ctx, town_folder, tmp_path):
    from ui.town.pages.problems import ProblemsPage

    station_dir = town_folder / STATIONS_DIR / "ZHUPO"
    send_a_foreign_record(town_folder, station_dir, tmp_path)
    page = show_page(qtbot, town_ctx, ProblemsPage)

    def rejection_row() -> int | None:
        found = [i for i, r in enumerate(page.model.rows) if r["kind"] == "rejection"]
        return found[0] if found else None

    index = rejection_row()
    row = page.model.rows[index]
    assert [page.model.data(page.model.index(index, c)) for c in (2, 3, 4)] == ["拒收", "接待", "⚠ 未处理"]
    assert page.select_problem(row["id"]) and "SHIMEN" in page.chosen.text()

    page.resolve()  # no note: refused next to the field, nothing written
    qtbot.waitUntil(lambda: not page.form.errors["resolution"].isHidden(), timeout=10_000)
    assert "处理说明" in page.form.errors["resolution"].text()
    assert hub_rows(town_folder, "SELECT resolved_at FROM sync_problems WHERE id = ?", (row["id"],))[0]["resolved_at"] \
        is None

    page.resolution.insert("已电话联系朱坡村，重新登记")
    page.resolve()
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready() and rejection_row() is None, timeout=10_000)
    settled = hub_rows(town_folder, "SELECT p.resolved_at, h.resolved_by, h.resolution FROM sync_problems p"
                                    " JOIN hub_problem_stations h ON h.problem_id = p.id WHERE p.id = ?", (row["id"],))[0]
    assert settled["resolved_by"] == town_ctx.agent_name and settled["resolution"] == "已电话联系朱坡村，重新登记"

    click(qtbot, next(b for b in page.list.chips.buttons() if b.property("code") == "resolved"))
    qtbot.waitUntil(lambda: town_ctx.db.idle() and page.ready() and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.rows[0]["id"] == row["id"] and page.model.data(page.model.index(0, 4)).startswith("✓")

    work = tmp_path / "usb"
    work.mkdir()
    usb_sync(town_folder, station_dir, work)
    with open_station(station_dir) as store:
        assert row["id"] not in {p["id"] for p in open_problems(store)}
