"""Monthly summary per module, as data the GUI prints and the town hub aggregates.

Every figure comes from record fields that sync, filtered by local-time month bounds,
so a station and the hub produce the same numbers. Pass ``station_code`` on the hub.
"""

from __future__ import annotations

from datetime import date

from .money import sum_fen_sql as sum_fen
from .voids import not_voided_sql
from .settings import STATION_CODE
from .store import Store
from .timeutil import local_range_bounds

# "Services handled" (办理事项) is what the town reports upwards. Each service counts once,
# in the module that did it; a reception counts only when it did not turn into one of them.
SERVICES_RULE = ("代缴费用笔数（不含作废）+ 快递入库件数 + 代寄件数（不含作废）"
                 "+ 新受理代办件数 + 接待登记中当场答复或转镇中心的次数")


def month_bounds(year: int, month: int) -> tuple[str, str]:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return local_range_bounds(date(year, month, 1), first_next)


def monthly_summary(store: Store, year: int, month: int, station_code: str | None = None) -> dict:
    start, end = month_bounds(year, month)
    scope = "station_code = ?" if station_code else "1 = 1"
    base = [station_code] if station_code else []

    def q(sql: str, *params) -> tuple:
        return tuple(store.one(sql.replace("{scope}", scope), [*base, *params]))

    def groups(sql: str, *params) -> dict:
        return {r[0]: r[1] for r in store.all(sql.replace("{scope}", scope), [*base, *params])}

    window = (start, end)
    pay_n, pay_fen = q(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM payments WHERE {{scope}} AND paid_at >= ? AND paid_at < ? AND {not_voided_sql('payments', 'payments')}", *window)
    (pay_void,) = q(f"SELECT COUNT(*) FROM payments WHERE {{scope}} AND paid_at >= ? AND paid_at < ? AND NOT {not_voided_sql('payments', 'payments')}", *window)
    by_kind = groups(f"SELECT bill_kind, {sum_fen('amount_fen')} FROM payments WHERE {{scope}} AND paid_at >= ? AND paid_at < ? AND {not_voided_sql('payments', 'payments')} GROUP BY bill_kind", *window)
    by_method = groups(f"SELECT method, {sum_fen('amount_fen')} FROM payments WHERE {{scope}} AND paid_at >= ? AND paid_at < ? AND {not_voided_sql('payments', 'payments')} GROUP BY method", *window)
    (given,) = q(f"SELECT {sum_fen('amount_fen')} FROM advances WHERE {{scope}} AND advanced_at >= ? AND advanced_at < ? AND {not_voided_sql('advances', 'advances')}", *window)
    (repaid,) = q(f"SELECT {sum_fen('amount_fen')} FROM repayments WHERE {{scope}} AND received_at >= ? AND received_at < ? AND {not_voided_sql('repayments', 'repayments')}", *window)
    (given_to_end,) = q(f"SELECT {sum_fen('amount_fen')} FROM advances WHERE {{scope}} AND advanced_at < ? AND {not_voided_sql('advances', 'advances')}", end)
    (repaid_to_end,) = q(f"SELECT {sum_fen('amount_fen')} FROM repayments WHERE {{scope}} AND received_at < ? AND {not_voided_sql('repayments', 'repayments')}", end)
    (parcels_in,) = q("SELECT COUNT(*) FROM parcels WHERE {scope} AND checked_in_at >= ? AND checked_in_at < ?", *window)
    closed = groups("SELECT status, COUNT(*) FROM parcels WHERE {scope} AND closed_at >= ? AND closed_at < ? GROUP BY status", *window)
    out_n, out_fee = q(f"SELECT COUNT(*), {sum_fen('fee_fen')} FROM parcels_out WHERE {{scope}} AND sent_at >= ? AND sent_at < ? AND {not_voided_sql('parcels_out', 'parcels_out')}", *window)
    (cases_opened,) = q("SELECT COUNT(*) FROM cases WHERE {scope} AND received_at >= ? AND received_at < ?", *window)
    finished = groups("SELECT to_status, COUNT(*) FROM case_events WHERE {scope} AND at >= ? AND at < ? AND to_status IN ('completed_approved','completed_rejected','delivered','withdrawn') GROUP BY to_status", *window)
    outcomes = groups("SELECT outcome, COUNT(*) FROM receptions WHERE {scope} AND at >= ? AND at < ? GROUP BY outcome", *window)
    levels = groups("SELECT level, COUNT(*) FROM feedback WHERE {scope} AND at >= ? AND at < ? GROUP BY level", *window)
    rated = sum(levels.values())
    satisfied = levels.get(5, 0) + levels.get(4, 0) + levels.get(3, 0)
    services = pay_n + parcels_in + out_n + cases_opened + outcomes.get("answered", 0) + outcomes.get("referred", 0)
    return {
        "period": f"{year:04d}-{month:02d}",
        "station": station_code or STATION_CODE.get(store),
        "services_handled": services,
        "services_rule": SERVICES_RULE,
        "payments": {"count": pay_n, "amount_fen": pay_fen, "voided_count": pay_void,
                     "by_kind_fen": by_kind, "by_method_fen": by_method},
        "advances": {"given_fen": given, "repaid_fen": repaid, "outstanding_at_end_fen": given_to_end - repaid_to_end},
        "parcels": {"checked_in": parcels_in, "released": closed.get("released", 0),
                    "delivered": closed.get("delivered", 0), "returned": closed.get("returned", 0),
                    "outgoing_count": out_n, "outgoing_fee_fen": out_fee},
        "cases": {"opened": cases_opened, "completed_approved": finished.get("completed_approved", 0),
                  "completed_rejected": finished.get("completed_rejected", 0),
                  "delivered": finished.get("delivered", 0), "withdrawn": finished.get("withdrawn", 0)},
        "receptions": {"count": sum(outcomes.values()), "by_outcome": outcomes},
        "feedback": {"rated": rated, "by_level": {str(k): v for k, v in sorted(levels.items())},
                     "satisfaction_pct": round(100 * satisfied / rated, 1) if rated else None},
    }
