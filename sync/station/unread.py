"""Changes a newer hub sends that this version cannot read, pulled again after an upgrade.

The hub serves stations one schema version behind its own (``protocol.ACCEPTED_SCHEMAS``),
so it may send kinds of records such a station does not have yet (town SMS outcomes, say,
to a station from before them), or records with a column it does not have yet (one a
newer version added to catalogue items). The station skips the records, or the column,
as it must, and its cursor moves past them with the page. ``remember`` keeps the cursor
of the first such change with the schema version that skipped it; once the app is
upgraded, ``pull_again_if_upgraded`` moves the cursor back before it, so the next pull
brings those changes again (and all after them: applying a change the station holds
already changes nothing). The station's own records got back by a recovery are not
changes after a cursor: those with a column this store lacks make the whole recovery run
again once upgraded (``remember_recovered``, ``recovery.refill``).
"""

from __future__ import annotations

from station_app.logs import log
from station_app.settings import SYNC_CURSOR, SYNC_REFILL, SYNC_UNREAD
from station_app.store import Store
from station_app.store.schema import ENTITIES, SCHEMA_VERSION

from . import recovery
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


def remember_recovered(store: Store, page: dict) -> None:
    """Inside the transaction that applies a pulled page: this station's own records
    brought back (a recovery, cursor 0) with columns this store lacks are remembered with
    the schema version that left the columns out; once upgraded, the station gets its
    records back again (``recovery.refill``). Looked at once per table and shape."""
    shapes = {(t.get("entity"), tuple(t["columns"])) for t in page.get("records") or ()
              if isinstance(t, dict) and isinstance(t.get("columns"), list)
              and all(isinstance(n, str) for n in t["columns"])}
    shapes.update((c.get("entity"), tuple(c["data"])) for c in page.get("changes") or ()
                  if c.get("cursor") == 0 and isinstance(c.get("data"), dict))
    for entity, names in shapes:
        spec = ENTITIES.get(entity) if isinstance(entity, str) else None
        if spec is not None and spec.owner == "station" and not set(names) <= store.columns(entity):
            SYNC_REFILL.put(store, min(SYNC_REFILL.get(store) or SCHEMA_VERSION, SCHEMA_VERSION))
            return


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
    pull again from the first of them; if it got this station's records back without
    columns it lacked, get them back again."""
    refill = SYNC_REFILL.get(store)
    if refill is not None and refill < SCHEMA_VERSION:
        with store.transaction():
            recovery.refill(store)
            SYNC_REFILL.clear(store)
    kept = SYNC_UNREAD.get(store)
    if kept is None or kept["schema"] >= SCHEMA_VERSION:
        return
    with store.transaction():
        cursor = SYNC_CURSOR.get(store)
        SYNC_CURSOR.put(store, min(cursor, kept["cursor"] - 1))
        SYNC_UNREAD.clear(store)
    log.info("upgraded from schema %s to %s: pulling the hub's changes again after %s (was %s)",
             kept["schema"], SCHEMA_VERSION, min(cursor, kept["cursor"] - 1), cursor)
