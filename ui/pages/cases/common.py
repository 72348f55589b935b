"""What the case views share: Chinese dates, the urgency word with its mark, and the list's
fetch adapters (they run on the database worker)."""

from __future__ import annotations

from datetime import date


from station_app.case_rules import CLOSED, DECIDED, STATUSES, urgency
from station_app.cases import count_cases as core_count
from station_app.cases import list_cases
from station_app.timeutil import local_date
from station_app.workdays import calendar_for
from ...i18n import context
from ...labels import label

# The list's chips. "Open" is everything the agent still has to do, delivery included.
OPEN = tuple(s for s in STATUSES if s not in CLOSED)
GROUPS = {"open": OPEN, "due": OPEN, "done": tuple(s for s in STATUSES if s in CLOSED)}
ALL_ROWS = 100_000


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


def with_urgency(store, rows: list[dict]) -> list[dict]:
    today, calendar = local_date(store.now_iso()), calendar_for(store)
    for row in rows:
        row["urgency"] = urgency(calendar, row, today)
    return rows


def fetch_cases(store, filters: dict, limit: int, offset: int) -> list[dict]:
    group, search = filters.get("group"), filters.get("search")
    if group == "due":
        rows = [r for r in with_urgency(store, list_cases(store, OPEN, search, ALL_ROWS))
                if r["urgency"] in ("warning", "overdue")]
        rows.sort(key=lambda r: (r["deadline"], r["case_no"]))
        return rows[offset:offset + limit]
    return with_urgency(store, list_cases(store, GROUPS.get(group), search, limit, offset))


def count_cases(store, filters: dict) -> int:
    if filters.get("group") == "due":
        return len(fetch_cases(store, filters, ALL_ROWS, 0))
    return core_count(store, GROUPS.get(filters.get("group")), filters.get("search"))
