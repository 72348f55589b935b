"""Bills paid on a villager's behalf (电费代缴 and the like), with their printed receipts.

A payment is never edited or deleted: a mistake is voided with a reason and entered again.
Receipt numbers run ``{station}-{year}-{NNNNN}`` per local calendar year and are taken
inside the writing transaction, so two windows can never hand out the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .advances import check_advance_voidable, give_advance
from .agents import require_agent
from .errors import NotFoundError, StateError, ValidationError
from .money import check_fen, format_yuan, to_capitals
from .numbering import next_number
from .station_profile import profile
from .queries import Listing, Query, Where
from .store import Store
from .timeutil import format_local, from_iso, LOCAL_TZ, local_date, local_day_bounds
from .validation import choice, mask_phone, mobile, optional_text, required_text
from .villagers import get_villager
from .voids import REASON_MAX, check_reason, is_voided, void_record

BILL_KINDS = {"electricity": "电费", "water": "水费", "phone": "话费", "gas": "燃气费",
              "tv": "有线电视费", "other": "其他"}
METHODS = {"cash": "现金", "wechat": "微信", "alipay": "支付宝", "advance": "站点垫付"}
MAX_PAGE = 1000


# -- writes ------------------------------------------------------------------------
def _account_no(value: str | None) -> str:
    text = "".join((value or "").split())  # scanned or typed with stray spaces
    return required_text(text, "account_no", "户号（缴费账号）", 40)


def next_receipt_no(store: Store, year: int) -> str:
    """The next number of ``year``; call inside the transaction that inserts the payment."""
    return next_number(store, "payments", year)


def check_payment(store: Store, agent_id: str, *, payer_name: str | None, bill_kind: str,
                  account_no: str, amount_fen: int, method: str, villager_id: str | None = None,
                  payer_phone: str | None = None, voucher_no: str | None = None,
                  advance_purpose: str | None = None) -> dict:
    """Every rule a payment must meet, checked without writing: the window asks this
    before it shows the confirmation, so a payment confirmed is never then refused.
    Returns the payment's fields and, paid by station advance, its ``purpose``."""
    require_agent(store, agent_id)
    villager = get_villager(store, villager_id) if villager_id else None
    if villager and not (payer_name or "").strip():
        payer_name = villager.name
    if method == "advance" and villager is None:  # before the name: the villager is what is missing
        raise ValidationError("advance_needs_villager", "站点垫付要先选村民，才能记到他家的垫付账上", "villager_id")
    fields = {
        "villager_id": villager_id,
        "payer_name": required_text(payer_name, "payer_name", "缴费人姓名", 30),
        "payer_phone": mobile(payer_phone, "payer_phone"),
        "bill_kind": choice(bill_kind, "bill_kind", BILL_KINDS, "缴费类型"),
        "account_no": _account_no(account_no),
        "amount_fen": check_fen(amount_fen),
        "method": choice(method, "method", METHODS, "付款方式"),
        "voucher_no": optional_text(voucher_no, "voucher_no", "缴费凭证号", 60),
    }
    purpose = None
    if method == "advance":
        purpose = (optional_text(advance_purpose, "advance_purpose", "垫付用途", 100)
                   or f"代缴{BILL_KINDS[bill_kind]} 户号{fields['account_no']}")
    return {"fields": fields, "purpose": purpose}


def record_payment(store: Store, agent_id: str, **given) -> str:
    """Record one bill paid for a villager (the fields of ``check_payment``). Paid by
    station advance, it also books the advance."""
    checked = check_payment(store, agent_id, **given)
    fields, purpose = checked["fields"], checked["purpose"]
    with store.write(agent_id) as w:
        paid_at = store.now_iso()
        fields["paid_at"] = paid_at
        fields["receipt_no"] = next_receipt_no(store, local_date(paid_at).year)
        payment_id = w.insert("payments", fields)
        if purpose:
            give_advance(store, agent_id, fields["villager_id"], fields["amount_fen"], purpose,
                         payment_id=payment_id, advanced_at=paid_at)
    return payment_id


def void_payment(store: Store, agent_id: str, payment_id: str, reason: str) -> str:
    """Void a payment (and the advance it booked, in the same transaction). Returns the void id."""
    require_agent(store, agent_id)
    reason = check_reason(reason)
    with store.write(agent_id):
        payment = store.get("payments", payment_id)
        if payment is None:
            raise NotFoundError("unknown_payment", "找不到这笔缴费记录", "payment_id")
        if is_voided(store, "payments", payment_id):
            raise StateError("already_voided", "这笔缴费已经作废过了", "payment_id")
        advance = store.one("SELECT * FROM advances WHERE payment_id = ?", (payment_id,))
        if advance is not None and is_voided(store, "advances", advance["id"]):
            advance = None
        if advance is not None:
            check_advance_voidable(store, advance)
        void_id = void_record(store, agent_id, "payments", payment_id, reason)
        if advance is not None:
            why = f"随缴费{payment['receipt_no']}作废：{reason}"[:REASON_MAX]
            void_record(store, agent_id, "advances", advance["id"], why)
    return void_id


