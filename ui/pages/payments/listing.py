"""Adapters between the payments list and the core; they run on the database worker.

Filters: ``search`` (name, account, receipt, voucher or phone, as ``payments.list_payments``
matches) and ``status``: "today" or "voided" (absent: everything, newest first).
"""

from __future__ import annotations

from station_app import payments
from station_app.store import Store
from station_app.timeutil import local_date, local_day_bounds
from station_app.voids import not_voided_sql

SEARCH_COLUMNS = ("p.payer_name", "p.account_no", "p.receipt_no", "p.voucher_no", "p.payer_phone")


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(store: Store, filters: dict) -> tuple[str, list]:
    where, params = [], []
    text = (filters.get("search") or "").strip()
    if text:
        where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS) + ")")
        params += [_like(text)] * len(SEARCH_COLUMNS)
    status = filters.get("status")
    if status == "today":
        start, end = local_day_bounds(local_date(store.now_iso()))
        where += ["p.paid_at >= ?", "p.paid_at < ?"]
        params += [start, end]
    elif status == "voided":
        where.append(f"NOT ({not_voided_sql('payments', 'p')})")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def fetch(store: Store, filters: dict, limit: int, offset: int) -> list[dict]:
    status = filters.get("status")
    if status == "voided":
        where, params = _where(store, filters)
        ids = [r[0] for r in store.all(
            f"SELECT p.id FROM payments p{where} ORDER BY p.paid_at DESC, p.receipt_no DESC LIMIT ? OFFSET ?",
            [*params, limit, offset])]
        return [payments.get_payment(store, i) for i in ids]
    day = local_date(store.now_iso()) if status == "today" else None
    return payments.list_payments(store, search=filters.get("search"), day_from=day, day_to=day,
                                  limit=limit, offset=offset)


def count(store: Store, filters: dict) -> int:
    where, params = _where(store, filters)
    return store.scalar(f"SELECT COUNT(*) FROM payments p{where}", params)


def totals(store: Store, filters: dict) -> dict:
    """What the listed payments add up to, voided ones left out, per method."""
    where, params = _where(store, filters)
    keep = not_voided_sql("payments", "p")
    where = f"{where} AND {keep}" if where else f" WHERE {keep}"
    rows = store.all(f"SELECT p.method, COUNT(*), COALESCE(SUM(p.amount_fen), 0) FROM payments p{where}"
                     f" GROUP BY p.method", params)
    by_method = {method: (n, fen) for method, n, fen in rows}
    return {"count": sum(n for n, _ in by_method.values()), "fen": sum(f for _, f in by_method.values()),
            "by_method": by_method}
