"""How a station reaches its hub without giving its secret to anyone else.

- over https the station pins the hub certificate's SHA-256 fingerprint: from the
  enrolment file, or, with a one-time code, the certificate it saw while enrolling, which
  the code authenticates (``keys.enrol_proof`` / ``hub_proof``): a machine in the
  middle neither learns the code nor passes for the hub;
- plain http is for the hub's own machine (loopback); elsewhere only when the town
  allowed it (the hub answered an enrolment over it, or the enrolment file says so).
  Stations enrolled before this rule existed keep their plain address until they enrol
  again, so an upgrade does not cut off a village.

Kept in the station's local ``meta``: ``sync_hub_cert`` (the pin) and ``sync_plain_http``.
"""

from __future__ import annotations

import hashlib
import hmac
import socket
import ssl
from urllib.parse import urlsplit

from station_app.errors import ValidationError
from station_app.settings import HUB_CERT_PIN, HUB_PLAIN_HTTP
from station_app.store import Store

from ..keys import code_key, code_salt, enrol_proof, hub_proof
from .client import CONNECT_TIMEOUT, HttpTransport, Refused, Unreachable

def transport_for(store: Store, hub_url: str, secret: str | None) -> HttpTransport:
    """The transport for this station's exchanges, with its pin and plain-http rule."""
    pin = HUB_CERT_PIN.get(store)
    legacy = pin is None and not HUB_PLAIN_HTTP.is_set(store)  # enrolled before pins: as it always worked
    return HttpTransport(hub_url, secret, pin=pin or None, plain_ok=HUB_PLAIN_HTTP.get(store) or legacy)


def remember_link(store: Store, pin: str | None, plain_ok: bool) -> None:
    with store.transaction():
        HUB_CERT_PIN.put(store, pin or "")
        HUB_PLAIN_HTTP.put(store, plain_ok)


def seen_certificate(hub_url: str) -> str:
    """The SHA-256 fingerprint of the certificate the hub at ``hub_url`` shows (https), or
    "" for plain http. Not trusted by itself: the enrolment proofs bind it."""
    parts = urlsplit(hub_url)
    if parts.scheme == "http":
        return ""
    if parts.scheme != "https" or not parts.hostname:
        raise ValidationError("bad_hub_url", "镇中心地址应写成 https://地址:端口", "hub")
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # self-signed by the town; the fingerprint is checked below
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout=CONNECT_TIMEOUT) as raw:
            with context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError as err:
        raise Unreachable(f"连不上镇中心 {hub_url}（{type(err).__name__}）") from None
    return hashlib.sha256(der).hexdigest()


def enrol_by_code(station: str, hub_url: str, code: str) -> tuple[dict, str]:
    """Enrol station ``station`` with a one-time code; returns the hub's reply and the
    certificate to pin."""
    seen = seen_certificate(hub_url)
    key = code_key(code, code_salt(station))
    transport = HttpTransport(hub_url, pin=seen or None)
    try:
        made = transport.enrol(station, enrol_proof(key, station, seen))
    finally:
        transport.close()
    expected = hub_proof(key, station, seen, str(made.get("secret", "")))
    if not hmac.compare_digest(expected, str(made.get("hub_proof", ""))):
        raise Refused(0, "not_the_hub", "对方不能证明自己是镇中心（登记码对不上），没有登记；请核对地址")
    return made, seen
