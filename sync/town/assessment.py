"""Per-person figures for the town's reports and the yearly assessment (年度考核): every
agent of every station, and every town staff member.

An agent's services are the records that name them: who entered a payment, checked a
parcel in, sent one, opened a case (``created_by``), who first took a visitor
(``receptions.first_agent_id``); counted exactly as the station's own figures count them
(``station_app.reports.SERVICES_RULE``), so a station's agents add up to the station.
Villagers' ratings count only those the villager gave (not an agent's on their behalf),
for the agent who did the service rated. Days on duty come from the duty log; spot checks
from the town's own records beside it. A staff member's figures are the case moves the
town's windows made under their name, the checks they made and the letters they answered.
"""

from __future__ import annotations

from station_app.agents import POSTS
from station_app.money import sum_fen_sql
from station_app.store import Store
from station_app.timeutil import local_day_bounds
from station_app.voids import not_voided_sql

from .people import agents_of
from .spot_checks import checks_between

AGENT_COLUMNS: list[tuple[str, str, str]] = [
    ("station", "站号", "text"),
    ("station_name", "服务站", "text"),
    ("agent", "代办员", "text"),
    ("post_label", "岗位", "text"),
    ("state", "状态", "text"),
    ("services_handled", "办理事项数", "int"),
    ("payments_count", "代缴笔数", "int"),
    ("payments_fen", "代缴金额（元）", "money"),
    ("parcels_in", "快递入库", "int"),
    ("parcels_sent", "代寄件数", "int"),
    ("cases_opened", "新受理代办件", "int"),
    ("receptions", "接待登记", "int"),
    ("days_on_duty", "值班天数", "int"),
    ("rated_by_villagers", "村民本人评价次数", "int"),
    ("villager_avg", "村民评价平均星级", "rating"),
    ("cases_overdue", "期末超期未办结", "int"),
    ("checks_found", "抽查在岗次数", "int"),
    ("checks_missed", "抽查不在岗次数", "int"),
]
STAFF_COLUMNS: list[tuple[str, str, str]] = [
    ("staff", "工作人员", "text"),
    ("case_moves", "代办件办理次数", "int"),
    ("accepted", "受理", "int"),
    ("corrections", "要求补正", "int"),
    ("completed", "办结", "int"),
    ("checks_done", "抽查次数", "int"),
    ("checks_disagreeing", "抽查发现不一致", "int"),
    ("answers", "回复站点来信", "int"),
]
PEOPLE_RANK_COLUMNS: list[tuple[str, str, str]] = [
    ("rank", "名次", "int"),
    ("star", "服务标兵", "text"),
    ("station_name", "服务站", "text"),
    ("agent", "代办员", "text"),
    ("score", "综合得分", "num"),  # beside the name: what the ranking is by
    ("services_handled", "办理事项数", "int"),
    ("volume_score", "办理量得分", "num"),
    ("villager_avg", "村民评价平均星级", "rating"),
    ("rating_score", "群众评价得分", "num"),
    ("days_on_duty", "值班天数", "int"),
    ("checks_missed", "抽查不在岗次数", "int"),
    ("duty_score", "在岗得分", "num"),
]
UNNAMED_STAFF = "（未记录经办人）"  # town moves made before moves were signed, or by a command without --staff
PEOPLE_STAR_COUNT = 5
PEOPLE_WEIGHTS = {"volume": 40, "ratings": 30, "duty": 30}
MISSED_CHECK_POINTS = 20
PEOPLE_RULE = (
    "个人综合得分 = 办理量得分×40% + 群众评价得分×30% + 在岗得分×30%（满分100）。"
    "办理量得分 = 本人办理事项数 ÷ 全镇代办员中最高的办理事项数 × 100（办理事项按本人登记的记录计）；"
    "群众评价得分 = 期内村民本人对本人所办服务评价的平均星级 ÷ 5 × 100（代办员代评不计，没有村民本人评价的记0分）；"
    "在岗得分 = 本人值班天数 ÷ 全镇代办员中最多的值班天数 × 100，"
    f"抽查时值班记录是本人、本人却不在岗的，每次扣{MISSED_CHECK_POINTS}分，扣完为止。"
    "期内既没有办理事项也没有值班记录的代办员不参加排名。"
    "得分相同的，办理事项数多的在前；仍相同的按站号和姓名。"
    f"得分前{PEOPLE_STAR_COUNT}名为个人服务标兵。"
)
FINISHED = ("completed_approved", "completed_rejected", "delivered", "withdrawn")
RATED_WHO = {"payments": "created_by", "parcels": "created_by", "parcels_out": "created_by", "cases": "created_by",
             "receptions": "first_agent_id", "appointments": "created_by"}  # who did the service a villager rates


def _grouped(hub: Store, sql: str, params: list) -> dict[tuple[str, str], tuple]:
    """(station, agent) → the rest of each row."""
    return {(r[0], r[1]): tuple(r[2:]) for r in hub.all(sql, params)}


def _scope(station: str | None, alias: str) -> tuple[str, list]:
    return (f" AND {alias}.station_code = ?", [station]) if station else ("", [])


