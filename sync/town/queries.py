"""What the town window shows, as plain data: the inbox of received batches, the 28
stations at a glance, monthly series for charts, the case work list and open problems.

Everything is read from what the hub records (``hub_batches``, ``hub_stations``,
``sync_problems`` + ``hub_problem_stations`` and the stations' records). Figures the hub
does not record are returned as ``None`` rather than guessed:
- a station's waiting (unsent) ops: only the station knows its outbox;
- requests or files refused as a whole (bad signature, gap, wrong versions) leave no row.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Iterable

from station_app.case_rules import DONE, STATUS_LABELS
from station_app.money import sum_fen_sql
from station_app.store import Store
from station_app.timeutil import LOCAL_TZ, from_iso, local_day_bounds, local_range_bounds, to_iso, utc_now
from station_app.voids import not_voided_sql

from ..hub.stations import list_stations
from .store import ensure_town_tables

VIA_LABELS = {"http": "网络", "file": "U盘文件"}
OUTCOME_LABELS = {"ok": "全部入账", "rejected": "有拒收", "conflict": "有冲突", "held": "待审核",
                  "merged": "已随后来的同步入账"}
STALE_DAYS = 2
SOON_DAYS = 3
LOCKOUT_DAYS = 30  # PIN lock-outs shown per station: the last month's
OPEN_STATUSES = tuple(s for s in STATUS_LABELS if s not in DONE)


def _page(limit: int | None, offset: int) -> tuple[int, int]:
    return (-1 if limit is None else max(0, int(limit))), max(0, int(offset))


# -- inbox -------------------------------------------------------------------------------
def inbox(hub: Store, limit: int | None = 100, offset: int = 0, station: str | None = None) -> dict:
    """Received batches, newest first, each with its refusals (reasons in plain words)."""
    ensure_town_tables(hub)
    where, params = ("WHERE b.station_code = ?", [station]) if station else ("", [])
    total = hub.scalar(f"SELECT COUNT(*) FROM hub_batches b {where}", params)
    lim, off = _page(limit, offset)
    rows = hub.all(
        "SELECT b.*, s.name AS station_name FROM hub_batches b LEFT JOIN hub_stations s ON s.code = b.station_code"
        f" {where} ORDER BY b.received_at DESC, b.rowid DESC LIMIT ? OFFSET ?", [*params, lim, off])
    items = []
    for r in rows:
        item = dict(r)
        item["via_label"] = VIA_LABELS.get(r["via"], r["via"])
        item["outcome_label"] = OUTCOME_LABELS.get(r["outcome"], r["outcome"])
        item["clock_warning"] = r["reason"]
        item["refusals"] = _refusals(hub, r) if r["rejected"] or r["conflicts"] else []
        items.append(item)
    return {"total": total, "items": items}


def _refusals(hub: Store, batch) -> list[dict]:
    """The batch's rejections and conflicts: the problems raised by its own ops."""
    rows = hub.all(
        "SELECT p.id, p.kind, p.entity, p.record_id, p.code, p.reason, p.detail, p.created_at, p.resolved_at"
        " FROM hub_ops o JOIN sync_problems p ON p.op_id = o.op_id"
        " JOIN hub_problem_stations ps ON ps.problem_id = p.id AND ps.station_code = o.station_code"
        " WHERE o.batch_id = ? AND o.outcome <> 'applied' ORDER BY p.created_at",
        (batch["id"],))
    return [{**dict(p), "detail": _detail(p["detail"]), "kind_label": "拒收" if p["kind"] == "rejection" else "冲突"}
            for p in rows]


