"""The town's notices as a station shows them (pulled by sync into ``town_notices``).

Read on the Today page at start-up, so it is one small query and never writes: a station
that has not synced yet has no ``town_notices`` table, which simply means no notices.
"""

from __future__ import annotations

import sqlite3

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
