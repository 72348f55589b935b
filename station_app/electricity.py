"""Electricity money that reconciles.

- A household's power (and water…) account numbers are kept with the villager and picked
  at the counter, not retyped.
- The power company's voucher or transaction number often comes after the payment (the
  agent pays in the power company's app later): it is added to the payment, as a record
  of its own (a payment is never edited).
- Where the agent takes cash first and pays the power company later, the payments
  "collected, not yet paid over" are listed, and each hand-over (who was paid, how much,
  which payments) is recorded: the daily close shows that money going out of the till.
"""

from __future__ import annotations

from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .money import format_yuan
from .payments import BILL_KINDS, get_payment, record_payment
from .store import Store
from .timeutil import format_local
from .validation import choice, optional_text, required_text
from .villagers import get_villager
from .voids import is_voided, not_voided_sql, void_record

PAYOVER_METHODS = {"cash": "现金", "wechat": "微信", "alipay": "支付宝", "transfer": "银行转账"}


# -- a household's accounts --------------------------------------------------------------
def add_account(store: Store, agent_id: str, villager_id: str, bill_kind: str, account_no: str,
                label: str | None = None) -> str:
    require_agent(store, agent_id)
    get_villager(store, villager_id)
    fields = {"villager_id": villager_id, "bill_kind": choice(bill_kind, "bill_kind", BILL_KINDS, "缴费类型"),
              "account_no": required_text("".join((account_no or "").split()), "account_no", "户号", 40),
              "label": optional_text(label, "label", "说明", 30)}
    with store.write(agent_id) as w:
        if store.one("SELECT 1 FROM villager_accounts WHERE villager_id = ? AND bill_kind = ? AND account_no = ?",
                     (villager_id, fields["bill_kind"], fields["account_no"])):
            raise StateError("account_known", "这个户号已经记下了", "account_no")
        return w.insert("villager_accounts", fields)


def accounts_of(store: Store, villager_id: str) -> list[dict]:
    """The household's accounts, the ones used most recently first."""
    rows = store.all(
        "SELECT a.*, (SELECT MAX(p.paid_at) FROM payments p WHERE p.account_no = a.account_no) AS last_paid"
        " FROM villager_accounts a WHERE a.villager_id = ? ORDER BY last_paid DESC, a.created_at", (villager_id,))
    return [{**dict(r), "kind_label": BILL_KINDS.get(r["bill_kind"], r["bill_kind"])} for r in rows]


def pay(store: Store, agent_id: str, **given) -> str:
    """Record a payment and, for a villager in the register, keep its account for next
    time: one transaction, so a payment is never saved without the account it taught."""
    with store.transaction():
        payment_id = record_payment(store, agent_id, **given)
        remember_from_payment(store, agent_id, payment_id)
    return payment_id


def account_choices(store: Store, villager_id: str, bill_kind: str) -> list[dict]:
    """The household's accounts for one kind of bill, the one paid most recently first:
    what the payment form offers (and fills in when there is only one)."""
    return [a for a in accounts_of(store, villager_id) if a["bill_kind"] == bill_kind]


def remember_from_payment(store: Store, agent_id: str, payment_id: str) -> str | None:
    """After a payment for a villager, keep its account for next time (once)."""
    p = get_payment(store, payment_id)
    if not p["villager_id"] or store.one(
            "SELECT 1 FROM villager_accounts WHERE villager_id = ? AND bill_kind = ? AND account_no = ?",
            (p["villager_id"], p["bill_kind"], p["account_no"])):
        return None
    return add_account(store, agent_id, p["villager_id"], p["bill_kind"], p["account_no"])


# -- vouchers added afterwards ---------------------------------------------------------------
def add_voucher(store: Store, agent_id: str, payment_id: str, voucher_no: str) -> str:
    require_agent(store, agent_id)
    voucher_no = required_text(voucher_no, "voucher_no", "缴费凭证号", 60)
    with store.write(agent_id) as w:
        p = get_payment(store, payment_id)
        if is_voided(store, "payments", payment_id):
            raise StateError("voided", "这笔缴费已作废", "payment")
        if p["voucher_no"] or store.one("SELECT 1 FROM payment_vouchers WHERE payment_id = ?", (payment_id,)):
            raise StateError("voucher_known", "这笔缴费已经有凭证号了", "voucher_no")
        return w.insert("payment_vouchers", {"payment_id": payment_id, "voucher_no": voucher_no})


