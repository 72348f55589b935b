"""Stations known to the hub: adding one with a one-time enrolment code, enrolling it
(code → secret), and checking the bearer secret of every request.

The hub keeps only hashes: of the enrolment code (PBKDF2, it is short) and of the secret
(SHA-256, it is 256 random bits). Batch files are signed with a key derived from the
secret, which the hub keeps to check them (see keys.file_key).
"""

from __future__ import annotations

import hmac
import json
import secrets
from datetime import timedelta
from pathlib import Path

from station_app.errors import NotFoundError, StateError
from station_app.settings import TOWN_NAME
from station_app.station import check_station_code
from station_app.store import Store
from station_app.timeutil import from_iso, to_iso
from station_app.validation import required_text

from ..files import write_private
from ..protocol import RECOVERY_OFFER, ProtocolError
from ..keys import ENROL_FILE_KIND, code_key, code_salt, enrol_proof, file_key, new_secret, secret_hash
from .recovery import number_floors
from .store import hub_epoch
from .tls import cert_fingerprint, plain_http_allowed

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_VALID_DAYS = 14
# Every wrong code gets this one answer, whether the station is unknown, has no pending
# code or has another: nothing tells an attacker which station codes are worth trying.
BAD_CODE = ("bad_enrol_code", "登记码不对，或已经用过；请向镇中心要一个新的登记码")
NO_CODE_KEY = "0" * 64  # checked against when there is no pending code, so it takes as long


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def add_station(hub: Store, code: str, name: str, enrol_file: Path | None = None,
                reissue: bool = False) -> str:
    """Register a station (or issue it a new code with ``reissue``); returns the one-time
    enrolment code. ``enrol_file`` also writes a file that enrols it with no network."""
    code = check_station_code(code)
    name = required_text(name, "name", "服务站名称", 40)
    enrol = _new_code()
    salt = code_salt(code)
    expires = to_iso(hub.clock.now() + timedelta(days=CODE_VALID_DAYS))
    secret = new_secret() if enrol_file else None
    with hub.transaction():
        exists = hub.one("SELECT code FROM hub_stations WHERE code = ?", (code,))
        if exists and not reissue:
            raise StateError("station_exists", f"服务站 {code} 已经登记过；要换电脑重新登记请加 --reissue", "code")
        if not exists:
            hub.conn.execute("INSERT INTO hub_stations (code, name, created_at) VALUES (?, ?, ?)",
                             (code, name, hub.now_iso()))
        hub.conn.execute(
            "UPDATE hub_stations SET name = ?, enrol_code_hash = ?, enrol_code_salt = ?, enrol_code_expires = ?"
            " WHERE code = ?", (name, code_key(enrol, salt), salt, expires, code))
        if secret:
            _set_secret(hub, code, secret)
            offline = {"kind": ENROL_FILE_KIND, "station": code, "station_name": name,
                       "town_name": TOWN_NAME.get(hub), "epoch": hub_epoch(hub), "secret": secret,
                       "hub_cert_sha256": cert_fingerprint(Path(hub.path).parent),
                       "plain_http_allowed": plain_http_allowed(hub), **_what_it_holds(hub, code)}
            write_private(Path(enrol_file), json.dumps(offline, ensure_ascii=False, indent=1).encode())
    return enrol


def _set_secret(hub: Store, code: str, secret: str) -> None:
    hub.conn.execute("UPDATE hub_stations SET secret_hash = ?, file_key = ?, enrolled_at = ?, revoked_at = NULL"
                     " WHERE code = ?",
                     (secret_hash(secret), file_key(secret), hub.now_iso(), code))


def enrol(hub: Store, code: str, enrol_code: str) -> dict:
    """Trade a one-time code for a secret (the code itself: protocol 1). The code is used
    up; a wrong one changes nothing."""
    salt = enrol_salt(hub, code)
    computed = code_key(enrol_code, salt)
    return complete_enrolment(hub, code, lambda key: hmac.compare_digest(computed, key))


def enrol_by_proof(hub: Store, code: str, proof: str, cert_sha256: str) -> dict:
    """Trade a proof of the code (``keys.enrol_proof`` over the certificate this
    connection uses) for a secret."""
    return complete_enrolment(hub, code, lambda key: hmac.compare_digest(enrol_proof(key, code, cert_sha256), proof))


def enrol_salt(hub: Store, code: str) -> str:
    """The salt of the station's pending code (a stand-in when there is none)."""
    row = hub.one("SELECT enrol_code_salt FROM hub_stations WHERE code = ? AND enrol_code_hash IS NOT NULL", (code,))
    return row[0] if row else code_salt(code)


def complete_enrolment(hub: Store, code: str, matches) -> dict:
    """``matches(key)`` runs whatever the station's state (same time for every wrong code);
    a match issues the secret and uses the code up, in one transaction. The reply carries
    the code's key as ``key`` for the caller's ``hub_proof`` (not for the station)."""
    with hub.transaction():
        row = hub.one("SELECT * FROM hub_stations WHERE code = ?", (code,))
        key = row["enrol_code_hash"] if row is not None else None
        if not matches(key or NO_CODE_KEY) or key is None:
            raise ProtocolError(403, *BAD_CODE)
        if from_iso(row["enrol_code_expires"]) < hub.clock.now():
            raise ProtocolError(403, "enrol_code_expired", "登记码已过期；请向镇中心要一个新的登记码")
        secret = new_secret()
        _set_secret(hub, code, secret)
        hub.conn.execute("UPDATE hub_stations SET enrol_code_hash = NULL, enrol_code_salt = NULL,"
                         " enrol_code_expires = NULL WHERE code = ?", (code,))
        held = _what_it_holds(hub, code)
    return {"station": code, "station_name": row["name"], "town_name": TOWN_NAME.get(hub),
            "epoch": hub_epoch(hub), "secret": secret, "key": key, **held}


