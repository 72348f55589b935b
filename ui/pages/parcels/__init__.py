"""快递 (parcels): the day's figures on top, and one tab per job at the counter.

入库 (check-in, scanner first), 在架 / 取件 (release), 寄件 (outgoing), and 超期 · 退回 ·
问题件. Alt+1 … Alt+4 switch tabs; each tab puts the focus where the next input goes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget

from station_app import parcels

from ...ops import read
from ..base import Page
from .checkin import CheckInTab
from .outgoing import OutgoingTab
from .problems import ProblemsTab
from .release import ReleaseTab


class ParcelsPage(Page):
    key = "parcels"

    def title(self) -> str:
        return self.tr("快递")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.counts: dict | None = None
        figures = QHBoxLayout()  # on the title's line: the tabs get the height
        figures.setSpacing(28)
        self.layout_.removeWidget(self.title_label)
        figures.addWidget(self.title_label)
        figures.addSpacing(12)
        self.figures: dict[str, QLabel] = {}
        for key in ("in", "out", "in_stock", "overdue", "sent"):
            label = QLabel("…", self)
            label.setWordWrap(True)  # caption over figure when the screen is narrow: never wider than it
            figures.addWidget(label)
            self.figures[key] = label
        figures.addStretch(1)
        self.layout_.insertLayout(0, figures)
        self.tabs = QTabWidget(self)
        self.checkin = CheckInTab(self)
        self.release = ReleaseTab(self)
        self.outgoing = OutgoingTab(self)
        self.problems = ProblemsTab(self)
        for tab, label in ((self.checkin, self.tr("入库(&1)")), (self.release, self.tr("在架 / 取件(&2)")),
                           (self.outgoing, self.tr("寄件(&3)")), (self.problems, self.tr("超期 · 退回 · 问题件(&4)"))):
            self.tabs.addTab(tab, label)
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.db.watch(self, {"parcels", "parcels_out"}, self.refresh)  # the day's figures
        self.refresh()

    # -- the day's figures --------------------------------------------------------------------
    def refresh(self) -> None:
        read(self.db, lambda store: parcels.daily_counts(store), self._show_counts, self)

    def _figure(self, number: int, caption: str, warn: bool = False) -> str:
        mark = "⚠ " if warn else ""
        colour = "#b00020" if warn else "#0b5394"
        return (f"<span style='font-size:13pt'>{mark}{caption}</span> "
                f"<span style='font-size:22pt;font-weight:bold;color:{colour}'>{number}</span>")

    def _show_counts(self, counts: dict) -> None:
        self.counts = counts
        f = self.figures
        f["in"].setText(self._figure(counts["in"], self.tr("今日入库")))
        f["out"].setText(self._figure(counts["out"], self.tr("今日取出")))
        f["in_stock"].setText(self._figure(counts["in_stock"], self.tr("在架")))
        f["overdue"].setText(self._figure(counts["overdue"], self.tr("超期"), warn=counts["overdue"] > 0))
        f["sent"].setText(self._figure(counts["sent"], self.tr("今日寄件")))

    # -- which lists follow the store ---------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        self._follow_store()
        self.tabs.currentWidget().activated()

    def _follow_store(self) -> None:
        """Only the lists on screen reload after a write; the others catch up when shown."""
        shown = self.isVisible()
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            for model in tab.models:
                model.set_active(shown and tab is self.tabs.currentWidget())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_store()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._follow_store()

    # -- page protocol ------------------------------------------------------------------------------
    def activated(self) -> None:
        self._follow_store()
        self.tabs.currentWidget().activated()

    def show_tab(self, tab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.activated()

    def ready(self) -> bool:
        """The day's figures and the lists of the tab on screen are shown."""
        return self.counts is not None and all(m.ready() for m in self.tabs.currentWidget().models)

    def screenshot_dialogs(self) -> dict:
        """The problem dialog, for the newest parcel waiting on the shelf (if any)."""
        rows = [r for r in self.checkin.recent_model.rows if r["status"] == "in_stock"]
        if not rows:
            return {}
        self.problems.open_dialogs = False
        try:
            dialog = self.problems.ask_problem(rows[0])
        finally:
            self.problems.open_dialogs = True
        return {"parcels_problem": dialog} if dialog else {}
