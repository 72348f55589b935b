"""Replaying an outbox into another store, and comparing stores record by record.

This is how we prove that no write bypasses the outbox: replaying a station's outbox into
an empty store (holding the same town-owned reference data) must rebuild every station
record exactly. The hub applies pushed ops through the same ``apply_op``.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .db import Store
from .ops import Op, apply_op
from .schema import ENTITIES


def outbox_ops(store: Store, after_seq: int = 0) -> Iterator[Op]:
    cursor = store.conn.execute("SELECT * FROM outbox WHERE seq > ? ORDER BY seq", (after_seq,))
    for row in cursor:
        yield Op.from_row(row)


def replay(ops: Iterable[Op], into: Store) -> int:
    count = 0
    with into.transaction():
        for op in ops:
            apply_op(into.conn, into.columns, op)
            count += 1
    return count


def snapshot(store: Store, owner: str = "station") -> dict[str, list[tuple]]:
    """Every record of the given owner's tables, in id order."""
    tables = [name for name, spec in ENTITIES.items() if spec.owner == owner]
    return {t: [tuple(r) for r in store.all(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


def differences(a: Store, b: Store) -> list[str]:
    """Human-readable list of tables whose station records differ."""
    left, right = snapshot(a), snapshot(b)
    return [f"{t}: {len(left[t])} vs {len(right[t])} rows" for t in left if left[t] != right[t]]
