"""The cooperative's desk (合作社服务台): where a village cooperative joined the station (石门村's
soft-seed pomegranate cooperative), the station keeps its member households and the farm
supplies (农资) it hands out to them. A station switches the desk on in Settings.

This module holds members and supply items; stock moves are in ``coop_stock``, member
accounts and settlements in ``coop_accounts``, training and field help in ``coop_services``.
"""

from __future__ import annotations

from datetime import date

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .money import check_fen
from .settings import COOP_ENABLED
from .store import Store
from .timeutil import local_date
from .validation import choice, optional_text, required_text
from .villagers import get_villager, villager_meant

HOLDING_UNITS = {"mu": "亩", "trees": "棵"}
CATEGORIES = {"fertiliser": "化肥", "pesticide": "农药", "film": "地膜", "seedling": "苗木", "other": "其他"}
MAX_HOLDING = 100_000


def enabled(store: Store) -> bool:
    return COOP_ENABLED.get(store)


def set_enabled(store: Store, on: bool) -> None:
    """A local setting of this station (off by default): the desk is a page like the others."""
    with store.transaction():
        COOP_ENABLED.put(store, on)


def check_day(value: object, field: str, label: str) -> date:
    if not isinstance(value, date):
        raise ValidationError("bad_day", f"请选择{label}", field)
    return value


def _holding(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_HOLDING:
        raise ValidationError("bad_holding", f"面积或株数应为0到{MAX_HOLDING}之间的整数", "holding")
    return value


# -- members --------------------------------------------------------------------------
def add_member(store: Store, agent_id: str, villager_id: str, joined_on: date, holding: int, holding_unit: str,
               note: str | None = None) -> str:
    """A household of the register joins the cooperative (one membership per household)."""
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    fields = {"villager_id": villager_id, "joined_on": check_day(joined_on, "joined_on", "入社日期").isoformat(),
              "holding": _holding(holding), "holding_unit": choice(holding_unit, "holding_unit", HOLDING_UNITS, "单位"),
              "note": optional_text(note, "note", "备注")}
    with store.write(agent_id) as w:
        if store.one("SELECT 1 FROM coop_members WHERE villager_id = ?", (villager_id,)):
            raise StateError("already_member", "这户已经是合作社社员了", "villager")
        return w.insert("coop_members", fields)


def update_member(store: Store, agent_id: str, member_id: str, *, holding: int | None = None,
                  holding_unit: str | None = None, note: str | None = None) -> None:
    require_agent(store, agent_id)
    changes: dict = {}
    if holding is not None:
        changes["holding"] = _holding(holding)
    if holding_unit is not None:
        changes["holding_unit"] = choice(holding_unit, "holding_unit", HOLDING_UNITS, "单位")
    if note is not None:
        changes["note"] = optional_text(note, "note", "备注")
    with store.write(agent_id) as w:
        get_member(store, member_id)
        if changes:
            w.update("coop_members", member_id, changes)


def leave(store: Store, agent_id: str, member_id: str, left_on: date) -> None:
    """A household leaves: its history and its account stay."""
    require_agent(store, agent_id)
    left_on = check_day(left_on, "left_on", "退社日期")
    with store.write(agent_id) as w:
        member = get_member(store, member_id)
        if member["left_on"]:
            raise StateError("already_left", "这户已经退社了", "member")
        if left_on.isoformat() < member["joined_on"]:
            raise ValidationError("left_before_joining", "退社日期不能早于入社日期", "left_on")
        w.update("coop_members", member_id, {"left_on": left_on.isoformat()})


_MEMBER = ("SELECT m.*, v.name AS name, v.phone AS phone, v.village_group AS village_group FROM coop_members m"
           " JOIN villagers v ON v.id = m.villager_id")


def _member(row) -> dict:
    data = dict(row)
    data["holding_label"] = f"{data['holding']} {HOLDING_UNITS[data['holding_unit']]}"
    data["active"] = data["left_on"] is None
    return data


def get_member(store: Store, member_id: str) -> dict:
    row = store.one(_MEMBER + " WHERE m.id = ?", (member_id,))
    if row is None:
        raise NotFoundError("unknown_member", "没有这位社员", "member")
    return _member(row)


def member_of(store: Store, villager_id: str) -> dict | None:
    row = store.one(_MEMBER + " WHERE m.villager_id = ?", (villager_id,))
    return _member(row) if row else None


def member_meant(store: Store, text: str) -> dict:
    """The member ``text`` (a name or phone, as for a villager) means."""
    member = member_of(store, villager_meant(store, text, "member"))
    if member is None:
        raise NotFoundError("not_a_member", f"{text} 不是合作社社员", "member")
    return member


def list_members(store: Store, search: str | None = None, include_left: bool = False) -> list[dict]:
    """Members by name; ``search`` matches a name or a phone number's digits."""
    where, params = [], []
    if not include_left:
        where.append("m.left_on IS NULL")
    words = (search or "").strip()
    if words:
        where.append("(v.name LIKE ? ESCAPE '\\' OR v.phone LIKE ? ESCAPE '\\')")
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    sql = _MEMBER + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY v.name, m.joined_on"
    return [_member(r) for r in store.all(sql, params)]


def require_active_member(store: Store, member_id: str | None, on: str | None = None) -> dict:
    """A member who has not left (by the day of ``on``, an ISO time)."""
    if not member_id:
        raise ValidationError("member_required", "请选择社员", "member")
    member = get_member(store, member_id)
    day = local_date(on or store.now_iso()).isoformat()
    if member["left_on"] and member["left_on"] <= day:
        raise StateError("member_left", f"{member['name']}已于{member['left_on']}退社", "member")
    return member


# -- supply items ---------------------------------------------------------------------------
def add_item(store: Store, agent_id: str, name: str, category: str, unit: str, price_fen: int) -> str:
    require_agent(store, agent_id)
    fields = {"name": required_text(name, "name", "农资名称", 40),
              "category": choice(category, "category", CATEGORIES, "类别"),
              "unit": required_text(unit, "unit", "计量单位", 6),
              "price_fen": check_fen(price_fen, "price_fen", allow_zero=True), "active": 1}
    with store.write(agent_id) as w:
        if store.one("SELECT 1 FROM coop_items WHERE name = ? AND active = 1", (fields["name"],)):
            raise StateError("duplicate_item", f"已有农资“{fields['name']}”", "name")
        return w.insert("coop_items", fields)


def update_item(store: Store, agent_id: str, item_id: str, *, price_fen: int | None = None,
                active: bool | None = None) -> None:
    """A new price applies from now on: what was handed out keeps its price."""
    require_agent(store, agent_id)
    changes: dict = {}
    if price_fen is not None:
        changes["price_fen"] = check_fen(price_fen, "price_fen", allow_zero=True)
    if active is not None:
        changes["active"] = 1 if active else 0
    with store.write(agent_id) as w:
        get_item(store, item_id)
        if changes:
            w.update("coop_items", item_id, changes)


def item_named(store: Store, name: str) -> dict:
    """The supply called ``name`` (the command line names supplies as people do)."""
    row = store.one("SELECT * FROM coop_items WHERE name = ?", ((name or "").strip(),))
    if row is None:
        raise NotFoundError("unknown_item", f"没有这种农资：{name}", "item")
    return dict(row)


def get_item(store: Store, item_id: str) -> dict:
    row = store.one("SELECT * FROM coop_items WHERE id = ?", (item_id,))
    if row is None:
        raise NotFoundError("unknown_item", "没有这种农资", "item")
    return dict(row)
