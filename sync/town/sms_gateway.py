"""The SMS gateway the town configures: an HTTP API that sends a text to a phone.

One provider's shape is implemented (``JsonGateway``); another provider is one more class
with the same ``send`` and an entry in ``PROVIDERS``. Whatever goes wrong comes back as a
``GatewayError`` whose ``reason`` is a sentence in plain Chinese (it reaches the station
beside the message) and whose ``kind`` says what the caller should do:

- ``refused``   the gateway said no to this message: it failed, sending again won't help;
- ``transient`` a passing error (HTTP 5xx, 429): try this message again on a later run;
- ``down``      no answer at all (no connection, time-out): try again later, and stop this
                run, since the next messages would only wait for the same time-out;
- ``config``    the town's settings are wrong (bad key): stop, the message is not to blame.
"""

from __future__ import annotations

import json
from typing import Protocol
from urllib.parse import urlsplit

import requests

KINDS = ("refused", "transient", "down", "config")


class GatewayError(Exception):
    def __init__(self, reason: str, kind: str = "refused"):
        super().__init__(reason)
        assert kind in KINDS
        self.reason = reason
        self.kind = kind


class Gateway(Protocol):
    def send(self, phone: str, text: str, ref: str) -> str:
        """Send ``text`` to ``phone``; return the provider's id for it. ``ref`` is ours (the
        message's id), the same on every attempt at one message. Raises ``GatewayError``."""


def _snippet(body: str, n: int = 60) -> str:
    body = " ".join((body or "").split())
    return body[:n] + ("…" if len(body) > n else "")


class JsonGateway:
    """The provider shape we speak: ``POST url`` with JSON ``{"phone", "text", "ref"}``,
    the key in the ``X-Api-Key`` header and ``ref`` again as ``Idempotency-Key`` (a
    provider that keeps it sends one message once however often it is posted); the reply
    is JSON ``{"ok": true, "id": "…"}`` or ``{"ok": false, "error": "…"}``."""

    name = "json"

    def __init__(self, url: str, key: str, timeout: float = 10.0, session: requests.Session | None = None):
        self.url = url
        self.key = key
        self.timeout = timeout
        self.session = session or requests.Session()

    def send(self, phone: str, text: str, ref: str) -> str:
        host = urlsplit(self.url).netloc or self.url
        try:
            reply = self.session.post(self.url, json={"phone": phone, "text": text, "ref": ref}, timeout=(
                min(5.0, self.timeout), self.timeout), headers={"X-Api-Key": self.key, "Idempotency-Key": ref},
                allow_redirects=False)
        except requests.Timeout:
            raise GatewayError(f"短信网关 {host} {self.timeout:g} 秒内没有回应，稍后再试", "down") from None
        except requests.RequestException as err:
            raise GatewayError(f"连不上短信网关 {host}（{type(err).__name__}），稍后再试", "down") from None
        body = reply.text
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        said = data.get("error") if isinstance(data, dict) and isinstance(data.get("error"), str) else None
        status = reply.status_code
        if status in (401, 403):
            raise GatewayError(f"短信网关不认这个密钥（HTTP {status}），请用 station-hub sms gateway --key 重新设置",
                               "config")
        if status == 429 or status >= 500:
            raise GatewayError(f"短信网关暂时出错（HTTP {status}）{'：' + _snippet(said) if said else ''}，稍后再试",
                               "transient")
        if status >= 300:
            raise GatewayError(f"短信网关拒绝了这条短信（HTTP {status}）：{_snippet(said or body) or '没有说明原因'}")
        if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
            raise GatewayError(f"短信网关的回复看不懂（不是约定的 JSON），不能确定是否发出：{_snippet(body) or '空回复'}")
        if not data["ok"]:
            raise GatewayError(f"短信网关拒绝发送：{_snippet(said or '', 120) or '没有说明原因'}")
        provider_id = data.get("id")
        return str(provider_id)[:64] if provider_id is not None else ""


PROVIDERS = {"json": JsonGateway}


def check_url(url: str) -> str:
    from station_app.errors import ValidationError

    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > 300 or any(c.isspace() for c in url):
        raise ValidationError("bad_gateway_url", "短信网关地址应以 http:// 或 https:// 开头，如 https://sms.example.cn/send",
                              "url")
    return url


def check_key(key: str) -> str:
    from station_app.errors import ValidationError

    key = (key or "").strip()
    if not key or len(key) > 200 or any(c.isspace() or not c.isprintable() or ord(c) > 126 for c in key):
        raise ValidationError("bad_gateway_key", "密钥不能为空，只能是英文字母、数字和符号，不超过200个字符", "key")
    return key


def check_template(template: str) -> str:
    from station_app.errors import ValidationError

    template = (template or "").strip()
    if "{text}" not in template or len(template) > 100 or any(c in template.replace("{text}", "") for c in "{}"):
        raise ValidationError("bad_template", "短信模板要有且只能有一个占位 {text}，如“【某某镇便民服务】{text}”",
                              "template")
    if template.count("{text}") != 1:
        raise ValidationError("bad_template", "短信模板里的 {text} 只能出现一次", "template")
    return template


def fill(template: str, text: str) -> str:
    return template.replace("{text}", text)


def masked(key: str) -> str:
    """A key as it may be shown: never in full."""
    return f"****{key[-4:]}" if len(key) >= 12 else "****"
