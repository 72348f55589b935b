"""The town window's lists, as listings over the hub's data (``station_app.queries``):
received batches, the stations, refusals and conflicts, the case work list and the
published notices, each with the query the window changes as the staff filter it; and
what the case filters and the calendar editor offer.

The stations are 28 and their overview is built whole (``queries.stations_overview``);
every other list reads only the page asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station_app.queries import Listing, Query
from station_app.store import Store

from ..hub.stations import list_stations
from .letters import ThreadQuery, count_threads, list_threads
from .notices import list_notices
from .people import agents_of, posts_line, profile_of, profiles
from .problems import problem_list
from .queries import case_worklist, inbox, stations_overview
from .service_days import days as planned_days


@dataclass(frozen=True)
class InboxQuery(Query):
    """``search``: one station's code (any case)."""


def list_inbox(hub: Store, q: InboxQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    return inbox(hub, limit, offset, station=q.search.strip().upper() or None)["items"]


def count_inbox(hub: Store, q: InboxQuery) -> int:
    return inbox(hub, 0, 0, station=q.search.strip().upper() or None)["total"]


@dataclass(frozen=True)
class StationQuery(Query):
    """``search`` matches the code or the name; ``status`` "stale" keeps the stations that
    have not synced for too long; ``stale_first`` puts those first (the overview's order),
    else by code."""

    status: str | None = None
    stale_first: bool = False


def _stations(hub: Store, q: StationQuery) -> list[dict]:
    rows = stations_overview(hub)
    people: dict[str, list[dict]] = {}
    for agent in agents_of(hub):
        people.setdefault(agent["station_code"], []).append(agent)
    hours = profiles(hub)
    for row in rows:  # who serves there, and when it is open (the Stations page shows them)
        row["agents"] = people.get(row["code"], [])
        row["posts"] = posts_line(row["agents"])
        row.update(hours.get(row["code"]) or profile_of(hub, row["code"]))
    if q.stale_first:
        rows.sort(key=lambda r: not r["stale"])
    words = q.search.strip().upper()
    if words:
        rows = [r for r in rows if words in r["code"] or words in (r["name"] or "").upper()]
    if q.status == "stale":
        rows = [r for r in rows if r["stale"]]
    return rows


def list_station_overview(hub: Store, q: StationQuery = StationQuery(), limit: int = 100,
                          offset: int = 0) -> list[dict]:
    return _stations(hub, q)[offset:offset + limit]


def count_station_overview(hub: Store, q: StationQuery = StationQuery()) -> int:
    return len(_stations(hub, q))


@dataclass(frozen=True)
class ProblemQuery(Query):
    """``status``: "open" (the default), "resolved" or "every"; ``search``: a station's code."""

    status: str = "open"


def _problems(hub: Store, q: ProblemQuery, limit: int | None, offset: int) -> dict:
    state = {"every": "all"}.get(q.status, q.status)
    return problem_list(hub, state=state, station=q.search.strip() or None, limit=limit, offset=offset)


def list_problems(hub: Store, q: ProblemQuery = ProblemQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return _problems(hub, q, limit, offset)["items"]


def count_problems(hub: Store, q: ProblemQuery = ProblemQuery()) -> int:
    return _problems(hub, q, 0, 0)["total"]


@dataclass(frozen=True)
class WorklistQuery(Query):
    """The agency cases of every station, as ``queries.case_worklist`` filters them."""

    status: str | None = None
    station: str | None = None
    item: str | None = None
    window: str | None = None
    due: str | None = None


def _worklist(hub: Store, q: WorklistQuery, limit: int | None, offset: int) -> dict:
    return case_worklist(hub, item=q.item, window=q.window, station=q.station, status=q.status, due=q.due,
                         limit=limit, offset=offset)


def list_worklist(hub: Store, q: WorklistQuery = WorklistQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return _worklist(hub, q, limit, offset)["items"]


def count_worklist(hub: Store, q: WorklistQuery = WorklistQuery()) -> int:
    return _worklist(hub, q, 0, 0)["total"]


@dataclass(frozen=True)
class NoticeQuery(Query):
    """The notices the town published, newest first; ``search`` matches the title."""


def list_published(hub: Store, q: NoticeQuery = NoticeQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return list_notices(hub, limit, offset, search=q.search)


def case_filter_choices(hub: Store) -> dict:
    """What the case filters offer: stations, catalogue items (active or not: old cases
    keep theirs) and the town's windows."""
    return {"stations": [(s["code"], s["name"]) for s in list_stations(hub)],
            "items": [tuple(r) for r in hub.all("SELECT code, name FROM catalogue_items ORDER BY code")],
            "windows": [r[0] for r in hub.all("SELECT DISTINCT window FROM catalogue_items"
                                              " WHERE window IS NOT NULL AND window != '' ORDER BY window")]}


def calendar_exceptions(hub: Store, since: date) -> list[tuple[str, str, str | None]]:
    """The published exceptions to Monday-Friday from ``since`` on: (day, kind, name)."""
    return [tuple(r) for r in hub.all("SELECT day, kind, name FROM calendar_days WHERE day >= ? ORDER BY day",
                                      (since.isoformat(),))]


@dataclass(frozen=True)
class DayQuery(Query):
    """``since``: days from then on (the coming ones), else every day; ``search`` as in
    ``service_days.days``."""

    since: date | None = None


def list_days(hub: Store, q: DayQuery = DayQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    return planned_days(hub, q.since, limit, offset, q.search)


def count_days(hub: Store, q: DayQuery = DayQuery()) -> int:
    return len(planned_days(hub, q.since, 100_000, 0, q.search))


_HUB_TABLES = frozenset({"hub_batches", "hub_stations", "sync_problems", "hub_problem_stations"})
INBOX = Listing(InboxQuery(), list_inbox, count_inbox, _HUB_TABLES)
STATIONS = Listing(StationQuery(), list_station_overview, count_station_overview,
                   _HUB_TABLES | {"cases", "audit_events", "agents", "station_profiles"})
PROBLEMS = Listing(ProblemQuery(), list_problems, count_problems, _HUB_TABLES)
WORKLIST = Listing(WorklistQuery(), list_worklist, count_worklist,
                   frozenset({"cases", "catalogue_items", "hub_stations", "villagers", "sync_problems"}))
NOTICES = Listing(NoticeQuery(), list_published, None, frozenset({"town_notices", "hub_stations", "notice_reads"}))
LETTER_THREADS = Listing(ThreadQuery(), list_threads, count_threads,
                         frozenset({"station_letters", "town_messages", "hub_letter_reads", "hub_stations"}))
SERVICE_DAYS = Listing(DayQuery(), list_days, count_days,
                       frozenset({"service_days", "service_day_signups", "hub_stations", "catalogue_items"}))