def agent_rows(hub: Store, start: str, end: str, as_of, station: str | None = None,
               names: dict[str, str] | None = None) -> list[dict]:
    """One row per agent (of ``station``, else of every station) for [start, end); stocks
    (cases overdue) at the end of local day ``as_of``. Agents who left before the period
    and did nothing in it are left out."""
    window = [start, end]

    def by(sql: str, alias: str, extra: list | None = None) -> dict:
        scope, params = _scope(station, alias)
        return _grouped(hub, sql.replace("{scope}", scope), [*window, *(extra or []), *params])

    pay = by(f"SELECT p.station_code, p.created_by, COUNT(*), {sum_fen_sql('p.amount_fen')} FROM payments p"
             f" WHERE p.paid_at >= ? AND p.paid_at < ? AND {not_voided_sql('payments', 'p')}{{scope}}"
             " GROUP BY 1, 2", "p")
    parcels_in = by("SELECT p.station_code, p.created_by, COUNT(*) FROM parcels p"
                    " WHERE p.checked_in_at >= ? AND p.checked_in_at < ?{scope} GROUP BY 1, 2", "p")
    sent = by(f"SELECT p.station_code, p.created_by, COUNT(*) FROM parcels_out p WHERE p.sent_at >= ?"
              f" AND p.sent_at < ? AND {not_voided_sql('parcels_out', 'p')}{{scope}} GROUP BY 1, 2", "p")
    opened = by("SELECT c.station_code, c.created_by, COUNT(*) FROM cases c"
                " WHERE c.received_at >= ? AND c.received_at < ?{scope} GROUP BY 1, 2", "c")
    received = by("SELECT r.station_code, r.first_agent_id, COUNT(*), COALESCE(SUM(r.outcome IN ('answered',"
                  " 'referred')), 0) FROM receptions r WHERE r.at >= ? AND r.at < ?{scope} GROUP BY 1, 2", "r")
    duty = by("SELECT d.station_code, d.agent_id, COUNT(DISTINCT date(d.at, '+8 hours')) FROM duty_events d"
              " WHERE d.at >= ? AND d.at < ? AND d.kind = 'on'{scope} GROUP BY 1, 2", "d")
    ratings: dict[tuple[str, str], list[int]] = {}
    for entity, who in RATED_WHO.items():
        found = by(f"SELECT f.station_code, t.{who}, COUNT(*), COALESCE(SUM(f.level), 0) FROM feedback f"
                   f" JOIN {entity} t ON t.id = f.target_id WHERE f.at >= ? AND f.at < ?"
                   f" AND f.target_entity = '{entity}' AND f.source != 'agent'{{scope}} GROUP BY 1, 2", "f")
        for key, (n, points) in found.items():
            total = ratings.setdefault(key, [0, 0])
            total[0], total[1] = total[0] + n, total[1] + points
    overdue = _overdue(hub, as_of, station)
    found_at_post, missed = _checks(hub, start, end, station)
    rows = []
    for agent in agents_of(hub, station):
        key = (agent["station_code"], agent["id"])
        n_pay, fen = pay.get(key, (0, 0))
        n_rec, rec_services = received.get(key, (0, 0))
        rated, points = ratings.get(key, (0, 0))
        row = {"station": agent["station_code"], "station_name": (names or {}).get(agent["station_code"], ""),
               "agent_id": agent["id"], "agent": agent["name"], "post": agent["post"],
               "post_label": POSTS.get(agent["post"] or "", ""), "active": agent["active"],
               "state": "在岗" if agent["active"] else "已离岗",  # for the files; the window says its own
               "payments_count": n_pay, "payments_fen": fen, "parcels_in": parcels_in.get(key, (0,))[0],
               "parcels_sent": sent.get(key, (0,))[0], "cases_opened": opened.get(key, (0,))[0],
               "receptions": n_rec, "days_on_duty": duty.get(key, (0,))[0], "rated_by_villagers": rated,
               "villager_rating_points": points, "villager_avg": round(points / rated, 2) if rated else None,
               "cases_overdue": overdue.get(key, 0), "checks_found": found_at_post.get(agent["id"], 0),
               "checks_missed": missed.get(agent["id"], 0)}
        row["services_handled"] = (n_pay + row["parcels_in"] + row["parcels_sent"] + row["cases_opened"]
                                   + rec_services)
        if agent["active"] or any(row[k] for k in ("services_handled", "receptions", "days_on_duty", "rated_by_villagers",
                                                   "cases_overdue", "checks_found", "checks_missed")):
            rows.append(row)
    return rows


def _overdue(hub: Store, as_of, station: str | None) -> dict[tuple[str, str], int]:
    """Cases past their deadline and not finished at the end of ``as_of``, by who took them
    (the same count as the station's ``cases_overdue``)."""
    end = local_day_bounds(as_of)[1]
    marks = ",".join("?" * len(FINISHED))
    scope, params = _scope(station, "c")
    return {(r[0], r[1]): r[2] for r in hub.all(
        "SELECT c.station_code, c.created_by, COUNT(*) FROM cases c WHERE c.received_at < ? AND c.deadline < ?"
        f" AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.to_status IN ({marks})"
        f" AND e.at < ?){scope} GROUP BY 1, 2", [end, as_of.isoformat(), *FINISHED, end, *params])}


