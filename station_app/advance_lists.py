"""The advances page's lists: the households with advances on their books, one
household's ledger, and the year-end collection list.

Each is derived from every advance and repayment of the households concerned (who still
owes, and since when, follows from applying repayments oldest first), so each is built
whole by ``advances`` and the page cut here: a village has a few hundred households with
advances at most, and a household's ledger a few dozen lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from .advances import PAYER_SQL, collection_list, outstanding_list, statement
from .queries import Listing, Query
from .store import Store
from .validation import mask_phone
from .villagers import RELATIONS
from .voids import not_voided_sql

SHOWS = frozenset({"advances", "repayments", "voids", "villagers", "contacts"})


@dataclass(frozen=True)
class HouseholdQuery(Query):
    """``status``: "owing" (who still owes, the oldest debt first) or "everyone" (then the
    households that have paid everything back, by name); ``search`` matches the villager,
    the payer, the village group, or the payer's phone tail."""

    status: str = "owing"


def _households(store: Store, q: HouseholdQuery) -> list[dict]:
    rows = outstanding_list(store)
    if q.status == "everyone":
        rows += _settled(store, {r["villager_id"] for r in rows})
    text = q.search.strip()
    if text:
        rows = [r for r in rows if text in r["name"] or text in (r["payer_name"] or "")
                or text in (r["village_group"] or "") or (text.isdigit() and (r["payer_phone"] or "").endswith(text))]
    return [{**r, "payer_phone_masked": mask_phone(r["payer_phone"])} for r in rows]


def _settled(store: Store, owing: set[str]) -> list[dict]:
    """Households with advances on their books that owe nothing now, by name."""
    given = dict(store.all(f"SELECT a.villager_id, SUM(a.amount_fen) FROM advances a"
                           f" WHERE {not_voided_sql('advances', 'a')} GROUP BY a.villager_id"))
    repaid = dict(store.all(f"SELECT r.villager_id, SUM(r.amount_fen) FROM repayments r"
                            f" WHERE {not_voided_sql('repayments', 'r')} GROUP BY r.villager_id"))
    people = store.all(
        "SELECT v.id, v.name, v.village_group, c.name AS payer_name, c.phone AS payer_phone,"
        f" c.relation AS payer_relation FROM villagers v LEFT JOIN contacts c ON c.id = {PAYER_SQL.format(v='v')}"
        f" WHERE v.id IN (SELECT DISTINCT a.villager_id FROM advances a WHERE {not_voided_sql('advances', 'a')})")
    rows = []
    for r in people:
        if r["id"] in owing:
            continue
        paid = repaid.get(r["id"], 0)
        rows.append({
            "villager_id": r["id"], "name": r["name"], "village_group": r["village_group"],
            "given_fen": given[r["id"]], "repaid_fen": paid, "outstanding_fen": max(0, given[r["id"]] - paid),
            "oldest_advance_at": None, "oldest_advance_date": "",
            "payer_name": r["payer_name"], "payer_phone": r["payer_phone"], "payer_relation": r["payer_relation"],
            "payer_relation_label": RELATIONS.get(r["payer_relation"], "") if r["payer_relation"] else "",
        })
    rows.sort(key=lambda r: (r["name"], r["villager_id"]))
    return rows


def list_households(store: Store, q: HouseholdQuery = HouseholdQuery(), limit: int = 100,
                    offset: int = 0) -> list[dict]:
    return _households(store, q)[offset:offset + limit]


def count_households(store: Store, q: HouseholdQuery = HouseholdQuery()) -> int:
    return len(_households(store, q))


@dataclass(frozen=True)
class LedgerQuery(Query):
    villager_id: str | None = None  # no household chosen: no lines


def list_ledger(store: Store, q: LedgerQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    """A household's advances and repayments in time order with the running balance."""
    return statement(store, q.villager_id)["lines"][offset:offset + limit] if q.villager_id else []


def count_ledger(store: Store, q: LedgerQuery) -> int:
    return len(statement(store, q.villager_id)["lines"]) if q.villager_id else 0


@dataclass(frozen=True)
class CollectionQuery(Query):
    year: int | None = None  # no year chosen: no list


def list_collection(store: Store, q: CollectionQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    """The year-end collection list (``advances.collection_list``), a page of it."""
    return collection_list(store, q.year)[offset:offset + limit] if q.year else []


def count_collection(store: Store, q: CollectionQuery) -> int:
    return len(collection_list(store, q.year)) if q.year else 0


HOUSEHOLDS = Listing(HouseholdQuery(), list_households, count_households, SHOWS)
LEDGER = Listing(LedgerQuery(), list_ledger, count_ledger, SHOWS)
COLLECTION = Listing(CollectionQuery(), list_collection, count_collection, SHOWS)
