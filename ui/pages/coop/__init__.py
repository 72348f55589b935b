"""合作社 (the cooperative's desk): hand out farm supplies to member households, keep the
stock, the members' accounts until the harvest, and the technical services. A station
switches the desk on in Settings; until then the page says so and where."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget

from station_app import coop

from ...ops import read, write
from ..base import Page
from .accounts import AccountsTab
from .handout import HandOutTab
from .services import ServicesTab
from .stock import StockTab


class CoopPage(Page):
    key = "coop"

    def title(self) -> str:
        return self.tr("合作社")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.off = QLabel(self.tr("合作社服务台还没有开启。本村有合作社加入服务站的，可以在这里开启（也可在“设置”里开关）。"), self)
        self.off.setObjectName("hint")
        self.off.setWordWrap(True)
        self.turn_on = QPushButton(self.tr("开启合作社服务台"), self)
        self.turn_on.clicked.connect(self.switch_on)
        self.tabs = QTabWidget(self)
        self.handout = HandOutTab(ctx, self)
        self.stock = StockTab(ctx, self)
        self.accounts = AccountsTab(ctx, self)
        self.services = ServicesTab(ctx, self)
        self.tabs.addTab(self.handout, self.tr("发放农资"))
        self.tabs.addTab(self.stock, self.tr("库存"))
        self.tabs.addTab(self.accounts, self.tr("社员与账户"))
        self.tabs.addTab(self.services, self.tr("技术服务"))
        for widget in (self.off, self.turn_on):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.tabs, 1)
        self._enabled: bool | None = None
        self.db.watch(self, frozenset({"settings"}), self.refresh)
        self.refresh()

    def refresh(self, *_changes) -> None:
        read(self.db, coop.enabled, self._show, self)

    def _show(self, on: bool) -> None:
        self._enabled = on
        self.off.setVisible(not on)
        self.turn_on.setVisible(not on)
        self.tabs.setVisible(on)

    def switch_on(self) -> None:
        write(self.db, lambda store: coop.set_enabled(store, True), parent=self,
              on_done=lambda _: (self.ctx.say(self.tr("合作社服务台已开启")), self.refresh()))

    def ready(self) -> bool:
        return self._enabled is not None and all(tab.ready() for tab in (self.handout, self.stock, self.accounts,
                                                                          self.services))

    def screenshot_variants(self) -> dict:
        def tab(index):
            return lambda: self.tabs.setCurrentIndex(index)
        return {f"coop_{name}": tab(i) for i, name in enumerate(("handout", "stock", "accounts", "services"))
                if i > 0}

    def activated(self) -> None:
        self.handout.member.edit.setFocus()
