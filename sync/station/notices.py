"""The town's notices as a station shows them (pulled by sync into ``town_notices``).

Read on the Today page at start-up, so it is one small query and never writes: a station
that has not synced yet has no ``town_notices`` table, which simply means no notices.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from station_app.queries import Listing, Query, any_column_like
from station_app.store import Store

SHOWN = 5  # the Today card is compact; older notices are the town's to repeat


def recent_notices(store: Store, limit: int = SHOWN) -> list[dict]:
    """The newest notices not withdrawn, newest first: id, title, body, published_at."""
    try:  # rowid is the order they were pulled in: it splits notices of the same millisecond
        rows = store.all("SELECT id, title, body, published_at FROM town_notices WHERE withdrawn_at IS NULL"
                         " ORDER BY published_at DESC, rowid DESC LIMIT ?", (limit,))
    except sqlite3.OperationalError as err:
        if "no such table" in str(err):
            return []
        raise
    return [dict(r) for r in rows]


@dataclass(frozen=True)
class NoticeQuery(Query):
    """Every notice the town sent, newest first; ``unread``: only those not opened here."""

    unread: bool = False


def list_notices(store: Store, q: NoticeQuery = NoticeQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    where, params = ["n.withdrawn_at IS NULL"], []
    if q.search.strip():
        clause, words = any_column_like(("n.title", "n.body"), q.search.strip())
        where.append(clause)
        params += words
    if q.unread:
        where.append("r.notice_id IS NULL")
    try:
        rows = store.all("SELECT n.*, r.read_at FROM town_notices n"
                         " LEFT JOIN notice_reads r ON r.notice_id = n.id WHERE " + " AND ".join(where)
                         + " ORDER BY n.published_at DESC, n.rowid DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    except sqlite3.OperationalError as err:
        if "no such table" in str(err):
            return []
        raise
    # A station whose sync tables predate categories has no category column until its next sync.
    return [{"category": None, **dict(r)} for r in rows]


def count_notices(store: Store, q: NoticeQuery = NoticeQuery()) -> int:
    return len(list_notices(store, q, 100_000, 0))


NOTICES = Listing(NoticeQuery(), list_notices, count_notices, frozenset({"town_notices", "notice_reads"}))
