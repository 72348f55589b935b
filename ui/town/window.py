"""The town window: the station window's shell with the town's pages and staff login
(opened by ``boot.run_town``)."""

from __future__ import annotations

from ..context import AppContext
from pathlib import Path

from ..main_window import MainWindow, window_title
from .login import StaffLoginDialog
from .pages import TOWN_PAGES


class TownWindow(MainWindow):
    def __init__(self, ctx: AppContext, lock_minutes: float | None = None):
        super().__init__(ctx, lock_minutes=lock_minutes, registry=TOWN_PAGES)

    def _texts(self) -> None:
        self.setWindowTitle(window_title(self.ctx.station.name, self.tr("镇中心")))
        self.sync_label.setText(self.tr("镇中心数据：{0}").format(Path(self.ctx.data_dir).name if self.ctx.data_dir else ""))
        self.sync_label.setToolTip(str(self.ctx.data_dir or ""))
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

