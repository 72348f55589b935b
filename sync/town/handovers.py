"""The hand-over sheets stations make when they carry files to the town (交接单): the town
sees every station's sheets with what they list, and signs for one when the files arrive;
the receipt (``handover_receipts``, town-owned) goes back to that station only, so neither
side can later say a file was never handed over."""

from __future__ import annotations

import json
from dataclasses import dataclass

from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.queries import Listing, Query, Where
from station_app.store import Store
from station_app.timeutil import format_local
from station_app.validation import optional_text, required_text

from ..hub.changes import town_write
from .notices import short_name


@dataclass(frozen=True)
class SheetQuery(Query):
    """Sheets newest first; ``waiting``: only those the town has not signed for;
    ``search``: a station's code or name, or a sheet number."""

    waiting: bool = False


def _where(q: SheetQuery) -> Where:
    where = Where().search(("s.sheet_no", "s.station_code", "st.name"), q.search)
    if q.waiting:
        where.add("NOT EXISTS (SELECT 1 FROM handover_receipts r WHERE r.sheet_id = s.id)")
    return where


def list_sheets(hub: Store, q: SheetQuery = SheetQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    where = _where(q)
    rows = hub.all(
        "SELECT s.*, st.name AS station_name, (SELECT COUNT(*) FROM handover_items h WHERE h.sheet_id = s.id) AS cases,"
        " (SELECT COALESCE(SUM(h.pieces), 0) FROM handover_items h WHERE h.sheet_id = s.id) AS pieces,"
        " (SELECT r.received_by || '|' || r.received_at FROM handover_receipts r WHERE r.sheet_id = s.id"
        "  ORDER BY r.received_at DESC LIMIT 1) AS receipt"
        f" FROM handover_sheets s LEFT JOIN hub_stations st ON st.code = s.station_code{where.sql}"
        " ORDER BY s.carried_on DESC, s.sheet_no DESC LIMIT ? OFFSET ?", [*where.params, limit, offset])
    found = []
    for r in rows:
        by, _, at = (r["receipt"] or "||").partition("|")
        found.append({**dict(r), "station": short_name(r["station_name"] or r["station_code"]),
                      "received_by": by or None, "received_at": at or None,
                      "received_text": f"{by} {format_local(at)} 签收" if by else "未签收"})
    return found


def count_sheets(hub: Store, q: SheetQuery = SheetQuery()) -> int:
    where = _where(q)
    return hub.scalar(f"SELECT COUNT(*) FROM handover_sheets s LEFT JOIN hub_stations st ON st.code = s.station_code"
                      f"{where.sql}", where.params)


SHEETS = Listing(SheetQuery(), list_sheets, count_sheets,
                 frozenset({"handover_sheets", "handover_items", "handover_receipts", "hub_stations"}))


def sheet_items(hub: Store, sheet_id: str) -> list[dict]:
    """What one sheet lists: each case with its villager, item, materials and pieces."""
    rows = hub.all("SELECT h.*, c.case_no, v.name AS villager_name, i.name AS item_name FROM handover_items h"
                   " LEFT JOIN cases c ON c.id = h.case_id LEFT JOIN villagers v ON v.id = c.villager_id"
                   " LEFT JOIN catalogue_items i ON i.code = c.item_code WHERE h.sheet_id = ? ORDER BY c.case_no",
                   (sheet_id,))
    return [{**dict(r), "materials": json.loads(r["materials"] or "[]")} for r in rows]


def find_sheet(hub: Store, id_or_no: str) -> dict:
    row = hub.one("SELECT * FROM handover_sheets WHERE id = ? OR sheet_no = ?", (id_or_no, (id_or_no or "").upper()))
    if row is None:
        raise NotFoundError("unknown_sheet", f"没有这张交接单：{id_or_no}", "sheet")
    return dict(row)


def receive(hub: Store, id_or_no: str, received_by: str, remarks: str | None = None) -> str:
    """The town signs for a sheet's files (once); the receipt goes back to its station."""
    received_by = required_text(received_by, "received_by", "签收人", 20)
    remarks = optional_text(remarks, "remarks", "备注", 200)
    with town_write(hub) as w:
        sheet = find_sheet(hub, id_or_no)
        if hub.one("SELECT 1 FROM handover_receipts WHERE sheet_id = ?", (sheet["id"],)):
            raise StateError("already_received", f"交接单 {sheet['sheet_no']} 已经签收过了", "sheet")
        if not hub.one("SELECT 1 FROM handover_items WHERE sheet_id = ?", (sheet["id"],)):
            raise ValidationError("empty_sheet", "这张交接单的明细还没有同步到镇中心，请等该站再同步一次", "sheet")
        return w.insert("handover_receipts", {"sheet_id": sheet["id"], "to_station": sheet["station_code"],
                                              "received_by": received_by, "received_at": hub.now_iso(),
                                              "remarks": remarks}, audience=sheet["station_code"])
