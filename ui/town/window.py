"""The town window: the station window's shell with the town's pages and staff login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from station_app.logs import start_logging

from ..context import AppContext, Station
from ..main_window import MainWindow
from ..worker import Database
from .login import StaffLoginDialog
from .pages import TOWN_PAGES


def open_town_context(folder: Path) -> AppContext:
    """The database worker on the hub folder; ``ctx.station`` carries the town's name."""
    from sync.hub_store import open_hub

    folder = Path(folder)
    db = Database(lambda: open_hub(folder))
    ctx = AppContext(db, data_dir=folder)
    db.run(lambda store, job: Station("TOWN", store.get_meta("town_name") or "", ""),
           lambda station: setattr(ctx, "station", station))
    return ctx


class TownWindow(MainWindow):
    def __init__(self, ctx: AppContext, lock_minutes: float | None = None):
        super().__init__(ctx, lock_minutes=lock_minutes, registry=TOWN_PAGES)

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("{0} · 镇中心").format(self.ctx.station.name))
        self.sync_label.setText(self.tr("镇中心数据：{0}").format(self.ctx.data_dir or ""))
        self.switch_button.setText(self.tr("换人"))
        self.switch_button.setToolTip(self.tr("换另一位工作人员登录"))
        self.lock_button.setText(self.tr("锁定"))
        self._show_agent()

    def attach_sync(self, controller) -> None:  # the hub has no sync of its own to show
        pass

    def _show_agent(self) -> None:
        self.agent_label.setText(self.tr("工作人员：{0}").format(self.ctx.agent_name or "—"))

    def _login(self, locked: bool) -> None:
        dialog = StaffLoginDialog(self.ctx.db, self.ctx.station.name, locked=locked, parent=self)
        if dialog.exec() and dialog.staff:
            self.ctx.set_agent(dialog.staff["id"], dialog.staff["name"])
        self.lock.timer.start()


def run(folder: Path) -> int:
    from .. import app as app_module

    app = app_module.make_app()
    start_logging(folder, "town")
    app_module.install_error_dialog()
    ctx = open_town_context(folder)
    app_module.wait_idle(ctx.db)
    if ctx.db.open_error is not None:
        from PySide6.QtWidgets import QMessageBox

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
    window.show()
    window.activateWindow()  # keys (F1…) reach it at once after the login dialog closes
    code = app.exec()
    ctx.db.close()
    return code
