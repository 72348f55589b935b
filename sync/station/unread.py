"""Changes a newer hub sends that this version cannot read, pulled again after an upgrade.

The hub serves stations one schema version behind its own (``protocol.ACCEPTED_SCHEMAS``),
so it may send kinds of records such a station does not have yet (town SMS outcomes, say,
to a station from before them), or records with a column it does not have yet (one a
newer version added to catalogue items). The station skips the records, or the column,
as it must, and its cursor moves past them with the page. ``remember`` keeps the cursor
of the first such change with the schema version that skipped it; once the app is
upgraded, ``pull_again_if_upgraded`` moves the cursor back before it, so the next pull
brings those changes again (and all after them: applying a change the station holds
already changes nothing).
"""

from __future__ import annotations

from station_app.logs import log
from station_app.settings import SYNC_CURSOR, SYNC_UNREAD
from station_app.store import Store
from station_app.store.schema import ENTITIES, SCHEMA_VERSION

from .pull_apply import TABLES

KINDS = {"record", *TABLES}


def remember(store: Store, changes: list[dict]) -> None:
    """Inside the transaction that applies ``changes``: keep the first one this version
    cannot read whole (recovered records, cursor 0, are the station's own and never unread)."""
    lacking: dict[tuple, bool] = {}  # (entity, field names) -> has a column this store lacks
    unread = [c["cursor"] for c in changes
              if type(c.get("cursor")) is int and c["cursor"] > 0 and not _read_whole(store, c, lacking)]
    if not unread:
        return
    kept = SYNC_UNREAD.get(store) or {"cursor": min(unread), "schema": SCHEMA_VERSION}
    SYNC_UNREAD.put(store, {"cursor": min(kept["cursor"], *unread), "schema": min(kept["schema"], SCHEMA_VERSION)})


def _read_whole(store: Store, change: dict, lacking: dict[tuple, bool]) -> bool:
    kind, entity, data = change.get("kind"), change.get("entity"), change.get("data")
    if kind not in KINDS or (kind == "record" and entity not in ENTITIES):
        return False
    if kind != "record" or not isinstance(data, dict):
        return True
    shape = (entity, tuple(data))
    if shape not in lacking:
        lacking[shape] = not set(shape[1]) <= store.columns(entity)
    return not lacking[shape]


def pull_again_if_upgraded(store: Store) -> None:
    """Before a sync or a USB batch: if a version older than this one skipped changes,
    pull again from the first of them."""
    kept = SYNC_UNREAD.get(store)
    if kept is None or kept["schema"] >= SCHEMA_VERSION:
        return
    with store.transaction():
        cursor = SYNC_CURSOR.get(store)
        SYNC_CURSOR.put(store, min(cursor, kept["cursor"] - 1))
        SYNC_UNREAD.clear(store)
    log.info("upgraded from schema %s to %s: pulling the hub's changes again after %s (was %s)",
             kept["schema"], SCHEMA_VERSION, min(cursor, kept["cursor"] - 1), cursor)
