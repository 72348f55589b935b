"""Opening a window: language and look, the error dialog, the log, the first-run wizard,
login, then the station window or the town window (on the hub's folder). The one place
both windows start from."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from station_app.backup import backup_if_due
from station_app.logs import current_log, log, start_logging
from station_app.paths import data_dir
from station_app.settings import TOWN_NAME
from station_app.station import awaiting_agents, identity, is_initialised, open_station

from . import i18n
from .context import AppContext, Station
from .dialogs.login import LoginDialog
from .style import apply_style
from .worker import Database


def make_app(folder: Path | None = None) -> QApplication:
    """The application, in the language chosen for ``folder`` (Chinese for a new one)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("station-app")
    app.setOrganizationName("village-station")
    i18n.install(app, folder=folder)
    apply_style(app)
    return app


def open_context(folder: Path) -> AppContext:
    """Start the database worker on an existing station and read who the station is."""
    db = Database(lambda: open_station(folder))
    ctx = AppContext(db, data_dir=Path(folder))
    db.run(lambda store, job: Station(**identity(store)), lambda station: setattr(ctx, "station", station))
    return ctx


def open_town_context(folder: Path) -> AppContext:
    """The database worker on the hub folder; ``ctx.station`` carries the town's name."""
    from sync.hub.store import open_hub

    folder = Path(folder)
    db = Database(lambda: open_hub(folder))
    ctx = AppContext(db, data_dir=folder)
    db.run(lambda store, job: Station("TOWN", TOWN_NAME.get(store) or "", ""),
           lambda station: setattr(ctx, "station", station))
    return ctx


def wait_idle(db: Database, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    app = QApplication.instance()
    while not db.idle() and not deadline.hasExpired():
        app.processEvents(QEventLoop.AllEvents, 50)


def install_error_dialog() -> None:
    """An error nobody planned for is written to the log with its traceback and shown in
    words, with the log file to send to the town, instead of a traceback on a console
    that a packaged Windows program does not have. The window stays open."""

    def show(kind, err, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, err, tb)
            return
        log.error("unexpected error in the window", exc_info=(kind, err, tb))
        where = current_log()
        text = QApplication.translate("app", "程序出了意外的错误：{0}").format(f"{kind.__name__}: {err}")
        if where:
            text += "\n\n" + QApplication.translate("app", "详细情况已记在日志文件里，请把它发给镇便民服务中心：\n{0}").format(
                where)
        QMessageBox.critical(QApplication.activeWindow(), QApplication.translate("app", "出错了"), text)

    sys.excepthook = show
    threading.excepthook = lambda hook: log.error(
        "unexpected error in thread %s", hook.thread.name if hook.thread else "?",
        exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback))


def backup_said(path) -> str:
    """The status bar names the backup file, not its whole path (Settings lists where)."""
    return QApplication.translate("app", "已自动备份（{0}）").format(Path(path).name)


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why no window can open here, in one line, or None. Without a display Qt prints an
    xcb message and aborts; an agent (or whoever ran ``make run`` over SSH) gets this instead."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("没有可用的显示器（DISPLAY 没有设置）：请在电脑的桌面上打开程序；"
            "在没有屏幕的机器上可以用 station-app screenshots 生成截图。")


def run_window(args) -> int:
    """``station-app`` with no command: the wizard on a new machine, else the town window on
    a hub's folder, else the station window."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    make_app()
    folder = data_dir(getattr(args, "window_data_dir", None))
    from sync.hub.store import is_hub

    start_logging(folder, "town" if is_hub(folder) else "station")
    install_error_dialog()

    resume = is_initialised(folder) and awaiting_agents(folder)
    if resume or (not is_initialised(folder) and not is_hub(folder)):
        from .dialogs.wizard import SetupWizard

        wizard = SetupWizard(folder, resume_takeover=resume)
        if wizard.exec() != QDialog.Accepted:
            return 0
    if is_hub(folder):  # the town service centre's PC: the town window
        return run_town(folder)
    return run_station(folder)


def run_station(folder: Path) -> int:
    from .main_window import MainWindow

    app = make_app(folder)
    ctx = open_context(folder)
    wait_idle(ctx.db)
    if not ctx.station.code:
        QMessageBox.critical(None, "station-app", app.translate("app", "无法打开数据文件：{0}").format(folder))
        return 1
    login = LoginDialog(ctx.db, ctx.station.name)
    if login.exec() != QDialog.Accepted or login.agent is None:
        ctx.db.close()
        return 0
    ctx.come_on_duty(login.agent.id, login.agent.name, "login")
    ctx.db.run(lambda store, job: backup_if_due(Path(folder)), lambda path: path and ctx.say(
        backup_said(path)))
    window = MainWindow(ctx)
    window.show_on_screen()
    window.activateWindow()  # keys (F1…) reach it at once after the login dialog closes

    def start_sync() -> None:  # after the first paint: sync's imports are not on the agent's wait
        from .sync_controller import SyncController

        ctx.sync = SyncController(ctx)
        window.attach_sync(ctx.sync)

    def start_messaging() -> None:
        from .messaging import MessagingController

        ctx.messaging = MessagingController(ctx)

    QTimer.singleShot(0, start_sync)
    QTimer.singleShot(0, start_messaging)
    code = app.exec()
    if ctx.messaging is not None:
        ctx.messaging.close()
    if ctx.sync is not None:
        ctx.sync.close()
    ctx.db.close()
    return code


def run_town(folder: Path) -> int:
    from .town.login import StaffLoginDialog
    from .town.window import TownWindow

    app = make_app(folder)
    start_logging(folder, "town")
    install_error_dialog()
    ctx = open_town_context(folder)
    wait_idle(ctx.db)
    if ctx.db.open_error is not None:
        QMessageBox.critical(None, "station-app", QApplication.translate("app", "无法打开镇中心数据：{0}").format(
            getattr(ctx.db.open_error, "message", None) or ctx.db.open_error))
        ctx.db.close()
        return 1
    login = StaffLoginDialog(ctx.db, ctx.station.name)
    if not login.exec() or not login.staff:
        ctx.db.close()
        return 0
    ctx.set_agent(login.staff["id"], login.staff["name"])
    window = TownWindow(ctx)
    window.show_on_screen()
    window.activateWindow()  # keys (F1…) reach it at once after the login dialog closes
    code = app.exec()
    ctx.db.close()
    return code
