"""Recording an advance at the counter in one go: the elder (picked, or registered right
there), the child who pays it back (kept, or named right there), then the amount.

Before, an advance took hidden knowledge: register the villager on the villagers page,
tick the payer on the contacts tab, then come back. Here it is one transaction: either
everything is written, or (a refusal) nothing is.
"""

from __future__ import annotations

from typing import Mapping

from .advances import balance, give_advance
from .agents import require_agent
from .errors import DomainError, ValidationError
from .money import check_fen
from .store import Store
from .validation import required_text
from .villagers import add_contact, add_villager, get_villager, payer_of


def add_household(store: Store, agent_id: str, villager_id: str | None = None,
                  new_villager: Mapping | None = None, payer: Mapping | None = None) -> dict:
    """The villager an advance is for, and who pays it back: ``villager_id`` (one already in
    the register) or ``new_villager`` ({name, village_group, phone}); ``payer`` ({name,
    relation, phone}) is added as the payer when the villager has none yet. Returns
    {villager_id, villager_name, payer_name}. Joins an outer transaction if any."""
    require_agent(store, agent_id)
    if villager_id is None and not new_villager:
        raise ValidationError("pick_villager", "请先选村民，或登记新村民", "villager")
    with store.write(agent_id):
        if villager_id is None:
            villager_id = add_villager(store, agent_id, new_villager.get("name") or "",
                                       phone=new_villager.get("phone"),
                                       village_group=new_villager.get("village_group"))
        villager = get_villager(store, villager_id)
        current = payer_of(store, villager_id)
        if current is None and payer and (payer.get("name") or "").strip():
            try:
                add_contact(store, agent_id, villager_id, payer["name"], payer.get("phone"),
                            payer.get("relation") or "son", is_payer=True)
            except DomainError as err:  # the payer's fields, not the villager's of the same name
                raise type(err)(err.code, err.message, f"payer_{err.field}" if err.field else None,
                                **err.params) from None
            current = payer_of(store, villager_id)
    return {"villager_id": villager_id, "villager_name": villager.name,
            "payer_name": current["name"] if current else None}


def record_advance(store: Store, agent_id: str, amount_fen: int, purpose: str, *, villager_id: str | None = None,
                   new_villager: Mapping | None = None, payer: Mapping | None = None) -> dict:
    """An advance the station lays out, with its household made or completed first. The
    amount and purpose are checked before anything is written. Returns the household
    ({villager_id, villager_name, payer_name}), the advance's id and what is now owed."""
    amount_fen = check_fen(amount_fen)
    purpose = required_text(purpose, "purpose", "垫付用途", 100)
    with store.write(agent_id):
        household = add_household(store, agent_id, villager_id, new_villager, payer)
        advance_id = give_advance(store, agent_id, household["villager_id"], amount_fen, purpose)
    return {**household, "advance_id": advance_id,
            "outstanding_fen": balance(store, household["villager_id"])["outstanding"]}
