"""What the case views share: the urgency word with its mark."""

from __future__ import annotations

from station_app.case_rules import DECIDED

from ...i18n import context
from ...labels import label

CaseText = context("CaseText")  # lupdate context of this module's strings


def urgency_text(case: dict) -> str:
    """A word, and a ⚠ when something needs doing: never colour alone."""
    level = case.get("urgency")
    if level == "done":
        return CaseText.tr("待送达") if case["status"] in DECIDED else "—"
    if level in ("warning", "overdue"):
        return "⚠ " + label("urgency", level)
    return label("urgency", level or "normal")
