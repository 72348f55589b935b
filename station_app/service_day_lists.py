"""What the service-days page lists: the days around today, and (a core ``Listing``) a
day's sign-ups found by name, phone or item. A day has tens of sign-ups, read whole and
cut to the page asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .queries import Listing, Query
from .service_days import days_for_station, signups
from .store import Store


@dataclass(frozen=True)
class SignupQuery(Query):
    """One day's sign-ups (none until a day is chosen)."""

    day_id: str = ""
    include_cancelled: bool = False


def _matches(row: dict, text: str) -> bool:
    return any(text in (row.get(key) or "") for key in ("villager_name", "phone", "item_name", "village_group"))


def list_signups(store: Store, q: SignupQuery = SignupQuery(), limit: int = 200, offset: int = 0) -> list[dict]:
    if not q.day_id:
        return []
    rows = signups(store, q.day_id, q.include_cancelled)
    if q.search:
        rows = [r for r in rows if _matches(r, q.search)]
    return rows[offset:offset + limit]


def count_signups(store: Store, q: SignupQuery = SignupQuery()) -> int:
    return len(list_signups(store, q, 100_000, 0))


SIGNUPS = Listing(SignupQuery(), list_signups, count_signups,
                  shows=frozenset({"service_days", "service_day_signups", "villagers", "cases", "catalogue_items"}))


def days_around(store: Store, today: date, back_days: int = 90) -> list[dict]:
    """The days planned here from ``back_days`` ago on, cancelled ones too (their sign-ups
    must still be told), each with its items' names; the day to open on is marked
    ``current``: the first from today, else the latest."""
    days = days_for_station(store, since=today - timedelta(days=back_days), include_cancelled=True)
    names = {r["code"]: r["name"] for r in store.all("SELECT code, name FROM catalogue_items")}
    for day in days:
        day["item_names"] = [names.get(code, code) for code in day["items"]]
        day["past"] = day["day"] < today.isoformat()
        day["current"] = False
    coming = [d for d in days if not d["past"] and d["status"] == "planned"]
    if coming or days:
        (coming[0] if coming else days[-1])["current"] = True
    return days
