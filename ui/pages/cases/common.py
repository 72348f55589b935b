"""What the case views share: Chinese dates, and the urgency word with its mark."""

from __future__ import annotations

from datetime import date

from station_app.case_rules import DECIDED

from ...i18n import context
from ...labels import label

CaseText = context("CaseText")  # lupdate context of this module's strings


def cn_date(day: date | str | None) -> str:
    """2026年11月27日."""
    if not day:
        return ""
    day = date.fromisoformat(day[:10]) if isinstance(day, str) else day
    return CaseText.tr("{0}年{1}月{2}日").format(day.year, day.month, day.day)


def urgency_text(case: dict) -> str:
    """A word, and a ⚠ when something needs doing: never colour alone."""
    level = case.get("urgency")
    if level == "done":
        return CaseText.tr("待送达") if case["status"] in DECIDED else "—"
    if level in ("warning", "overdue"):
        return "⚠ " + label("urgency", level)
    return label("urgency", level or "normal")
