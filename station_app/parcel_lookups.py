"""Parcel look-ups an agent waits on at the counter, and the day's parcel figures.

A station keeps years of parcels (a million rows is ten busy years) but only a few hundred
are on the shelf at any time. Every query here starts from an index: the pickup code,
the phone tail or the tracking number when the agent typed one, else the status index,
which reaches only the parcels on the shelf. None of them reads the whole table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .errors import ValidationError
from .pickup_codes import ON_SHELF, ON_SHELF_SQL, parse_pickup_code, set_shelf_layout, shelf_layout
from .queries import LIKE, Listing, Query, like
from .settings import RETENTION_DAYS
from .store import Store
from .timeutil import format_local, local_date, local_day_bounds

DEFAULT_RETENTION_DAYS = RETENTION_DAYS.default
ALL_STATUSES_SQL = "('in_stock', 'problem', 'released', 'delivered', 'returned')"
CLOSED_STATUSES = ("released", "delivered", "returned")

_TAIL_RE = re.compile(r"^\d{4}$")
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_TRACKING_RE = re.compile(r"^[0-9A-Z]{8,32}$")


# -- settings ---------------------------------------------------------------------------

def retention_days(store: Store) -> int:
    """How many days a parcel waits on the shelf before it counts as overdue."""
    return RETENTION_DAYS.get(store)


def set_retention_days(store: Store, days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90:
        raise ValidationError("bad_retention", "保管天数应为1到90之间的整数", "retention_days")
    RETENTION_DAYS.put(store, days)
    return days


def shelf_settings(store: Store) -> dict:
    """The shelves and the retention days, as the settings page shows them."""
    layout = shelf_layout(store)
    return {"shelves": layout.shelves, "layers": layout.layers, "capacity": layout.capacity,
            "retention": retention_days(store)}


def set_shelves(store: Store, shelves: int, layers: int, capacity: int, days: int) -> None:
    """Change the shelves and the retention days together, or neither."""
    with store.transaction():
        set_shelf_layout(store, shelves, layers, capacity)
        set_retention_days(store, days)


# -- at the counter --------------------------------------------------------------------

def find_for_release(store: Store, text: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """Parcels on the shelf matching a pickup code, a phone (tail), a tracking number or a name.

    Problem parcels are included (with their status) so the agent sees why one cannot go out.
    """
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return []
    where, params = _match(value)
    rows = store.all(
        f"SELECT * FROM parcels WHERE status IN {ON_SHELF_SQL} AND {where} ORDER BY checked_in_at LIMIT ?",
        (*params, limit),
    )
    return [dict(r) for r in rows]


def _match(value: str) -> tuple[str, tuple]:
    """The WHERE fragment for what the agent typed, chosen so that an index serves it."""
    code = parse_pickup_code(value)
    if code:
        return "pickup_code = ?", (code,)
    digits = re.sub(r"[\s-]", "", value)
    if _TAIL_RE.match(digits):
        return "phone_tail = ?", (digits,)
    if _MOBILE_RE.match(digits):
        # A privacy waybill gave only the tail: such parcels match any phone ending the same way.
        return "phone_tail = ? AND (recipient_phone = ? OR recipient_phone IS NULL)", (digits[-4:], digits)
    if _TRACKING_RE.match(value.upper()) and any(ch.isdigit() for ch in value):
        return "tracking_no = ?", (value.upper(),)
    return f"recipient_name {LIKE}", (like(value),)


def in_stock(store: Store, limit: int = 50, offset: int = 0, search: str | None = None) -> list[dict[str, Any]]:
    """One page of the parcels on the shelf, newest first, optionally narrowed by a search."""
    where, params = _search(search)
    rows = store.all(
        f"SELECT * FROM parcels WHERE status IN {ON_SHELF_SQL}{where}"
        " ORDER BY checked_in_at DESC, id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [dict(r) for r in rows]


def count_in_stock(store: Store, search: str | None = None) -> int:
    where, params = _search(search)
    return store.scalar(f"SELECT COUNT(*) FROM parcels WHERE status IN {ON_SHELF_SQL}{where}", params)


def _search(search: str | None) -> tuple[str, tuple]:
    value = unicodedata.normalize("NFKC", search or "").strip()
    if not value:
        return "", ()
    where, params = _match(value)
    return f" AND {where}", params


# -- the lists the window shows ------------------------------------------------------------

@dataclass(frozen=True)
class ReleaseQuery(Query):
    """What the agent typed at the counter (a pickup code, a phone or its tail, a tracking
    number, a name): the parcels on the shelf it matches, oldest first."""

    text: str = ""


def list_release_matches(store: Store, q: ReleaseQuery, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    value = unicodedata.normalize("NFKC", q.text or "").strip()
    if not value:
        return []
    where, params = _match(value)
    return _flagged(store, store.all(f"SELECT * FROM parcels WHERE status IN {ON_SHELF_SQL} AND {where}"
                                     " ORDER BY checked_in_at LIMIT ? OFFSET ?", (*params, limit, offset)))


def count_release_matches(store: Store, q: ReleaseQuery) -> int:
    value = unicodedata.normalize("NFKC", q.text or "").strip()
    if not value:
        return 0
    where, params = _match(value)
    return store.scalar(f"SELECT COUNT(*) FROM parcels WHERE status IN {ON_SHELF_SQL} AND {where}", params)


def last_gone(store: Store, text: str | None) -> dict[str, Any] | None:
    """The latest parcel that fits what was typed at the counter but is no longer on the
    shelf: when it went and to whom (or that it went home or back to the courier), so
    "not found" can say where it went. None when nothing fits at all."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return None
    where, params = _match(value)
    row = store.one(f"SELECT * FROM parcels WHERE status NOT IN {ON_SHELF_SQL} AND {where}"
                    " ORDER BY closed_at DESC LIMIT 1", params)
    if row is None:
        return None
    gone = dict(row)
    gone["closed_at_local"] = format_local(gone["closed_at"]) if gone.get("closed_at") else ""
    return gone


