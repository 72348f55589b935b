"""The station's side of sync, shared by the HTTP engine and the USB files: its sync
settings (local ``meta``, never synced), the pages it pushes, and absorbing a hub reply
(acknowledgements, pulled changes, cursor, epoch, clock) in one transaction.

Pulled records are written directly, without outbox rows: they are not the station's
own changes. A record state is applied only when it is newer than the local copy.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from station_app.clock import HlcTimestamp
from station_app.errors import StateError
from station_app.logs import log
from station_app.numbering import local_highs, raise_floors
from station_app.settings import (SYNC_ACKED, SYNC_CURSOR, SYNC_ENROLLED_AT, SYNC_EPOCH, SYNC_HUB_URL,
                                  SYNC_LAST_REPLY_AT, SYNC_RECOVER_AS, SYNC_SCHEMA, SYNC_SECRET, SYNC_TOWN_NAME)
from station_app.store import Store, migrate_side_tables
from station_app.store.schema import ENTITIES
from station_app.timeutil import local_date

from ..packing import encode_page, op_to_wire
from ..codings import compress_json
from ..protocol import ASKED_AS, TOWN_NOTICES, PROTOCOL_VERSION, flagged_form, records_in
from ..keys import file_key
from . import recovery, unread
from .pull_apply import apply_in_runs, apply_tables, row_values, upsert_sql

CLOCK_BEHIND = "本机时间比镇中心慢了一天以上，请检查电脑的日期和时间（数据不受影响）"
# Below a day nothing is clamped, but dates near midnight and working-day deadlines can
# still come out wrong, so the agent is asked to set the clock.
CLOCK_OFF_S = 10 * 60
CLOCK_OFF = "本机时间比镇中心{0}了{1}，请校准电脑的时间（办理期限按本机日期计算）"


def _duration(seconds: int) -> str:
    return f"{seconds // 3600} 小时" if seconds >= 3600 else f"{seconds // 60} 分钟"

STATION_MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [TOWN_NOTICES]),
    # 村务公开 / policy / service / duty: the town's category, shown and filtered at the station.
    (2, ["ALTER TABLE town_notices ADD COLUMN category TEXT"]),
]


def ensure_station_tables(store: Store) -> None:
    """Sync's own local tables on a station, versioned in ``meta.sync_schema_version``."""
    migrate_side_tables(store, SYNC_SCHEMA.key, STATION_MIGRATIONS, "同步数据")


@dataclass
class Settings:
    station: str
    hub_url: str | None
    secret: str | None
    acked: int
    cursor: int
    epoch: str | None
    outbox_seq: int = 0
    recover: dict | None = None  # while getting back what the hub holds: where it stands

    @property
    def key(self) -> str:
        if not self.secret:
            raise StateError("not_enrolled", "本站还没有在镇中心登记，请先运行 station-app enroll", "hub")
        return file_key(self.secret)


def settings(store: Store) -> Settings:
    return Settings(station=store.station_code, hub_url=SYNC_HUB_URL.get(store), secret=SYNC_SECRET.get(store),
                    acked=SYNC_ACKED.get(store), cursor=SYNC_CURSOR.get(store), epoch=SYNC_EPOCH.get(store),
                    outbox_seq=store.outbox_high_seq(), recover=recovery.position(store))


def save_enrolment(store: Store, made: dict, hub_url: str | None) -> None:
    """Keep what enrolment gave. A hub that holds more of this station than the store
    (a new PC taking over) starts a recovery right away, and the store's numbers and
    seqs continue after the hub's before a single new record is made; its first page
    of records is asked in the form the hub said it sends them in (an older hub says
    nothing: one change per record)."""
    ensure_station_tables(store)
    with store.transaction():
        if hub_url:
            SYNC_HUB_URL.put(store, hub_url.rstrip("/"))
        SYNC_SECRET.put(store, made["secret"])
        SYNC_TOWN_NAME.put(store, made.get("town_name") or "")
        SYNC_ENROLLED_AT.put(store, store.now_iso())
        SYNC_RECOVER_AS.put(store, flagged_form(made.get("recovery")) or "changes")
        if SYNC_EPOCH.get(store) is None:
            SYNC_EPOCH.put(store, made["epoch"])
        held = int(made.get("last_applied") or 0)
        if held > store.outbox_high_seq():
            recovery.begin(store, held, made.get("numbers"))
    log.info("enrolled station %s with %s (hub holds seqs up to %s)", store.station_code,
             hub_url or "USB files only", made.get("last_applied") or 0)


