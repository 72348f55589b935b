"""Rejections and conflicts, as the town settles them.

The hub already decided each one when it happened (a rejected op was not applied; a
conflict kept the winner's value on both sides). What is left is for a person: find out
with the station what happened, put it right if needed (move the case, ask the station
to enter the record again), and note what was done. Settling one marks it resolved at
the hub and sends the station the same row, with the note, on its next sync.
"""

from __future__ import annotations

import json

from station_app.errors import NotFoundError, StateError
from station_app.store import Store
from station_app.validation import required_text

from ..hub.changes import town_write


def problem_list(hub: Store, state: str = "open", station: str | None = None, limit: int | None = 100,
                 offset: int = 0) -> dict:
    """``state``: "open" | "resolved" | "all"; newest first, with who settled each and how."""
    where, params = ["1 = 1"], []
    if state == "open":
        where.append("p.resolved_at IS NULL")
    elif state == "resolved":
        where.append("p.resolved_at IS NOT NULL")
    if station:
        where.append("h.station_code = ?")
        params.append(station.upper())
    sql = (" FROM sync_problems p JOIN hub_problem_stations h ON h.problem_id = p.id"
           f" LEFT JOIN hub_stations s ON s.code = h.station_code WHERE {' AND '.join(where)}")
    total = hub.scalar("SELECT COUNT(*)" + sql, params)
    page = " LIMIT ? OFFSET ?" if limit else ""
    rows = hub.all("SELECT p.*, h.station_code, h.resolved_by, h.resolution, s.name AS station_name" + sql
                   + " ORDER BY p.created_at DESC, p.id" + page, [*params, *((limit, offset) if limit else ())])
    return {"total": total, "items": [_shown(r) for r in rows]}


def _shown(row) -> dict:
    item = dict(row)
    try:
        detail = json.loads(row["detail"] or "{}")
    except ValueError:
        detail = {}
    item["detail"] = detail if isinstance(detail, dict) else {}
    item["kind_label"] = "拒收" if row["kind"] == "rejection" else "冲突"
    return item


def resolve_problem(hub: Store, problem_id: str, staff: str, resolution: str) -> dict:
    """Mark a rejection or conflict settled, with what was done; the station hears of it."""
    resolution = required_text(resolution, "resolution", "处理说明", 500)
    staff = required_text(staff, "staff", "工作人员", 40)
    with town_write(hub) as w:
        row = hub.one("SELECT p.*, h.station_code FROM sync_problems p JOIN hub_problem_stations h"
                      " ON h.problem_id = p.id WHERE p.id = ?", (problem_id,))
        if row is None:
            raise NotFoundError("unknown_problem", "找不到这条拒收或冲突记录", "problem")
        if row["resolved_at"]:
            raise StateError("already_resolved", "这条已经处理过了", "problem")
        detail = _shown(row)["detail"]
        detail.update({"resolution": resolution, "resolved_by": staff})
        detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        hub.conn.execute("UPDATE sync_problems SET resolved_at = ?, detail = ? WHERE id = ?",
                         (w.now, detail_text, problem_id))
        hub.conn.execute("UPDATE hub_problem_stations SET resolved_by = ?, resolution = ? WHERE problem_id = ?",
                         (staff, resolution, problem_id))
        settled = dict(hub.one("SELECT * FROM sync_problems WHERE id = ?", (problem_id,)))
        w.problem(row["station_code"], settled)
    return settled
