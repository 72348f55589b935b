"""The people of each station as the town sees them, from what the stations synced: their
agents (posts A and B, who has left), the station's phone and opening hours.

A station that has not set its hours yet is shown with the defaults its own notices use
(``station_profile.DEFAULT_HOURS``), marked as not set.
"""

from __future__ import annotations

from station_app.agents import POSTS
from station_app.errors import NotFoundError
from station_app.station_profile import DEFAULT_HOURS, DEFAULT_WEEKDAYS, hours_text
from station_app.store import Store

from ..hub.stations import get_station

POST_ORDER = "CASE a.post WHEN 'A' THEN 0 WHEN 'B' THEN 1 ELSE 2 END"


def agents_of(hub: Store, code: str | None = None) -> list[dict]:
    """Agents of one station (or of every station): active first, post A, post B, then as
    they were added; each with ``station_code``, ``post`` and ``active``."""
    where, params = ("WHERE a.station_code = ?", [code]) if code else ("", [])
    rows = hub.all(f"SELECT a.id, a.station_code, a.name, a.post, a.active, a.created_at FROM agents a {where}"
                   f" ORDER BY a.station_code, a.active DESC, {POST_ORDER}, a.created_at, a.rowid", params)
    return [{**dict(r), "active": bool(r["active"]), "post_label": POSTS.get(r["post"] or "", "")} for r in rows]


def profiles(hub: Store) -> dict[str, dict]:
    """Each station's phone and hours, by code (only stations that sent a profile)."""
    return {r["station_code"]: _profile(r) for r in hub.all("SELECT * FROM station_profiles")}


def _profile(row) -> dict:
    hours = row["opening_hours"] if row else DEFAULT_HOURS
    weekdays = row["open_weekdays"] if row else DEFAULT_WEEKDAYS
    return {"phone": (row["phone"] if row else None) or "", "opening_hours": hours, "open_weekdays": weekdays,
            "hours_text": hours_text(hours, weekdays), "hours_set": row is not None}


def profile_of(hub: Store, code: str) -> dict:
    return _profile(hub.one("SELECT * FROM station_profiles WHERE station_code = ?", (code,)))


def posts_line(agents: list[dict]) -> str:
    """``A 王秀英 · B 李建国`` for a station's row: who holds each post now."""
    held = {a["post"]: a["name"] for a in agents if a["active"] and a["post"]}
    return " · ".join(f"{post} {held[post]}" for post in POSTS if post in held)


def station_people(hub: Store, code: str) -> dict:
    """One station's agents (with those who left) and its phone and hours."""
    code = get_station(hub, (code or "").strip().upper())["code"]
    people = agents_of(hub, code)
    return {"code": code, "agents": people, "posts": posts_line(people), **profile_of(hub, code)}


def find_station_agent(hub: Store, code: str, name_or_id: str, field: str = "agent",
                       active_only: bool = True) -> dict:
    """An agent of station ``code`` by name or id (an active one first when names repeat)."""
    wanted = (name_or_id or "").strip()
    for agent in agents_of(hub, code):
        if wanted in (agent["id"], agent["name"]) and (agent["active"] or not active_only):
            return agent
    raise NotFoundError("unknown_agent", f"服务站 {code} 没有这位{'在岗的' if active_only else ''}代办员：{wanted}",
                        field)
