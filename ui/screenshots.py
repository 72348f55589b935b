"""``station-app screenshots``: render every page and the main dialogs to PNG, offscreen.

One file per page, named after the page's key, made from the data in the data folder:
how we (and the README) see what an agent sees.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)  # a village office's screen; --size renders 1280x720, 1024x768…


def settle(until=lambda: True, timeout_ms: int = 20_000) -> None:
    """Let queued jobs and paints finish (until ``until()`` holds or the timeout)."""
    app = QApplication.instance()
    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.AllEvents, 30)
        if until():
            break
    for _ in range(5):
        app.processEvents(QEventLoop.AllEvents, 30)


def grab(widget: QWidget, target: Path) -> Path:
    widget.grab().save(str(target), "PNG")
    return target


def take(folder: Path, out: Path, language: str | None = None, size: tuple[int, int] = SIZE) -> list[Path]:
    screen = None
    if "QT_QPA_PLATFORM" not in os.environ:
        screen = _screen_of(size)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    from station_app import agents

    from . import i18n
    from .boot import make_app, open_context, wait_idle
    from .dialogs.login import LoginDialog
    from .main_window import MainWindow

    app = make_app()
    if screen is not None:
        shutil.rmtree(screen.parent, ignore_errors=True)  # read as the application started
    if language:
        i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    from sync.hub.store import is_hub

    if is_hub(folder):  # a hub's folder: the town window's pages
        return _town(folder, out, size)
    ctx = open_context(folder)
    wait_idle(ctx.db)
    people = []
    ctx.db.run(lambda store, job: agents.list_agents(store), people.extend)
    wait_idle(ctx.db)
    ctx.set_agent(people[0].id, people[0].name)
    from .sync_controller import SyncController

    ctx.sync = SyncController(ctx, auto=False)  # shows the sync state; no network while rendering
    settle(lambda: ctx.sync.worker.idle())
    window = MainWindow(ctx, lock_minutes=24 * 60)
    window.resize(*size)
    window.show()
    written = _pages(window, ctx.db, out)
    written.append(_dialog_shot(LoginDialog(ctx.db, ctx.station.name), ctx.db, out / "login.png"))
    written.extend(_dialogs(window, out))
    window.close()
    ctx.sync.close()
    ctx.db.close()
    written.append(_wizard(out))
    return written


def _screen_of(size: tuple[int, int]) -> Path:
    """An offscreen screen of ``size`` (Qt's own is 800×800): dialogs sized to the screen
    they open on (``fitting.fit_to_screen``) are drawn as that village screen shows them."""
    config = Path(tempfile.mkdtemp(prefix="station-shots-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "village", "width": size[0], "height": size[1]}]}))
    return config


def _pages(window, db, out: Path) -> list[Path]:
    """Every page of a window, each once its data is shown, plus the variants a page offers
    (``page.screenshot_variants() -> {name: show}``, e.g. a chart tab)."""
    written = []
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        settle(lambda: db.idle() and page.ready())
        written.append(grab(window, out / f"{key}.png"))
        for name, show in getattr(page, "screenshot_variants", dict)().items():
            show()
            settle()
            written.append(grab(window, out / f"{name}.png"))
    return written


def _dialog_shot(dialog, db, target: Path) -> Path:
    dialog.show()
    settle(db.idle)
    grab(dialog, target)
    dialog.close()
    return target


def _dialogs(window, out: Path) -> list[Path]:
    """Each page may offer dialogs worth a picture: ``page.screenshot_dialogs()`` -> {name: widget}."""
    written = []
    for page in window.pages.values():
        for name, dialog in getattr(page, "screenshot_dialogs", lambda: {})().items():
            dialog.show()
            settle(page.db.idle)
            written.append(grab(dialog, out / f"{name}.png"))
            dialog.close()
    return written


def _wizard(out: Path) -> Path:
    from .dialogs.wizard import SetupWizard

    with tempfile.TemporaryDirectory() as tmp:
        wizard = SetupWizard(Path(tmp) / "new")
        wizard.resize(900, 640)
        wizard.show()
        settle()
        target = grab(wizard, out / "wizard.png")
        wizard.close()
    return target


def _town(folder: Path, out: Path, size: tuple[int, int] = SIZE) -> list[Path]:
    from sync.town.staff import list_staff

    from .boot import open_town_context, wait_idle
    from .town.login import StaffLoginDialog
    from .town.window import TownWindow

    ctx = open_town_context(folder)
    wait_idle(ctx.db)
    staff = []
    ctx.db.run(lambda store, job: list_staff(store), staff.extend)
    wait_idle(ctx.db)
    if staff:
        ctx.set_agent(staff[0]["id"], staff[0]["name"])
    window = TownWindow(ctx, lock_minutes=24 * 60)
    window.resize(*size)
    window.show()
    written = _pages(window, ctx.db, out)
    written.append(_dialog_shot(StaffLoginDialog(ctx.db, ctx.station.name), ctx.db, out / "town_login.png"))
    window.close()
    ctx.db.close()
    return written
