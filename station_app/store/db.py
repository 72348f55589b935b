"""The local store: one SQLite file per station (or hub), opened through sqlite-utils.

Durability settings are chosen for village power cuts: WAL with ``synchronous=FULL`` so
a committed write survives the lights going out, foreign keys on, and a busy timeout so
a second reader (the town window beside the hub service) waits instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..clock import HlcTimestamp, HybridClock
from ..errors import StateError, ValidationError
from .. import names
from ..ids import new_id
from ..private import private_file
from ..record_fields import check_op
from ..settings import HLC_LAST, NODE_ID, STATION_CODE
from ..timeutil import Clock, to_iso
from .changes import Changes
from .ops import Op, TableColumns, apply_op, check_fields, to_column_value
from .schema import ENTITIES, MIGRATIONS, SCHEMA_VERSION


class Store:
    def __init__(self, path: str | Path, clock: Clock | None = None, role: str = "station"):
        self.path = str(path)
        self.clock = clock or Clock()
        self.role = role
        if self.path != ":memory:":
            private_file(Path(self.path))  # the station's secret, or every station's keys
        self.conn = sqlite3.connect(self.path, isolation_level=None, cached_statements=256)
        self.conn.row_factory = sqlite3.Row
        self._configure()
        self._depth = 0
        self._changed: set[str] = set()  # committed since the last take_changes()
        self._changing: set[str] = set()  # in the open transaction
        migrate(self.conn)
        self.columns = TableColumns(self.conn)
        self.hlc = HybridClock(self._node_id(), self._wall_ms, self._last_hlc())
        self._hlc_saved = self.hlc.last

    @property
    def db(self):
        """sqlite-utils' view of the same connection (table introspection, export).
        Imported on first use: it is a tenth of a second of the window's start-up."""
        if getattr(self, "_db", None) is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def _configure(self) -> None:
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=10000")
        names.install(self.conn)  # ORDER BY name COLLATE PINYIN: villagers as people expect them
        # 32 MB of page cache: lists and look-ups over years of records stay in memory.
        self.conn.execute("PRAGMA cache_size=-32768")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- time ---------------------------------------------------------------------
    def now_iso(self) -> str:
        return to_iso(self.clock.now())

    def _wall_ms(self) -> int:
        return int(self.clock.now().timestamp() * 1000)

    def _node_id(self) -> str:
        node = self.get_meta(NODE_ID.key)
        if node is None:
            node = new_id().replace("-", "")[-12:]
            self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (NODE_ID.key, node))
            node = self.get_meta(NODE_ID.key)
        return node

    def _last_hlc(self) -> HlcTimestamp | None:
        text = self.get_meta(HLC_LAST.key)
        return HlcTimestamp.decode(text) if text else None

    # -- meta (read and written through the declared ``settings``) --------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        if key == STATION_CODE.key:
            self._station_code = None
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete_meta(self, key: str) -> None:
        self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    @property
    def station_code(self) -> str:
        # Read on every insert: cached, since it never changes once the station exists.
        code = getattr(self, "_station_code", None) or self.get_meta(STATION_CODE.key)
        if not code:
            raise StateError("not_initialised", "服务站尚未初始化", "station_code")
        self._station_code = code
        return code

    # -- what changed -------------------------------------------------------------
    def note_change(self, name: str) -> None:
        """A table (or ``settings``) changed; heard of once the transaction commits."""
        (self._changing if self._depth else self._changed).add(name)

    def take_changes(self) -> Changes:
        """What committed since the last call (the window's worker asks after each job)."""
        taken, self._changed = self._changed, set()
        return Changes(frozenset(taken))

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
            if self.hlc.last != self._hlc_saved:
                self.set_meta(HLC_LAST.key, self.hlc.last.encode())
            self.conn.execute("COMMIT")
            self._hlc_saved = self.hlc.last
            self._changed |= self._changing
        except BaseException:
            self.conn.execute("ROLLBACK")
            self.hlc.last = self._hlc_saved
            raise
        finally:
            self._changing = set()
            self._depth = 0

    @contextmanager
    def write(self, agent_id: str | None) -> Iterator["Writer"]:
        with self.transaction():
            yield Writer(self, agent_id)

    # -- reads --------------------------------------------------------------------
    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def get(self, entity: str, record_id: str) -> sqlite3.Row | None:
        return self.one(f"SELECT * FROM {entity} WHERE id = ?", (record_id,))

    def pending_outbox(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL")

    def outbox_high_seq(self) -> int:
        """The highest outbox seq this store ever handed out (AUTOINCREMENT never reuses one)."""
        return self.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'") or 0

    def continue_outbox_after(self, seq: int) -> None:
        """The next op gets a seq above ``seq``: a store that went back in time (a new PC,
        an old backup) must not reuse seqs the hub already holds from this station."""
        if seq <= self.outbox_high_seq():
            return
        if self.conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'", (seq,)).rowcount == 0:
            self.conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)", (seq,))


