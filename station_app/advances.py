"""Advances (垫付) for elderly villagers, and the children's repayments.

The station pays for an elder who cannot come in and collects from the responsible child
(the payer contact), usually at year end. An advance is never edited: repayments form one
pool that is applied to the oldest advance first, so "what is still owed, and since when"
follows from the records alone and never depends on the order they were listed in.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Mapping

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .money import CHANNELS, check_fen, format_yuan, to_capitals
from .station_profile import profile
from .store import Store
from .timeutil import format_local, local_date, local_day_bounds
from .validation import choice, mask_phone, required_text
from .villagers import RELATIONS, get_villager, group_order, payer_of
from .voids import not_voided_sql, void_record

PAYER_SQL = ("(SELECT c2.id FROM contacts c2 WHERE c2.villager_id = {v}.id AND c2.is_payer = 1"
             " ORDER BY c2.created_at LIMIT 1)")


# -- writes ------------------------------------------------------------------------
def give_advance(store: Store, agent_id: str, villager_id: str, amount_fen: int, purpose: str,
                 *, payment_id: str | None = None, advanced_at: str | None = None) -> str:
    """Record money the station laid out for a villager. Joins an outer transaction if any
    (a payment made by station advance passes its id and time)."""
    require_agent(store, agent_id)
    amount_fen = check_fen(amount_fen)
    purpose = required_text(purpose, "purpose", "垫付用途", 100)
    get_villager(store, villager_id)
    payer = payer_of(store, villager_id)
    with store.write(agent_id) as w:
        return w.insert("advances", {
            "villager_id": villager_id,
            "payer_contact_id": payer["id"] if payer else None,
            "payment_id": payment_id,
            "amount_fen": amount_fen,
            "purpose": purpose,
            "advanced_at": advanced_at or store.now_iso(),
        })


def record_repayment(store: Store, agent_id: str, villager_id: str, amount_fen: int, method: str,
                     paid_by_name: str | None) -> str:
    """Money a family brings back. More than is owed is refused: the station keeps no credit."""
    require_agent(store, agent_id)
    amount_fen = check_fen(amount_fen)
    choice(method, "method", CHANNELS, "还款方式")
    get_villager(store, villager_id)
    payer = payer_of(store, villager_id)
    if not (paid_by_name or "").strip() and payer:
        paid_by_name = payer["name"]
    paid_by_name = required_text(paid_by_name, "paid_by_name", "还款人姓名", 30)
    with store.write(agent_id) as w:
        outstanding = _totals(store, villager_id)["outstanding"]
        if outstanding == 0:
            raise StateError("nothing_owed", "这位村民目前没有欠款", "amount_fen")
        if amount_fen > outstanding:
            raise ValidationError("repayment_too_large",
                                  f"还款金额超过欠款（目前欠{format_yuan(outstanding)}）", "amount_fen",
                                  owed=format_yuan(outstanding))
        return w.insert("repayments", {
            "villager_id": villager_id,
            "amount_fen": amount_fen,
            "method": method,
            "paid_by_name": paid_by_name,
            "received_at": store.now_iso(),
        })


def repay(store: Store, agent_id: str, villager_id: str, amount_fen: int, method: str,
          paid_by_name: str | None) -> dict:
    """Record a repayment and say what it did: the advances it cleared and those it paid
    part of (the pool applies oldest first), and what is still owed."""
    before = {a["id"]: a["outstanding_fen"] for a in allocation(store, villager_id)}
    repayment_id = record_repayment(store, agent_id, villager_id, amount_fen, method, paid_by_name)
    after = allocation(store, villager_id)
    cleared = [a for a in after if before.get(a["id"], 0) > 0 and a["outstanding_fen"] == 0]
    partly = [a for a in after if 0 < a["outstanding_fen"] < before.get(a["id"], 0)]
    for a in cleared + partly:
        a["date"] = local_date(a["advanced_at"]).isoformat()
    return {"id": repayment_id, "paid_by": store.get("repayments", repayment_id)["paid_by_name"],
            "amount_fen": amount_fen, "cleared": cleared, "partly": partly,
            "outstanding_fen": _totals(store, villager_id)["outstanding"]}


def void_repayment(store: Store, agent_id: str, repayment_id: str, reason: str) -> str:
    """A repayment entered by mistake; the debt it cleared becomes outstanding again."""
    if store.get("repayments", repayment_id) is None:
        raise NotFoundError("unknown_repayment", "找不到这笔还款", "repayment_id")
    return void_record(store, agent_id, "repayments", repayment_id, reason)


def check_advance_voidable(store: Store, advance: Mapping) -> None:
    """Voiding an advance lowers what the family owes by its amount.

    Repayments are one pool applied oldest-first, so only the totals matter: if the family
    has already repaid more than the other advances add up to, voiding this one would
    leave them having paid for a debt that no longer exists (a negative balance). Then
    the surplus repayment must be voided (and the money handed back) first. Otherwise the
    pool simply re-applies to the remaining advances. Call inside the writing transaction.
    """
    totals = _totals(store, advance["villager_id"])
    if totals["repaid"] > totals["given"] - advance["amount_fen"]:
        raise StateError("advance_already_repaid",
                         "这笔垫付已经有还款，作废后还款会多于欠款；请先作废多出的还款记录",
                         "advance_id")


def void_advance(store: Store, agent_id: str, advance_id: str, reason: str) -> str:
    """Void an advance given directly; one made by a payment goes with that payment."""
    require_agent(store, agent_id)
    advance = store.get("advances", advance_id)
    if advance is None:
        raise NotFoundError("unknown_advance", "找不到这笔垫付", "advance_id")
    if advance["payment_id"]:
        raise StateError("advance_from_payment", "这笔垫付来自一笔代缴费，请作废那笔缴费记录", "advance_id")
    with store.write(agent_id):
        check_advance_voidable(store, advance)
        return void_record(store, agent_id, "advances", advance_id, reason)


# -- the allocation rule -----------------------------------------------------------
def allocate(advances: Iterable[Mapping], repayments: Iterable[Mapping]) -> list[dict]:
    """Apply the repayment pool to advances oldest first (advanced_at, then id).

    Pure: the caller leaves voided records out. Returns one dict per advance, oldest first,
    with ``repaid_fen`` and ``outstanding_fen`` added; the advances are not changed.
    """
    pool = sum(check_fen(r["amount_fen"]) for r in repayments)
    lines = []
    for advance in sorted(advances, key=lambda a: (a["advanced_at"], a["id"])):
        amount = check_fen(advance["amount_fen"])
        repaid = min(amount, pool)
        pool -= repaid
        lines.append({**dict(advance), "repaid_fen": repaid, "outstanding_fen": amount - repaid})
    return lines


# -- reads -------------------------------------------------------------------------
def _totals(store: Store, villager_id: str) -> dict:
    given = store.scalar(f"SELECT COALESCE(SUM(a.amount_fen), 0) FROM advances a"
                         f" WHERE a.villager_id = ? AND {not_voided_sql('advances', 'a')}", (villager_id,))
    repaid = store.scalar(f"SELECT COALESCE(SUM(r.amount_fen), 0) FROM repayments r"
                          f" WHERE r.villager_id = ? AND {not_voided_sql('repayments', 'r')}", (villager_id,))
    return {"given": given, "repaid": repaid, "outstanding": max(0, given - repaid),
            "overpaid": max(0, repaid - given)}


def balance(store: Store, villager_id: str) -> dict:
    """given, repaid, outstanding (and overpaid, which only a damaged history can make)."""
    get_villager(store, villager_id)
    return _totals(store, villager_id)


def _active(store: Store, entity: str, villager_id: str) -> list[dict]:
    order = "advanced_at" if entity == "advances" else "received_at"
    return [dict(r) for r in store.all(
        f"SELECT x.* FROM {entity} x WHERE x.villager_id = ? AND {not_voided_sql(entity, 'x')}"
        f" ORDER BY x.{order}, x.id", (villager_id,))]


def allocation(store: Store, villager_id: str) -> list[dict]:
    get_villager(store, villager_id)
    return allocate(_active(store, "advances", villager_id), _active(store, "repayments", villager_id))


def _payer_view(payer: Mapping | None) -> dict | None:
    if not payer:
        return None
    return {"id": payer["id"], "name": payer["name"], "phone": payer["phone"],
            "phone_masked": mask_phone(payer["phone"]), "relation": payer["relation"],
            "relation_label": RELATIONS.get(payer["relation"], payer["relation"])}


def statement(store: Store, villager_id: str) -> dict:
    """A household's ledger: every advance and repayment in time order with the running balance."""
    villager = get_villager(store, villager_id)
    advances = _active(store, "advances", villager_id)
    repayments = _active(store, "repayments", villager_id)
    # A repayment's line is made of who paid and how (``paid_by``, ``method``): a window words it.
    events = [(a["advanced_at"], 0, a["id"], a["purpose"], a["amount_fen"], 0, None, None) for a in advances]
    events += [(r["received_at"], 1, r["id"], f"还款（{r['paid_by_name']}，{CHANNELS[r['method']]}）",
                0, r["amount_fen"], r["paid_by_name"], r["method"]) for r in repayments]
    running = 0
    lines = []
    for at, _, record_id, description, advance_fen, repayment_fen, paid_by, method in sorted(events):
        running += advance_fen - repayment_fen
        lines.append({"id": record_id, "date": local_date(at).isoformat(), "time": format_local(at),
                      "kind": "advance" if advance_fen else "repayment", "description": description,
                      "paid_by": paid_by, "method": method,
                      "advance_fen": advance_fen, "repayment_fen": repayment_fen, "balance_fen": running})
    totals = _totals(store, villager_id)
    return {
        "villager": {"id": villager.id, "name": villager.name, "village_group": villager.village_group,
                     "phone_masked": mask_phone(villager.phone)},
        "payer": _payer_view(payer_of(store, villager_id)),
        "lines": lines,
        "allocation": allocate(advances, repayments),
        "totals": {"given_fen": totals["given"], "repaid_fen": totals["repaid"],
                   "outstanding_fen": totals["outstanding"],
                   "outstanding_capitals": to_capitals(totals["outstanding"])},
        "printed_at": format_local(store.now_iso()),
    }


