"""The hand-over sheet (交接单): the files an agent carries to the town in one trip — each
case with its materials and the number of pieces — printed for both sides to sign. The
town records that the sheet arrived (``handover_receipts``, town-owned, back by sync), so
neither side can say a file was never given."""

from __future__ import annotations

import json
from datetime import date

from .agents import find_agent, require_agent
from .cases import get_case
from .errors import NotFoundError, ValidationError
from .station_profile import profile
from .store import Store
from .timeutil import format_local, local_date
from .validation import optional_text

MAX_PIECES = 200


def make_sheet(store: Store, agent_id: str, case_pieces: dict[str, int], note: str | None = None,
               carried_on: date | None = None) -> dict:
    """A sheet for the cases being carried (case id → pieces of paper). Returns it."""
    require_agent(store, agent_id)
    if not case_pieces:
        raise ValidationError("no_cases", "请选择要带到镇里的代办件", "cases")
    for case_id, pieces in case_pieces.items():
        if isinstance(pieces, bool) or not isinstance(pieces, int) or not 0 <= pieces <= MAX_PIECES:
            raise ValidationError("bad_pieces", f"份数应为0到{MAX_PIECES}之间的整数", "pieces")
    day = carried_on or local_date(store.now_iso())
    note = optional_text(note, "note", "备注", 200)
    with store.write(agent_id) as w:
        cases = [get_case(store, case_id) for case_id in case_pieces]
        taken = store.scalar("SELECT COUNT(*) FROM handover_sheets WHERE carried_on = ?", (day.isoformat(),))
        sheet_id = w.insert("handover_sheets", {
            "sheet_no": f"{store.station_code}-{day:%Y%m%d}-J{taken + 1:02d}", "carried_on": day.isoformat(),
            "carried_by": find_agent(store, agent_id).name, "note": note})
        for case in cases:
            w.insert("handover_items", {"sheet_id": sheet_id, "case_id": case["id"],
                                        "materials": case["materials_received"], "pieces": case_pieces[case["id"]]})
    return sheet(store, sheet_id)


def sheet(store: Store, sheet_id: str) -> dict:
    """Everything the printed sheet shows, and whether the town has said it arrived."""
    row = store.get("handover_sheets", sheet_id)
    if row is None:
        raise NotFoundError("unknown_sheet", "没有这张交接单", "sheet")
    items = []
    for r in store.all("SELECT h.*, c.case_no, v.name AS villager_name, i.name AS item_name FROM handover_items h"
                       " JOIN cases c ON c.id = h.case_id JOIN villagers v ON v.id = c.villager_id"
                       " LEFT JOIN catalogue_items i ON i.code = c.item_code WHERE h.sheet_id = ? ORDER BY c.case_no",
                       (sheet_id,)):
        items.append({"case_no": r["case_no"], "villager": r["villager_name"], "item": r["item_name"] or "",
                      "materials": json.loads(r["materials"]), "pieces": r["pieces"]})
    receipt = store.one("SELECT * FROM handover_receipts WHERE sheet_id = ? ORDER BY received_at DESC LIMIT 1",
                        (sheet_id,))
    return {**dict(row), "items": items, "cases": len(items), "pieces": sum(i["pieces"] for i in items),
            "station": profile(store), "received": dict(receipt) if receipt else None,
            "received_text": (f"{receipt['received_by']} {format_local(receipt['received_at'])} 签收"
                              if receipt else "镇中心尚未签收")}


def sheets(store: Store, limit: int = 50) -> list[dict]:
    """Sheets newest first, with whether each has arrived."""
    return [sheet(store, r[0]) for r in store.all("SELECT id FROM handover_sheets ORDER BY carried_on DESC,"
                                                  " sheet_no DESC LIMIT ?", (limit,))]


def to_carry(store: Store) -> list[dict]:
    """Cases sent to town and on no sheet yet: what the next trip carries, each with the
    pieces of paper its received materials make (one per material, to start from)."""
    rows = store.all("SELECT c.id, c.case_no, c.materials_received, v.name AS villager_name, i.name AS item_name"
                     " FROM cases c JOIN villagers v ON v.id = c.villager_id LEFT JOIN catalogue_items i"
                     " ON i.code = c.item_code WHERE c.status = 'sent_to_town' AND NOT EXISTS"
                     " (SELECT 1 FROM handover_items h WHERE h.case_id = c.id) ORDER BY c.case_no")
    found = []
    for r in rows:
        materials = json.loads(r["materials_received"] or "[]")
        found.append({"id": r["id"], "case_no": r["case_no"], "villager_name": r["villager_name"],
                      "item_name": r["item_name"] or "", "materials": materials, "pieces": len(materials)})
    return found