class Writer:
    """Writes records and, in the same transaction, their outbox rows. The only write path."""

    def __init__(self, store: Store, agent_id: str | None):
        self.store = store
        self.agent_id = agent_id

    def insert(self, entity: str, fields: dict[str, Any], record_id: str | None = None) -> str:
        record_id = record_id or new_id()
        now = self.store.now_iso()
        values = {k: to_column_value(v) for k, v in fields.items()}
        if "station_code" in self.store.columns(entity):
            values.setdefault("station_code", self.store.station_code)
        values.setdefault("created_at", now)
        values.setdefault("created_by", self.agent_id)
        self._emit(entity, record_id, "insert", values, 0, now)
        return record_id

    def update(self, entity: str, record_id: str, changes: dict[str, Any]) -> None:
        now = self.store.now_iso()
        values = {k: to_column_value(v) for k, v in changes.items()}
        values["updated_at"] = now
        values["updated_by"] = self.agent_id
        base = self.store.scalar(f"SELECT version FROM {entity} WHERE id = ?", (record_id,))
        if base is None:
            raise ValidationError("record_missing", f"记录不存在: {record_id}", "record_id")
        self._emit(entity, record_id, "update", values, base, now)

    def _emit(self, entity: str, record_id: str, kind: str, values: dict, base: int, now: str) -> None:
        spec = ENTITIES.get(entity)
        if spec is None:
            raise ValidationError("unknown_entity", f"未知的记录类型 {entity}", "entity")
        if spec.owner != self.store.role:
            raise StateError("not_owner", f"{entity} 由{'镇中心' if spec.owner == 'town' else '服务站'}维护，这里不能修改", entity)
        check_fields(self.store.columns(entity), entity, values)
        # The same declared rules the hub applies: a station never writes what it would refuse.
        check_op(entity, kind, values, self.store.station_code if spec.owner == "station" else None)
        op = Op(
            op_id=new_id(),
            entity=entity,
            record_id=record_id,
            kind=kind,
            fields=values,
            base_version=base,
            hlc=self.store.hlc.tick().encode(),
            agent_id=self.agent_id,
            schema_version=SCHEMA_VERSION,
            created_at=now,
        )
        apply_op(self.store.conn, self.store.columns, op)
        self.store.note_change(entity)
        self.store.conn.execute(
            "INSERT INTO outbox (op_id, entity, record_id, kind, fields, base_version, hlc,"
            " agent_id, schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (op.op_id, entity, record_id, kind, json.dumps(values, ensure_ascii=False),
             base, op.hlc, self.agent_id, SCHEMA_VERSION, now),
        )


def migrate_side_tables(store: Store, meta_key: str, migrations: list[tuple[int, list[str]]],
                        what: str) -> int:
    """Tables a package keeps beside the record schema (hub, sync, town), versioned in
    ``meta.<meta_key>`` so they evolve independently of ``PRAGMA user_version``. Each
    missing step runs in its own transaction; cheap when up to date."""
    latest = migrations[-1][0]
    current = int(store.get_meta(meta_key, "0"))
    if current > latest:
        raise StateError("schema_too_new", f"{what}来自更新的版本（{current}），请先升级本程序", meta_key)
    for version, statements in migrations:
        if version <= current:
            continue
        with store.transaction():
            for sql in statements:
                store.conn.execute(sql)
            store.set_meta(meta_key, str(version))
    return latest


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to the current schema; each step is atomic. Returns the new version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StateError(
            "schema_too_new",
            f"数据文件来自更新的版本（{current}），请先升级本程序",
            "schema_version",
        )
    for version, statements in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql in statements:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
