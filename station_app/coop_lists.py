"""What the cooperative's desk lists (core ``Listing``s the window binds to): members with
what they owe, the supplies with their stock, the latest moves, and the technical
services. Lists of a desk run by one village stay small; each is read a page at a time
all the same."""

from __future__ import annotations

from dataclasses import dataclass

from . import coop_accounts
from .coop import HOLDING_UNITS
from .coop_services import trainings
from .coop_stock import KIND_LABELS, PAID_HOW
from .money import format_yuan
from .queries import Listing, Query, Where
from .store import Store
from .voids import not_voided_sql

_DESK = frozenset({"coop_members", "coop_items", "coop_stock_moves", "coop_settlements", "voids", "villagers"})


@dataclass(frozen=True)
class MemberQuery(Query):
    """Members by name; ``owing``: only those who owe."""

    owing: bool = False
    include_left: bool = False


def list_members(store: Store, q: MemberQuery = MemberQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    where = Where().search(("v.name", "v.phone"), q.search)
    if not q.include_left:
        where.add("m.left_on IS NULL")
    rows = store.all("SELECT m.*, v.name, v.phone, v.village_group FROM coop_members m JOIN villagers v"
                     f" ON v.id = m.villager_id{where.sql} ORDER BY v.name, m.joined_on", where.params)
    members = []
    for r in rows:
        owed = coop_accounts.balance(store, r["id"])["owed_fen"]
        if q.owing and owed <= 0:
            continue
        members.append({**dict(r), "owed_fen": owed, "owed": format_yuan(owed),
                        "holding_label": f"{r['holding']} {HOLDING_UNITS[r['holding_unit']]}"})
    return members[offset:offset + limit]  # the balance is worked out per member: small desks


def count_members(store: Store, q: MemberQuery = MemberQuery()) -> int:
    return len(list_members(store, q, 100_000, 0))


@dataclass(frozen=True)
class StockQuery(Query):
    include_inactive: bool = False


def list_stock(store: Store, q: StockQuery = StockQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    where = Where().search(("i.name",), q.search)
    if not q.include_inactive:
        where.add("i.active = 1")
    rows = store.all(
        f"SELECT i.*, COALESCE((SELECT SUM(m.quantity) FROM coop_stock_moves m WHERE m.item_id = i.id"
        f" AND {not_voided_sql('coop_stock_moves', 'm')}), 0) AS stock FROM coop_items i{where.sql}"
        " ORDER BY i.category, i.name LIMIT ? OFFSET ?", [*where.params, limit, offset])
    return [{**dict(r), "price": format_yuan(r["price_fen"])} for r in rows]


def count_stock(store: Store, q: StockQuery = StockQuery()) -> int:
    where = Where().search(("i.name",), q.search)
    if not q.include_inactive:
        where.add("i.active = 1")
    return store.scalar(f"SELECT COUNT(*) FROM coop_items i{where.sql}", where.params)


@dataclass(frozen=True)
class MoveQuery(Query):
    """Moves newest first, of one member or one item if given."""

    member_id: str | None = None
    item_id: str | None = None


def _moves_where(q: MoveQuery) -> Where:
    where = Where().search(("i.name", "v.name"), q.search)
    if q.member_id:
        where.add("m.member_id = ?", q.member_id)
    if q.item_id:
        where.add("m.item_id = ?", q.item_id)
    return where


_MOVES_FROM = (" FROM coop_stock_moves m JOIN coop_items i ON i.id = m.item_id LEFT JOIN coop_members c"
               " ON c.id = m.member_id LEFT JOIN villagers v ON v.id = c.villager_id"
               " LEFT JOIN voids vd ON vd.target_entity = 'coop_stock_moves' AND vd.target_id = m.id")


def list_moves(store: Store, q: MoveQuery = MoveQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    where = _moves_where(q)
    rows = store.all("SELECT m.*, i.name AS item_name, i.unit, v.name AS member_name, vd.reason AS void_reason"
                     + _MOVES_FROM + where.sql + " ORDER BY m.at DESC, m.id DESC LIMIT ? OFFSET ?",
                     [*where.params, limit, offset])
    return [{**dict(r), "kind_label": KIND_LABELS[r["kind"]], "voided": r["void_reason"] is not None,
             "paid_label": PAID_HOW.get(r["paid_how"] or "", ""),
             "amount": format_yuan(r["amount_fen"]) if r["amount_fen"] is not None else ""} for r in rows]


def count_moves(store: Store, q: MoveQuery = MoveQuery()) -> int:
    where = _moves_where(q)
    return store.scalar("SELECT COUNT(*)" + _MOVES_FROM + where.sql, where.params)


@dataclass(frozen=True)
class RequestQuery(Query):
    open_only: bool = True


def list_requests(store: Store, q: RequestQuery = RequestQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    where = Where().search(("v.name", "r.problem", "r.plot"), q.search)
    if q.open_only:
        where.add("r.visited_on IS NULL")
    rows = store.all("SELECT r.*, v.name AS member_name, v.phone FROM coop_field_requests r JOIN coop_members m"
                     " ON m.id = r.member_id JOIN villagers v ON v.id = m.villager_id" + where.sql
                     + " ORDER BY r.visited_on IS NOT NULL, r.asked_on, r.created_at LIMIT ? OFFSET ?",
                     [*where.params, limit, offset])
    return [dict(r) for r in rows]


def count_requests(store: Store, q: RequestQuery = RequestQuery()) -> int:
    return len(list_requests(store, q, 100_000, 0))


@dataclass(frozen=True)
class TrainingQuery(Query):
    pass


def list_trainings(store: Store, q: TrainingQuery = TrainingQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    rows = trainings(store, limit=limit + offset)
    if q.search:
        rows = [r for r in rows if q.search in r["topic"] or q.search in r["trainer"]]
    return rows[offset:offset + limit]


def count_trainings(store: Store, q: TrainingQuery = TrainingQuery()) -> int:
    return len(list_trainings(store, q, 100_000, 0))


MEMBERS = Listing(MemberQuery(), list_members, count_members, _DESK)
STOCK = Listing(StockQuery(), list_stock, count_stock, frozenset({"coop_items", "coop_stock_moves", "voids"}))
MOVES = Listing(MoveQuery(), list_moves, count_moves, _DESK)
REQUESTS = Listing(RequestQuery(), list_requests, count_requests,
                   frozenset({"coop_field_requests", "coop_members", "villagers"}))
TRAININGS = Listing(TrainingQuery(), list_trainings, count_trainings,
                    frozenset({"coop_trainings", "coop_attendance", "coop_members", "villagers"}))
