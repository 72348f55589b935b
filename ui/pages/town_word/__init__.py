"""通知来信 (word both ways with the town): every town notice, read or not, printable for
the notice board; and the station's letters to the town with the town's answers."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ..base import Page
from .letters import LettersTab
from .notices import NoticesTab


class TownWordPage(Page):
    key = "town_word"

    def title(self) -> str:
        return self.tr("通知来信")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.notices = NoticesTab(ctx, self)
        self.letters = LettersTab(ctx, self)
        self.tabs.addTab(self.notices, self.tr("镇中心通知"))
        self.tabs.addTab(self.letters, self.tr("给镇里写信"))
        self.letters.unread_changed.connect(self._unread)
        self.tabs.currentChanged.connect(lambda _: self._looked())
        self.layout_.addWidget(self.tabs, 1)

    def _unread(self, count: int) -> None:
        self.tabs.setTabText(1, self.tr("给镇里写信（{0} 条新回复）").format(count) if count else self.tr("给镇里写信"))
        if count and self.isVisible() and self.tabs.currentWidget() is self.letters:
            self.letters.opened()

    def _looked(self) -> None:
        if self.tabs.currentWidget() is self.letters:
            self.letters.opened()

    def activated(self) -> None:
        self._looked()

    def ready(self) -> bool:
        return self.notices.ready() and self.letters.ready()

    def screenshot_variants(self) -> dict:
        return {"town_word_letters": lambda: self.tabs.setCurrentWidget(self.letters)}
