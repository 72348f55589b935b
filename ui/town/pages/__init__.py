"""The pages of the town window, in navigation order (F1, F2, ... follow this order)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...pages import Registry

# (key = module, class, title)
PAGES = [
    ("inbox", "InboxPage", QT_TRANSLATE_NOOP("Navigation", "收件箱")),
    ("dashboard", "DashboardPage", QT_TRANSLATE_NOOP("Navigation", "全镇概览")),
    ("cases", "TownCasesPage", QT_TRANSLATE_NOOP("Navigation", "代办件")),
    ("problems", "ProblemsPage", QT_TRANSLATE_NOOP("Navigation", "拒收与冲突")),
    ("reports", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "报表")),
    ("stations", "StationsPage", QT_TRANSLATE_NOOP("Navigation", "站点")),
    ("catalogue", "TownCataloguePage", QT_TRANSLATE_NOOP("Navigation", "服务目录与通知")),
    ("service_days", "TownServiceDaysPage", QT_TRANSLATE_NOOP("Navigation", "进驻服务")),
    ("handovers", "HandoversPage", QT_TRANSLATE_NOOP("Navigation", "交接单")),
    ("duty", "TownDutyPage", QT_TRANSLATE_NOOP("Navigation", "值班与抽查")),
    ("letters", "TownLettersPage", QT_TRANSLATE_NOOP("Navigation", "站点来信")),
]

TOWN_PAGES = Registry("ui.town.pages", PAGES)
