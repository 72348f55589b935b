"""Operations: the unit of change that is written, logged in the outbox, replayed and synced.

``apply_op`` is the one place a record table is changed. The station's writer, a replay
of the outbox into an empty store, and the hub applying a pushed page all go through it,
so they cannot drift apart.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import NotFoundError, ValidationError

PROTECTED = frozenset({"id", "version", "hlc"})


@dataclass(frozen=True)
class Op:
    op_id: str
    entity: str
    record_id: str
    kind: str  # "insert" or "update"
    fields: dict[str, Any]
    base_version: int
    hlc: str
    agent_id: str | None
    schema_version: int
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict) -> "Op":
        data = dict(row)
        fields = data["fields"]
        return cls(
            op_id=data["op_id"],
            entity=data["entity"],
            record_id=data["record_id"],
            kind=data["kind"],
            fields=json.loads(fields) if isinstance(fields, str) else fields,
            base_version=data["base_version"],
            hlc=data["hlc"],
            agent_id=data["agent_id"],
            schema_version=data["schema_version"],
            created_at=data["created_at"],
        )


def to_column_value(value: Any) -> Any:
    """Lists and dicts are stored as JSON text, the same text the op carries."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        raise ValidationError("float_value", "金额和数量不能是小数形式保存", None)
    return value


class TableColumns:
    """Column names per table, read once from the schema."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._cache: dict[str, frozenset[str]] = {}

    def __call__(self, table: str) -> frozenset[str]:
        cols = self._cache.get(table)
        if cols is None:
            rows = self.conn.execute(f"PRAGMA table_info({table})").fetchall()
            cols = frozenset(r[1] for r in rows)
            self._cache[table] = cols
        return cols


def check_fields(columns: frozenset[str], entity: str, fields: dict[str, Any]) -> None:
    unknown = set(fields) - columns
    if unknown or PROTECTED & set(fields):
        bad = sorted(unknown | (PROTECTED & set(fields)))[0]
        raise ValidationError("unknown_field", f"{entity} 没有可写的字段 {bad}", bad)


def apply_op(conn: sqlite3.Connection, columns: TableColumns, op: Op) -> None:
    """Apply one op to its record table (no outbox row: the caller decides that)."""
    if not columns(op.entity):
        raise ValidationError("unknown_entity", f"未知的记录类型 {op.entity}", "entity")
    check_fields(columns(op.entity), op.entity, op.fields)
    names = list(op.fields)
    values = [op.fields[n] for n in names]
    if op.kind == "insert":
        cols = ", ".join(["id", *names, "version", "hlc"])
        marks = ", ".join("?" * (len(names) + 3))
        conn.execute(
            f"INSERT INTO {op.entity} ({cols}) VALUES ({marks})",
            [op.record_id, *values, 1, op.hlc],
        )
    elif op.kind == "update":
        sets = "".join(f"{n} = ?, " for n in names)
        cur = conn.execute(
            f"UPDATE {op.entity} SET {sets}version = version + 1, hlc = ? WHERE id = ?",
            [*values, op.hlc, op.record_id],
        )
        if cur.rowcount != 1:
            raise NotFoundError("record_missing", f"要修改的记录不存在: {op.entity} {op.record_id}", "record_id")
    else:
        raise ValidationError("unknown_op_kind", f"未知的操作类型 {op.kind}", "kind")
