"""The pages of the station window, in navigation order (F1, F2, ... follow this order).

Each line names the page's key, its module and class, and its navigation title. A page's
module is imported and the page built only when it is first shown: the window opens
with the navigation and the Today page, close to a bare window's start-up.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (key = module, class, title). The order is the agent's day, busiest first.
PAGES = [
    ("today", "TodayPage", QT_TRANSLATE_NOOP("Navigation", "今日")),
    ("payments", "PaymentsPage", QT_TRANSLATE_NOOP("Navigation", "代缴费")),
    ("advances", "AdvancesPage", QT_TRANSLATE_NOOP("Navigation", "垫付")),
    ("parcels", "ParcelsPage", QT_TRANSLATE_NOOP("Navigation", "快递")),
    ("cases", "CasesPage", QT_TRANSLATE_NOOP("Navigation", "代办")),
    ("reception", "ReceptionPage", QT_TRANSLATE_NOOP("Navigation", "接待预约")),
    ("feedback", "FeedbackPage", QT_TRANSLATE_NOOP("Navigation", "评价回访")),
    ("villagers", "VillagersPage", QT_TRANSLATE_NOOP("Navigation", "村民")),
    ("catalogue", "CataloguePage", QT_TRANSLATE_NOOP("Navigation", "服务目录")),
    ("daily_close", "DailyClosePage", QT_TRANSLATE_NOOP("Navigation", "日结")),
    ("sync", "SyncPage", QT_TRANSLATE_NOOP("Navigation", "同步")),
    ("settings", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "设置")),
    # The seed's later systems: past F12, chosen with the mouse or the arrow keys.
    ("messages", "MessagesPage", QT_TRANSLATE_NOOP("Navigation", "短信通知")),
    ("service_days", "ServiceDaysPage", QT_TRANSLATE_NOOP("Navigation", "进驻服务")),
    ("coop", "CoopPage", QT_TRANSLATE_NOOP("Navigation", "合作社")),
    ("team", "TeamPage", QT_TRANSLATE_NOOP("Navigation", "人员值班")),
    ("town_word", "TownWordPage", QT_TRANSLATE_NOOP("Navigation", "通知来信")),
]


class Registry:
    """A window's pages: ``entries`` are (key = module, class, title) and ``package`` is where
    the modules live. The station window and the town window each have one."""

    def __init__(self, package: str, entries: list[tuple[str, str, str]]):
        self.package = package
        self.entries = entries

    def nav_entries(self) -> list[tuple[str, str]]:
        """(key, translated title) for the navigation, without importing any page."""
        return [(key, QCoreApplication.translate("Navigation", title)) for key, _, title in self.entries]

    def page_class(self, key: str) -> type:
        for module, name, _ in self.entries:
            if module == key:
                return getattr(importlib.import_module(f"{self.package}.{module}"), name)
        raise KeyError(key)

    def page_classes(self) -> list[type]:
        return [self.page_class(key) for key, _, _ in self.entries]


STATION_PAGES = Registry("ui.pages", PAGES)