def outstanding_list(store: Store) -> list[dict]:
    """Every villager who still owes, oldest unpaid debt first.

    ``oldest_advance_at`` is the oldest advance not yet fully repaid (oldest-first rule:
    the first one whose running total exceeds what the family has repaid). The advances
    are read from a covering index in villager order and walked once here: a window
    function over years of advances cost twice as much in SQLite.
    """
    repaid = dict(store.all(
        f"SELECT r.villager_id, SUM(r.amount_fen) FROM repayments r"
        f" WHERE {not_voided_sql('repayments', 'r')} GROUP BY r.villager_id"))
    owing: dict[str, list] = {}  # villager -> [given, oldest unpaid advance time]
    running: dict[str, int] = {}
    for villager, at, amount in store.conn.execute(
            f"SELECT a.villager_id, a.advanced_at, a.amount_fen FROM advances a"
            f" WHERE {not_voided_sql('advances', 'a')} ORDER BY a.villager_id, a.advanced_at, a.id"):
        total = running[villager] = running.get(villager, 0) + amount
        if total > repaid.get(villager, 0):
            entry = owing.setdefault(villager, [0, at])
            entry[0] = total
        elif villager in owing:
            owing[villager][0] = total
    rows = _villagers_with_payers(store, list(owing))
    result = []
    for r in rows:
        given, oldest = running[r["id"]], owing[r["id"]][1]
        paid = repaid.get(r["id"], 0)
        result.append({
            "villager_id": r["id"], "name": r["name"], "village_group": r["village_group"],
            "given_fen": given, "repaid_fen": paid, "outstanding_fen": given - paid,
            "oldest_advance_at": oldest, "oldest_advance_date": local_date(oldest).isoformat(),
            "payer_name": r["payer_name"], "payer_phone": r["payer_phone"],
            "payer_relation": r["payer_relation"],
            "payer_relation_label": RELATIONS.get(r["payer_relation"], "") if r["payer_relation"] else "",
        })
    result.sort(key=lambda e: (e["oldest_advance_at"], e["name"]))
    return result


