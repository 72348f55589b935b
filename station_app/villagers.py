"""The villager register, with family contacts (the children who pay back advances)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .agents import require_agent
from .errors import NotFoundError, ValidationError
from .store import Store
from .validation import mask_id, mobile, optional_text, required_text, resident_id

TAGS = {"elderly": "老人", "alone": "独居", "left_behind": "留守", "mobility": "行动不便", "low_income": "低保", "five_guarantee": "五保"}
RELATIONS = {"son": "儿子", "daughter": "女儿", "spouse": "配偶", "grandchild": "孙辈", "relative": "亲属", "neighbour": "邻居", "other": "其他"}


@dataclass(frozen=True)
class Villager:
    id: str
    name: str
    phone: str | None
    id_number: str | None
    village_group: str | None
    address: str | None
    tags: tuple[str, ...]
    note: str | None

    @property
    def id_masked(self) -> str:
        return mask_id(self.id_number)


DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def group_order(group: str | None) -> tuple:
    """Sort key for village groups as people count them: 一组, 二组 … 十组, 十一组, then
    other names. A text sort would put 七组 before 三组."""
    text = (group or "").strip()
    number = text.rstrip("组").strip()
    if number.isdigit():
        return (0, int(number), text)
    if number and all(ch in DIGITS or ch == "十" for ch in number):
        tens, _, ones = number.rpartition("十")
        if "十" in number:
            value = (DIGITS.get(tens, 1) if tens else 1) * 10 + (DIGITS.get(ones, 0) if ones else 0)
        else:
            value = DIGITS.get(number, 0) if len(number) == 1 else 0
        if value:
            return (0, value, text)
    return (1 if text else 2, 0, text)


def _clean(name, phone, id_number, village_group, address, tags, note) -> dict:
    tags = list(tags or [])
    for tag in tags:
        if tag not in TAGS:
            raise ValidationError("bad_tag", f"未知的标签：{tag}", "tags")
    return {
        "name": required_text(name, "name", "姓名", 30),
        "phone": mobile(phone, "phone"),
        "id_number": resident_id(id_number, "id_number"),
        "village_group": optional_text(village_group, "village_group", "村民组", 30),
        "address": optional_text(address, "address", "住址", 100),
        "tags": sorted(set(tags)),
        "note": optional_text(note, "note", "备注"),
    }


def add_villager(store: Store, agent_id: str, name: str, phone: str | None = None,
                 id_number: str | None = None, village_group: str | None = None,
                 address: str | None = None, tags=(), note: str | None = None) -> str:
    require_agent(store, agent_id)
    fields = _clean(name, phone, id_number, village_group, address, tags, note)
    if fields["id_number"] and store.one("SELECT 1 FROM villagers WHERE id_number = ?", (fields["id_number"],)):
        raise ValidationError("duplicate_id_number", "这个身份证号已经登记过了", "id_number")
    with store.write(agent_id) as w:
        return w.insert("villagers", fields)


def update_villager(store: Store, agent_id: str, villager_id: str, **changes) -> None:
    require_agent(store, agent_id)
    current = get_villager(store, villager_id)
    merged = {
        "name": current.name, "phone": current.phone, "id_number": current.id_number,
        "village_group": current.village_group, "address": current.address,
        "tags": current.tags, "note": current.note,
    }
    unknown = set(changes) - set(merged)
    if unknown:
        raise ValidationError("unknown_field", f"不能修改 {sorted(unknown)[0]}", sorted(unknown)[0])
    merged.update(changes)
    fields = _clean(**merged)
    before = _clean(**{**merged, **{k: getattr(current, k) for k in changes}})
    diff = {k: v for k, v in fields.items() if v != before[k]}
    if diff:
        with store.write(agent_id) as w:
            w.update("villagers", villager_id, diff)


def set_messages_ok(store: Store, agent_id: str, villager_id: str, ok: bool) -> None:
    """The villager says yes or no to text messages from the station."""
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    with store.write(agent_id) as w:
        w.update("villagers", villager_id, {"messages_ok": 1 if ok else 0})


def get_villager(store: Store, villager_id: str) -> Villager:
    row = store.get("villagers", villager_id)
    if row is None:
        raise NotFoundError("unknown_villager", "找不到这位村民", "villager")
    return _villager(row)


def _villager(row) -> Villager:
    return Villager(row["id"], row["name"], row["phone"], row["id_number"], row["village_group"],
                    row["address"], tuple(json.loads(row["tags"])), row["note"])


def search_villagers(store: Store, text: str, limit: int = 50) -> list[Villager]:
    """By name fragment, full phone or the last 4 digits of the phone."""
    text = (text or "").strip()
    if not text:
        rows = store.all("SELECT * FROM villagers ORDER BY name LIMIT ?", (limit,))
    elif text.isdigit():
        rows = store.all(
            "SELECT * FROM villagers WHERE phone = ? OR phone LIKE ? ORDER BY name LIMIT ?",
            (text, f"%{text}", limit),
        )
    else:
        rows = store.all("SELECT * FROM villagers WHERE name LIKE ? ORDER BY name LIMIT ?", (f"%{text}%", limit))
    return [_villager(r) for r in rows]


def _contact_fields(name: str, phone: str | None, relation: str, is_payer: bool) -> dict:
    if relation not in RELATIONS:
        raise ValidationError("bad_relation", "请选择与村民的关系", "relation")
    return {"name": required_text(name, "name", "联系人姓名", 30), "phone": mobile(phone, "phone", required=is_payer),
            "relation": relation, "is_payer": 1 if is_payer else 0}


def _one_payer(store: Store, w, villager_id: str, keep: str) -> None:
    """One contact answers for a villager's advances: naming a new one relieves the others."""
    for (other,) in store.all("SELECT id FROM contacts WHERE villager_id = ? AND is_payer = 1 AND id != ?",
                              (villager_id, keep)):
        w.update("contacts", other, {"is_payer": 0})


def add_contact(store: Store, agent_id: str, villager_id: str, name: str, phone: str | None,
                relation: str, is_payer: bool = False) -> str:
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    fields = {"villager_id": villager_id, **_contact_fields(name, phone, relation, is_payer)}
    with store.write(agent_id) as w:
        contact_id = w.insert("contacts", fields)
        if is_payer:
            _one_payer(store, w, villager_id, contact_id)
        return contact_id


def update_contact(store: Store, agent_id: str, contact_id: str, name: str, phone: str | None,
                   relation: str, is_payer: bool = False) -> None:
    """Correct a contact (a new phone number, who pays back); only what changed is written."""
    require_agent(store, agent_id)
    current = store.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    if current is None:
        raise NotFoundError("unknown_contact", "找不到这位联系人", "contact")
    fields = _contact_fields(name, phone, relation, is_payer)
    diff = {k: v for k, v in fields.items() if v != current[k]}
    if not diff:
        return
    with store.write(agent_id) as w:
        w.update("contacts", contact_id, diff)
        if is_payer:
            _one_payer(store, w, current["villager_id"], contact_id)


def contacts_of(store: Store, villager_id: str) -> list[dict]:
    return [dict(r) for r in store.all(
        "SELECT * FROM contacts WHERE villager_id = ? ORDER BY is_payer DESC, created_at", (villager_id,))]


def payer_of(store: Store, villager_id: str) -> dict | None:
    """The contact responsible for repaying this villager's advances, if one is named."""
    row = store.one("SELECT * FROM contacts WHERE villager_id = ? AND is_payer = 1 ORDER BY created_at LIMIT 1", (villager_id,))
    return dict(row) if row else None
