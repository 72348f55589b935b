"""The villager register, with family contacts (the children who pay back advances)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from .agents import require_agent
from .errors import DomainError, NotFoundError, ValidationError
from .queries import LIKE, Listing, Query, like
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


def _search(text: str) -> tuple[str, list]:
    """By name fragment, full phone or the last 4 digits of the phone."""
    text = (text or "").strip()
    if not text:
        return "", []
    if text.isdigit():
        return f" WHERE phone = ? OR phone {LIKE}", [text, like(text, end=True)]
    return f" WHERE name {LIKE}", [like(text)]


def search_villagers(store: Store, text: str, limit: int = 50, offset: int = 0) -> list[Villager]:
    """By name fragment, full phone or the last 4 digits of the phone; by name, in pinyin order."""
    sql, params = _search(text)
    return [_villager(r) for r in store.all(f"SELECT * FROM villagers{sql} ORDER BY name COLLATE PINYIN, id"
                                            " LIMIT ? OFFSET ?",
                                            [*params, limit, offset])]


@dataclass(frozen=True)
class VillagerQuery(Query):
    """The register as the window lists it: ``search`` as ``search_villagers`` reads it."""


def list_villagers(store: Store, q: VillagerQuery = VillagerQuery(), limit: int = 50, offset: int = 0) -> list[dict]:
    return [{"id": v.id, "name": v.name, "phone": v.phone or "", "village_group": v.village_group or "",
             "id_masked": v.id_masked, "tags": list(v.tags), "note": v.note or ""}
            for v in search_villagers(store, q.search, limit, offset)]


def count_villagers(store: Store, q: VillagerQuery = VillagerQuery()) -> int:
    sql, params = _search(q.search)
    return store.scalar(f"SELECT COUNT(*) FROM villagers{sql}", params)


VILLAGERS = Listing(VillagerQuery(), list_villagers, count_villagers, frozenset({"villagers"}))


# -- which villager does this text mean ---------------------------------------------
MATCHES_SHOWN = 6
_PHONE_AT_END = re.compile(r"[\d*＊][\d*＊\s-]*$")


class ChooseVillager(DomainError):
    """What was typed fits several villagers: the agent chooses (nothing is written)."""

    def __init__(self, matches: list[Villager], field: str):
        super().__init__("choose_villager", "有几位村民符合，请选一位", field)
        self.matches = matches


def split_typed(text: str) -> tuple[str, str]:
    """``王秀英 13812345678`` -> (name, phone); either part may be empty."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    match = _PHONE_AT_END.search(value)
    if not match:
        return value, ""
    return value[:match.start()].strip(), match.group().strip()


def lookup_text(text: str) -> str:
    """What to look up in the register for what was typed: the phone's digits when a
    phone (or its tail) was typed, else the name."""
    name, phone = split_typed(text)
    return re.sub(r"[\s-]", "", phone) if phone and "*" not in phone else name


def resolve_typed(store: Store, text: str, field: str, *, typed_ok: bool = False) -> dict:
    """Who a typed name and/or phone (or its last digits) is: ``{"villager_id"}`` when the
    register settles it, else the typed ``name`` and ``phone`` (for the caller to check).
    Raises ChooseVillager when several villagers fit and the agent has not said "as
    typed" (``typed_ok``)."""
    name, phone = split_typed(text)
    digits = re.sub(r"[\s-]", "", phone)
    if digits and "*" not in digits:
        found = search_villagers(store, digits, limit=MATCHES_SHOWN)
        if name:
            same = [v for v in found if v.name == name]
            if len(same) == 1:
                return {"villager_id": same[0].id}
        elif len(found) == 1:
            return {"villager_id": found[0].id}
        elif len(found) > 1 and not typed_ok:
            raise ChooseVillager(found, field)
    elif name and not digits:
        found = search_villagers(store, name, limit=MATCHES_SHOWN)
        exact = [v for v in found if v.name == name]
        if len(exact) == 1 and len(found) == 1:
            return {"villager_id": exact[0].id}
        if found and not typed_ok:
            raise ChooseVillager(found, field)
    return {"name": name or None, "phone": phone or None}


def villager_meant(store: Store, text: str, field: str = "villager") -> str:
    """The one villager ``text`` means, where nobody can be asked to choose (the command
    line): the register settles it, or exactly one of the villagers it fits has that very
    name or phone (the one the window highlights for Enter)."""
    try:
        found = resolve_typed(store, text, field)
    except ChooseVillager as err:
        exact = [v for v in err.matches if text.strip() in (v.name, v.phone)]
        if len(exact) == 1:
            return exact[0].id
    else:
        if "villager_id" in found:
            return found["villager_id"]
    raise NotFoundError("unknown_villager", f"找不到唯一的村民：{text}", field)


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


def contacts_of(store: Store, villager_id: str, limit: int = -1, offset: int = 0) -> list[dict]:
    """The one who pays back advances first, then in the order they were added."""
    return [dict(r) for r in store.all(
        "SELECT * FROM contacts WHERE villager_id = ? ORDER BY is_payer DESC, created_at LIMIT ? OFFSET ?",
        (villager_id, limit, offset))]


@dataclass(frozen=True)
class ContactQuery(Query):
    villager: str | None = None  # no villager chosen: no contacts


def list_contacts(store: Store, q: ContactQuery, limit: int = 50, offset: int = 0) -> list[dict]:
    return contacts_of(store, q.villager, limit, offset) if q.villager else []


def count_contacts(store: Store, q: ContactQuery) -> int:
    return store.scalar("SELECT COUNT(*) FROM contacts WHERE villager_id = ?", (q.villager,)) if q.villager else 0


CONTACTS = Listing(ContactQuery(), list_contacts, count_contacts, frozenset({"contacts"}))


def payer_of(store: Store, villager_id: str) -> dict | None:
    """The contact responsible for repaying this villager's advances, if one is named."""
    row = store.one("SELECT * FROM contacts WHERE villager_id = ? AND is_payer = 1 ORDER BY created_at LIMIT 1", (villager_id,))
    return dict(row) if row else None
