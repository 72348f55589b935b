"""The pages of the station window, in navigation order (F1, F2, ... follow this order)."""

from __future__ import annotations

import importlib

# (module, class). Keep one line per page; the order is the agent's day, busiest first.
PAGES = [
    ("today", "TodayPage"),
    ("payments", "PaymentsPage"),
    ("advances", "AdvancesPage"),
    ("parcels", "ParcelsPage"),
    ("cases", "CasesPage"),
    ("reception", "ReceptionPage"),
    ("feedback", "FeedbackPage"),
    ("villagers", "VillagersPage"),
    ("catalogue", "CataloguePage"),
    ("daily_close", "DailyClosePage"),
    ("sync", "SyncPage"),
    ("settings", "SettingsPage"),
]


def page_classes() -> list[type]:
    return [getattr(importlib.import_module(f"ui.pages.{module}"), name) for module, name in PAGES]