def _detail(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# -- stations at a glance -------------------------------------------------------------------
def stations_overview(hub: Store, today: date | None = None, now: datetime | None = None) -> list[dict]:
    ensure_town_tables(hub)
    now = now or hub.clock.now()
    today = today or now.astimezone(LOCAL_TZ).date()
    problems = dict(hub.all(
        "SELECT h.station_code, COUNT(*) FROM sync_problems p JOIN hub_problem_stations h ON h.problem_id = p.id"
        " WHERE p.resolved_at IS NULL GROUP BY h.station_code"))
    last = {r["station_code"]: r for r in hub.all(
        "SELECT b.station_code, b.via, b.received_at, b.reason, b.op_count, b.outcome FROM hub_batches b"
        " WHERE b.rowid = (SELECT b2.rowid FROM hub_batches b2 WHERE b2.station_code = b.station_code"
        " ORDER BY b2.received_at DESC LIMIT 1)")}
    since = to_iso(now - timedelta(days=LOCKOUT_DAYS))
    lockouts = dict(hub.all("SELECT station_code, COUNT(*) FROM audit_events WHERE kind = 'pin_lockout' AND at >= ?"
                            " GROUP BY station_code", (since,)))
    marks = ",".join("?" * len(OPEN_STATUSES))
    overdue = dict(hub.all(f"SELECT station_code, COUNT(*) FROM cases WHERE status IN ({marks}) AND deadline < ?"
                           " GROUP BY station_code", (*OPEN_STATUSES, today.isoformat())))
    by_status: dict[str, dict[str, int]] = {}  # open cases now, per station and status
    for code, status, n in hub.all(f"SELECT station_code, status, COUNT(*) FROM cases WHERE status IN ({marks})"
                                   " GROUP BY station_code, status", OPEN_STATUSES):
        by_status.setdefault(code, {})[status] = n
    result = []
    for s in hub.all("SELECT code, name, enrolled_at, last_applied, last_seen_at, secret_hash IS NOT NULL AS enrolled,"
                     " revoked_at, app_version, protocol_version, schema_version, clock_skew_s, waiting_ops,"
                     " recovery_started_at, recovered_at FROM hub_stations ORDER BY code"):
        b = last.get(s["code"])
        seen = from_iso(s["last_seen_at"]) if s["last_seen_at"] else None
        age = (now - seen).total_seconds() / 86400 if seen else None
        result.append({
            "code": s["code"], "name": s["name"], "enrolled": bool(s["enrolled"]), "enrolled_at": s["enrolled_at"],
            "last_seen_at": s["last_seen_at"], "age_days": None if age is None else round(age, 2),
            "age_text": _age_text(age), "stale": age is None or age > STALE_DAYS,
            "last_batch_at": b["received_at"] if b else None, "last_batch_via": b["via"] if b else None,
            "last_batch_outcome": b["outcome"] if b else None, "ops_received_to_seq": s["last_applied"],
            "waiting_ops": s["waiting_ops"],  # as the station said at its last contact
            "open_problems": problems.get(s["code"], 0), "cases_overdue": overdue.get(s["code"], 0),
            "cases_open": {status: by_status.get(s["code"], {}).get(status, 0) for status in OPEN_STATUSES},
            "clock_warning": b["reason"] if b else None, "revoked_at": s["revoked_at"],
            "clock_skew_seconds": s["clock_skew_s"], "skew_text": skew_text(s["clock_skew_s"]),
            "versions": _versions(s),
            # A new PC, or an old backup put back, that got the station's records back from the hub.
            "recovery_started_at": s["recovery_started_at"], "recovered_at": s["recovered_at"],
            "recovering": bool(s["recovery_started_at"]) and not s["recovered_at"],
            "pin_lockouts": lockouts.get(s["code"], 0),
        })
    return result


def skew_text(seconds: int | None) -> str:
    """A station's clock against the hub's, in words (under a minute is network noise)."""
    if seconds is None:
        return "未知"
    if abs(seconds) < 60:
        return "准"
    size = abs(seconds)
    amount = (f"{size // 86400} 天" if size >= 86400 else f"{size // 3600} 小时" if size >= 3600
              else f"{size // 60} 分钟")
    return ("快 " if seconds > 0 else "慢 ") + amount


def _versions(station) -> str | None:
    if station["app_version"] is None and station["schema_version"] is None:
        return None
    return f"{station['app_version'] or '?'} · v{station['schema_version'] or '?'}"


def _age_text(age_days: float | None) -> str:
    if age_days is None:
        return "从未同步"
    if age_days < 1 / 24:
        return "刚刚"
    if age_days < 1:
        return f"{int(age_days * 24)}小时前"
    return f"{int(age_days)}天前"


# -- monthly series for charts ----------------------------------------------------------------
SERIES = {
    "payments": ("代缴笔数", "payments", "paid_at", True, "COUNT(*)"),
    "payments_fen": ("代缴金额（分）", "payments", "paid_at", True, sum_fen_sql("amount_fen")),
    "parcels_in": ("快递入库", "parcels", "checked_in_at", False, "COUNT(*)"),
    "parcels_sent": ("代寄件数", "parcels_out", "sent_at", True, "COUNT(*)"),
    "cases_opened": ("新受理代办件", "cases", "received_at", False, "COUNT(*)"),
    "receptions": ("接待登记", "receptions", "at", False, "COUNT(*)"),
    "ratings": ("评价次数", "feedback", "at", False, "COUNT(*)"),
}


def month_list(months: int | Iterable[str], today: date | None = None) -> list[str]:
    if isinstance(months, int):
        today = today or utc_now().astimezone(LOCAL_TZ).date()
        y, m = today.year, today.month
        out = []
        for _ in range(max(1, months)):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        return out[::-1]
    return sorted(months)


def monthly_series(hub: Store, months: int | Iterable[str] = 12, today: date | None = None) -> dict:
    """Per module and local month: the town's figure and each station's (``names``: the
    stations' names by code), plus the cases overdue at each month's end (today for the
    current month)."""
    ensure_town_tables(hub)
    today = today or hub.clock.now().astimezone(LOCAL_TZ).date()
    labels = month_list(months, today)
    first = date(int(labels[0][:4]), int(labels[0][5:]), 1)
    y, m = int(labels[-1][:4]), int(labels[-1][5:])
    start, end = local_range_bounds(first, date(y + (m == 12), m % 12 + 1, 1))
    index = {label: i for i, label in enumerate(labels)}
    stations = list_stations(hub)
    codes = [s["code"] for s in stations]
    modules = {}
    marks = ",".join("?" * len(codes))
    for key, (label, table, column, voidable, measure) in SERIES.items():
        town = [0] * len(labels)
        by_station = {code: [0] * len(labels) for code in codes}
        voided = f" AND {not_voided_sql(table, table)}" if voidable else ""
        # "station_code IN (...)" lets SQLite walk the (station_code, time) indexes station by
        # station, with or without ANALYZE statistics.
        for code, month, value in hub.all(
                f"SELECT station_code, strftime('%Y-%m', {column}, '+8 hours') AS month, {measure} FROM {table}"
                f" WHERE station_code IN ({marks}) AND {column} >= ? AND {column} < ?{voided}"
                " GROUP BY station_code, month", (*codes, start, end)):
            if month in index:
                town[index[month]] += value
                by_station.setdefault(code, [0] * len(labels))[index[month]] += value
        modules[key] = {"label": label, "town": town, "by_station": by_station}
    overdue_town, overdue_by = _overdue_trend(hub, labels, codes, today)
    return {"months": labels, "modules": modules, "names": {s["code"]: s["name"] for s in stations},
            "overdue_cases": {"label": "月末超期未办结代办件", "town": overdue_town, "by_station": overdue_by}}


def _overdue_trend(hub: Store, labels: list[str], codes: list[str], today: date) -> tuple[list, dict]:
    """Cases open and past their deadline at each month's end (the same rule as the
    report's stocks). Only cases that could be open in the window are read: those open
    now (no status leads back from a finished one) and those first finished after the
    first month's end."""
    ends = []
    for label in labels:
        y, m = int(label[:4]), int(label[5:])
        last_day = min(date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1), today)
        ends.append((last_day.isoformat(), local_day_bounds(last_day)[1]))
    finished = ",".join("?" * len(DONE))
    opened = ",".join("?" * len(OPEN_STATUSES))
    done = sorted(DONE)
    rows = hub.all(
        "SELECT c.station_code, c.deadline, c.received_at,"
        f" (SELECT MIN(e.at) FROM case_events e WHERE e.case_id = c.id AND e.to_status IN ({finished})) AS finished"
        f" FROM cases c WHERE c.received_at < ? AND (c.status IN ({opened}) OR c.id IN"
        f" (SELECT case_id FROM case_events WHERE at >= ? AND to_status IN ({finished})))",
        (*done, ends[-1][1], *OPEN_STATUSES, ends[0][1], *done))
    town = [0] * len(labels)
    by_station = {code: [0] * len(labels) for code in codes}
    for code, deadline, received, finished_at in rows:
        for i, (last_day, cut) in enumerate(ends):
            if deadline < last_day and received < cut and (finished_at is None or finished_at >= cut):
                town[i] += 1
                by_station.setdefault(code, [0] * len(labels))[i] += 1
    return town, by_station


