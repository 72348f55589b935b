"""The villager at the counter: one search (name, the last digits of the phone or of the
ID number) and everything about that villager at once — parcels waiting, cases and where
they stand, money owed for advances, appointments, service-day sign-ups, what they were
told — each line naming the page and record it opens."""

from __future__ import annotations

from . import advances, coop, coop_accounts, villager_messages
from .case_rules import DONE, label
from .money import format_yuan
from .pickup_codes import ON_SHELF_SQL
from .store import Store
from .timeutil import format_local, local_day_bounds, local_date
from .villagers import get_villager

MAX_FOUND = 20


def search(store: Store, text: str) -> list[dict]:
    """Villagers whose name has ``text``, or whose phone or ID number ends with it."""
    words = "".join((text or "").split()).upper()
    if not words:
        return []
    like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    tail = "%" + words
    rows = store.all(
        "SELECT * FROM villagers WHERE name LIKE ? ESCAPE '\\' OR (length(?) >= 4 AND (phone LIKE ? OR"
        " id_number LIKE ?)) ORDER BY name LIMIT ?", (like, words, tail, tail, MAX_FOUND))
    return [{"id": r["id"], "name": r["name"], "phone": r["phone"], "village_group": r["village_group"]}
            for r in rows]


def everything(store: Store, villager_id: str) -> dict:
    v = get_villager(store, villager_id)
    shelf = store.all(f"SELECT id, pickup_code, courier, checked_in_at, status FROM parcels WHERE status IN"
                      f" {ON_SHELF_SQL} AND (villager_id = ? OR (? IS NOT NULL AND recipient_phone = ?))"
                      f" ORDER BY checked_in_at", (v.id, v.phone, v.phone))
    cases = store.all("SELECT c.id, c.case_no, c.status, c.deadline, i.name AS item_name FROM cases c"
                      " LEFT JOIN catalogue_items i ON i.code = c.item_code WHERE c.villager_id = ?"
                      " ORDER BY c.received_at DESC LIMIT 20", (v.id,))
    owed = advances.balance(store, v.id)["outstanding"]
    start, _end = local_day_bounds(local_date(store.now_iso()))
    appointments = store.all("SELECT id, scheduled_at, purpose FROM appointments WHERE villager_id = ?"
                             " AND status = 'scheduled' AND scheduled_at >= ? ORDER BY scheduled_at", (v.id, start))
    signups = store.all("SELECT s.id, s.item_code, d.day FROM service_day_signups s JOIN service_days d"
                        " ON d.id = s.service_day_id WHERE s.villager_id = ? AND s.status = 'signed_up'"
                        " AND s.outcome IS NULL ORDER BY d.day", (v.id,))
    member = coop.member_of(store, v.id)
    lines = [{"page": "parcels", "id": p["id"], "text": f"快递在架 取件码 {p['pickup_code']}，{format_local(p['checked_in_at'])[:10]} 到"}
             for p in shelf]
    lines += [{"page": "cases", "id": c["id"], "open": c["status"] not in DONE,
               "text": f"代办件 {c['case_no']} {c['item_name'] or ''}：{label(c['status'])}"
                       + ("" if c["status"] in DONE else f"，期限 {c['deadline']}")} for c in cases]
    if owed:
        lines.append({"page": "advances", "id": v.id, "text": f"垫付未还 {format_yuan(owed)}"})
    lines += [{"page": "reception", "id": a["id"], "text": f"预约 {format_local(a['scheduled_at'])}：{a['purpose']}"}
              for a in appointments]
    lines += [{"page": "service_days", "id": s["id"], "text": f"进驻服务报名 {s['day']} {s['item_code']}"}
              for s in signups]
    if member:
        due = coop_accounts.balance(store, member["id"])["owed_fen"]
        lines.append({"page": "coop", "id": member["id"], "text": f"合作社社员（{member['holding_label']}），"
                                                                 f"农资欠款 {format_yuan(due)}"})
    told = villager_messages.for_villager(store, v.id, 5)
    lines += [{"page": "messages", "id": m["id"],
               "text": f"通知 {format_local(m['created_at'])} {villager_messages.PURPOSES.get(m['purpose'], '')}："
                       f"{m['status_label']}"} for m in told]
    return {"villager": {"id": v.id, "name": v.name, "phone": v.phone, "village_group": v.village_group,
                         "tags": list(v.tags)},
            "lines": lines, "parcels_waiting": len(shelf), "owed_fen": owed,
            "open_cases": sum(1 for c in cases if c["status"] not in DONE)}

