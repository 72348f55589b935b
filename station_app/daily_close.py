"""Daily close (日结): what should be in the till and the phone wallets, against what is counted.

Expected money per channel = the day's non-voided payments (not those paid by station
advance: no money came in), repayments and outgoing-parcel fees, plus for cash what the
last close before the day left in the till. A close is a record like any other: it is
never edited; a wrong one is voided with a reason and the day closed again.

Money taken after the day was closed belongs to the next close: a day's money is what
came in from the previous day's close (or its midnight) up to its own close (or its
midnight). So a close never changes once made, except by a void; and to count a late
payment in the day it came in, the close is voided (with its reason) and made again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .money import CHANNELS, check_fen, format_yuan
from .coop_accounts import SETTLED_HOW
from .electricity import PAYOVER_METHODS
from .payments import BILL_KINDS, METHODS
from .station_profile import profile
from .queries import Listing, Query
from .store import Store
from .timeutil import format_local, local_date, local_day_bounds
from .validation import optional_text
from .voids import not_voided_sql, void_record

# Where money comes in: (entity, time column, amount (money back out is negative), method
# column, which rows). The cooperative's desk has its own lines: supplies paid for now,
# returned (money back out), and accounts settled in money.
INCOME_SOURCES = (
    ("payments", "paid_at", "x.amount_fen", "method", "1 = 1"),
    ("repayments", "received_at", "x.amount_fen", "method", "1 = 1"),
    ("parcels_out", "sent_at", "x.fee_fen", "method", "1 = 1"),
    ("coop_stock_moves", "at", "CASE x.kind WHEN 'returned' THEN -x.amount_fen ELSE x.amount_fen END", "paid_how",
     "x.kind IN ('handed_out', 'returned')"),
    ("coop_settlements", "settled_at", "x.amount_fen", "how", "1 = 1"),
    ("payovers", "paid_over_at", "-x.amount_fen", "method", "1 = 1"),  # collected money paid over: out
)
# What each line of the day's money list is; a payment line names its bill (代缴电费).
LINE_LABELS = {"payment": "代缴{0}", "repayment": "垫付还款", "parcel_out": "代寄快递", "advance": "站点垫付",
               "coop_out": "农资发放", "coop_back": "农资退回（退款）", "coop_settle": "农资结账",
               "payover": "上交{0}"}


def _check_day(day: object) -> date:
    if isinstance(day, datetime) or not isinstance(day, date):
        raise ValidationError("bad_day", "请选择要日结的日期", "day")
    return day


def _closed_at(store: Store, day: date) -> str | None:
    """When ``day``'s standing close was made, if it was made on that day (a close made
    the next morning leaves nothing of the day after it)."""
    start, end = local_day_bounds(day)
    at = store.scalar(
        f"SELECT d.closed_at FROM daily_closes d WHERE d.business_date = ? AND {not_voided_sql('daily_closes', 'd')}"
        f" ORDER BY d.closed_at DESC LIMIT 1", (day.isoformat(),))
    return at if at and start <= at < end else None


def business_window(store: Store, day: date) -> tuple[str, str]:
    """The UTC instants [start, end) whose money a day's close counts: from the previous
    day's close (when it was made that day) or midnight, to the day's own close or midnight."""
    start, end = local_day_bounds(_check_day(day))
    return _closed_at(store, day - timedelta(days=1)) or start, _closed_at(store, day) or end


def after_close(store: Store, day: date) -> dict:
    """What came in on ``day`` after its close: it belongs to the next day's close.
    {"closed_at": …, "count": n, "income": {channel: fen}, "next_day": date}; count 0 when
    the day is not closed, or nothing came after."""
    closed = _closed_at(store, _check_day(day))
    income = dict.fromkeys(CHANNELS, 0)
    count = 0
    if closed is not None:
        count = _income_between(store, closed, local_day_bounds(day)[1], income)
    return {"closed_at": closed, "closed_at_local": format_local(closed) if closed else None, "count": count,
            "income": income, "next_day": (day + timedelta(days=1)).isoformat()}


def _income_between(store: Store, start: str, end: str, totals: dict[str, int]) -> int:
    """Adds the money in [start, end) to ``totals`` per channel; returns how many records."""
    count = 0
    for entity, at, amount, method, which in INCOME_SOURCES:
        rows = store.all(
            f"SELECT x.{method}, SUM({amount}), COUNT(*) FROM {entity} x"
            f" WHERE x.{at} > ? AND x.{at} < ? AND {which} AND {not_voided_sql(entity, 'x')} GROUP BY x.{method}",
            (start, end))
        for channel, fen, n in rows:
            if channel in totals:
                totals[channel] += fen
                count += n
    return count


def income_for_day(store: Store, day: date) -> dict[str, int]:
    """Money its close counts, per channel (voided records left out): see ``business_window``."""
    start, end = business_window(store, _check_day(day))
    totals = dict.fromkeys(CHANNELS, 0)
    for entity, at, amount, method, which in INCOME_SOURCES:
        rows = store.all(
            f"SELECT x.{method}, SUM({amount}) FROM {entity} x"
            f" WHERE x.{at} >= ? AND x.{at} < ? AND {which} AND {not_voided_sql(entity, 'x')} GROUP BY x.{method}",
            (start, end))
        for channel, fen in rows:
            if channel in totals:  # "advance": the station paid, nothing came in
                totals[channel] += fen
    return totals


def carried_in(store: Store, day: date) -> int:
    """Cash the latest non-voided close before ``day`` left in the till."""
    fen = store.scalar(
        f"SELECT d.carried_forward_fen FROM daily_closes d WHERE d.business_date < ?"
        f" AND {not_voided_sql('daily_closes', 'd')} ORDER BY d.business_date DESC, d.closed_at DESC LIMIT 1",
        (_check_day(day).isoformat(),))
    return fen or 0


def expected_for_day(store: Store, day: date) -> dict[str, int]:
    expected = income_for_day(store, day)
    expected["cash"] += carried_in(store, day)
    return expected


def _active_close_row(store: Store, day: date):
    return store.one(
        f"SELECT d.*, ag.name AS agent_name FROM daily_closes d LEFT JOIN agents ag ON ag.id = d.created_by"
        f" WHERE d.business_date = ? AND {not_voided_sql('daily_closes', 'd')}", (day.isoformat(),))


def _clean_counted(counted: dict[str, int], reasons: dict[str, str]) -> dict[str, int]:
    for name, mapping in (("counted", counted), ("reasons", reasons)):
        unknown = sorted(set(mapping) - set(CHANNELS))
        if unknown:
            raise ValidationError("unknown_channel", f"没有这种收款渠道：{unknown[0]}", name)
    # A channel left out was not used that day: counting nothing is counting zero.
    return {ch: check_fen(counted.get(ch, 0), f"counted_{ch}", allow_zero=True) for ch in CHANNELS}


def _lines(expected: dict[str, int], counted: dict[str, int], reasons: dict[str, str]) -> list[dict]:
    lines = []
    for channel, label in CHANNELS.items():
        variance = counted[channel] - expected[channel]
        reason = optional_text(reasons.get(channel), f"reason_{channel}", "差额原因", 200)
        if variance and not reason:
            short = variance < 0  # a till's words: 短款 (less than it should hold), 长款 (more)
            raise ValidationError("variance_needs_reason",
                                  f"{label}{'短款' if short else '长款'} {format_yuan(abs(variance))}，请写明原因",
                                  f"reason_{channel}", channel=label, variance=format_yuan(abs(variance)),
                                  short=short)
        lines.append({"channel": channel, "expected_fen": expected[channel], "counted_fen": counted[channel],
                      "variance_fen": variance, "reason": reason})
    return lines


def close_day(store: Store, agent_id: str, day: date, counted: dict[str, int],
              reasons: dict[str, str] | None = None, carried_forward_fen: int | None = None,
              note: str | None = None) -> str:
    """Close one business day. Expected amounts are computed in the same transaction."""
    require_agent(store, agent_id)
    day = _check_day(day)
    reasons = reasons or {}
    if day > local_date(store.now_iso()):
        raise ValidationError("future_day", "还没到的日子不能日结", "day")
    counted = _clean_counted(counted, reasons)
    if carried_forward_fen is None:
        carried_forward_fen = counted["cash"]
    carried_forward_fen = check_fen(carried_forward_fen, "carried_forward_fen", allow_zero=True)
    if carried_forward_fen > counted["cash"]:
        raise ValidationError("carry_exceeds_cash", "留存到明天的现金不能多于清点的现金", "carried_forward_fen")
    note = optional_text(note, "note", "备注")
    with store.write(agent_id) as w:
        if _active_close_row(store, day) is not None:
            raise StateError("already_closed", f"{day.isoformat()} 已经日结过了；要重做请先作废原来的日结", "day")
        lines = _lines(expected_for_day(store, day), counted, reasons)
        return w.insert("daily_closes", {
            "business_date": day.isoformat(),
            "lines": lines,
            "carried_forward_fen": carried_forward_fen,
            "note": note,
            "closed_at": store.now_iso(),
        })


def void_close(store: Store, agent_id: str, close_id: str, reason: str) -> str:
    """Void a close so the day can be closed again. A later close carried its cash forward,
    so that one must be voided first (newest first), or the chain of tills would break."""
    require_agent(store, agent_id)
    with store.write(agent_id):
        close = store.get("daily_closes", close_id)
        if close is None:
            raise NotFoundError("unknown_close", "找不到这条日结记录", "close_id")
        later = store.scalar(
            f"SELECT d.business_date FROM daily_closes d WHERE d.business_date > ?"
            f" AND {not_voided_sql('daily_closes', 'd')} ORDER BY d.business_date LIMIT 1",
            (close["business_date"],))
        if later:
            raise StateError("later_close_exists", f"{later} 的日结用到了这一天的留存现金，请先作废那天的日结", "close_id")
        return void_record(store, agent_id, "daily_closes", close_id, reason)


def get_close(store: Store, day: date) -> dict | None:
    """The day's standing close, with its lines, or None."""
    row = _active_close_row(store, _check_day(day))
    if row is None:
        return None
    data = dict(row)
    data["lines"] = json.loads(data["lines"])
    data["closed_at_local"] = format_local(data["closed_at"])
    return data


