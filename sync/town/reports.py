"""The town's monthly, quarterly and yearly reports: one row per station, town totals that
are exactly the sum of the rows, the quarterly service-star ranking (季度服务标兵) of the
stations and of the agents, and every person's figures (``assessment``): the year's report
is the yearly assessment (年度考核).

Flows (money, counts) come from ``station_app.reports.monthly_summary`` run on the hub's
union database per station and month, so the town reports upwards the very figures each
station sees for itself; a quarter is the sum of its three months. Stocks (advances
outstanding, parcels waiting or overdue, cases overdue) are taken at the period's end, or
today if the period is not over yet. Money stays in fen (integers) until the export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from station_app.errors import NotFoundError, ValidationError
from station_app.parcel_lookups import DEFAULT_RETENTION_DAYS
from station_app.reports import SERVICES_RULE, monthly_summary
from station_app.settings import TOWN_NAME
from station_app.store import Store
from station_app.money import sum_fen_sql
from station_app.timeutil import LOCAL_TZ, local_date, local_day_bounds, local_range_bounds, utc_now
from station_app.voids import not_voided_sql

from ..hub.stations import list_stations
from .assessment import PEOPLE_RULE, agent_rows, people_ranking, staff_rows
from .notices import short_name
from .service_days import period_figures
from .store import ensure_town_tables

FINISHED = ("completed_approved", "completed_rejected", "delivered", "withdrawn")
COMPLETED = ("completed_approved", "completed_rejected")
STAR_COUNT = 3
STAR_WEIGHTS = {"volume": 40, "timeliness": 30, "ratings": 30}
STAR_RULE = (
    "综合得分 = 办理量得分×40% + 按期办结率×30% + 群众评价得分×30%（满分100）。"
    "办理量得分 = 本站办理事项数 ÷ 各站中最高的办理事项数 × 100；"
    "按期办结率 = 期内办结（批准或不批准）的代办件中，在承诺期限当天或之前办结的比例 × 100；"
    "群众评价得分 = 期内村民本人评价的平均星级 ÷ 5 × 100（代办员代评不计）。"
    "期内没有办结代办件的站，按期办结率记0分；没有村民本人评价的站，群众评价得分记0分。"
    "得分相同的，办理事项数多的在前；仍相同的按站号。"
    f"得分前{STAR_COUNT}名为服务标兵。"
)
SATISFACTION_RULE = "满意率 = 评价为3星及以上的次数 ÷ 评价总次数"

# Every per-station figure, in report order: key, Chinese header, kind (text|int|money|pct|num|rating).
COLUMNS: list[tuple[str, str, str]] = [
    ("station", "站号", "text"),
    ("name", "服务站", "text"),
    ("services_handled", "办理事项数", "int"),
    ("money_handled_fen", "经手金额（元）", "money"),
    ("payments_count", "代缴笔数", "int"),
    ("payments_fen", "代缴金额（元）", "money"),
    ("payments_voided", "作废笔数", "int"),
    ("outgoing_fee_fen", "代寄收费（元）", "money"),
    ("advances_given_fen", "垫付金额（元）", "money"),
    ("advances_repaid_fen", "垫付收回（元）", "money"),
    ("advances_outstanding_fen", "期末未还垫付（元）", "money"),
    ("parcels_in", "快递入库", "int"),
    ("parcels_out", "快递出库", "int"),
    ("parcels_sent", "代寄件数", "int"),
    ("parcels_waiting", "期末在库", "int"),
    ("parcels_overdue", "期末超期未取", "int"),
    ("cases_opened", "新受理代办件", "int"),
    ("cases_completed", "办结代办件", "int"),
    ("cases_completed_on_time", "按期办结", "int"),
    ("cases_overdue", "期末超期未办结", "int"),
    ("receptions", "接待登记", "int"),
    ("rated", "评价次数", "int"),
    ("satisfied", "满意次数", "int"),
    ("rating_points", "评价星级合计", "int"),
    ("rated_by_villagers", "村民本人评价次数", "int"),
    ("villager_rating_points", "村民本人评价星级合计", "int"),
    ("poor_ratings", "不满意评价", "int"),
    ("callbacks_open", "期末未回访", "int"),
    ("satisfaction_pct", "满意率（%）", "pct"),
    ("coop_handed_out_fen", "农资发放（元）", "money"),
    ("coop_owed_fen", "期末农资欠款（元）", "money"),
    ("service_day_signups", "进驻服务报名", "int"),
    ("service_day_done", "进驻服务办好", "int"),
]
ADDITIVE = [key for key, _label, kind in COLUMNS if kind in ("int", "money")]
RANK_COLUMNS: list[tuple[str, str, str]] = [
    ("rank", "名次", "int"),
    ("star", "服务标兵", "text"),
    ("station", "站号", "text"),
    ("name", "服务站", "text"),
    ("services_handled", "办理事项数", "int"),
    ("volume_score", "办理量得分", "num"),
    ("on_time_pct", "按期办结率（%）", "num"),
    ("avg_rating", "平均星级", "rating"),  # two decimals: 4.25 stars, not 4.3
    ("rating_score", "群众评价得分", "num"),
    ("score", "综合得分", "num"),
]

# The stations' ranking and the agents' ranking, by the kind of period (the award is quarterly).
RANKING_TITLES = {
    "month": ("本月服务排名（季度服务标兵按季度评）", "本月个人排名（季度个人服务标兵按季度评）"),
    "quarter": ("季度服务标兵", "季度个人服务标兵"),
    "year": ("年度服务排名", "年度个人考核排名"),
}
PERIOD_RE = re.compile(r"^(\d{4})(?:-(?:(\d{2})|[Qq]([1-4])))?$")


@dataclass(frozen=True)
class Period:
    label: str          # "2026-11", "2026-Q4" or "2026"
    kind: str           # "month" | "quarter" | "year"
    months: tuple[tuple[int, int], ...]
    first: date
    last: date          # the last day (inclusive)

    @property
    def title(self) -> str:
        if self.kind == "month":
            return f"{self.first.year}年{self.first.month}月"
        if self.kind == "year":
            return f"{self.first.year}年度"
        return f"{self.first.year}年第{(self.first.month - 1) // 3 + 1}季度"


def parse_period(text: str) -> Period:
    """``2026-11`` (a month), ``2026-Q4`` (a quarter) or ``2026`` (a year); anything
    else → ValidationError."""
    m = PERIOD_RE.match((text or "").strip())
    if not m or not 2000 <= int(m.group(1)) <= 2100 or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        raise ValidationError("bad_period", "统计期应写成 2026-11（月）、2026-Q4（季度）或 2026（年）", "period")
    year = int(m.group(1))
    if m.group(2):
        months = ((year, int(m.group(2))),)
        kind, label = "month", f"{year:04d}-{int(m.group(2)):02d}"
    elif m.group(3):
        q = int(m.group(3))
        months = tuple((year, 3 * q - 2 + i) for i in range(3))
        kind, label = "quarter", f"{year:04d}-Q{q}"
    else:
        months = tuple((year, month) for month in range(1, 13))
        kind, label = "year", f"{year:04d}"
    first = date(*months[0], 1)
    y, mo = months[-1]
    last = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
    return Period(label, kind, months, first, last)


def _stocks(hub: Store, code: str, as_of: date) -> dict:
    """Parcels waiting / overdue and cases overdue at the end of local day ``as_of``."""
    end = local_day_bounds(as_of)[1]
    cutoff = local_day_bounds(as_of - timedelta(days=DEFAULT_RETENTION_DAYS))[0]
    waiting, overdue = 0, 0
    # Two index ranges (still on the shelf; left after the end) instead of every parcel ever.
    for closed in ("closed_at IS NULL", "closed_at >= ?"):
        extra = [end] if "?" in closed else []
        n, late = hub.one(
            "SELECT COUNT(*), COALESCE(SUM(checked_in_at < ?), 0) FROM parcels INDEXED BY town_parcels_closed_station"
            f" WHERE station_code = ? AND {closed} AND checked_in_at < ?", (cutoff, code, *extra, end))
        waiting, overdue = waiting + n, overdue + late
    marks = ",".join("?" * len(FINISHED))
    cases_overdue = hub.scalar(
        "SELECT COUNT(*) FROM cases c WHERE c.station_code = ? AND c.received_at < ? AND c.deadline < ?"
        f" AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.to_status IN ({marks})"
        " AND e.at < ?)", (code, end, as_of.isoformat(), *FINISHED, end))
    return {"parcels_waiting": waiting, "parcels_overdue": overdue, "cases_overdue": cases_overdue}


def _on_time(hub: Store, code: str, start: str, end: str) -> tuple[int, int]:
    marks = ",".join("?" * len(COMPLETED))
    done, on_time = hub.one(
        "SELECT COUNT(*), COALESCE(SUM(date(e.at, '+8 hours') <= c.deadline), 0) FROM case_events e"
        " JOIN cases c ON c.id = e.case_id WHERE e.station_code = ? AND e.at >= ? AND e.at < ?"
        f" AND e.to_status IN ({marks})", (code, start, end, *COMPLETED))
    return done, on_time


def station_row(hub: Store, station: dict, period: Period, as_of: date) -> dict:
    code = station["code"]
    row = {key: 0 for key in ADDITIVE}
    row.update(station=code, name=station["name"])
    outstanding = 0
    for year, month in period.months:
        s = monthly_summary(hub, year, month, station_code=code)
        p, c = s["parcels"], s["cases"]
        row["services_handled"] += s["services_handled"]
        row["payments_count"] += s["payments"]["count"]
        row["payments_fen"] += s["payments"]["amount_fen"]
        row["payments_voided"] += s["payments"]["voided_count"]
        row["outgoing_fee_fen"] += p["outgoing_fee_fen"]
        row["advances_given_fen"] += s["advances"]["given_fen"]
        row["advances_repaid_fen"] += s["advances"]["repaid_fen"]
        row["parcels_in"] += p["checked_in"]
        row["parcels_out"] += p["released"] + p["delivered"] + p["returned"]
        row["parcels_sent"] += p["outgoing_count"]
        row["cases_opened"] += c["opened"]
        row["cases_completed"] += c["completed_approved"] + c["completed_rejected"]
        row["receptions"] += s["receptions"]["count"]
        levels = {int(k): v for k, v in s["feedback"]["by_level"].items()}
        row["rated"] += sum(levels.values())
        row["satisfied"] += sum(n for level, n in levels.items() if level >= 3)
        row["rating_points"] += sum(level * n for level, n in levels.items())
        if date(year, month, 1) <= as_of:
            outstanding = s["advances"]["outstanding_at_end_fen"]
    row["money_handled_fen"] = row["payments_fen"] + row["outgoing_fee_fen"]
    row["advances_outstanding_fen"] = outstanding
    start, end = local_range_bounds(period.first, period.last + timedelta(days=1))
    done, on_time = _on_time(hub, code, start, end)
    row["cases_completed_on_time"] = on_time
    row.update(_stocks(hub, code, as_of))
    row.update(_seed_systems(hub, code, start, end, as_of))
    _percentages(row)
    return row


def _seed_systems(hub: Store, code: str, start: str, end: str, as_of: date) -> dict:
    """Ratings by the villagers themselves (the award counts only those), the cooperative's
    desk and the town's service days at the station, over the period."""
    rated, points = hub.one("SELECT COUNT(*), COALESCE(SUM(level), 0) FROM feedback WHERE station_code = ?"
                            " AND source != 'agent' AND at >= ? AND at < ?", (code, start, end))
    # Poor ratings (1-2 stars, whoever entered them) and the call-backs they opened that were
    # still not done at the end of the period: what the town follows up station by station.
    (poor,) = hub.one("SELECT COUNT(*) FROM feedback WHERE station_code = ? AND level <= 2 AND at >= ? AND at < ?",
                      (code, start, end))
    live = not_voided_sql("coop_stock_moves", "m")
    (handed,) = hub.one(f"SELECT {sum_fen_sql('m.amount_fen')} FROM coop_stock_moves m WHERE m.station_code = ?"
                        f" AND m.kind = 'handed_out' AND m.at >= ? AND m.at < ? AND {live}", (code, start, end))
    _ignored, stock_end = local_day_bounds(as_of)
    signed = sum_fen_sql("CASE m.kind WHEN 'handed_out' THEN m.amount_fen ELSE -m.amount_fen END")
    (owed,) = hub.one(f"SELECT {signed} FROM coop_stock_moves m WHERE m.station_code = ? AND m.paid_how = 'account'"
                      f" AND m.kind IN ('handed_out', 'returned') AND m.at < ? AND {live}", (code, stock_end))
    (settled,) = hub.one(f"SELECT {sum_fen_sql('s.amount_fen')} FROM coop_settlements s WHERE s.station_code = ?"
                         f" AND s.settled_at < ? AND {not_voided_sql('coop_settlements', 's')}", (code, stock_end))
    (callbacks_open,) = hub.one("SELECT COUNT(*) FROM callbacks WHERE station_code = ? AND created_at < ?"
                                " AND (status = 'open' OR done_at >= ?)", (code, stock_end, stock_end))
    days = period_figures(hub, local_date(start), local_date(end) - timedelta(days=1), code)
    return {"rated_by_villagers": rated, "villager_rating_points": points, "poor_ratings": poor,
            "callbacks_open": callbacks_open, "coop_handed_out_fen": handed,
            "coop_owed_fen": owed - settled, "service_day_signups": days["signed_up"],
            "service_day_done": days["done"]}


