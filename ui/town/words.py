"""Words the town pages share, in the window's language (the core's own are Chinese)."""

from __future__ import annotations

from ..i18n import context

TownWords = context("TownWords")  # lupdate context of this module's strings


def age_words(age_days: float | None) -> str:
    """How long ago a station last synced, in the window's language."""
    if age_days is None:
        return TownWords.tr("从未同步")
    if age_days < 1 / 24:
        return TownWords.tr("刚刚")
    if age_days < 1:
        return TownWords.tr("{0}小时前").format(int(age_days * 24))
    return TownWords.tr("{0}天前").format(int(age_days))
