"""Farm-supply stock at the cooperative's desk, as moves that are never edited.

Stock of an item = the sum of its moves that are not voided: received (+), handed out to a
member (−), returned (+), counted (the difference found, ±). Stock never goes below zero
except by a count: a hand-out or a void that would take more than is on the shelf is
refused ("库存只有 N 袋"), and the agent counts the shelf first. A hand-out is paid now
(cash, WeChat, Alipay: money in the till) or put on the member's account until the
harvest (``coop_accounts``); a return goes back the way it was paid.
"""

from __future__ import annotations

from .agents import require_agent
from .coop import get_item, require_active_member
from .coop_accounts import balance
from .errors import NotFoundError, StateError, ValidationError
from .money import CHANNELS, check_fen, format_yuan
from .store import Store
from .validation import choice, optional_text, required_text
from .voids import check_reason, is_voided, not_voided_sql, void_record

PAID_HOW = {**CHANNELS, "account": "记账（收获时结算）"}
KIND_LABELS = {"received": "入库", "handed_out": "发放", "returned": "退回", "counted": "盘点"}
MAX_QUANTITY = 100_000


def _quantity(value: object, field: str = "quantity", allow_zero: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (0 if allow_zero else 1) <= value <= MAX_QUANTITY:
        raise ValidationError("bad_quantity", f"数量应为{'0' if allow_zero else '1'}到{MAX_QUANTITY}之间的整数", field)
    return value


def stock_of(store: Store, item_id: str) -> int:
    return store.scalar(f"SELECT COALESCE(SUM(m.quantity), 0) FROM coop_stock_moves m WHERE m.item_id = ?"
                        f" AND {not_voided_sql('coop_stock_moves', 'm')}", (item_id,))


def stock_list(store: Store, include_inactive: bool = False) -> list[dict]:
    """Every item with its stock, by category and name."""
    rows = store.all(
        f"SELECT i.*, COALESCE((SELECT SUM(m.quantity) FROM coop_stock_moves m WHERE m.item_id = i.id"
        f" AND {not_voided_sql('coop_stock_moves', 'm')}), 0) AS stock FROM coop_items i"
        f"{'' if include_inactive else ' WHERE i.active = 1'} ORDER BY i.category, i.name")
    return [dict(r) for r in rows]


def _short(store: Store, item: dict, wanted: int) -> None:
    have = stock_of(store, item["id"])
    if wanted > have:
        raise StateError("not_enough_stock", f"{item['name']}库存只有 {have} {item['unit']}，不够 {wanted}"
                         f" {item['unit']}；如果实物不止这些，请先盘点", "quantity", stock=have)


def receive(store: Store, agent_id: str, item_id: str, quantity: int, supplier: str, cost_fen: int = 0) -> str:
    """Stock comes in from a supplier (the cooperative pays it: not the station's till)."""
    require_agent(store, agent_id)
    fields = {"item_id": item_id, "kind": "received", "quantity": _quantity(quantity),
              "supplier": required_text(supplier, "supplier", "供货方", 40),
              "amount_fen": check_fen(cost_fen, "cost_fen", allow_zero=True), "at": store.now_iso()}
    with store.write(agent_id) as w:
        get_item(store, item_id)
        return w.insert("coop_stock_moves", fields)


def hand_out(store: Store, agent_id: str, item_id: str, member_id: str, quantity: int, paid_how: str) -> dict:
    """Supplies to a member at today's price, paid now or on account. Returns the move
    with its amount."""
    require_agent(store, agent_id)
    quantity = _quantity(quantity)
    paid_how = choice(paid_how, "paid_how", PAID_HOW, "付款方式")
    with store.write(agent_id) as w:
        item = get_item(store, item_id)
        if not item["active"]:
            raise StateError("item_inactive", f"{item['name']}已停止发放", "item")
        require_active_member(store, member_id)
        _short(store, item, quantity)
        amount = check_fen(item["price_fen"] * quantity, "amount_fen", allow_zero=True)
        move_id = w.insert("coop_stock_moves", {
            "item_id": item_id, "kind": "handed_out", "quantity": -quantity, "member_id": member_id,
            "unit_price_fen": item["price_fen"], "amount_fen": amount, "paid_how": paid_how, "at": store.now_iso()})
    return {"id": move_id, "amount_fen": amount, "amount": format_yuan(amount)}


def returned_so_far(store: Store, hand_out_id: str) -> int:
    return store.scalar(f"SELECT COALESCE(SUM(m.quantity), 0) FROM coop_stock_moves m WHERE m.of_move_id = ?"
                        f" AND {not_voided_sql('coop_stock_moves', 'm')}", (hand_out_id,))


def take_back(store: Store, agent_id: str, hand_out_id: str, quantity: int, reason: str | None = None,
              refund_how: str | None = None) -> dict:
    """A member brings part of a hand-out back: at its price, back the way it was paid
    (off the account, or money out of the till). Off an account already settled below
    the amount, the money goes back in cash, WeChat or Alipay (``refund_how``)."""
    require_agent(store, agent_id)
    quantity = _quantity(quantity)
    reason = optional_text(reason, "reason", "退回原因", 200)
    if refund_how is not None:
        refund_how = choice(refund_how, "refund_how", CHANNELS, "退款方式")
    with store.write(agent_id) as w:
        given = store.one("SELECT * FROM coop_stock_moves WHERE id = ? AND kind = 'handed_out'", (hand_out_id,))
        if given is None or is_voided(store, "coop_stock_moves", hand_out_id):
            raise NotFoundError("unknown_hand_out", "找不到这次发放（或已作废）", "move")
        left = -given["quantity"] - returned_so_far(store, hand_out_id)
        if quantity > left:
            raise ValidationError("returns_exceed", f"这次发放还能退回的只有 {left}", "quantity")
        amount = given["unit_price_fen"] * quantity
        how = refund_how or given["paid_how"]
        if how == "account" and balance(store, given["member_id"])["owed_fen"] < amount:
            raise ValidationError("refund_in_money", f"这笔记账已经结算过，退回的 {format_yuan(amount)} 请选择现金等方式退给社员",
                                  "refund_how")
        move_id = w.insert("coop_stock_moves", {
            "item_id": given["item_id"], "kind": "returned", "quantity": quantity, "member_id": given["member_id"],
            "of_move_id": hand_out_id, "unit_price_fen": given["unit_price_fen"], "amount_fen": amount,
            "paid_how": how, "reason": reason, "at": store.now_iso()})
    return {"id": move_id, "amount_fen": amount, "amount": format_yuan(amount), "paid_how": how}


def count(store: Store, agent_id: str, item_id: str, counted_quantity: int, reason: str | None = None) -> dict:
    """A stock count: what is on the shelf becomes the stock; a difference needs a reason."""
    require_agent(store, agent_id)
    counted_quantity = _quantity(counted_quantity, "counted_quantity", allow_zero=True)
    with store.write(agent_id) as w:
        item = get_item(store, item_id)
        difference = counted_quantity - stock_of(store, item_id)
        note = optional_text(reason, "reason", "差异原因", 200)
        if difference and not note:
            raise ValidationError("count_needs_reason", f"盘点数与账面差 {difference:+d} {item['unit']}，请写明原因",
                                  "reason")
        move_id = w.insert("coop_stock_moves", {
            "item_id": item_id, "kind": "counted", "quantity": difference, "counted_quantity": counted_quantity,
            "reason": note, "at": store.now_iso()})
    return {"id": move_id, "difference": difference}


def void_move(store: Store, agent_id: str, move_id: str, reason: str) -> str:
    """A wrong move is voided with a reason; never one that would leave the shelf below
    zero (a receipt whose goods were handed out already), nor a hand-out with returns."""
    require_agent(store, agent_id)
    check_reason(reason)
    with store.write(agent_id):
        move = store.one("SELECT * FROM coop_stock_moves WHERE id = ?", (move_id,))
        if move is None:
            raise NotFoundError("record_missing", "要作废的记录不存在", "record_id")
        if move["kind"] == "handed_out" and returned_so_far(store, move_id):
            raise StateError("has_returns", "这次发放有退回记录，请先作废退回", "record_id")
        if move["kind"] == "handed_out" and move["paid_how"] == "account" and not is_voided(
                store, "coop_stock_moves", move_id):
            if balance(store, move["member_id"])["owed_fen"] < move["amount_fen"]:
                raise StateError("already_settled", "这笔记账已经结算过了，作废后社员就多付了钱；请先作废相应的结算",
                                 "record_id")
        if move["quantity"] > 0 and not is_voided(store, "coop_stock_moves", move_id):
            item = get_item(store, move["item_id"])
            if stock_of(store, item["id"]) - move["quantity"] < 0:
                raise StateError("would_go_negative", f"作废后{item['name']}库存会小于0，请先盘点", "record_id")
        return void_record(store, agent_id, "coop_stock_moves", move_id, reason)


def moves(store: Store, item_id: str | None = None, member_id: str | None = None, limit: int = 200,
          offset: int = 0) -> list[dict]:
    """Moves newest first, with the member's name and a void mark (struck through, not counted)."""
    where, params = [], []
    if item_id:
        where.append("m.item_id = ?")
        params.append(item_id)
    if member_id:
        where.append("m.member_id = ?")
        params.append(member_id)
    sql = ("SELECT m.*, i.name AS item_name, i.unit AS unit, v.name AS member_name, vd.reason AS void_reason"
           " FROM coop_stock_moves m JOIN coop_items i ON i.id = m.item_id"
           " LEFT JOIN coop_members c ON c.id = m.member_id LEFT JOIN villagers v ON v.id = c.villager_id"
           " LEFT JOIN voids vd ON vd.target_entity = 'coop_stock_moves' AND vd.target_id = m.id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.at DESC, m.id DESC LIMIT ? OFFSET ?")
    rows = store.all(sql, [*params, limit, offset])
    return [{**dict(r), "kind_label": KIND_LABELS[r["kind"]], "voided": r["void_reason"] is not None,
             "paid_label": PAID_HOW.get(r["paid_how"] or "", "")} for r in rows]
