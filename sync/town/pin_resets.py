"""A forgotten PIN at a station with one agent on duty: the town issues a one-time reset
code for that agent. The code is shown to the staff member once (they read it out on the
phone); only its salted hash goes into a ``pin_resets`` record, written through the town's
write path for that station alone, which takes it at its next sync. There the agent types
the code with a new PIN (``station_app.agent_pins.reset_with_town_code``): it works once,
for that agent, until it expires.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta

from station_app.agent_pins import town_code_hash
from station_app.errors import StateError
from station_app.store import Store
from station_app.timeutil import to_iso

from ..hub.changes import town_write
from ..hub.stations import CODE_ALPHABET, get_station
from .people import find_station_agent

RESET_VALID_HOURS = 72  # long enough for a station that syncs once a day, short enough to go stale
CODE_LENGTH = 8


def new_reset_code() -> str:
    """``K7QM-33PA``: eight letters and digits no one misreads on the phone (no 0/O, 1/I/L)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def issue_pin_reset(hub: Store, station: str, agent: str) -> dict:
    """A one-time code for ``agent`` (name or id) of ``station``; returns the code (never
    stored), the agent's name and when it expires. Refused for a stopped station (it can
    no longer sync) and for an agent who has left."""
    code = (station or "").strip().upper()
    with town_write(hub) as w:
        known = get_station(hub, code)
        if known["revoked_at"]:
            raise StateError("station_revoked", f"服务站 {code} 已停用，收不到重置码", "station")
        person = find_station_agent(hub, code, agent)
        reset_code = new_reset_code()
        salt = os.urandom(16).hex()
        expires = to_iso(hub.clock.now() + timedelta(hours=RESET_VALID_HOURS))
        reset_id = w.insert("pin_resets", {"to_station": code, "agent_id": person["id"],
                                           "code_hash": town_code_hash(reset_code, salt), "salt": salt,
                                           "expires_at": expires}, audience=code)
        hub.note_change("pin_resets")
    return {"id": reset_id, "code": reset_code, "station": code, "station_name": known["name"],
            "agent_id": person["id"], "agent": person["name"], "expires_at": expires}