# -- cases -----------------------------------------------------------------------------------
def case_worklist(hub: Store, item: str | None = None, window: str | None = None, station: str | None = None,
                  status: str | Iterable[str] | None = None, due: str | None = None, limit: int | None = 100,
                  offset: int = 0, today: date | None = None) -> dict:
    """Agency cases of every station. ``status``: one status, several, or "open"; ``due``:
    "overdue" | "soon" (deadline within 3 days) | "today" | an ISO date (deadline on or
    before it). Open cases first, nearest deadline first. Each row carries ``version`` and
    ``status`` for ``writes.set_case_status(base_version=, seen_status=)``."""
    today = today or hub.clock.now().astimezone(LOCAL_TZ).date()
    where, params = ["1 = 1"], []
    if item:
        where.append("c.item_code = ?")
        params.append(item)
    if window:
        where.append("ci.window = ?")
        params.append(window)
    if station:
        where.append("c.station_code = ?")
        params.append(station.upper())
    if status:
        wanted = list(OPEN_STATUSES) if status == "open" else ([status] if isinstance(status, str) else list(status))
        where.append(f"c.status IN ({','.join('?' * len(wanted))})")
        params += wanted
    if due:
        open_marks = ",".join("?" * len(OPEN_STATUSES))
        if due == "overdue":
            where.append(f"c.status IN ({open_marks}) AND c.deadline < ?")
            params += [*OPEN_STATUSES, today.isoformat()]
        elif due == "today":
            where.append(f"c.status IN ({open_marks}) AND c.deadline = ?")
            params += [*OPEN_STATUSES, today.isoformat()]
        elif due == "soon":
            where.append(f"c.status IN ({open_marks}) AND c.deadline >= ? AND c.deadline <= ?")
            params += [*OPEN_STATUSES, today.isoformat(), (today + timedelta(days=SOON_DAYS)).isoformat()]
        else:
            where.append("c.deadline <= ?")
            params.append(date.fromisoformat(due).isoformat())
    clause = " AND ".join(where)
    base = ("FROM cases c LEFT JOIN catalogue_items ci ON ci.code = c.item_code"
            " LEFT JOIN hub_stations s ON s.code = c.station_code LEFT JOIN villagers v ON v.id = c.villager_id"
            f" WHERE {clause}")
    total = hub.scalar(f"SELECT COUNT(*) {base}", params)
    lim, off = _page(limit, offset)
    open_marks = ",".join("?" * len(OPEN_STATUSES))
    rows = hub.all(
        "SELECT c.id, c.case_no, c.station_code, s.name AS station_name, c.item_code, ci.name AS item_name,"
        " ci.window, v.name AS villager_name, c.status, c.received_at, c.deadline, c.version, c.note,"
        " c.materials_received,"
        " (SELECT COUNT(*) FROM sync_problems p WHERE p.entity = 'cases' AND p.record_id = c.id"
        "  AND p.resolved_at IS NULL) AS open_problems"
        f" {base} ORDER BY (c.status IN ({open_marks})) DESC, c.deadline, c.case_no LIMIT ? OFFSET ?",
        [*params, *OPEN_STATUSES, lim, off])
    items = []
    for r in rows:
        row = dict(r)
        row["status_label"] = STATUS_LABELS.get(r["status"], r["status"])
        row["overdue"] = r["status"] in OPEN_STATUSES and r["deadline"] < today.isoformat()
        items.append(row)
    return {"total": total, "items": items}