# -- the printable day sheet -------------------------------------------------------
def _money_lines(store: Store, day: date) -> list[dict]:
    """The money lines of the day's close (from the previous close on), and those taken on
    the day after its own close, marked ``next_close``: they count in the next one."""
    midnight, end = local_day_bounds(day)
    start = business_window(store, day)[0]
    closed = _closed_at(store, day)
    void_join = "LEFT JOIN voids vd ON vd.target_entity = '{e}' AND vd.target_id = x.id"
    queries = [
        ("payment", f"SELECT x.paid_at AS at, x.payer_name AS person, x.receipt_no AS ref, x.amount_fen AS fen,"
                    f" x.method, x.bill_kind AS detail, vd.reason AS void_reason FROM payments x"
                    f" {void_join.format(e='payments')} WHERE x.paid_at >= ? AND x.paid_at < ?"),
        ("repayment", f"SELECT x.received_at AS at, x.paid_by_name AS person, v.name AS ref, x.amount_fen AS fen,"
                      f" x.method, NULL AS detail, vd.reason AS void_reason FROM repayments x"
                      f" JOIN villagers v ON v.id = x.villager_id {void_join.format(e='repayments')}"
                      f" WHERE x.received_at >= ? AND x.received_at < ?"),
        ("parcel_out", f"SELECT x.sent_at AS at, x.sender_name AS person, x.tracking_no AS ref, x.fee_fen AS fen,"
                       f" x.method, x.courier AS detail, vd.reason AS void_reason FROM parcels_out x"
                       f" {void_join.format(e='parcels_out')} WHERE x.sent_at >= ? AND x.sent_at < ?"),
        # Advances given directly (not through a payment): no money in, shown so the sheet is whole.
        ("advance", f"SELECT x.advanced_at AS at, v.name AS person, NULL AS ref, x.amount_fen AS fen,"
                    f" 'advance' AS method, x.purpose AS detail, vd.reason AS void_reason FROM advances x"
                    f" JOIN villagers v ON v.id = x.villager_id {void_join.format(e='advances')}"
                    f" WHERE x.payment_id IS NULL AND x.advanced_at >= ? AND x.advanced_at < ?"),
        ("coop", f"SELECT x.at, v.name AS person, i.name || ' ' || abs(x.quantity) || i.unit AS ref,"
                 f" CASE x.kind WHEN 'returned' THEN -x.amount_fen ELSE x.amount_fen END AS fen, x.paid_how AS method,"
                 f" x.kind AS detail, vd.reason AS void_reason FROM coop_stock_moves x"
                 f" JOIN coop_items i ON i.id = x.item_id JOIN coop_members m ON m.id = x.member_id"
                 f" JOIN villagers v ON v.id = m.villager_id {void_join.format(e='coop_stock_moves')}"
                 f" WHERE x.kind IN ('handed_out', 'returned') AND x.paid_how != 'account' AND x.at >= ? AND x.at < ?"),
        ("coop_settle", f"SELECT x.settled_at AS at, v.name AS person, x.note AS ref, x.amount_fen AS fen,"
                        f" x.how AS method, NULL AS detail, vd.reason AS void_reason FROM coop_settlements x"
                        f" JOIN coop_members m ON m.id = x.member_id JOIN villagers v ON v.id = m.villager_id"
                        f" {void_join.format(e='coop_settlements')} WHERE x.settled_at >= ? AND x.settled_at < ?"),
        ("payover", f"SELECT x.paid_over_at AS at, x.paid_to AS person, x.reference AS ref, -x.amount_fen AS fen,"
                    f" x.method, (SELECT p.bill_kind FROM payover_items i JOIN payments p ON p.id = i.payment_id"
                    f" WHERE i.payover_id = x.id LIMIT 1) AS detail, vd.reason AS void_reason FROM payovers x"
                    f" {void_join.format(e='payovers')} WHERE x.paid_over_at >= ? AND x.paid_over_at < ?"),
    ]
    lines = []
    for source, sql in queries:
        for r in store.all(sql, (start, end)):
            kind = ("coop_out" if r["detail"] == "handed_out" else "coop_back") if source == "coop" else source
            label = LINE_LABELS[kind].format(BILL_KINDS.get(r["detail"], "") if kind in ("payment", "payover") else "")
            voided = r["void_reason"] is not None
            lines.append({
                "at": r["at"], "time": format_local(r["at"])[11:], "kind": kind, "kind_label": label,
                "person": r["person"], "ref": r["ref"] or "", "detail": "" if source == "coop" else r["detail"] or "",
                "amount_fen": r["fen"], "amount": format_yuan(r["fen"]),
                "method": r["method"],
                "method_label": METHODS.get(r["method"]) or SETTLED_HOW.get(r["method"]) or PAYOVER_METHODS.get(
                    r["method"], r["method"]),
                "voided": voided, "void_reason": r["void_reason"] or "",
                "next_close": bool(closed and r["at"] > closed),  # taken after the close: the next one counts it
                "day_before": r["at"] < midnight,  # after the previous day's close: this close counts it
                "in_totals": not voided and r["method"] in CHANNELS and not (closed and r["at"] > closed),
            })
    lines.sort(key=lambda line: line["at"])
    return lines