def _percentages(row: dict) -> None:
    row["satisfaction_pct"] = round(100 * row["satisfied"] / row["rated"], 1) if row["rated"] else None
    row["avg_rating"] = round(row["rating_points"] / row["rated"], 2) if row["rated"] else None


def ranking(rows: list[dict]) -> list[dict]:
    """The service-star table for ``rows`` (see ``STAR_RULE``)."""
    top = max((r["services_handled"] for r in rows), default=0)
    ranked = []
    for r in rows:
        volume = 100 * r["services_handled"] / top if top else 0.0
        on_time = 100 * r["cases_completed_on_time"] / r["cases_completed"] if r["cases_completed"] else None
        by_villagers = r["rated_by_villagers"]
        rating = 100 * r["villager_rating_points"] / by_villagers / 5 if by_villagers else None
        score = (STAR_WEIGHTS["volume"] * volume + STAR_WEIGHTS["timeliness"] * (on_time or 0)
                 + STAR_WEIGHTS["ratings"] * (rating or 0)) / 100
        ranked.append({"station": r["station"], "name": r["name"], "services_handled": r["services_handled"],
                       "volume_score": round(volume, 1),
                       "on_time_pct": None if on_time is None else round(on_time, 1),
                       "avg_rating": r["avg_rating"],
                       "rating_score": None if rating is None else round(rating, 1),
                       "score": round(score, 1), "_exact": score})
    ranked.sort(key=lambda x: (-x["_exact"], -x["services_handled"], x["station"]))
    for index, r in enumerate(ranked, 1):
        del r["_exact"]
        r["rank"] = index
        r["star"] = "★ 服务标兵" if index <= STAR_COUNT and r["score"] > 0 else ""
    return ranked


