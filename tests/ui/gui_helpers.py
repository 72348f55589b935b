"""Plain helpers shared by the GUI tests (fixtures live in conftest.py).

Importable from any test in tests/ui as ``from gui_helpers import ...``: pytest puts the
test file's folder on sys.path."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from station_app.station import init_station, open_station

STATION_CODE = "ZHUPO"
STATION_NAME = "朱坡村便民服务站"
STATION_PHONE = "0379-67900856"
AGENTS = [("王秀英", "1234"), ("李建国", "5678")]  # name, PIN


def new_station(folder, **kwargs):
    """A fresh 朱坡村 station with its two agents; returns the open store (close it)."""
    return init_station(folder, STATION_CODE, STATION_NAME, AGENTS, **kwargs)


def open_ctx(folder, agent_name="王秀英"):
    """The window's context on `folder`, its worker idle, `agent_name` on duty."""
    from station_app.agents import find_agent
    from ui.boot import open_context, wait_idle

    ctx = open_context(folder)
    wait_idle(ctx.db)
    with open_station(folder) as store:
        agent = find_agent(store, agent_name)
    ctx.set_agent(agent.id, agent.name)
    return ctx


def show_page(qtbot, ctx, page_class, activate=False):
    """A page on `ctx`, shown at 1200x760 once the worker is idle and the page is ready."""
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: ctx.db.idle() and page.ready())
    if activate:
        page.activated()
    return page


def type_text(widget, text: str) -> None:
    """Type like a person (or an IME committing characters): QTest only knows ASCII keys."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, 0, Qt.NoModifier, ch))


def stored(folder, sql: str, params=()) -> list[dict]:
    """Rows from the station's store, read on a second connection (WAL lets it read alongside the worker)."""
    with open_station(folder) as store:
        return [dict(r) for r in store.all(sql, params)]


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def click_row(qtbot, panel, row: int, column: int = 0) -> None:
    rect = panel.table.visualRect(panel.model.index(row, column))
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())


def hub_rows(folder, sql, params=()):
    """Rows from a town hub's store, read the way the test would check them by hand."""
    from sync.hub.store import open_hub

    with open_hub(folder) as hub:
        return [dict(r) for r in hub.all(sql, params)]
