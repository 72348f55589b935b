"""Secrets, signatures and enrolment codes: what a station and the hub prove to each
other, and how a bearer secret, a batch file's key and a one-time code are derived.

The hub keeps hashes and derived keys, never a station's secret or a code itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


# -- secrets and signatures --------------------------------------------------------
def new_secret() -> str:
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    """What the hub keeps to check a bearer secret: the secret itself is never stored."""
    return hashlib.sha256(b"village-station bearer\0" + secret.encode()).hexdigest()


def file_key(secret: str) -> str:
    """The HMAC key of batch files, derived from the secret (the hub keeps this, not the secret)."""
    return hmac.new(secret.encode(), b"village-station usb batch v1", hashlib.sha256).hexdigest()


def is_loopback(host: str | None) -> bool:
    """This machine: the one place a secret may go over plain http without the town's say."""
    import ipaddress

    host = (host or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- enrolment codes ---------------------------------------------------------------
# The hub keeps ``code_key`` = PBKDF2(code, code_salt(station)) of a pending code. A station
# proves it knows the code with an HMAC over the hub certificate it sees (channel binding):
# a machine in the middle shows another certificate, so the proof is worth nothing to it
# and the code itself never crosses the network. The hub answers with its own proof over
# the same certificate and the secret, so the station knows it reached the real hub.
CODE_ITERATIONS = 100_000
# The offline enrolment file the hub writes and a station reads (JSON, 0600).
ENROL_FILE_KIND = "village-station-enrolment"


def normal_code(code: str) -> str:
    return code.replace("-", "").replace(" ", "").strip().upper()


def code_salt(station: str) -> str:
    """Derived from the station code, so the station can derive the key without asking."""
    return hashlib.sha256(b"village-station enrol salt\0" + station.encode()).hexdigest()[:32]


def code_key(code: str, salt_hex: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", normal_code(code).encode(), bytes.fromhex(salt_hex), CODE_ITERATIONS).hex()


def enrol_proof(key_hex: str, station: str, cert_sha256: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), f"village-station enrol v2\0{station}\0{cert_sha256}".encode(),
                    hashlib.sha256).hexdigest()


def hub_proof(key_hex: str, station: str, cert_sha256: str, secret: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), f"village-station hub v2\0{station}\0{cert_sha256}\0{secret}".encode(),
                    hashlib.sha256).hexdigest()


def sign(key_hex: str, data: bytes) -> str:
    return hmac.new(bytes.fromhex(key_hex), data, hashlib.sha256).hexdigest()


def signature_ok(key_hex: str, data: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key_hex, data), str(signature))
