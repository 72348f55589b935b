"""Town staff accounts (镇中心工作人员): name and password, kept as salted PBKDF2 hashes.

Staff log in to the town window; these accounts live only in the hub's file and never
sync to a station. ``station-hub staff add`` reads the password from stdin.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from station_app.errors import NotFoundError, ValidationError
from station_app.ids import new_id
from station_app.store import Store
from station_app.validation import required_text

from .store import ensure_town_tables

MIN_PASSWORD = 8
MAX_PASSWORD = 128
PASSWORD_ITERATIONS = 200_000


def _hash(password: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()


def check_password(password: str | None, field: str = "password") -> str:
    password = password or ""
    if len(password) < MIN_PASSWORD:
        raise ValidationError("short_password", f"密码太短：至少 {MIN_PASSWORD} 位", field)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("long_password", f"密码太长：最多 {MAX_PASSWORD} 位", field)
    if password != password.strip():
        raise ValidationError("bad_password", "密码的开头和结尾不能是空格", field)
    return password


def add_staff(hub: Store, name: str, password: str) -> str:
    ensure_town_tables(hub)
    name = required_text(name, "name", "工作人员姓名", 20)
    check_password(password)
    if hub.one("SELECT 1 FROM town_staff WHERE name = ?", (name,)):
        raise ValidationError("duplicate_staff", f"已有名为“{name}”的工作人员", "name")
    salt = os.urandom(16)
    staff_id = new_id()
    with hub.transaction():
        hub.conn.execute(
            "INSERT INTO town_staff (id, name, salt, password_hash, iterations, active, created_at)"
            " VALUES (?, ?, ?, ?, ?, 1, ?)",
            (staff_id, name, salt.hex(), _hash(password, salt, PASSWORD_ITERATIONS), PASSWORD_ITERATIONS,
             hub.now_iso()))
    return staff_id


def verify_staff(hub: Store, name: str, password: str) -> bool:
    """True only for an active account with this exact password."""
    ensure_town_tables(hub)
    row = hub.one("SELECT salt, password_hash, iterations FROM town_staff WHERE name = ? AND active = 1",
                  ((name or "").strip(),))
    if row is None or not password:
        return False
    candidate = _hash(password, bytes.fromhex(row["salt"]), row["iterations"])
    return hmac.compare_digest(candidate, row["password_hash"])


def login_staff(hub: Store, name: str, password: str) -> dict:
    """The account, or ``ValidationError`` (same words for an unknown name and a wrong password)."""
    if not verify_staff(hub, name, password):
        raise ValidationError("wrong_password", "姓名或密码不对，请重新输入", "password")
    row = hub.one("SELECT id, name FROM town_staff WHERE name = ?", ((name or "").strip(),))
    return dict(row)


def list_staff(hub: Store) -> list[dict]:
    ensure_town_tables(hub)
    return [dict(r) for r in hub.all("SELECT id, name, active, created_at FROM town_staff ORDER BY created_at")]


def deactivate_staff(hub: Store, name: str) -> None:
    ensure_town_tables(hub)
    with hub.transaction():
        done = hub.conn.execute("UPDATE town_staff SET active = 0 WHERE name = ? AND active = 1", (name,))
        if done.rowcount == 0:
            raise NotFoundError("unknown_staff", f"没有这位工作人员：{name}", "name")
