"""进驻服务 (town service days): the days the town plans at this station, chosen at the top
(the coming one first); for the chosen day, signing villagers up with what they already have and printing each one's
notice of what to bring, the list of who signed up, and on the day each one's outcome.
The town plans and cancels days; the station only signs up and records."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from station_app import service_day_lists, service_days

from ...dates import cn_date, station_today
from ...fitting import SideBySide
from ...labels import label
from ...ops import read
from ...printing import print_html
from ...widgets import hint
from ..base import Page
from .printouts import day_list_html
from .signup import SignUpPanel
from .signups import SignupsPanel


class ServiceDaysPage(Page):
    key = "service_days"

    def title(self) -> str:
        return self.tr("进驻服务")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.day: dict | None = None
        top = QHBoxLayout()
        caption = QLabel(self.tr("服务日"), self)
        self.days = QComboBox(self)
        self.days.setMinimumWidth(420)
        caption.setBuddy(self.days)
        self.days.currentIndexChanged.connect(lambda i: self._choose(self.days.itemData(i)))
        about = hint(self.tr("服务日由镇便民服务中心安排，同步后出现在这里。"), self)
        top.addWidget(caption)
        top.addWidget(self.days)
        top.addWidget(about, 1)
        self.layout_.addLayout(top)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        panels = SideBySide(self)  # the sign-up form beside the list, or above it on a narrow screen
        self.signup = SignUpPanel(ctx, panels)
        self.signups = SignupsPanel(ctx, panels)
        panels.addWidget(self.signup)
        panels.addWidget(self.signups)
        panels.setStretchFactor(0, 2)
        panels.setStretchFactor(1, 3)
        self.layout_.addWidget(panels, 1)
        self.signups.print_list.connect(self.print_day_list)
        self.signup.signed_up.connect(self.signups.select_signup)
        self.db.watch(self, frozenset({"service_days", "service_day_signups"}), self.refresh)
        self.refresh()

    def refresh(self, *_changes) -> None:
        today = station_today()
        read(self.db, lambda store: service_day_lists.days_around(store, today), self._show_days, self)

    def _show_days(self, days: list[dict]) -> None:
        chosen = self.day["id"] if self.day else None
        self.days.blockSignals(True)
        self.days.clear()
        for day in days:
            self.days.addItem(self._day_line(day), day)
        if not days:
            self.days.addItem(self.tr("还没有安排服务日"), None)
        keep = next((i for i, d in enumerate(days) if d["id"] == chosen), None)
        current = next((i for i, d in enumerate(days) if d["current"]), 0)
        self.days.setCurrentIndex(keep if keep is not None else current)
        self.days.blockSignals(False)
        self._choose(self.days.currentData())
        self._loaded = True

    def _day_line(self, day: dict) -> str:
        if day["status"] != "planned":
            state = label("day_status", day["status"])
        elif day["past"]:
            state = self.tr("已过")
        else:
            state = self.tr("已报名 {0} 人").format(day["signed_up"])
        return self.tr("{0} {1}–{2}（{3}）").format(cn_date(day["day"]), day["starts"], day["ends"], state)

    def _choose(self, day: dict | None) -> None:
        self.day = day
        if day is None:
            self.heading.setText("")
        else:
            staff = "、".join(day["staff"]) or self.tr("待定")
            text = self.tr("办理：{0}　镇里来人：{1}").format("、".join(day["item_names"]), staff)
            if day["status"] != "planned":
                text += self.tr("\n这一天已取消：请告诉报名的村民。")
            elif day.get("note"):
                text += f"\n{day['note']}"
            self.heading.setText(text)
        self.signup.show_day(day)
        self.signups.show_day(day)

    def print_day_list(self) -> None:
        if not self.day:
            return
        day_id, day = self.day["id"], self.day
        read(self.db, lambda store: {"summary": service_days.day_summary(store, day_id),
                                     "signups": service_days.signups(store, day_id)},
             lambda got: print_html(self, day_list_html(got["summary"], got["signups"]),
                                    self.tr("进驻服务报名名单{0}").format(day["day"])), self)

    def ready(self) -> bool:
        return self._loaded and self.signups.ready() and self.signup.ready()

    def screenshot_variants(self) -> dict:
        """A day already held, with its outcomes."""
        past = next((i for i in range(self.days.count()) if (self.days.itemData(i) or {}).get("past")), None)
        return {} if past is None else {"service_days_held": lambda: self.days.setCurrentIndex(past)}

    def activated(self) -> None:
        self.signup.villager.edit.setFocus()