def _what_it_holds(hub: Store, code: str) -> dict:
    """What a PC that takes over a station needs before its first record: where the
    station's seqs and numbers stand at the hub (a new PC continues after them), and the
    forms its records can come back in (its first page of them comes so)."""
    last = hub.scalar("SELECT last_applied FROM hub_stations WHERE code = ?", (code,)) or 0
    return {"last_applied": last, "numbers": number_floors(hub, code), "recovery": dict(RECOVERY_OFFER)}


def station_of_secret(hub: Store, secret: str) -> str:
    """The station whose current secret this is (checked before a request body is read)."""
    row = hub.one("SELECT code FROM hub_stations WHERE secret_hash = ? AND revoked_at IS NULL", (secret_hash(secret),))
    if row is None:
        raise ProtocolError(403, "bad_credentials", "服务站密钥不对，或本站已被镇中心停用；请向镇中心要新的登记码")
    return row["code"]


def authenticate(hub: Store, code: str, secret: str | None) -> None:
    """Raise 401/403 unless ``secret`` is the current secret of station ``code``."""
    if not secret:
        raise ProtocolError(401, "no_credentials", "请求没有带服务站密钥")
    row = hub.one("SELECT secret_hash, revoked_at FROM hub_stations WHERE code = ?", (code,))
    if row is not None and row["revoked_at"]:
        raise ProtocolError(403, "station_revoked", f"服务站 {code} 已被镇中心停用；要恢复请向镇中心要新的登记码")
    if row is None or row["secret_hash"] is None:
        raise ProtocolError(403, "unknown_station", f"服务站 {code} 没有在镇中心登记或尚未完成登记")
    if not hmac.compare_digest(secret_hash(secret), row["secret_hash"]):
        raise ProtocolError(403, "bad_credentials", f"服务站 {code} 的密钥不对；请重新登记")


def revoke_station(hub: Store, code: str) -> dict:
    """Stop a station: its secret and file key are forgotten (its exchanges get 403, its
    files are refused) and any unused enrolment code dies; its records stay. A re-issued
    code (``add_station(..., reissue=True)``) enrols it again."""
    code = check_station_code(code)
    with hub.transaction():
        row = hub.one("SELECT code, revoked_at FROM hub_stations WHERE code = ?", (code,))
        if row is None:
            raise NotFoundError("unknown_station", f"镇中心没有登记服务站 {code}", "code")
        if row["revoked_at"]:
            raise StateError("station_revoked", f"服务站 {code} 已经停用了", "code")
        hub.conn.execute(
            "UPDATE hub_stations SET secret_hash = NULL, file_key = NULL, enrol_code_hash = NULL,"
            " enrol_code_salt = NULL, enrol_code_expires = NULL, revoked_at = ? WHERE code = ?",
            (hub.now_iso(), code))
    return get_station(hub, code)


def note_contact(hub: Store, code: str, request: dict, via: str) -> int | None:
    """Keep what a station says of itself: program, protocol and schema versions, how many
    ops still wait on it, and (over the network only: a file may be days old) how far its
    clock is from the hub's, in seconds. Returns that skew."""
    skew = clock_skew(hub, request, via)
    hub.conn.execute(
        "UPDATE hub_stations SET app_version = COALESCE(?, app_version),"
        " protocol_version = COALESCE(?, protocol_version), schema_version = COALESCE(?, schema_version),"
        " clock_skew_s = COALESCE(?, clock_skew_s), waiting_ops = COALESCE(?, waiting_ops), versions_at = ?"
        " WHERE code = ?",
        (request.get("app_version"), request.get("protocol_version"), request.get("schema_version"), skew,
         request.get("waiting"), hub.now_iso(), code))
    return skew


def clock_skew(hub: Store, request: dict, via: str) -> int | None:
    """The station's clock minus the hub's, in seconds (over the network only)."""
    sent = request.get("sent_at")
    if via != "http" or sent is None:
        return None
    sent = from_iso(sent) if isinstance(sent, str) else sent
    return round((sent - hub.clock.now()).total_seconds())


def station_revoked(hub: Store, code: str) -> bool:
    row = hub.one("SELECT revoked_at FROM hub_stations WHERE code = ?", (code,))
    return bool(row and row["revoked_at"])


def station_file_key(hub: Store, code: str) -> str | None:
    row = hub.one("SELECT file_key FROM hub_stations WHERE code = ?", (code,))
    return row["file_key"] if row else None


def list_stations(hub: Store, working_only: bool = False) -> list[dict]:
    """The stations the town registered, by code; ``working_only``: not stopped (the
    ones a notice can reach)."""
    rows = hub.all("SELECT code, name, enrolled_at, last_applied, last_seen_at, revoked_at FROM hub_stations"
                   + (" WHERE revoked_at IS NULL" if working_only else "") + " ORDER BY code")
    return [dict(r) for r in rows]


def get_station(hub: Store, code: str) -> dict:
    row = hub.one("SELECT code, name, enrolled_at, last_applied, last_seen_at, revoked_at FROM hub_stations"
                  " WHERE code = ?", (code,))
    if row is None:
        raise NotFoundError("unknown_station", f"镇中心没有登记服务站 {code}", "station")
    return dict(row)


__all__ = ["add_station", "enrol", "enrol_by_proof", "enrol_salt", "complete_enrolment", "station_of_secret",
           "authenticate", "revoke_station", "note_contact", "clock_skew", "station_revoked",
           "station_file_key", "list_stations", "get_station"]