def day_sheet(store: Store, day: date) -> dict:
    """The printable sheet of one day: every money line (voided ones marked), totals, the close."""
    day = _check_day(day)
    income = income_for_day(store, day)
    carried = carried_in(store, day)
    expected = {**income, "cash": income["cash"] + carried}
    close = get_close(store, day)
    if close is not None:
        # A record voided after the close changes what was expected: show it, don't hide it.
        close["matches_current"] = all(line["expected_fen"] == expected[line["channel"]] for line in close["lines"])
    return {
        "station": {"code": store.station_code, "name": store.get_meta("station_name") or "",
                    "phone": profile(store)["phone"]},
        "date": day.isoformat(),
        "lines": _money_lines(store, day),
        "channels": dict(CHANNELS),
        "income": income,
        "carried_in_fen": carried,
        "expected": expected,
        "close": close,
        "after_close": after_close(store, day),
        "printed_at": format_local(store.now_iso()),
    }


# -- the day's money lines as the window lists them ----------------------------------
@dataclass(frozen=True)
class DayLinesQuery(Query):
    day: date | None = None  # no day chosen: no lines


def list_day_lines(store: Store, q: DayLinesQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    """One day's money lines in time order. A day holds a few dozen, merged from four
    kinds of record, so they are read whole and the page cut here."""
    return _money_lines(store, _check_day(q.day))[offset:offset + limit] if q.day else []


def count_day_lines(store: Store, q: DayLinesQuery) -> int:
    return len(_money_lines(store, _check_day(q.day))) if q.day else 0


# What a day's sheet is read from: where money comes in, advances, voids and closes.
DAY_SHOWS = frozenset({source[0] for source in INCOME_SOURCES} | {"advances", "voids", "daily_closes", "villagers",
                                                                  "coop_items", "coop_members", "payover_items"})
DAY_LINES = Listing(DayLinesQuery(), list_day_lines, count_day_lines, DAY_SHOWS)
