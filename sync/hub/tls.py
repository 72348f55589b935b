"""The hub's TLS certificate, and the town's switch for plain HTTP.

``station-hub init`` makes a self-signed certificate (ECDSA P-256, 20 years) beside the
hub database; ``serve --tls`` serves HTTPS with it. No certificate authority is involved:
a station pins the certificate's SHA-256 fingerprint, which it gets from the enrolment
file or learns during enrolment with its one-time code (the code authenticates it, see
``keys.enrol_proof``). A new certificate therefore means the stations enrol again.

Plain HTTP stays for the hub's own machine (loopback). Elsewhere a station's secret would
cross the town's network in clear, so ``serve`` refuses it unless the town switched it
on (``station-hub plain-http on``), and stations enrolled since then follow that switch.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from station_app.private import POSIX
from station_app.settings import PLAIN_HTTP_ALLOWED
from station_app.store import Store

from ..files import write_atomic, write_private

CERT_FILE = "hub-cert.pem"
KEY_FILE = "hub-key.pem"
VALID_DAYS = 20 * 365


def cert_path(data_dir: Path) -> Path:
    return Path(data_dir) / CERT_FILE


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def ensure_certificate(data_dir: Path, town_name: str = "") -> str:
    """Make the hub's certificate and key if missing; returns the fingerprint."""
    if not cert_path(data_dir).exists() or not key_path(data_dir).exists():
        _make_certificate(Path(data_dir), town_name)
    elif POSIX:
        os.chmod(key_path(data_dir), 0o600)
    return cert_fingerprint(data_dir)


def _make_certificate(data_dir: Path, town_name: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "village-station hub"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, (town_name or "town hub")[:64])])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=VALID_DAYS))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    write_private(key_path(data_dir), key.private_bytes(serialization.Encoding.PEM,
                                                        serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))
    write_atomic(cert_path(data_dir), cert.public_bytes(serialization.Encoding.PEM))


def cert_fingerprint(data_dir: Path) -> str | None:
    """SHA-256 of the certificate (DER), lower-case hex; None if the hub has none."""
    path = cert_path(data_dir)
    if not path.exists():
        return None
    return pem_fingerprint(path.read_text())


def pem_fingerprint(pem: str) -> str:
    import ssl

    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def plain_http_allowed(hub: Store) -> bool:
    return PLAIN_HTTP_ALLOWED.get(hub)


def set_plain_http(hub: Store, allowed: bool) -> None:
    with hub.transaction():
        PLAIN_HTTP_ALLOWED.put(hub, allowed)

