"""Adapters between the advances page's lists and the core; they run on the database worker."""

from __future__ import annotations

from station_app import advances
from station_app.store import Store
from station_app.timeutil import local_date
from station_app.validation import mask_phone
from station_app.villagers import RELATIONS, get_villager, payer_of
from station_app.voids import not_voided_sql


def _everyone(store: Store) -> list[dict]:
    """Every household with an advance on its books, those still owing first."""
    owing = advances.outstanding_list(store)
    seen = {r["villager_id"] for r in owing}
    settled = []
    for (villager_id,) in store.all(f"SELECT DISTINCT a.villager_id FROM advances a"
                                    f" WHERE {not_voided_sql('advances', 'a')}"):
        if villager_id in seen:
            continue
        person, payer = get_villager(store, villager_id), payer_of(store, villager_id)
        totals = advances.balance(store, villager_id)
        settled.append({
            "villager_id": villager_id, "name": person.name, "village_group": person.village_group,
            "given_fen": totals["given"], "repaid_fen": totals["repaid"], "outstanding_fen": totals["outstanding"],
            "oldest_advance_at": None, "oldest_advance_date": "",
            "payer_name": payer["name"] if payer else None, "payer_phone": payer["phone"] if payer else None,
            "payer_relation": payer["relation"] if payer else None,
            "payer_relation_label": RELATIONS.get(payer["relation"], "") if payer else "",
        })
    settled.sort(key=lambda r: (r["name"], r["villager_id"]))
    return owing + settled


def households(store: Store, filters: dict) -> list[dict]:
    rows = _everyone(store) if filters.get("status") == "everyone" else advances.outstanding_list(store)
    text = (filters.get("search") or "").strip()
    if text:
        rows = [r for r in rows if text in r["name"] or text in (r["payer_name"] or "")
                or text in (r["village_group"] or "") or (text.isdigit() and (r["payer_phone"] or "").endswith(text))]
    for r in rows:
        r["payer_phone_masked"] = mask_phone(r["payer_phone"])
    return rows


def fetch_households(store: Store, filters: dict, limit: int, offset: int) -> list[dict]:
    return households(store, filters)[offset:offset + limit]


def count_households(store: Store, filters: dict) -> int:
    return len(households(store, filters))


def fetch_lines(store: Store, filters: dict, limit: int, offset: int) -> list[dict]:
    villager_id = filters.get("villager_id")
    return advances.statement(store, villager_id)["lines"][offset:offset + limit] if villager_id else []


def count_lines(store: Store, filters: dict) -> int:
    villager_id = filters.get("villager_id")
    return len(advances.statement(store, villager_id)["lines"]) if villager_id else 0


def fetch_collection(store: Store, filters: dict, limit: int, offset: int) -> list[dict]:
    return advances.collection_list(store, int(filters["year"]))[offset:offset + limit] if "year" in filters else []


def count_collection(store: Store, filters: dict) -> int:
    return len(advances.collection_list(store, int(filters["year"]))) if "year" in filters else 0


def repay(store: Store, agent_id: str, villager_id: str, amount_fen: int, method: str, paid_by: str) -> dict:
    """Record a repayment and say which advances it cleared (the core applies it oldest first)."""
    before = {a["id"]: a["outstanding_fen"] for a in advances.allocation(store, villager_id)}
    repayment_id = advances.record_repayment(store, agent_id, villager_id, amount_fen, method, paid_by)
    after = advances.allocation(store, villager_id)
    cleared = [a for a in after if before.get(a["id"], 0) > 0 and a["outstanding_fen"] == 0]
    partly = [a for a in after if 0 < a["outstanding_fen"] < before.get(a["id"], 0)]
    for a in cleared + partly:
        a["date"] = local_date(a["advanced_at"]).isoformat()
    row = store.get("repayments", repayment_id)
    return {"id": repayment_id, "paid_by": row["paid_by_name"], "amount_fen": amount_fen,
            "cleared": cleared, "partly": partly, "outstanding_fen": advances.balance(store, villager_id)["outstanding"]}