@dataclass(frozen=True)
class ShelfQuery(Query):
    """The parcels on the shelf, newest first, narrowed by ``search`` (read as at the
    counter); ``status`` "overdue" (oldest first) or "problem" keeps those only."""

    status: str | None = None


def _shelf(store: Store, q: ShelfQuery) -> tuple[str, list, str]:
    clauses, params, order = [f"status IN {ON_SHELF_SQL}"], [], "checked_in_at DESC, id DESC"
    if q.status == "overdue":
        clauses.append("checked_in_at < ?")
        params.append(_overdue_cutoff(_today(store), retention_days(store)))
        order = "checked_in_at"
    elif q.status == "problem":
        clauses.append("status = 'problem'")
    value = unicodedata.normalize("NFKC", q.search or "").strip()
    if value:
        where, more = _match(value)
        clauses.append(where)
        params += more
    return " WHERE " + " AND ".join(clauses), params, order


def list_shelf(store: Store, q: ShelfQuery = ShelfQuery(), limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    where, params, order = _shelf(store, q)
    return _flagged(store, store.all(f"SELECT * FROM parcels{where} ORDER BY {order} LIMIT ? OFFSET ?",
                                     (*params, limit, offset)))


def count_shelf(store: Store, q: ShelfQuery = ShelfQuery()) -> int:
    where, params, _order = _shelf(store, q)
    return store.scalar(f"SELECT COUNT(*) FROM parcels{where}", params)


def _flagged(store: Store, rows) -> list[dict[str, Any]]:
    """Each parcel with the days it has waited and whether that makes it overdue."""
    today = _today(store)
    cutoff = _overdue_cutoff(today, retention_days(store))
    return [{**dict(r), "days_waiting": (today - local_date(r["checked_in_at"])).days,
             "overdue": r["status"] in ON_SHELF and r["checked_in_at"] < cutoff} for r in rows]


SHOWS = frozenset({"parcels"})
RELEASE_MATCHES = Listing(ReleaseQuery(), list_release_matches, count_release_matches, SHOWS)
SHELF = Listing(ShelfQuery(), list_shelf, count_shelf, SHOWS)


# -- retention and the day's figures ----------------------------------------------------

def _today(store: Store) -> date:
    return local_date(store.now_iso())


def _overdue_cutoff(day: date, days: int) -> str:
    """Checked in before this instant = more than ``days`` full local days on the shelf by ``day``."""
    return local_day_bounds(day - timedelta(days=days))[0]


def overdue(store: Store, retention_days: int | None = None) -> list[dict[str, Any]]:
    """Parcels on the shelf longer than the retention days, oldest first, with days waited."""
    days = _retention(store, retention_days)
    today = _today(store)
    rows = store.all(
        f"SELECT * FROM parcels WHERE status IN {ON_SHELF_SQL} AND checked_in_at < ? ORDER BY checked_in_at",
        (_overdue_cutoff(today, days),),
    )
    return [{**dict(r), "days_waiting": (today - local_date(r["checked_in_at"])).days} for r in rows]


def _retention(store: Store, days: int | None) -> int:
    if days is None:
        return retention_days(store)
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ValidationError("bad_retention", "保管天数应为不小于0的整数", "retention_days")
    return days


def daily_counts(store: Store, day: date | None = None) -> dict[str, Any]:
    """In, out (by how), on the shelf and overdue at the end of a local day, and parcels sent.

    The stock of a past evening is today's stock corrected by what arrived or left since,
    so the work grows with the days since ``day``, never with the size of the archive.
    """
    day = day or _today(store)
    start, end = local_day_bounds(day)
    cutoff = _overdue_cutoff(day, retention_days(store))
    arrived = store.scalar(
        f"SELECT COUNT(*) FROM parcels WHERE status IN {ALL_STATUSES_SQL} AND checked_in_at >= ? AND checked_in_at < ?",
        (start, end),
    )
    left = dict(store.all(
        "SELECT status, COUNT(*) FROM parcels WHERE closed_at >= ? AND closed_at < ? GROUP BY status", (start, end)
    ))
    counts = {
        "day": day.isoformat(),
        "in": arrived,
        "out": sum(left.values()),
        **{status: left.get(status, 0) for status in CLOSED_STATUSES},
        "in_stock": _on_shelf_at(store, end, end),
        "overdue": _on_shelf_at(store, end, cutoff),
    }
    from .parcels_out import sent_totals  # parcels_out has no reason to import us back

    counts["sent"] = sent_totals(store, day)["count"]
    return counts


def _on_shelf_at(store: Store, moment: str, checked_in_before: str) -> int:
    """Parcels checked in before ``checked_in_before`` that were still on the shelf at ``moment``."""
    still_there = store.scalar(
        f"SELECT COUNT(*) FROM parcels WHERE status IN {ON_SHELF_SQL} AND checked_in_at < ?",
        (min(moment, checked_in_before),),
    )
    left_since = store.scalar(
        "SELECT COUNT(*) FROM parcels WHERE closed_at >= ? AND checked_in_at < ?",
        (moment, min(moment, checked_in_before)),
    )
    return still_there + left_since