def _villagers_with_payers(store: Store, ids: list[str]) -> list:
    rows = []
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        rows += store.all(
            "SELECT v.id, v.name, v.village_group, c.name AS payer_name, c.phone AS payer_phone,"
            f" c.relation AS payer_relation FROM villagers v LEFT JOIN contacts c ON c.id = {PAYER_SQL.format(v='v')}"
            f" WHERE v.id IN ({','.join('?' * len(chunk))})", chunk)
    return rows


def collection_list(store: Store, year: int) -> list[dict]:
    """The year-end list: who owes for advances made up to the end of ``year``, from whom to collect.

    Every repayment received so far counts (money already back need not be asked for again),
    applied oldest first; what is left is split into this year's and earlier years' debts.
    """
    start, end = local_day_bounds(date(year, 1, 1))[0], local_day_bounds(date(year + 1, 1, 1))[0]
    advances: dict[str, list[dict]] = {}
    for row in store.all(f"SELECT a.id, a.villager_id, a.amount_fen, a.advanced_at FROM advances a"
                         f" WHERE a.advanced_at < ? AND {not_voided_sql('advances', 'a')}", (end,)):
        advances.setdefault(row["villager_id"], []).append(dict(row))
    repaid = {r[0]: r[1] for r in store.all(
        f"SELECT r.villager_id, SUM(r.amount_fen) FROM repayments r"
        f" WHERE {not_voided_sql('repayments', 'r')} GROUP BY r.villager_id")}
    people = {r["id"]: r for r in store.all(
        f"SELECT v.id, v.name, v.village_group, c.name AS payer_name, c.phone AS payer_phone,"
        f" c.relation AS payer_relation FROM villagers v LEFT JOIN contacts c ON c.id = {PAYER_SQL.format(v='v')}"
        f" WHERE v.id IN (SELECT DISTINCT villager_id FROM advances)")}
    rows = []
    for villager_id, items in advances.items():
        paid = repaid.get(villager_id, 0)
        lines = allocate(items, [{"amount_fen": paid}] if paid else [])
        open_items = [a for a in lines if a["outstanding_fen"]]
        if not open_items:
            continue
        person = people[villager_id]
        this_year = sum(a["outstanding_fen"] for a in open_items if a["advanced_at"] >= start)
        total = sum(a["outstanding_fen"] for a in open_items)
        rows.append({
            "villager_id": villager_id, "name": person["name"], "village_group": person["village_group"],
            "payer_name": person["payer_name"], "payer_phone": person["payer_phone"],
            "payer_relation_label": RELATIONS.get(person["payer_relation"] or "", ""),
            "open_advances": len(open_items), "outstanding_fen": total,
            "this_year_fen": this_year, "earlier_fen": total - this_year,
            "oldest_advance_date": local_date(open_items[0]["advanced_at"]).isoformat(),
        })
    rows.sort(key=lambda r: (group_order(r["village_group"]), r["name"], r["villager_id"]))
    return rows