# -- pushing ----------------------------------------------------------------------
def unacked_rows(store: Store, limit: int | None = None, after: int = 0) -> list[sqlite3.Row]:
    sql = ("SELECT seq, op_id, entity, record_id, kind, fields, base_version, hlc, agent_id, schema_version,"
           " created_at FROM outbox WHERE acked_at IS NULL AND seq > ? ORDER BY seq")
    if limit is None:
        return store.all(sql, (after,))
    return store.all(sql + " LIMIT ?", (after, limit))


def push_page(rows: list[sqlite3.Row], station: str, acked: int) -> dict | None:
    """The page for ``rows`` (all written with one schema version; the caller cuts there)."""
    if not rows:
        return None
    return {"from_seq": min(acked + 1, rows[0]["seq"]), "to_seq": rows[-1]["seq"],
            "schema_version": rows[0]["schema_version"], "ops": [op_to_wire(r, station) for r in rows]}


def same_schema(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    if not rows:
        return rows
    first = rows[0]["schema_version"]
    for i, row in enumerate(rows):
        if row["schema_version"] != first:
            return rows[:i]
    return rows


def request(s: Settings, push: dict | None, pull_limit: int | None, sent_at: str | None = None,
            waiting: int | None = None, numbers: dict | None = None, recover_as: str = "changes") -> dict:
    """``recover_as``: how the hub said it can send recovered records (one of
    ``protocol.RECOVERY_FORMS``); asked so while recovering."""
    from station_app import __version__
    from station_app.store.schema import SCHEMA_VERSION

    pull = None if pull_limit is None else {"cursor": s.cursor, "limit": pull_limit, "recover": s.recover}
    if pull is not None and s.recover is not None and recover_as in ASKED_AS:
        pull[ASKED_AS[recover_as]] = True
    return {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, "station": s.station,
            "epoch": s.epoch, "push": push, "pull": pull, "app_version": __version__, "sent_at": sent_at,
            "waiting": waiting, "outbox_seq": s.outbox_seq, "numbers": numbers}


def numbers_used(store: Store) -> dict[str, int]:
    """The station's highest numbers of this year and last, which a push declares: a
    number the hub must change is changed to one after them."""
    year = local_date(store.now_iso()).year
    return local_highs(store, (year - 1, year))


@dataclass
class Outgoing:
    body: bytes  # gzip or zstd JSON
    count: int  # ops pushed
    from_seq: int  # the acked seq + 1 it was built for
    last_seq: int  # the last seq it pushes (acked seq if none)
    recovering: bool = False  # it asks for the station's own records back


def build_request(store: Store, s: Settings, max_ops: int, max_bytes: int, pull_limit: int | None,
                  after: int = 0, coding: str = "gzip", recover_as: str = "changes",
                  save_data: bool = False) -> Outgoing:
    """The next exchange: up to ``max_ops`` unacknowledged ops after seq ``after`` within
    ``max_bytes`` once packed in ``coding`` (harder when ``save_data``), and a pull
    (``pull_limit`` None: push only; ``recover_as``: see ``request``)."""
    rows = same_schema(unacked_rows(store, max_ops, after=after))
    unacked = store.scalar("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL AND seq > ?", (after,))
    numbers = numbers_used(store) if rows else None
    while True:
        body = compress_json(request(s, encode_page(rows, s.station, s.acked), pull_limit, store.now_iso(),
                                     max(0, unacked - len(rows)), numbers, recover_as), coding, save_data)
        if len(body) <= max_bytes or len(rows) <= 1:
            return Outgoing(body, len(rows), s.acked + 1, rows[-1]["seq"] if rows else s.acked,
                            s.recover is not None and pull_limit is not None)
        rows = rows[: len(rows) // 2]


# -- absorbing a reply -------------------------------------------------------------
def unack_after(store: Store, seq: int) -> int:
    """The hub lost (or never had) ops after ``seq``: send them again."""
    done = store.conn.execute("UPDATE outbox SET acked_at = NULL WHERE seq > ? AND acked_at IS NOT NULL",
                              (seq,)).rowcount
    SYNC_ACKED.put(store, seq)
    return done


def absorb(store: Store, reply: dict, live: bool, upto: int) -> dict:
    """Apply a hub reply in one transaction. ``live``: an HTTP reply, the hub's present
    truth; a reply file may be older than what the station already knows. Only ops up
    to ``upto`` (the last seq the answered request carried) are acknowledged: a station
    restored from its own backup writes new ops under seqs the hub has already passed."""
    station = store.station_code
    out = {"acked": 0, "resend": 0, "pulled": 0, "skipped": 0, "warnings": [], "epoch_changed": False,
           "recovered": 0, "recovering": False}
    if reply.get("station") != station:
        raise StateError("foreign_reply", f"这是给服务站 {reply.get('station')} 的回复，不是本站的", "station")
    with store.transaction():
        acked = SYNC_ACKED.get(store)
        old_epoch = SYNC_EPOCH.get(store)
        out["epoch_changed"] = changed = old_epoch is not None and old_epoch != reply["epoch"]
        last = int(reply["last_applied"])
        if last < acked and (live or changed or reply.get("gap")):
            out["resend"] = unack_after(store, last)
        else:
            # Also when the hub was already ahead (a USB file it got before this request):
            # what this request carried is acknowledged, or the same page would go forever.
            out["acked"] = store.conn.execute(
                "UPDATE outbox SET acked_at = ? WHERE acked_at IS NULL AND seq <= ?",
                (store.now_iso(), min(last, max(upto, acked)))).rowcount
            SYNC_ACKED.put(store, max(last, acked))
        if reply.get("lacks_records"):
            recovery.begin(store, last, reply.get("numbers"))
        else:
            raise_floors(store, reply.get("numbers"))
        page = reply.get("pull")
        if page is not None:  # a push-only exchange leaves the cursor alone
            refilling = recovery.refilling(store)
            unread.remember_recovered(store, page)
            out["pulled"], out["skipped"] = apply_changes(store, station, page["changes"], refilling)
            if page.get("records"):
                got, passed = apply_tables(store, station, page["records"],
                                           lambda change: _apply_change(store, station, change, refilling),
                                           refilling)
                out["pulled"], out["skipped"] = out["pulled"] + got, out["skipped"] + passed
            cursor = SYNC_CURSOR.get(store)
            fresh = live or changed or reply.get("epoch_reset")
            SYNC_CURSOR.put(store, page["next_cursor"] if fresh else max(cursor, page["next_cursor"]))
            back = page.get("recovery")
            # A reply file applies its changes page by page before this, and counts them itself.
            out["recovered"] = page.get("recovered", sum(1 for c in page["changes"] if c.get("cursor") == 0)
                                        + records_in(page) - len(page["changes"]))
            recovery.take_page(store, back, out["recovered"])
        out["recovering"] = recovery.position(store) is not None
        if out["acked"] or out["resend"]:
            store.note_change("outbox")  # records' sync marks: sent, or waiting again
        SYNC_EPOCH.put(store, reply["epoch"])
        if reply.get("hub_hlc") and store.hlc.receive(HlcTimestamp.decode(reply["hub_hlc"])).clamped:
            out["warnings"].append(CLOCK_BEHIND)
        if reply.get("clock_warning"):
            out["warnings"].append(reply["clock_warning"])
        skew = reply.get("clock_skew_s")
        if skew is not None and CLOCK_OFF_S <= abs(skew) < 86400:  # a day or more is warned of above
            out["warnings"].append(CLOCK_OFF.format("快" if skew > 0 else "慢", _duration(abs(skew))))
        if live and skew is not None and abs(skew) < CLOCK_OFF_S:
            store.hlc.catch_up_with_wall(CLOCK_OFF_S * 1000)
        SYNC_LAST_REPLY_AT.put(store, store.now_iso())
    return out


def apply_changes(store: Store, station: str, changes: list[dict], refilling: bool = False) -> tuple[int, int]:
    """Apply pulled changes in page order; returns (applied, skipped). Those of kinds this
    version does not know are remembered, to be pulled again after an upgrade (unread.py).
    ``refilling``: see ``recovery.refill``."""
    unread.remember(store, changes)
    return apply_in_runs(store, station, changes, lambda change: _apply_change(store, station, change, refilling),
                         lambda: ensure_station_tables(store), refilling)


def _apply_change(store: Store, station: str, change: dict, refilling: bool = False) -> bool:
    """One change, row by row (what a run falls back to when SQLite refuses a row)."""
    kind = change["kind"]
    if kind == "record":
        return _put_record(store, station, change["entity"], change["data"], refilling)
    if kind == "problem":
        return _put_row(store, "sync_problems", change["data"], newer_only=False)
    if kind == "notice":
        ensure_station_tables(store)
        return _put_row(store, "town_notices", change["data"], newer_only=True)
    return False


def _put_record(store: Store, station: str, entity: str | None, data: dict, refilling: bool = False) -> bool:
    spec = ENTITIES.get(entity or "")
    if spec is None:
        return False
    if spec.owner == "station" and data.get("station_code") != station:
        return False  # never another station's records
    if spec.owner == "station":
        recovery.free_number(store, entity, data)
    # The town's own records: the hub's copy stands, even over a bundled seed of the same version.
    return _put_row(store, entity, data, newer_only=True, or_same=spec.owner == "town" or refilling)


def _put_row(store: Store, table: str, data: dict[str, Any], newer_only: bool, or_same: bool = False) -> bool:
    columns = store.columns(table)
    names = [n for n in data if n in columns]
    if "id" not in names:
        return False
    rule = (">=" if or_same else ">") if newer_only else ""
    try:
        cur = store.conn.execute(upsert_sql(table, names, rule), row_values(data, names))
    except sqlite3.IntegrityError:
        return False
    return cur.rowcount > 0


# -- what the station shows ------------------------------------------------------------
def problems_for(store: Store, entity: str, record_id: str) -> list[dict]:
    """Rejections and conflicts concerning one record, newest first (for its page)."""
    rows = store.all("SELECT * FROM sync_problems WHERE entity = ? AND record_id = ? ORDER BY created_at DESC",
                     (entity, record_id))
    return [{**dict(r), "detail": json.loads(r["detail"] or "{}")} for r in rows]


def open_problems(store: Store) -> list[dict]:
    rows = store.all("SELECT * FROM sync_problems WHERE resolved_at IS NULL ORDER BY created_at DESC")
    return [{**dict(r), "detail": json.loads(r["detail"] or "{}")} for r in rows]


def status(store: Store) -> dict:
    """For a status bar: enrolled?, waiting ops, open problems, last reply time."""
    return {"enrolled": bool(SYNC_SECRET.get(store)), "hub_url": SYNC_HUB_URL.get(store),
            "pending": store.pending_outbox(), "problems": store.scalar(
                "SELECT COUNT(*) FROM sync_problems WHERE resolved_at IS NULL"),
            "last_reply_at": SYNC_LAST_REPLY_AT.get(store), "town": SYNC_TOWN_NAME.get(store)}
