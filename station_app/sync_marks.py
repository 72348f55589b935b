"""Each record's sync state, for the lists (DHIS2 Capture style): not yet sent, sent,
refused by the town (with the reason), or in conflict."""

from __future__ import annotations

from .store import Store

LABELS = {"pending": "待发送", "sent": "已发送", "rejection": "⚠ 退回", "conflict": "⚠ 冲突"}


def sync_marks(store: Store, ids: list[str]) -> dict[str, dict]:
    """``{record_id: {"state": ..., "label": ..., "reason": ...}}`` for the given records."""
    marks = {record_id: {"state": "sent", "label": LABELS["sent"], "reason": ""} for record_id in ids}
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        marks_sql = ",".join("?" * len(chunk))
        for (record_id,) in store.all(
                f"SELECT DISTINCT record_id FROM outbox WHERE acked_at IS NULL AND record_id IN ({marks_sql})", chunk):
            marks[record_id] = {"state": "pending", "label": LABELS["pending"], "reason": ""}
        for row in store.all(
                f"SELECT record_id, kind, reason FROM sync_problems WHERE resolved_at IS NULL"
                f" AND record_id IN ({marks_sql}) ORDER BY created_at", chunk):
            marks[row["record_id"]] = {"state": row["kind"], "label": f"{LABELS[row['kind']]}：{row['reason']}",
                                       "reason": row["reason"]}
    return marks