def reminder_text(store: Store, villager_id: str) -> str:
    """A polite message the agent can copy into WeChat or an SMS to the responsible child."""
    villager = get_villager(store, villager_id)
    open_items = [a for a in allocation(store, villager_id) if a["outstanding_fen"]]
    if not open_items:
        raise StateError("nothing_owed", "这位村民目前没有欠款，不需要发提醒", "villager")
    owed = sum(a["outstanding_fen"] for a in open_items)
    payer = payer_of(store, villager_id)
    station = store.get_meta("station_name") or "村便民服务站"
    phone = profile(store)["phone"] or None
    today = local_date(store.now_iso())
    details = "；".join(f"{local_date(a['advanced_at']):%Y年%m月%d日} {a['purpose']} "
                       f"{format_yuan(a['outstanding_fen'])}" for a in open_items[:10])
    if len(open_items) > 10:
        details += f"；等共{len(open_items)}笔"
    greeting = f"{payer['name']}您好！" if payer else "您好！"
    text = (f"{greeting}这里是{station}。您家老人{villager.name}由站里垫付的费用，"
            f"截至{today:%Y年%m月%d日}还有{format_yuan(owed)}（{to_capitals(owed)}）未结清。"
            f"明细：{details}。方便的时候请到站里或用微信、支付宝还款，谢谢您的理解和支持！")
    if phone:
        text += f"如有疑问请拨打{phone}。"
    return text
