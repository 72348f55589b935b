"""Agents (代办员) on the A/B post rota. PINs are kept as salted PBKDF2 hashes, locally only."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
from dataclasses import dataclass
from datetime import timedelta

from .errors import NotFoundError, StateError, ValidationError
from .logs import log
from .store import Store
from .timeutil import from_iso, to_iso
from .validation import required_text

PIN_RE = re.compile(r"^\d{4,8}$")
PIN_ITERATIONS = 200_000
FREE_TRIES = 5
LOCKOUT_FIRST_S = 30
LOCKOUT_MAX_S = 15 * 60


POSTS = {"A": "A岗", "B": "B岗"}


@dataclass(frozen=True)
class Agent:
    id: str
    name: str
    active: bool
    post: str | None = None  # "A" or "B": at least one of the two is on duty (AB岗)


def _hash_pin(pin: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations).hex()


def check_pin_format(pin: str, field: str = "pin") -> str:
    if not PIN_RE.match(pin or ""):
        raise ValidationError("bad_pin", "密码应为4到8位数字", field)
    return pin


def add_agent(store: Store, name: str, pin: str, by_agent: str | None = None, post: str | None = None) -> str:
    """A new agent with their PIN, on post A or B or on none (a post's holder keeps it)."""
    name = required_text(name, "name", "代办员姓名", 20)
    check_pin_format(pin)
    if post is not None and post not in POSTS:
        raise ValidationError("bad_post", "岗位只能是A岗或B岗", "post")
    if store.one("SELECT 1 FROM agents WHERE name = ? AND active = 1", (name,)):
        raise ValidationError("duplicate_agent", f"已有名为“{name}”的代办员", "name")
    salt = os.urandom(16)
    with store.write(by_agent) as w:
        if post and store.one("SELECT 1 FROM agents WHERE post = ? AND active = 1", (post,)):
            post = None  # the post is held: set it with set_post when the change is meant
        agent_id = w.insert("agents", {"name": name, "active": 1, "post": post})
        store.conn.execute(
            "INSERT INTO agent_credentials (agent_id, salt, pin_hash, iterations) VALUES (?, ?, ?, ?)",
            (agent_id, salt.hex(), _hash_pin(pin, salt, PIN_ITERATIONS), PIN_ITERATIONS),
        )
    return agent_id


def list_agents(store: Store, include_inactive: bool = False) -> list[Agent]:
    """Agents in post order (A, B, then those without a post), then as they were added."""
    sql = "SELECT id, name, active, post FROM agents"
    if not include_inactive:
        sql += " WHERE active = 1"
    return [Agent(r["id"], r["name"], bool(r["active"]), r["post"])
            for r in store.all(sql + " ORDER BY active DESC, post IS NULL, post, created_at")]


def roster(store: Store) -> list[dict]:
    """Every agent the station has had, those still here first (post A, B, then the rest),
    with when they joined: the people page's list."""
    rows = store.all("SELECT id, name, active, post, created_at, updated_at FROM agents"
                     " ORDER BY active DESC, post IS NULL, post, created_at")
    return [{**dict(r), "active": bool(r["active"]), "post_label": POSTS.get(r["post"] or "", "")} for r in rows]


def set_post(store: Store, by_agent: str, agent_id: str, post: str | None) -> None:
    """``agent_id`` holds ``post`` from now on; whoever held it before holds none."""
    require_agent(store, by_agent)
    if post is not None and post not in POSTS:
        raise ValidationError("bad_post", "岗位只能是A岗或B岗", "post")
    with store.write(by_agent) as w:
        agent = find_agent(store, agent_id)
        if post is not None:
            for (holder,) in store.all("SELECT id FROM agents WHERE post = ? AND id != ?", (post, agent.id)):
                w.update("agents", holder, {"post": None})
        if agent.post != post:
            w.update("agents", agent.id, {"post": post})


def find_agent(store: Store, name_or_id: str) -> Agent:
    row = store.one(
        "SELECT id, name, active, post FROM agents WHERE (id = ? OR name = ?) AND active = 1",
        (name_or_id, name_or_id),
    )
    if row is None:
        raise NotFoundError("unknown_agent", f"没有这位代办员：{name_or_id}", "agent")
    return Agent(row["id"], row["name"], bool(row["active"]), row["post"])


def verify_pin(store: Store, agent_id: str, pin: str) -> bool:
    row = store.one("SELECT salt, pin_hash, iterations FROM agent_credentials WHERE agent_id = ?", (agent_id,))
    if row is None or not PIN_RE.match(pin or ""):
        return False
    candidate = _hash_pin(pin, bytes.fromhex(row["salt"]), row["iterations"])
    return hmac.compare_digest(candidate, row["pin_hash"])


def login(store: Store, name: str, pin: str) -> Agent:
    """An agent's PIN opens the window. After ``FREE_TRIES`` wrong PINs each further try
    waits longer (``lockout_seconds``), and every lock-out goes to the audit trail the
    town sees; a right PIN clears the count."""
    agent = find_agent(store, name)
    wait = _waiting(store, agent.id)
    if wait:
        raise StateError("pin_locked", f"密码错误次数太多，请 {wait} 秒后再试", "pin", seconds=wait)
    if not store.one("SELECT 1 FROM agent_credentials WHERE agent_id = ?", (agent.id,)):
        raise StateError("pin_not_set", "这位代办员在这台电脑上还没有密码，请先设置", "pin")
    if not verify_pin(store, agent.id, pin):
        failures, wait = _note_wrong_pin(store, agent)
        if not wait:
            left = FREE_TRIES - failures
            raise ValidationError("wrong_pin", f"密码不对，还可以再试 {left} 次", "pin", left=left)
        raise StateError("pin_locked", f"密码已错 {failures} 次，请 {wait} 秒后再试", "pin", seconds=wait)
    with store.transaction():
        store.conn.execute("DELETE FROM pin_failures WHERE agent_id = ?", (agent.id,))
    return agent


def lockout_seconds(failures: int) -> int:
    """Nothing for the first ``FREE_TRIES`` wrong PINs, then 30 s, 1, 2, 4, 8 min, 15 min at most."""
    if failures < FREE_TRIES:
        return 0
    return min(LOCKOUT_MAX_S, LOCKOUT_FIRST_S * 2 ** (failures - FREE_TRIES))


def _waiting(store: Store, agent_id: str) -> int:
    until = store.scalar("SELECT wait_until FROM pin_failures WHERE agent_id = ?", (agent_id,))
    if not until:
        return 0
    return max(0, math.ceil((from_iso(until) - store.clock.now()).total_seconds()))


def _note_wrong_pin(store: Store, agent: Agent) -> tuple[int, int]:
    """Count a wrong PIN; from the fifth on, the agent waits and the town hears of it."""
    with store.transaction():
        now = store.now_iso()
        failures = (store.scalar("SELECT failures FROM pin_failures WHERE agent_id = ?", (agent.id,)) or 0) + 1
        wait = lockout_seconds(failures)
        until = to_iso(store.clock.now() + timedelta(seconds=wait)) if wait else None
        store.conn.execute(
            "INSERT INTO pin_failures (agent_id, failures, last_at, wait_until) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (agent_id) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at,"
            " wait_until = excluded.wait_until", (agent.id, failures, now, until))
        if wait:
            log.warning("PIN of agent %s locked for %s s after %s wrong tries", agent.name, wait, failures)
            with store.write(None) as w:
                w.insert("audit_events", {"kind": "pin_lockout", "agent_id": agent.id, "at": now,
                                          "detail": {"failures": failures, "wait_s": wait, "agent": agent.name}})
    return failures, wait


def needs_pin(store: Store) -> list[Agent]:
    """Active agents with no PIN on this PC: they came back from the hub (a new PC, a lost
    data folder), and PINs never travel. Each sets one before logging in."""
    rows = store.all("SELECT a.id, a.name, a.active FROM agents a LEFT JOIN agent_credentials c ON c.agent_id = a.id"
                     " WHERE a.active = 1 AND c.agent_id IS NULL ORDER BY a.created_at")
    return [Agent(r["id"], r["name"], bool(r["active"])) for r in rows]


def set_first_pin(store: Store, agent_id: str, pin: str) -> None:
    """A returning agent's PIN on this PC; an agent who has one changes it with the old one."""
    check_pin_format(pin)
    salt = os.urandom(16)
    with store.transaction():
        if not store.one("SELECT 1 FROM agents WHERE id = ? AND active = 1", (agent_id,)):
            raise NotFoundError("unknown_agent", "没有这位代办员", "agent")
        if store.one("SELECT 1 FROM agent_credentials WHERE agent_id = ?", (agent_id,)):
            raise ValidationError("pin_already_set", "这位代办员已经设置过密码", "pin")
        store.conn.execute(
            "INSERT INTO agent_credentials (agent_id, salt, pin_hash, iterations) VALUES (?, ?, ?, ?)",
            (agent_id, salt.hex(), _hash_pin(pin, salt, PIN_ITERATIONS), PIN_ITERATIONS))


def adopt_returning_agents(store: Store) -> int:
    """An agent who came back from the hub under the name of an agent set up on this PC
    (``station-app init`` before the station's records returned) is the same person: the
    returning record keeps its history and takes this PC's PIN; the stand-in made here is
    deactivated. Call inside a transaction. Returns how many were matched."""
    pairs = store.all(
        "SELECT back.id AS back_id, here.id AS here_id FROM agents back"
        " JOIN agents here ON here.name = back.name AND here.id != back.id AND here.active = 1"
        " JOIN agent_credentials c ON c.agent_id = here.id"
        " WHERE back.active = 1 AND NOT EXISTS (SELECT 1 FROM agent_credentials WHERE agent_id = back.id)")
    for back_id, here_id in pairs:
        store.conn.execute("UPDATE agent_credentials SET agent_id = ? WHERE agent_id = ?", (back_id, here_id))
        with store.write(back_id) as w:
            w.update("agents", here_id, {"active": 0})
    return len(pairs)


def log_in(store: Store, name: str, pin: str, first_pin: bool = False) -> Agent:
    """Log in; ``first_pin``: an agent who came back with a takeover sets a PIN first."""
    if first_pin:
        set_first_pin(store, find_agent(store, name).id, pin)
    return login(store, name, pin)


def deactivate_agent(store: Store, agent_id: str, by_agent: str) -> None:
    """An agent who leaves: their records stay theirs (by id, with their name), they can no
    longer log in, and they hold no post. The last active agent cannot leave."""
    require_agent(store, by_agent)
    agent = find_agent(store, agent_id)
    if store.scalar("SELECT COUNT(*) FROM agents WHERE active = 1") <= 1:
        raise StateError("last_agent", "这是本站唯一的代办员，请先增加一位再让他离岗", "agent")
    with store.write(by_agent) as w:
        w.update("agents", agent.id, {"active": 0, "post": None})


def require_agent(store: Store, agent_id: str | None) -> str:
    """Every write names an active agent of this station."""
    if not agent_id or not store.one("SELECT 1 FROM agents WHERE id = ? AND active = 1", (agent_id,)):
        raise NotFoundError("unknown_agent", "请先选择当班代办员", "agent")
    return agent_id