def _checks(hub: Store, start: str, end: str, station: str | None) -> tuple[dict[str, int], dict[str, int]]:
    """By agent: checks that found them at the post, and checks the log named them for
    but found nobody or someone else."""
    found: dict[str, int] = {}
    missed: dict[str, int] = {}
    for check in checks_between(hub, start, end, station):
        if check["found_agent_id"]:
            found[check["found_agent_id"]] = found.get(check["found_agent_id"], 0) + 1
        if check["verdict"] in ("absent", "other") and check["log_agent_id"]:
            missed[check["log_agent_id"]] = missed.get(check["log_agent_id"], 0) + 1
    return found, missed


def staff_rows(hub: Store, start: str, end: str) -> list[dict]:
    """One row per town staff member (their account, or a name that made a move, a check or
    an answer in the period); town moves nobody signed, on a row of their own."""
    moves: dict[str, dict[str, int]] = {}
    for name, status, n in hub.all(
            "SELECT m.staff_name, e.to_status, COUNT(*) FROM hub_case_moves m JOIN case_events e ON e.id = m.event_id"
            " WHERE m.at >= ? AND m.at < ? GROUP BY 1, 2", (start, end)):
        moves.setdefault(name, {})[status] = n
    unsigned = dict(hub.all(
        "SELECT e.to_status, COUNT(*) FROM case_events e WHERE e.by_side = 'town' AND e.at >= ? AND e.at < ?"
        " AND NOT EXISTS (SELECT 1 FROM hub_case_moves m WHERE m.event_id = e.id) GROUP BY 1", (start, end)))
    if unsigned:
        moves[UNNAMED_STAFF] = unsigned
    checks: dict[str, list[int]] = {}
    for check in checks_between(hub, start, end):
        done = checks.setdefault(check["staff_name"], [0, 0])
        done[0] += 1
        done[1] += check["disagrees"]
    answers = dict(hub.all("SELECT staff_name, COUNT(*) FROM town_messages WHERE sent_at >= ? AND sent_at < ?"
                           " GROUP BY 1", (start, end)))
    accounts = [r[0] for r in hub.all("SELECT name FROM town_staff WHERE active = 1 ORDER BY created_at")] \
        if hub.one("SELECT 1 FROM sqlite_master WHERE name = 'town_staff'") else []
    names = [*accounts, *sorted((set(moves) | set(checks) | set(answers)) - set(accounts) - {UNNAMED_STAFF})]
    if UNNAMED_STAFF in moves:
        names.append(UNNAMED_STAFF)
    rows = []
    for name in names:
        made = moves.get(name, {})
        n_checks, disagreeing = checks.get(name, (0, 0))
        rows.append({"staff": name, "case_moves": sum(made.values()), "accepted": made.get("accepted", 0),
                     "corrections": made.get("needs_correction", 0),
                     "completed": made.get("completed_approved", 0) + made.get("completed_rejected", 0),
                     "checks_done": n_checks, "checks_disagreeing": disagreeing, "answers": answers.get(name, 0)})
    return rows


def people_ranking(rows: list[dict]) -> list[dict]:
    """The individual service-star table for ``rows`` (see ``PEOPLE_RULE``)."""
    taking_part = [r for r in rows if r["services_handled"] or r["days_on_duty"]]
    top = max((r["services_handled"] for r in taking_part), default=0)
    most_days = max((r["days_on_duty"] for r in taking_part), default=0)
    ranked = []
    for r in taking_part:
        volume = 100 * r["services_handled"] / top if top else 0.0
        rating = 100 * r["villager_rating_points"] / r["rated_by_villagers"] / 5 if r["rated_by_villagers"] else None
        duty = 100 * r["days_on_duty"] / most_days if most_days else 0.0
        duty = max(0.0, duty - MISSED_CHECK_POINTS * r["checks_missed"])
        score = (PEOPLE_WEIGHTS["volume"] * volume + PEOPLE_WEIGHTS["ratings"] * (rating or 0)
                 + PEOPLE_WEIGHTS["duty"] * duty) / 100
        ranked.append({"station": r["station"], "station_name": r["station_name"], "agent_id": r["agent_id"],
                       "agent": r["agent"], "services_handled": r["services_handled"],
                       "volume_score": round(volume, 1), "villager_avg": r["villager_avg"],
                       "rating_score": None if rating is None else round(rating, 1),
                       "days_on_duty": r["days_on_duty"], "checks_missed": r["checks_missed"],
                       "duty_score": round(duty, 1), "score": round(score, 1), "_exact": score})
    ranked.sort(key=lambda x: (-x["_exact"], -x["services_handled"], x["station"], x["agent"]))
    for index, r in enumerate(ranked, 1):
        del r["_exact"]
        r["rank"] = index
        r["star"] = "★ 服务标兵" if index <= PEOPLE_STAR_COUNT and r["score"] > 0 else ""
    return ranked
