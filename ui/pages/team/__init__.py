"""人员值班 (the people): the station's agents and their posts, the duty log, and the
station's phone and opening hours."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ..base import Page
from .agents import AgentsTab
from .duty import DutyTab
from .profile import ProfileTab


class TeamPage(Page):
    key = "team"

    def title(self) -> str:
        return self.tr("人员值班")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.agents = AgentsTab(ctx, self)
        self.duty = DutyTab(ctx, self)
        self.profile = ProfileTab(ctx, self)
        self.tabs.addTab(self.agents, self.tr("代办员与岗位"))
        self.tabs.addTab(self.duty, self.tr("值班记录"))
        self.tabs.addTab(self.profile, self.tr("本站电话与开放时间"))
        self.layout_.addWidget(self.tabs, 1)

    def ready(self) -> bool:
        return self.agents.ready() and self.duty.ready() and self.profile.ready()

    def screenshot_variants(self) -> dict:
        return {"team_duty": lambda: self.tabs.setCurrentWidget(self.duty),
                "team_profile": lambda: self.tabs.setCurrentWidget(self.profile)}