# -- reads -------------------------------------------------------------------------
_SELECT = """
    SELECT p.*, vd.reason AS void_reason, vd.created_at AS voided_at, ag.name AS agent_name,
           (SELECT a.id FROM advances a WHERE a.payment_id = p.id) AS advance_id
    FROM payments p
    LEFT JOIN voids vd ON vd.target_entity = 'payments' AND vd.target_id = p.id
    LEFT JOIN agents ag ON ag.id = p.created_by
"""


def _view(row) -> dict:
    data = dict(row)
    data.update(
        voided=data["void_reason"] is not None,
        bill_kind_label=BILL_KINDS.get(data["bill_kind"], data["bill_kind"]),
        method_label=METHODS.get(data["method"], data["method"]),
        amount=format_yuan(data["amount_fen"]),
        paid_at_local=format_local(data["paid_at"]),
        payer_phone_masked=mask_phone(data["payer_phone"]),
    )
    return data


def get_payment(store: Store, payment_id: str) -> dict:
    row = store.one(_SELECT + " WHERE p.id = ?", (payment_id,))
    if row is None:
        raise NotFoundError("unknown_payment", "找不到这笔缴费记录", "payment_id")
    return _view(row)


@dataclass(frozen=True)
class PaymentQuery(Query):
    """``search`` matches name, account, receipt, voucher or phone; ``status`` is the list's
    chip: "today" or "voided" (None: every payment); ``day_from``/``day_to`` are local
    dates, both included."""

    status: str | None = None
    day_from: date | None = None
    day_to: date | None = None
    include_voided: bool = True


_SEARCHED = ("p.payer_name", "p.account_no", "p.receipt_no", "p.voucher_no", "p.payer_phone")
_JOINS = " FROM payments p LEFT JOIN voids vd ON vd.target_entity = 'payments' AND vd.target_id = p.id"


def _where(store: Store, q: PaymentQuery, *more: str) -> tuple[str, list]:
    where = Where(*more).search(_SEARCHED, q.search)
    day_from, day_to = q.day_from, q.day_to
    if q.status == "today":
        day_from = day_to = local_date(store.now_iso())
    if day_from:
        where.add("p.paid_at >= ?", local_day_bounds(day_from)[0])
    if day_to:
        where.add("p.paid_at < ?", local_day_bounds(day_to)[1])
    if q.status == "voided":
        where.add("vd.id IS NOT NULL")
    if not q.include_voided:
        where.add("vd.id IS NULL")
    return where.sql, where.params


def list_payments(store: Store, q: PaymentQuery = PaymentQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    """Newest first, voided ones flagged with the reason."""
    if not (0 < limit <= MAX_PAGE) or offset < 0:
        raise ValidationError("bad_page", "分页参数不对", "limit")
    sql, params = _where(store, q)
    return [_view(r) for r in store.all(_SELECT + sql + " ORDER BY p.paid_at DESC, p.receipt_no DESC LIMIT ? OFFSET ?",
                                        [*params, limit, offset])]


def count_payments(store: Store, q: PaymentQuery = PaymentQuery()) -> int:
    sql, params = _where(store, q)
    return store.scalar("SELECT COUNT(*)" + _JOINS + sql, params)


def payment_totals(store: Store, q: PaymentQuery = PaymentQuery()) -> dict:
    """What the listed payments add up to, voided ones left out: count, fen, and
    ``by_method`` {method: (count, fen)}."""
    sql, params = _where(store, q, "vd.id IS NULL")
    rows = store.all("SELECT p.method, COUNT(*), COALESCE(SUM(p.amount_fen), 0)" + _JOINS + sql + " GROUP BY p.method",
                     params)
    by_method = {method: (n, fen) for method, n, fen in rows}
    return {"count": sum(n for n, _ in by_method.values()), "fen": sum(f for _, f in by_method.values()),
            "by_method": by_method}


PAYMENTS = Listing(PaymentQuery(), list_payments, count_payments, frozenset({"payments", "voids"}))


def receipt(store: Store, payment_id: str) -> dict:
    """Everything a printed receipt shows. The phone is masked: receipts leave the station."""
    p = get_payment(store, payment_id)
    local = from_iso(p["paid_at"]).astimezone(LOCAL_TZ)
    return {
        "title": "代缴费用收据",
        "station_code": p["station_code"],
        "station_name": store.get_meta("station_name") or "",
        "station_phone": profile(store)["phone"],
        "receipt_no": p["receipt_no"],
        "date": local.strftime("%Y-%m-%d"),
        "time": local.strftime("%H:%M"),
        "payer_name": p["payer_name"],
        "payer_phone_masked": p["payer_phone_masked"],
        "bill_kind": p["bill_kind"],
        "bill_kind_label": p["bill_kind_label"],
        "account_no": p["account_no"],
        "amount_fen": p["amount_fen"],
        "amount": p["amount"],
        "amount_capitals": to_capitals(p["amount_fen"]),
        "method": p["method"],
        "method_label": p["method_label"],
        # The power company's number, on the payment or added to it later (electricity.add_voucher).
        "voucher_no": p["voucher_no"] or store.scalar("SELECT voucher_no FROM payment_vouchers WHERE payment_id = ?"
                                                      " ORDER BY created_at LIMIT 1", (payment_id,)) or "",
        "agent_name": p["agent_name"] or "",
        "voided": p["voided"],
        "void_reason": p["void_reason"] or "",
    }