def _as_of(period: Period, today: date | None) -> date:
    """Stocks are counted at the period's end, or today if the period is not over yet."""
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    return max(period.first, min(period.last, today))


def town_report(hub: Store, period: Period | str, today: date | None = None) -> dict:
    """Every station's row, the town's totals (the sum of the rows) and the ranking."""
    ensure_town_tables(hub)
    period = parse_period(period) if isinstance(period, str) else period
    as_of = _as_of(period, today)
    stations = list_stations(hub)
    rows = [station_row(hub, s, period, as_of) for s in stations]
    totals = {key: sum(r[key] for r in rows) for key in ADDITIVE}
    totals.update(station="合计", name=f"全镇（{len(rows)}个站）")
    _percentages(totals)
    star_title, people_title = RANKING_TITLES[period.kind]
    start, end = local_range_bounds(period.first, period.last + timedelta(days=1))
    agents = agent_rows(hub, start, end, as_of, names={s["code"]: short_name(s["name"]) for s in stations})
    return {
        "scope": "town", "period": period.label, "kind": period.kind, "title": period.title,
        "town_name": TOWN_NAME.get(hub), "first_day": period.first.isoformat(),
        "last_day": period.last.isoformat(), "as_of": as_of.isoformat(), "generated_at": hub.now_iso(),
        "columns": [{"key": k, "label": label, "kind": kind} for k, label, kind in COLUMNS],
        "stations": rows, "totals": totals,
        "ranking": ranking(rows), "ranking_title": star_title, "ranking_rule": STAR_RULE,
        "agents": agents, "staff": staff_rows(hub, start, end), "people_ranking": people_ranking(agents),
        "people_ranking_title": people_title, "people_ranking_rule": PEOPLE_RULE,
        "services_rule": SERVICES_RULE, "satisfaction_rule": SATISFACTION_RULE,
        "stocks_note": f"期末数按 {as_of.isoformat()} 日终统计；快递在库超过{DEFAULT_RETENTION_DAYS}天为超期未取",
    }


