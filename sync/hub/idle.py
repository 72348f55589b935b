"""An idle sync answered by a reader while the writer applies other stations' pages.

Most exchanges of a working day push nothing: the station asks what changed for it.
SQLite lets readers work beside the one writer (WAL), so while the database thread is
busy with a page, such an exchange is answered from a read transaction on a connection
of its own (``HubWorker``), with exactly the reply ``apply.exchange`` would give; what
the hub notes of the contact (last seen, versions, clock) goes to the writer's queue as
a quick job of its own. Anything more than "what is new for me" — a push, a recovery, a
station that lacks records, another epoch — is left to ``exchange`` on the writer.
"""

from __future__ import annotations

import threading

from station_app.store import Store
from station_app.store.schema import SCHEMA_VERSION

from ..protocol import PROTOCOL_VERSION, ProtocolError
from .changes import pull_page
from .recovery import went_back
from .stations import authenticate, clock_skew, note_contact
from .store import hub_epoch


def quiet(request: dict) -> bool:
    """The request asks only for news: no push, no recovery."""
    pull = request.get("pull")
    return request.get("push") is None and pull is not None and pull.get("recover") is None


def idle_reply(hub: Store, station: str, secret: str | None, request: dict) -> dict | None:
    """The reply to a quiet request, read in one read transaction; None when it needs
    the writer after all (another epoch, a store that went back in time)."""
    hub.conn.execute("BEGIN")  # deferred: a snapshot, no lock against the writer
    try:
        authenticate(hub, station, secret)
        row = hub.one("SELECT last_applied FROM hub_stations WHERE code = ?", (station,))
        if row is None:
            raise ProtocolError(403, "unknown_station", f"镇中心没有登记服务站 {station}")
        epoch = hub_epoch(hub)
        if (request.get("epoch") and request["epoch"] != epoch) or went_back(request, row[0], [], set()):
            return None
        pull = request["pull"]
        page = pull_page(hub, station, int(pull.get("cursor", 0)), int(pull.get("limit", 500)))
    finally:
        hub.conn.execute("COMMIT")
    return {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, "station": station,
            "epoch": epoch, "last_applied": row[0], "hub_hlc": hub.hlc.tick().encode(), "push": None,
            "pull": page, "epoch_reset": False, "clock_warning": None,
            "clock_skew_s": clock_skew(hub, request, "http"), "lacks_records": False, "numbers": None}


def note_idle_contact(hub: Store, station: str, request: dict) -> None:
    """What ``exchange`` notes of every contact, for an exchange a reader answered."""
    with hub.transaction():
        _note(hub, station, request)


def _note(hub: Store, station: str, request: dict) -> None:
    hub.conn.execute("UPDATE hub_stations SET last_seen_at = ? WHERE code = ?", (hub.now_iso(), station))
    note_contact(hub, station, request, "http")


class ContactNotes:
    """Contacts answered by the reader, waiting for the writer: the latest request of each
    station (what it says of itself then is what counts)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.waiting: dict[str, dict] = {}

    def add(self, station: str, request: dict) -> bool:
        """True when nothing was waiting: the caller queues a ``write`` for the writer."""
        with self.lock:
            first = not self.waiting
            self.waiting[station] = request
        return first

    def write(self, hub: Store) -> int:
        """Note every waiting contact in one transaction; returns how many."""
        with self.lock:
            waiting, self.waiting = self.waiting, {}
        with hub.transaction():
            for station, request in waiting.items():
                _note(hub, station, request)
        return len(waiting)
