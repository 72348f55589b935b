"""The hub's store: the record schema of every station (a ``Store`` opened with
``role="town"``) plus hub-only tables brought in by their own versioned migrations.

The hub tables' version lives in ``settings.HUB_SCHEMA`` (``PRAGMA user_version``
belongs to the record schema), so the two evolve independently.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station_app.errors import StateError, ValidationError
from station_app.ids import new_id
from station_app.private import private_dir
from station_app.settings import HUB_EPOCH, HUB_SCHEMA, TOWN_NAME
from station_app.store import Store, migrate_side_tables
from station_app.timeutil import Clock
from station_app.town_data import seed_town_data
from station_app.validation import required_text

from ..protocol import TOWN_NOTICES

HUB_FILE = "hub.db"
HUB_DATA_DIR_ENV = "STATION_HUB_DATA_DIR"

HUB_V1 = [
    # Stations, their credentials (hashes only) and where their push stands.
    """CREATE TABLE hub_stations (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        secret_hash TEXT,
        file_key TEXT,
        enrol_code_hash TEXT,
        enrol_code_salt TEXT,
        enrol_code_expires TEXT,
        enrolled_at TEXT,
        last_applied INTEGER NOT NULL DEFAULT 0,
        last_seen_at TEXT,
        created_at TEXT NOT NULL
    )""",
    # What stations pull: record states, problems and notices, in commit order.
    # ``audience`` NULL means every station.
    """CREATE TABLE hub_changes (
        cursor INTEGER PRIMARY KEY AUTOINCREMENT,
        audience TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('record', 'problem', 'notice')),
        entity TEXT,
        record_id TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX hub_changes_audience ON hub_changes(audience, cursor)",
    # Every op received, once: the primary key is the guard against counting twice.
    """CREATE TABLE hub_ops (
        op_id TEXT PRIMARY KEY,
        station_code TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected', 'conflict')),
        batch_id TEXT,
        received_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    # Each page or file received, with its outcome, for the town's batch view.
    """CREATE TABLE hub_batches (
        id TEXT PRIMARY KEY,
        station_code TEXT NOT NULL,
        via TEXT NOT NULL CHECK (via IN ('http', 'file')),
        from_seq INTEGER,
        to_seq INTEGER,
        op_count INTEGER NOT NULL,
        applied INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        conflicts INTEGER NOT NULL,
        first_at TEXT,
        last_at TEXT,
        outcome TEXT NOT NULL,
        reason TEXT,
        received_at TEXT NOT NULL
    )""",
    "CREATE INDEX hub_batches_station ON hub_batches(station_code, received_at)",
    # Rejections and conflicts are ``sync_problems`` rows (as on a station); this says whose.
    """CREATE TABLE hub_problem_stations (
        problem_id TEXT PRIMARY KEY REFERENCES sync_problems(id),
        station_code TEXT NOT NULL
    )""",
    # Who last changed each field that both sides may edit, at which version: the
    # evidence for telling a stale edit that conflicts from one that merely arrives late.
    """CREATE TABLE hub_field_marks (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        version INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('station', 'town')),
        hlc TEXT NOT NULL,
        PRIMARY KEY (entity, record_id, field)
    ) WITHOUT ROWID""",
    TOWN_NOTICES,
]

# A station the town stopped: its secret and file key are gone, its records stay.
HUB_V2 = ["ALTER TABLE hub_stations ADD COLUMN revoked_at TEXT"]

# What each station last said of itself (program and schema versions, its clock against
# the hub's), batches held for a person to review, notices meant for some stations only,
# and who settled a rejection or conflict and how.
HUB_V3 = [
    "ALTER TABLE hub_stations ADD COLUMN app_version TEXT",
    "ALTER TABLE hub_stations ADD COLUMN protocol_version INTEGER",
    "ALTER TABLE hub_stations ADD COLUMN schema_version INTEGER",
    "ALTER TABLE hub_stations ADD COLUMN clock_skew_s INTEGER",
    "ALTER TABLE hub_stations ADD COLUMN versions_at TEXT",
    "ALTER TABLE hub_stations ADD COLUMN waiting_ops INTEGER",
    "ALTER TABLE hub_batches ADD COLUMN reviewed_by TEXT",
    "ALTER TABLE hub_batches ADD COLUMN reviewed_at TEXT",
    # A network page kept as received (canonical wire ops, gzip JSON) until a person imports it.
    """CREATE TABLE hub_held_pages (
        batch_id TEXT PRIMARY KEY REFERENCES hub_batches(id),
        station_code TEXT NOT NULL,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        schema_version INTEGER NOT NULL,
        ops BLOB NOT NULL
    )""",
    "CREATE INDEX hub_held_pages_station ON hub_held_pages(station_code, from_seq)",
    # No rows for a notice: every station. Rows: only those stations.
    """CREATE TABLE hub_notice_audience (
        notice_id TEXT NOT NULL REFERENCES town_notices(id),
        station_code TEXT NOT NULL,
        PRIMARY KEY (notice_id, station_code)
    ) WITHOUT ROWID""",
    # A batch's refusals are the problems its own ops raised.
    "CREATE INDEX hub_ops_batch ON hub_ops(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE INDEX hub_problems_op ON sync_problems(op_id) WHERE op_id IS NOT NULL",
    "ALTER TABLE hub_problem_stations ADD COLUMN resolved_by TEXT",
    "ALTER TABLE hub_problem_stations ADD COLUMN resolution TEXT",
]

# The hub is each station's backup: a station that went back in time pulls every record
# of its own (recovery.py), table by table in rowid order, through these indexes; the
# town sees when a station was last recovered.
_STATION_TABLES = ("agents", "villagers", "contacts", "payments", "voids", "advances", "repayments", "parcels",
                   "parcel_events", "parcels_out", "cases", "case_events", "receptions", "appointments",
                   "feedback", "callbacks", "daily_closes", "audit_events")
HUB_V4 = [
    *(f"CREATE INDEX hub_{table}_station ON {table}(station_code)" for table in _STATION_TABLES),
    "ALTER TABLE hub_stations ADD COLUMN recovery_started_at TEXT",
    "ALTER TABLE hub_stations ADD COLUMN recovered_at TEXT",
]
# Op ids are unique per station, not across the town: with a global key, a station that
# sent another station's op id first made the hub skip that station's real op for good.
HUB_V5 = [
    """CREATE TABLE hub_ops_by_station (
        op_id TEXT NOT NULL,
        station_code TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected', 'conflict')),
        batch_id TEXT,
        received_at TEXT NOT NULL,
        PRIMARY KEY (station_code, op_id)
    ) WITHOUT ROWID""",
    "INSERT INTO hub_ops_by_station SELECT op_id, station_code, seq, entity, record_id, outcome, batch_id,"
    " received_at FROM hub_ops",
    "DROP TABLE hub_ops",
    "ALTER TABLE hub_ops_by_station RENAME TO hub_ops",
    "CREATE INDEX hub_ops_batch ON hub_ops(batch_id) WHERE batch_id IS NOT NULL",
]

# The people who serve, seen from the town: its unannounced spot checks (抽查) of who is at a
# station's post; which staff member made each of the town's case moves (case_events, a
# station record, has no column for it, and stations need not know); which stations'
# letters the town has read; a notice's category (a station takes it from its sync tables'
# version 2 on; an older station keeps the columns it knows and goes without it).
HUB_V6 = [
    """CREATE TABLE hub_spot_checks (
        id TEXT PRIMARY KEY,
        station_code TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        staff_name TEXT NOT NULL,
        found_agent_id TEXT,
        remarks TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX hub_spot_checks_station ON hub_spot_checks(station_code, checked_at)",
    "CREATE INDEX hub_spot_checks_at ON hub_spot_checks(checked_at)",
    """CREATE TABLE hub_case_moves (
        event_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        staff_name TEXT NOT NULL,
        at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX hub_case_moves_at ON hub_case_moves(at)",
    """CREATE TABLE hub_letter_reads (
        letter_id TEXT PRIMARY KEY,
        staff_name TEXT,
        read_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "ALTER TABLE town_notices ADD COLUMN category TEXT",
    "CREATE INDEX hub_notice_reads_notice ON notice_reads(notice_id)",
    "CREATE INDEX hub_letters_station ON station_letters(station_code, written_at)",
    # A station's duty log by week, and who was on duty coming into a day.
    "CREATE INDEX hub_duty_events_station_at ON duty_events(station_code, at)",
]

# SMS through the town (sync/town/sms.py): the gateway the town configured (one row), and a
# mark per message the hub has taken on, written *before* the gateway is called, so a run
# that dies mid-way never sends a message again on its own (the mark is the guard; the
# outcome itself is the town-owned ``sms_outcomes`` record that goes back to the station).
HUB_V7 = [
    """CREATE TABLE hub_sms_gateway (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        provider TEXT NOT NULL,
        url TEXT NOT NULL,
        api_key TEXT NOT NULL,
        template TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE hub_sms_sends (
        message_id TEXT PRIMARY KEY,
        station_code TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'waiting', 'done')),
        tries INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        claimed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX hub_messages_town_queue ON villager_messages(channel, status) WHERE channel = 'town'",
]

# Every index the hub keeps is written for every record it takes, and a station's first
# sync lands among the other stations' records (ids are times: 28 stations' years
# interleave), so each index costs about a page written per record (issue 16). The hub
# keeps none that only a station's counter reads: the shelf look-ups of parcels in stock.
# A batch's refusals are its rejected and conflicting ops: only those are indexed by
# batch (the index of every op by batch was a seventh of the hub's file).
HUB_V8 = [
    "DROP INDEX IF EXISTS parcels_shelf_code",
    "DROP INDEX IF EXISTS parcels_shelf_tail",
    "DROP INDEX IF EXISTS parcels_shelf_slot",
    "DROP INDEX hub_ops_batch",
    "CREATE INDEX hub_ops_refused ON hub_ops(batch_id) WHERE outcome <> 'applied'",
]

HUB_MIGRATIONS: list[tuple[int, list[str]]] = [(1, HUB_V1), (2, HUB_V2), (3, HUB_V3), (4, HUB_V4), (5, HUB_V5),
                                               (6, HUB_V6), (7, HUB_V7), (8, HUB_V8)]
HUB_SCHEMA_VERSION = HUB_MIGRATIONS[-1][0]


def hub_path(data_dir: Path) -> Path:
    return Path(data_dir) / HUB_FILE


def migrate_hub(store: Store) -> int:
    return migrate_side_tables(store, HUB_SCHEMA.key, HUB_MIGRATIONS, "集线器数据")


def is_hub(data_dir: Path) -> bool:
    path = hub_path(data_dir)
    if not path.exists():
        return False
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (HUB_EPOCH.key,)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None


WAL_CHECKPOINT_PAGES = 10_000


def open_hub(data_dir: Path, clock: Clock | None = None) -> Store:
    if not is_hub(data_dir):
        raise StateError("not_initialised", f"{data_dir} 里还没有集线器数据，请先运行 station-hub init", "data_dir")
    private_dir(Path(data_dir))  # folders made by an older version were left open
    store = Store(hub_path(data_dir), clock=clock, role="town")
    # Pages of thousands of records: the WAL is copied back into the file every 40 MB, not
    # every 4 MB, so an index page changed by many pages is written back once (28 stations'
    # first syncs took a fifth less time; bench/sync_bench.py).
    store.conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    try:
        migrate_hub(store)
    except BaseException:
        store.close()
        raise
    return store


def init_hub(data_dir: Path, town_name: str, clock: Clock | None = None) -> Store:
    """A new hub: record schema, hub tables, the bundled catalogue and calendar (logged
    as changes so every station's first pull brings the town's current copy)."""
    from .changes import log_record_state
    from .tls import ensure_certificate

    town_name = required_text(town_name, "town_name", "镇中心名称", 40)
    data_dir = Path(data_dir)
    if is_hub(data_dir):
        raise StateError("already_initialised", f"{data_dir} 里已经有集线器数据", "data_dir")
    if hub_path(data_dir).exists():
        raise ValidationError("data_dir_in_use", f"{hub_path(data_dir)} 已存在但不是集线器数据", "data_dir")
    private_dir(data_dir)
    store = Store(hub_path(data_dir), clock=clock, role="town")
    try:
        ensure_certificate(data_dir, town_name)
        migrate_hub(store)
        with store.transaction():
            TOWN_NAME.put(store, town_name)
            HUB_EPOCH.put(store, new_id())
            seed_town_data(store)
            for entity in ("catalogue_items", "calendar_days"):
                for (record_id,) in store.all(f"SELECT id FROM {entity} ORDER BY id"):
                    log_record_state(store, None, entity, record_id)
    except BaseException:
        store.close()
        raise
    return store


def hub_epoch(store: Store) -> str:
    return HUB_EPOCH.get(store)


def new_epoch(store: Store) -> str:
    """After a restore from backup the hub went back in time: a new epoch tells every
    station to resend what the hub lost and to pull again from the start."""
    epoch = new_id()
    with store.transaction():
        HUB_EPOCH.put(store, epoch)
    return epoch