def case_history(hub: Store, case_id: str) -> list[dict]:
    """A case's moves, oldest first; ``staff``: who at the town made a town move (if known)."""
    return [dict(r) | {"to_label": STATUS_LABELS.get(r["to_status"], r["to_status"])} for r in hub.all(
        "SELECT e.from_status, e.to_status, e.note, e.by_side, e.at, m.staff_name AS staff FROM case_events e"
        " LEFT JOIN hub_case_moves m ON m.event_id = e.id WHERE e.case_id = ? ORDER BY e.at, e.rowid", (case_id,))]


# -- problems --------------------------------------------------------------------------------
def open_problems(hub: Store, station: str | None = None) -> list[dict]:
    """Unresolved rejections and conflicts of every station, newest first."""
    ensure_town_tables(hub)
    extra, params = (" AND h.station_code = ?", [station]) if station else ("", [])
    rows = hub.all(
        "SELECT p.*, h.station_code, s.name AS station_name FROM sync_problems p"
        " JOIN hub_problem_stations h ON h.problem_id = p.id LEFT JOIN hub_stations s ON s.code = h.station_code"
        f" WHERE p.resolved_at IS NULL{extra} ORDER BY p.created_at DESC", params)
    return [{**dict(r), "detail": _detail(r["detail"]),
             "kind_label": "拒收" if r["kind"] == "rejection" else "冲突"} for r in rows]


__all__ = ["inbox", "stations_overview", "monthly_series", "case_worklist", "case_history", "open_problems",
           "month_list"]