def station_report(hub: Store, code: str, period: Period | str, today: date | None = None) -> dict:
    """One station's row of the town report, its place in the ranking and, for a quarter,
    its month-by-month rows.

    The ranking needs every station's figures, so this builds the town report (a tenth
    of a second for 28 stations): the station's row is then the town's, never a second
    computation that could drift from it. Months not begun yet are left out."""
    period = parse_period(period) if isinstance(period, str) else period
    town = town_report(hub, period, today)
    row = next((r for r in town["stations"] if r["station"] == code), None)
    if row is None:
        raise NotFoundError("unknown_station", f"镇中心没有登记服务站 {code}", "station")
    months = []  # the parts of the period: a quarter's months, a year's quarters
    if period.kind in ("quarter", "year"):
        station = {"code": code, "name": row["name"]}
        as_of = date.fromisoformat(town["as_of"])
        parts = ([f"{y:04d}-{m:02d}" for y, m in period.months] if period.kind == "quarter"
                 else [f"{period.first.year:04d}-Q{q}" for q in range(1, 5)])
        for part in parts:
            one = parse_period(part)
            if one.first <= as_of:
                months.append({**station_row(hub, station, one, _as_of(one, as_of)),
                               "month": one.label, "month_title": one.title})
    report = {key: town[key] for key in ("period", "kind", "title", "town_name", "first_day", "last_day", "as_of",
                                         "generated_at", "columns", "ranking_title", "ranking_rule",
                                         "services_rule", "satisfaction_rule", "stocks_note",
                                         "people_ranking_title", "people_ranking_rule")}
    places = {r["agent_id"]: r for r in town["people_ranking"]}
    report.update(scope="station", station=row, months=months, station_count=len(town["stations"]),
                  rank=next(r for r in town["ranking"] if r["station"] == code),
                  agents=[{**a, "rank": places.get(a["agent_id"], {}).get("rank"),
                           "score": places.get(a["agent_id"], {}).get("score"),
                           "star": places.get(a["agent_id"], {}).get("star", "")}
                          for a in town["agents"] if a["station"] == code],
                  people_count=len(town["people_ranking"]))
    return report
