"""Words the town pages share, in the window's language (the core's own are Chinese)."""

from __future__ import annotations

from ..i18n import context
from ..labels import label

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


def period_title(period: str) -> str:
    """A report's period ("2026-11", "2026-Q4" or "2026") as people say it: 2026年11月,
    2026年第4季度, 2026年度."""
    year, _, rest = period.partition("-")
    if not rest:
        return TownWords.tr("{0}年度").format(int(year))
    if rest.startswith("Q"):
        return TownWords.tr("{0}年第{1}季度").format(int(year), int(rest[1:]))
    return TownWords.tr("{0}年{1}月").format(int(year), int(rest))


def report_value(item: dict, key: str):
    """A report cell's value as the core gives it, but the ranking's star mark (★ 服务标兵),
    a label, in the window's language."""
    value = item.get(key)
    return f"★ {label('report_column', 'star')}" if key == "star" and value else value


def total_row(totals: dict, stations: int) -> dict:
    """The town report's total row with its own words (合计, 全镇（28个站）) in the window's language."""
    return {**totals, "station": TownWords.tr("合计"), "name": TownWords.tr("全镇（{0}个站）").format(stations)}


def whole_period(kind: str) -> str:
    """The column of a station's report with the whole period's figures: 本月, 本季度, 全年."""
    return {"quarter": TownWords.tr("本季度"), "year": TownWords.tr("全年")}.get(kind, TownWords.tr("本月"))


def people_value(item: dict, key: str):
    """A cell of the people's tables, with the post, the state and the star in the window's language."""
    if key == "post_label":
        return label("post", item.get("post")) if item.get("post") else ""
    if key == "state":
        return TownWords.tr("在岗") if item.get("active") else TownWords.tr("已离岗")
    return report_value(item, key)


def weekday_name(number: int) -> str:
    """1 (Monday) … 7 (Sunday) in the window's language."""
    return (TownWords.tr("周一"), TownWords.tr("周二"), TownWords.tr("周三"), TownWords.tr("周四"), TownWords.tr("周五"),
            TownWords.tr("周六"), TownWords.tr("周日"))[number - 1]


def hours_words(opening_hours: str, open_weekdays: str) -> str:
    """A station's hours as its notices say them (周一至周六 08:30-12:00、14:30-17:30), in the
    window's language."""
    days = [int(d) for d in open_weekdays]
    if days == list(range(1, 8)):
        when = TownWords.tr("每天")
    elif days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
        when = TownWords.tr("{0}至{1}").format(weekday_name(days[0]), weekday_name(days[-1]))
    else:
        when = TownWords.tr("、").join(weekday_name(d) for d in days)
    return when + " " + listed(opening_hours.split(","))


def listed(items) -> str:
    """Items one after the other as the window's language lists them: 朱坡村、石门村 / 朱坡村, 石门村."""
    return TownWords.tr("、").join(items)
