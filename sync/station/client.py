"""The station's HTTP client for the hub (requests). It only moves bytes and maps HTTP
answers to the engine's outcomes: ``Unreachable`` (try later, nothing lost),
``Refused`` (the hub will not take this station), ``Gap`` (resend from the hub's seq)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from station_app.store.schema import SCHEMA_VERSION

from ..codings import coding_of, inflate_zstd, zstd_available
from ..bodies import gzip_json, loads
from ..protocol import PROTOCOL_VERSION, Gap, ProtocolError
from ..keys import is_loopback

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0


class Unreachable(Exception):
    """The hub did not answer (no network, hub down, timeout, 5xx)."""


class Refused(Exception):
    """The hub answered and refused this station (401/403) or the request (4xx)."""

    def __init__(self, status: int, code: str, reason: str):
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason


def _json_of(resp: requests.Response) -> Any:
    """The reply's JSON; requests inflates gzip itself, zstd is ours to inflate."""
    if resp.headers.get("content-encoding", "").strip() == "zstd":
        return loads(inflate_zstd(resp.content))
    return loads(resp.content)


def _header_bytes(headers) -> int:
    return sum(len(k) + len(str(v)) + 4 for k, v in headers.items())


class PinnedAdapter(HTTPAdapter):
    """HTTPS that trusts exactly one certificate: the hub's, by its SHA-256 fingerprint.
    urllib3 checks it during the handshake, before a byte of the request is sent."""

    def __init__(self, fingerprint: str, **options):
        self.fingerprint = fingerprint
        super().__init__(**options)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["assert_fingerprint"] = self.fingerprint
        super().init_poolmanager(*args, **kwargs)


class HttpTransport:
    """``pin``: the hub certificate's fingerprint (https); ``plain_ok``: the town allowed
    plain http off the hub's machine. Without either, the secret is never sent."""

    def __init__(self, hub_url: str, secret: str | None = None, timeout: tuple[float, float] | None = None,
                 pin: str | None = None, plain_ok: bool = False):
        self.url = hub_url.rstrip("/")
        self.secret = secret
        self.pin = pin
        self.plain_ok = plain_ok
        self.timeout = timeout or (CONNECT_TIMEOUT, READ_TIMEOUT)
        self.session = requests.Session()
        self.session.headers.clear()  # keep an idle exchange small: only what the hub needs
        self.session.headers.update({"Accept-Encoding": "zstd, gzip" if zstd_available() else "gzip",
                                     "User-Agent": "station-app"})
        # How to pack request bodies: gzip until the hub says it takes zstd (see codings.py).
        self.coding = "gzip"
        # Set by the engine while the link is slow: replies are then asked packed harder.
        self.save_data = False
        # No certificate authority: the pin is the check (said per request, or a CA bundle
        # named in the environment would take the place of ``verify=False``).
        self.verify = not pin
        if pin:
            self.session.mount("https://", PinnedAdapter(pin))
        # The hub may close a kept-alive connection just as the next exchange goes out on it
        # (on a slow link the last reply takes longer to arrive than the hub waits). An
        # exchange is safe to send twice (op ids, cursors), so it is sent again at once;
        # an enrolment is not (its code is used up), so it is only retried before it left.
        again = Retry(total=2, connect=2, read=2, other=2, status=0, allowed_methods=None, raise_on_status=False)
        self.session.mount(self.url + "/v1/exchange", PinnedAdapter(pin, max_retries=again) if pin
                           else HTTPAdapter(max_retries=again))

    def check_link(self) -> None:
        """Refuse to send a secret where it could be read or go to another machine."""
        parts = urlsplit(self.url)
        if parts.scheme == "https" and not self.pin:
            raise Refused(0, "no_pin", "本站没有镇中心证书的指纹，不能用 https 发送密钥；请重新登记")
        if parts.scheme == "http" and not self.plain_ok and not is_loopback(parts.hostname):
            raise Refused(0, "plain_http", "镇中心地址是不加密的 http，镇中心没有允许这样同步；"
                                           "请用 https 地址重新登记")
        if parts.scheme not in ("http", "https"):
            raise Refused(0, "bad_url", f"镇中心地址应以 https:// 开头：{self.url}")

    def close(self) -> None:
        self.session.close()

    def _post(self, path: str, body: bytes, auth: bool) -> tuple[dict, int, int]:
        headers = {"Content-Type": "application/json", "Content-Encoding": coding_of(body)}
        if self.save_data:
            headers["Save-Data"] = "on"
        if auth:
            self.check_link()
            headers["Authorization"] = f"Bearer {self.secret}"
        try:
            resp = self.session.post(self.url + path, data=body, headers=headers, timeout=self.timeout,
                                     verify=self.verify)
        except requests.exceptions.SSLError as err:
            if "fingerprint" in str(err).lower():
                raise Refused(0, "wrong_certificate", "对方的证书不是镇中心登记时的那一张：可能连到了别的电脑，"
                                                      "密钥没有发出；请向镇中心核实") from None
            raise Unreachable(f"连不上镇中心 {self.url}（{type(err).__name__}）") from None
        except requests.RequestException as err:
            raise Unreachable(f"连不上镇中心 {self.url}（{type(err).__name__}）") from None
        sent = len(body) + _header_bytes(resp.request.headers) + len(path) + 20
        received = int(resp.headers.get("content-length") or len(resp.content)) + _header_bytes(resp.headers) + 17
        if "zstd" in resp.headers.get("accept-encoding", "") and zstd_available():
            self.coding = "zstd"
        try:
            data: Any = _json_of(resp)
        except (ValueError, json.JSONDecodeError, ProtocolError):
            data = {}
        if resp.status_code >= 500:
            raise Unreachable(f"镇中心暂时无法处理（{resp.status_code} {data.get('reason', '')}）")
        if resp.status_code == 409 and data.get("error") == "gap":
            raise Gap(int(data["last_applied"]), 0, str(data.get("epoch", "")))
        if resp.status_code >= 400:
            raise Refused(resp.status_code, str(data.get("error", resp.status_code)),
                          str(data.get("reason", resp.reason)))
        return data, sent, received

    def exchange(self, body: bytes) -> tuple[dict, int, int]:
        """POST an exchange body (gzip or zstd: ``self.coding`` says which the hub takes);
        returns (reply, bytes sent, bytes received)."""
        return self._post("/v1/exchange", body, auth=True)

    def enrol(self, station: str, proof: str) -> dict:
        """Send the proof of the one-time code (the code itself never leaves the station)."""
        body = gzip_json({"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION,
                          "station": station, "proof": proof})
        return self._post("/v1/enrol", body, auth=False)[0]

    def health(self) -> dict:
        try:
            resp = self.session.get(self.url + "/health", timeout=self.timeout, verify=self.verify)
        except requests.RequestException as err:
            raise Unreachable(f"连不上镇中心 {self.url}（{type(err).__name__}）") from None
        if resp.status_code != 200:
            raise Unreachable(f"镇中心暂时无法处理（{resp.status_code}）")
        return resp.json()


__all__ = ["HttpTransport", "Unreachable", "Refused", "Gap", "ProtocolError"]
