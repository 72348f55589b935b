"""Member accounts at the cooperative's desk: supplies taken on account until the harvest.

What a member owes = what was handed out on account − what came back off the account −
settlements, leaving out everything voided. A settlement is cash, WeChat, Alipay (money
in the till) or deducted at the cooperative's harvest purchase (收购时抵扣: no money moves
at the station, recorded as such). A settlement is never more than is owed.
"""

from __future__ import annotations

from .agents import require_agent
from .coop import get_member
from .errors import NotFoundError, ValidationError
from .money import CHANNELS, check_fen, format_yuan
from .station_profile import profile
from .store import Store
from .timeutil import format_local
from .validation import choice, optional_text
from .voids import not_voided_sql, void_record

SETTLED_HOW = {**CHANNELS, "harvest": "收购时抵扣"}


def _sums(store: Store, member_id: str | None = None) -> dict[str, dict[str, int]]:
    """Per member: handed out and returned on account, settled (fen)."""
    scope, params = ("AND m.member_id = ?", (member_id,)) if member_id else ("", ())
    moves = store.all(
        f"SELECT m.member_id, m.kind, SUM(m.amount_fen) FROM coop_stock_moves m WHERE m.paid_how = 'account'"
        f" AND m.kind IN ('handed_out', 'returned') {scope} AND {not_voided_sql('coop_stock_moves', 'm')}"
        f" GROUP BY m.member_id, m.kind", params)
    settled = store.all(
        f"SELECT s.member_id, SUM(s.amount_fen) FROM coop_settlements s WHERE 1 = 1"
        f" {scope.replace('m.', 's.')} AND {not_voided_sql('coop_settlements', 's')} GROUP BY s.member_id", params)
    sums: dict[str, dict[str, int]] = {}
    for member, kind, fen in moves:
        sums.setdefault(member, {"handed_out": 0, "returned": 0, "settled": 0})[kind] = fen
    for member, fen in settled:
        sums.setdefault(member, {"handed_out": 0, "returned": 0, "settled": 0})["settled"] = fen
    return sums


def balance(store: Store, member_id: str) -> dict:
    got = _sums(store, member_id).get(member_id, {"handed_out": 0, "returned": 0, "settled": 0})
    owed = got["handed_out"] - got["returned"] - got["settled"]
    return {"on_account_fen": got["handed_out"], "returned_fen": got["returned"], "settled_fen": got["settled"],
            "owed_fen": owed, "owed": format_yuan(owed)}


def owing_members(store: Store) -> list[dict]:
    """Members who owe, most first (for the harvest-time collection)."""
    result = []
    for member_id, got in _sums(store).items():
        owed = got["handed_out"] - got["returned"] - got["settled"]
        if owed > 0:
            member = get_member(store, member_id)
            result.append({**member, "owed_fen": owed, "owed": format_yuan(owed)})
    result.sort(key=lambda m: (-m["owed_fen"], m["name"]))
    return result


def settle(store: Store, agent_id: str, member_id: str, amount_fen: int, how: str, note: str | None = None) -> str:
    require_agent(store, agent_id)
    amount_fen = check_fen(amount_fen)
    how = choice(how, "how", SETTLED_HOW, "结算方式")
    note = optional_text(note, "note", "备注", 200)
    with store.write(agent_id) as w:
        member = get_member(store, member_id)
        owed = balance(store, member_id)["owed_fen"]
        if amount_fen > owed:
            raise ValidationError("settles_too_much", f"{member['name']}只欠 {format_yuan(owed)}，结算不能多于所欠",
                                  "amount_fen")
        return w.insert("coop_settlements", {"member_id": member_id, "amount_fen": amount_fen, "how": how,
                                             "note": note, "settled_at": store.now_iso()})


def void_settlement(store: Store, agent_id: str, settlement_id: str, reason: str) -> str:
    if store.get("coop_settlements", settlement_id) is None:
        raise NotFoundError("record_missing", "要作废的记录不存在", "record_id")
    return void_record(store, agent_id, "coop_settlements", settlement_id, reason)


def statement(store: Store, member_id: str) -> dict:
    """The member's account line by line, oldest first, with the running amount owed
    (voided lines shown, not counted): what a statement to print says."""
    member = get_member(store, member_id)
    lines = []
    for r in store.all(
            "SELECT m.at, m.kind, i.name AS item, m.quantity, i.unit, m.unit_price_fen, m.amount_fen,"
            " vd.reason AS void_reason FROM coop_stock_moves m JOIN coop_items i ON i.id = m.item_id"
            " LEFT JOIN voids vd ON vd.target_entity = 'coop_stock_moves' AND vd.target_id = m.id"
            " WHERE m.member_id = ? AND m.paid_how = 'account' AND m.kind IN ('handed_out', 'returned')",
            (member_id,)):
        sign = 1 if r["kind"] == "handed_out" else -1
        what = f"{'领取' if sign > 0 else '退回'} {r['item']} {abs(r['quantity'])} {r['unit']}" \
               f" × {format_yuan(r['unit_price_fen'])}"
        lines.append({"at": r["at"], "what": what, "fen": sign * r["amount_fen"], "void_reason": r["void_reason"]})
    for r in store.all(
            "SELECT s.settled_at AS at, s.how, s.amount_fen, s.note, vd.reason AS void_reason FROM coop_settlements s"
            " LEFT JOIN voids vd ON vd.target_entity = 'coop_settlements' AND vd.target_id = s.id"
            " WHERE s.member_id = ?", (member_id,)):
        what = f"结算（{SETTLED_HOW[r['how']]}）" + (f"：{r['note']}" if r["note"] else "")
        lines.append({"at": r["at"], "what": what, "fen": -r["amount_fen"], "void_reason": r["void_reason"]})
    lines.sort(key=lambda line: line["at"])
    running = 0
    for line in lines:
        line["voided"] = line["void_reason"] is not None
        if not line["voided"]:
            running += line["fen"]
        line.update({"when": format_local(line["at"]), "amount": format_yuan(line["fen"]),
                     "owed_after": format_yuan(running)})
    return {"member": member, "lines": lines, "owed_fen": running, "owed": format_yuan(running),
            "station": profile(store),
            "printed_at": format_local(store.now_iso())}
