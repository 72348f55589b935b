"""Agents (代办员) on the A/B post rota. PINs are kept as salted PBKDF2 hashes, locally only."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from .errors import NotFoundError, ValidationError
from .store import Store
from .validation import required_text

PIN_RE = re.compile(r"^\d{4,8}$")
PIN_ITERATIONS = 200_000


@dataclass(frozen=True)
class Agent:
    id: str
    name: str
    active: bool


def _hash_pin(pin: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations).hex()


def check_pin_format(pin: str, field: str = "pin") -> str:
    if not PIN_RE.match(pin or ""):
        raise ValidationError("bad_pin", "密码应为4到8位数字", field)
    return pin


def add_agent(store: Store, name: str, pin: str, by_agent: str | None = None) -> str:
    name = required_text(name, "name", "代办员姓名", 20)
    check_pin_format(pin)
    if store.one("SELECT 1 FROM agents WHERE name = ? AND active = 1", (name,)):
        raise ValidationError("duplicate_agent", f"已有名为“{name}”的代办员", "name")
    salt = os.urandom(16)
    with store.write(by_agent) as w:
        agent_id = w.insert("agents", {"name": name, "active": 1})
        store.conn.execute(
            "INSERT INTO agent_credentials (agent_id, salt, pin_hash, iterations) VALUES (?, ?, ?, ?)",
            (agent_id, salt.hex(), _hash_pin(pin, salt, PIN_ITERATIONS), PIN_ITERATIONS),
        )
    return agent_id


def list_agents(store: Store, include_inactive: bool = False) -> list[Agent]:
    sql = "SELECT id, name, active FROM agents"
    if not include_inactive:
        sql += " WHERE active = 1"
    return [Agent(r["id"], r["name"], bool(r["active"])) for r in store.all(sql + " ORDER BY created_at")]


def find_agent(store: Store, name_or_id: str) -> Agent:
    row = store.one(
        "SELECT id, name, active FROM agents WHERE (id = ? OR name = ?) AND active = 1",
        (name_or_id, name_or_id),
    )
    if row is None:
        raise NotFoundError("unknown_agent", f"没有这位代办员：{name_or_id}", "agent")
    return Agent(row["id"], row["name"], bool(row["active"]))


def verify_pin(store: Store, agent_id: str, pin: str) -> bool:
    row = store.one("SELECT salt, pin_hash, iterations FROM agent_credentials WHERE agent_id = ?", (agent_id,))
    if row is None or not PIN_RE.match(pin or ""):
        return False
    candidate = _hash_pin(pin, bytes.fromhex(row["salt"]), row["iterations"])
    return hmac.compare_digest(candidate, row["pin_hash"])


def login(store: Store, name: str, pin: str) -> Agent:
    agent = find_agent(store, name)
    if not verify_pin(store, agent.id, pin):
        raise ValidationError("wrong_pin", "密码不对，请重新输入", "pin")
    return agent


def deactivate_agent(store: Store, agent_id: str, by_agent: str) -> None:
    find_agent(store, agent_id)
    with store.write(by_agent) as w:
        w.update("agents", agent_id, {"active": 0})


def require_agent(store: Store, agent_id: str | None) -> str:
    """Every write names an active agent of this station."""
    if not agent_id or not store.one("SELECT 1 FROM agents WHERE id = ? AND active = 1", (agent_id,)):
        raise NotFoundError("unknown_agent", "请先选择当班代办员", "agent")
    return agent_id