def voucher_of(store: Store, payment_id: str) -> str | None:
    """The payment's own voucher number, or the one added later."""
    own = store.scalar("SELECT voucher_no FROM payments WHERE id = ?", (payment_id,))
    return own or store.scalar("SELECT voucher_no FROM payment_vouchers WHERE payment_id = ? ORDER BY created_at"
                               " LIMIT 1", (payment_id,))


def money_state(store: Store, payment_id: str) -> dict:
    """What the receipt window says after the payment: its voucher (own or added later)
    and whether its money has been paid over to the company yet."""
    p = get_payment(store, payment_id)
    over = store.one(f"SELECT o.* FROM payover_items i JOIN payovers o ON o.id = i.payover_id WHERE i.payment_id = ?"
                     f" AND {not_voided_sql('payovers', 'o')} ORDER BY o.paid_over_at DESC LIMIT 1", (payment_id,))
    return {"voucher_no": voucher_of(store, payment_id) or "",
            "may_add_voucher": not p["voucher_no"] and not is_voided(store, "payments", payment_id)
            and not store.one("SELECT 1 FROM payment_vouchers WHERE payment_id = ?", (payment_id,)),
            "pays_over": p["method"] != "advance" and not p["voided"],
            "paid_over": None if over is None else {"paid_to": over["paid_to"], "when": format_local(over["paid_over_at"]),
                                                    "method": over["method"],
                                                    "method_label": PAYOVER_METHODS.get(over["method"], over["method"])}}


# -- money paid over to the power company ----------------------------------------------------
_NOT_PAID_OVER = (f"{not_voided_sql('payments', 'p')} AND p.method != 'advance' AND NOT EXISTS"
                  f" (SELECT 1 FROM payover_items i JOIN payovers o ON o.id = i.payover_id WHERE i.payment_id = p.id"
                  f" AND {not_voided_sql('payovers', 'o')})")


def not_paid_over(store: Store, bill_kind: str | None = "electricity") -> list[dict]:
    """Payments collected and not yet handed to the company, oldest first."""
    sql = f"SELECT p.* FROM payments p WHERE {_NOT_PAID_OVER}"
    params: list = []
    if bill_kind:
        sql += " AND p.bill_kind = ?"
        params.append(bill_kind)
    rows = store.all(sql + " ORDER BY p.paid_at", params)
    return [{**dict(r), "amount": format_yuan(r["amount_fen"]), "when": format_local(r["paid_at"]),
             "voucher_no": r["voucher_no"] or voucher_of(store, r["id"])} for r in rows]


def waiting_total(store: Store, bill_kind: str | None = "electricity") -> dict:
    """How many payments wait to be paid over, and their sum (the payments page's button)."""
    sql = f"SELECT COUNT(*), COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE {_NOT_PAID_OVER}"
    params: list = []
    if bill_kind:
        sql += " AND p.bill_kind = ?"
        params.append(bill_kind)
    count, fen = store.one(sql, params)
    return {"count": count, "amount_fen": fen, "amount": format_yuan(fen)}


def pay_over(store: Store, agent_id: str, payment_ids: list[str], paid_to: str, method: str,
             reference: str | None = None) -> dict:
    """Hand the money of these payments to the company (one sum): out of the till if cash."""
    require_agent(store, agent_id)
    if not payment_ids:
        raise ValidationError("no_payments", "请选择要上交的缴费", "payments")
    method = choice(method, "method", PAYOVER_METHODS, "上交方式")
    paid_to = required_text(paid_to, "paid_to", "交给谁", 40)
    reference = optional_text(reference, "reference", "转账流水号", 60)
    with store.write(agent_id) as w:
        waiting = {r["id"]: r for r in store.all(f"SELECT p.* FROM payments p WHERE {_NOT_PAID_OVER}")}
        missing = [pid for pid in payment_ids if pid not in waiting]
        if missing:
            raise StateError("not_waiting", "有的缴费已经上交过、已作废或不存在，请刷新后重选", "payments")
        total = sum(waiting[pid]["amount_fen"] for pid in payment_ids)
        payover_id = w.insert("payovers", {"paid_to": paid_to, "method": method, "amount_fen": total,
                                           "reference": reference, "paid_over_at": store.now_iso()})
        for pid in dict.fromkeys(payment_ids):
            w.insert("payover_items", {"payover_id": payover_id, "payment_id": pid})
    return {"id": payover_id, "amount_fen": total, "amount": format_yuan(total)}


def void_payover(store: Store, agent_id: str, payover_id: str, reason: str) -> str:
    if store.get("payovers", payover_id) is None:
        raise NotFoundError("record_missing", "要作废的记录不存在", "record_id")
    return void_record(store, agent_id, "payovers", payover_id, reason)
