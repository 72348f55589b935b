"""The station's side of getting everything back from the hub (see ``hub/recovery.py``).

A recovery starts when the station knows its store went back in time: the hub said so
(``lacks_records``), enrolment showed the hub holds more than this store (a new PC), or
``station-app restore`` put an old backup back. From then on every pull asks for the
station's own records from ``settings.RECOVER_AT`` until the hub answers that nothing is
missing. The position is saved with each page, so a killed sync resumes where it stopped.
"""

from __future__ import annotations

from station_app.agents import adopt_returning_agents, list_agents
from station_app.logs import log
from station_app.numbering import SERIES, raise_floors
from station_app.settings import RECOVER_AT, RECOVER_GOT, RECOVER_REFILL, RECOVER_TOTAL, RECOVERED_AT, RESTORED_AT, \
    SYNC_SECRET
from station_app.store import Store

START = {"entity": "agents", "after": 0}


def position(store: Store) -> dict | None:
    return RECOVER_AT.get(store)


def begin(store: Store, last_applied: int = 0, numbers: dict | None = None) -> None:
    """From now on, pulls bring back this station's records (call inside a transaction).
    New ops continue after the hub's ``last_applied``; numbers after the hub's highest."""
    store.continue_outbox_after(last_applied)
    raise_floors(store, numbers)
    if position(store) is None:
        RECOVER_AT.put(store, START)
        RECOVER_GOT.put(store, 0)
        RECOVER_TOTAL.put(store, 0)
        log.info("recovery from the hub begins (the hub holds seqs up to %s)", last_applied)


def refill(store: Store) -> None:
    """An older version got this station's records back without the columns it lacked;
    upgraded, the station gets them all back again, from the start: the hub's copy of an
    own record then replaces the local one of the same version (``refilling``), which fills
    those columns in and changes nothing else. Inside a transaction."""
    RECOVER_AT.put(store, START)
    RECOVER_GOT.put(store, 0)
    RECOVER_TOTAL.put(store, 0)
    RECOVER_REFILL.put(store, True)
    log.info("recovery from the hub begins again, to fill in columns an older version left out")


def refilling(store: Store) -> bool:
    return RECOVER_REFILL.get(store) and position(store) is not None


def begin_if_restored(store: Store) -> None:
    """An old backup was put back (``station-app restore``): what was recorded after it
    is at the hub only. A store that was never enrolled has nothing to get back."""
    if RESTORED_AT.get(store) is None:
        return
    with store.transaction():
        if SYNC_SECRET.get(store):
            begin(store)
        RESTORED_AT.clear(store)


def take_page(store: Store, recovery: dict | None, applied: int) -> None:
    """Save where the recovery stands after a pulled page (inside its transaction)."""
    if recovery is None or position(store) is None:
        return
    RECOVER_GOT.put(store, RECOVER_GOT.get(store) + applied)
    RECOVER_TOTAL.put(store, recovery["total"])
    if recovery["next"] is None:
        RECOVER_AT.clear(store)
        RECOVER_REFILL.clear(store)
        RECOVERED_AT.put(store, store.now_iso())
        log.info("recovery from the hub complete: %s records back", RECOVER_GOT.get(store))
    else:
        RECOVER_AT.put(store, recovery["next"])
    adopt_returning_agents(store)


def progress(store: Store) -> dict:
    """For a progress bar: records back so far, of how many, and whether it is still going."""
    return {"recovering": position(store) is not None, "got": RECOVER_GOT.get(store),
            "total": RECOVER_TOTAL.get(store), "done_at": RECOVERED_AT.get(store)}


def takeover_state(store: Store) -> dict:
    """How a takeover stands: the recovery's progress, and how many agents came back (none,
    with nothing left to get back, means the hub holds nothing of this station)."""
    return {**progress(store), "agents": len(list_agents(store))}


def free_number(store: Store, entity: str, data: dict) -> None:
    """A record coming back from the hub carries a number a *different* local record
    holds: the hub's word stands (its numbers are unique), and the local holder is one
    the hub renumbered or will renumber when it arrives there. Park the local one ("…*")
    until its real number comes back."""
    spec = SERIES.get(entity)
    if spec is None or not data.get(spec[0]) or "id" not in data:
        return
    column = spec[0]
    store.conn.execute(f"UPDATE {entity} SET {column} = {column} || '*' WHERE {column} = ? AND id != ?",
                       (data[column], data["id"]))
