"""Fetch and count adapters for the parcel lists: ``fetch(store, filters, limit, offset)``.

They run on the database worker and only call the core's look-ups (which start from an
index however many years of parcels the store holds). The parcels on the shelf are a few
hundred at most, so the short lists (matches, overdue, problems) are sliced in Python.
"""

from __future__ import annotations

from typing import Any

from station_app import parcels, parcels_out
from station_app.parcel_lookups import find_for_release
from station_app.timeutil import local_date, local_day_bounds

SHELF_MAX = 100_000  # more than any shelf holds: "all of them"


# -- release: what the agent typed at the counter ------------------------------------------
def fetch_matches(store, filters: dict, limit: int, offset: int) -> list[dict]:
    text = filters.get("text")
    return _flag_overdue(store, find_for_release(store, text, limit=offset + limit)[offset:]) if text else []


def count_matches(store, filters: dict) -> int:
    text = filters.get("text")
    return len(find_for_release(store, text, limit=SHELF_MAX)) if text else 0


# -- everything on the shelf, newest first -----------------------------------------------------
def _flag_overdue(store, rows: list[dict]) -> list[dict]:
    """Mark the rows the core counts as overdue (the shelf is small, so this stays cheap)."""
    late = {r["id"]: r["days_waiting"] for r in parcels.overdue(store)} if rows else {}
    return [{**r, "overdue": r["id"] in late} for r in rows]


def fetch_in_stock(store, filters: dict, limit: int, offset: int) -> list[dict]:
    rows = parcels.in_stock(store, limit=limit, offset=offset, search=filters.get("search"))
    return _flag_overdue(store, rows)


def count_in_stock(store, filters: dict) -> int:
    return parcels.count_in_stock(store, search=filters.get("search"))


# -- overdue, problems, or all on the shelf, for the returns tab -----------------------------
def _attention(store, filters: dict) -> list[dict]:
    kind, search = filters.get("status"), filters.get("search")
    if kind == "overdue":
        rows = parcels.overdue(store)
        if search:
            wanted = {r["id"] for r in find_for_release(store, search, limit=SHELF_MAX)}
            rows = [r for r in rows if r["id"] in wanted]
        return [{**r, "overdue": True} for r in rows]
    rows = parcels.in_stock(store, limit=SHELF_MAX, search=search)
    if kind == "problem":
        rows = [r for r in rows if r["status"] == "problem"]
    today = local_date(store.now_iso())
    return _flag_overdue(store, [{**r, "days_waiting": (today - local_date(r["checked_in_at"])).days}
                                 for r in rows])


def fetch_attention(store, filters: dict, limit: int, offset: int) -> list[dict]:
    return _attention(store, filters)[offset:offset + limit]


def count_attention(store, filters: dict) -> int:
    return len(_attention(store, filters))


# -- parcels sent (代寄), newest first; voided ones stay in the list, struck through ------------
def _sent_where(store, filters: dict) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if filters.get("status") == "today":
        clauses.append("p.sent_at >= ? AND p.sent_at < ?")
        params.extend(local_day_bounds(local_date(store.now_iso())))
    search = (filters.get("search") or "").strip()
    if search:
        like = f"%{search}%"
        clauses.append("(p.sender_name LIKE ? OR p.receiver_name LIKE ? OR p.sender_phone LIKE ?"
                       " OR p.receiver_phone LIKE ? OR p.tracking_no LIKE ?)")
        params.extend([like, like, like, like, like.upper()])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def fetch_sent(store, filters: dict, limit: int, offset: int) -> list[dict]:
    if not (filters.get("search") or "").strip():
        day = local_date(store.now_iso()) if filters.get("status") == "today" else None
        return parcels_out.list_sent(store, day, limit=limit, offset=offset)
    where, params = _sent_where(store, filters)
    rows = store.all(
        "SELECT p.*, v.reason AS void_reason, v.created_at AS voided_at FROM parcels_out p"
        " LEFT JOIN voids v ON v.target_entity = 'parcels_out' AND v.target_id = p.id"
        f"{where} ORDER BY p.sent_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [{**dict(r), "voided": r["voided_at"] is not None} for r in rows]


def count_sent(store, filters: dict) -> int:
    where, params = _sent_where(store, filters)
    return store.scalar(f"SELECT COUNT(*) FROM parcels_out p{where}", params)
