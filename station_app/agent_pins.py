"""Changing and resetting an agent's PIN. A PIN never leaves its PC, so:
- an agent changes their own with the old one;
- a forgotten PIN is reset by the colleague on duty (logged in with their own PIN), or by
  the town: it issues a one-time code for that agent (``pin_resets``, town-owned, only its
  hash travels down with sync); the agent types it with a new PIN.
Every change and reset goes to the audit trail the town sees; the failed-try count is
cleared by a new PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from .agents import PIN_ITERATIONS, Agent, _hash_pin, check_pin_format, find_agent, require_agent, verify_pin
from .errors import NotFoundError, StateError, ValidationError
from .store import Store
from .timeutil import from_iso

TOWN_CODE_ITERATIONS = 100_000


def _store_pin(store: Store, agent_id: str, pin: str) -> None:
    salt = os.urandom(16)
    store.conn.execute(
        "INSERT INTO agent_credentials (agent_id, salt, pin_hash, iterations) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (agent_id) DO UPDATE SET salt = excluded.salt, pin_hash = excluded.pin_hash,"
        " iterations = excluded.iterations", (agent_id, salt.hex(), _hash_pin(pin, salt, PIN_ITERATIONS),
                                              PIN_ITERATIONS))
    store.conn.execute("DELETE FROM pin_failures WHERE agent_id = ?", (agent_id,))


def _audit(store: Store, by: str | None, agent: Agent, kind: str, how: str) -> None:
    with store.write(by) as w:
        w.insert("audit_events", {"kind": kind, "agent_id": agent.id, "at": store.now_iso(),
                                  "detail": {"agent": agent.name, "how": how}})


def change_pin(store: Store, agent_id: str, old_pin: str, new_pin: str) -> None:
    """The agent's own change: the old PIN proves it is them."""
    check_pin_format(new_pin, "new_pin")
    agent = find_agent(store, agent_id)
    if not verify_pin(store, agent.id, old_pin):
        raise ValidationError("wrong_pin", "原密码不对", "old_pin")
    if old_pin == new_pin:
        raise ValidationError("same_pin", "新密码不能和原密码一样", "new_pin")
    with store.transaction():
        _store_pin(store, agent.id, new_pin)
        _audit(store, agent.id, agent, "pin_changed", "own")


def reset_by_colleague(store: Store, by_agent_id: str, agent_id: str, new_pin: str) -> None:
    """The colleague on duty sets a new PIN for the agent who forgot theirs."""
    require_agent(store, by_agent_id)
    check_pin_format(new_pin, "new_pin")
    agent = find_agent(store, agent_id)
    if agent.id == by_agent_id:
        raise ValidationError("reset_own_pin", "自己的密码请用“修改密码”，要输入原密码", "agent")
    with store.transaction():
        _store_pin(store, agent.id, new_pin)
        _audit(store, by_agent_id, agent, "pin_reset", "colleague")


def town_code_hash(code: str, salt: str) -> str:
    """How the town keeps a one-time reset code (the same on both sides)."""
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.pbkdf2_hmac("sha256", normal.encode(), bytes.fromhex(salt), TOWN_CODE_ITERATIONS).hex()


def reset_with_town_code(store: Store, agent_id: str, code: str, new_pin: str) -> None:
    """An agent alone at the station: the town's one-time code (read out on the phone)
    and a new PIN. A code works once, for its agent, until it expires."""
    check_pin_format(new_pin, "new_pin")
    agent = find_agent(store, agent_id)
    now = store.clock.now()
    with store.transaction():
        offered = store.all("SELECT * FROM pin_resets WHERE agent_id = ? AND to_station = ? ORDER BY created_at DESC",
                            (agent.id, store.station_code))
        used = {r[0] for r in store.all("SELECT json_extract(detail, '$.reset') FROM audit_events"
                                        " WHERE kind = 'pin_reset' AND agent_id = ?", (agent.id,))}
        for reset in offered:
            if reset["id"] in used or from_iso(reset["expires_at"]) < now:
                continue
            if hmac.compare_digest(town_code_hash(code, reset["salt"]), reset["code_hash"]):
                _store_pin(store, agent.id, new_pin)
                with store.write(None) as w:
                    w.insert("audit_events", {"kind": "pin_reset", "agent_id": agent.id, "at": store.now_iso(),
                                              "detail": {"agent": agent.name, "how": "town", "reset": reset["id"]}})
                return
    if not offered:
        raise NotFoundError("no_town_reset", "镇中心还没有给这位代办员发重置码，或还没同步到本站", "code")
    raise StateError("bad_town_code", "重置码不对、已用过或已过期；请向镇中心要新的", "code")
