"""The hub service refuses bad input with a 4xx and a reason, never a 500, and changes
nothing; it documents itself at /docs."""

from __future__ import annotations

import gzip
import json

import requests

from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from sync.bodies import gzip_json
from sync.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION
from sync.station.state import build_request, settings
from sync_support import enrol_offline, hub_fingerprint, post_exchange


def test_bad_requests_get_a_4xx_with_a_reason_and_change_nothing(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        s = settings(store)
        good = json.loads(gzip.decompress(build_request(store, s, 50, 256 * 1024, 10).body))
    before = hub_fingerprint(hub_dir)

    def broken(change) -> bytes:
        message = json.loads(json.dumps(good))
        change(message)
        return gzip_json(message)

    cases = [
        ("not gzip", dict(body=b"hello", gzip_body=True), 400),
        ("truncated gzip", dict(body=gzip_json(good)[:-30]), 400),
        ("not json", dict(body=gzip.compress(b"{nope")), 422),
        ("no secret", dict(body=gzip_json(good), secret=None), 401),
        ("wrong secret", dict(body=gzip_json(good), secret="x" * 43), 403),
        ("wrong type", dict(body=broken(lambda m: m["push"].__setitem__("from_seq", "one"))), 422),
        ("unknown key", dict(body=broken(lambda m: m.__setitem__("extra", 1))), 422),
        ("old protocol", dict(body=broken(lambda m: m.__setitem__("protocol_version", 0))), 400),
        ("ids do not match ops", dict(body=broken(lambda m: m["push"]["op_ids"]["ts"].pop())), 422),
        ("bad shape index", dict(body=broken(lambda m: m["push"]["ops"][3].__setitem__(1, 999))), 422),
        ("ops out of order", dict(body=broken(lambda m: m["push"]["ops"][3].__setitem__(0, -2))), 422),
        ("clock without a zone", dict(body=broken(lambda m: m.__setitem__("sent_at", "2026-11-27T10:00:00"))), 422),
        ("clock not a time", dict(body=broken(lambda m: m.__setitem__("sent_at", "yesterday"))), 422),
        ("negative waiting", dict(body=broken(lambda m: m.__setitem__("waiting", -1))), 422),
        ("version too long", dict(body=broken(lambda m: m.__setitem__("app_version", "9" * 40))), 422),
        ("too large", dict(body=b"\0" * (MAX_BODY_BYTES + 1), gzip_body=False), 413),
        ("gzip bomb", dict(body=gzip.compress(b" " * (60 * 1024 * 1024), 9)), 413),
    ]
    for name, kwargs, status in cases:
        reply = post_exchange(hub.url, kwargs.pop("secret", s.secret), kwargs.pop("body"), **kwargs)
        assert reply.status_code == status, (name, reply.status_code, reply.text)
        assert reply.json()["reason"], name
    assert hub_fingerprint(hub_dir) == before
    assert post_exchange(hub.url, s.secret, gzip_json(good)).status_code == 200  # still serving


def test_an_unknown_station_cannot_enrol_and_health_and_docs_answer(hub):
    refused = requests.post(hub.url + "/v1/enrol", json={"protocol_version": PROTOCOL_VERSION,
                                                         "schema_version": SCHEMA_VERSION, "station": "NOPE",
                                                         "code": "AAAA-BBBB"}, timeout=10)
    assert refused.status_code == 403 and refused.json()["error"] == "bad_enrol_code"  # as for any wrong code
    health = requests.get(hub.url + "/health", timeout=10).json()
    assert health["status"] == "ok" and health["town"] == "小浪底镇便民服务中心"
    assert requests.get(hub.url + "/docs", timeout=10).status_code == 200
    paths = requests.get(hub.url + "/openapi.json", timeout=10).json()["paths"]
    assert {"/v1/exchange", "/v1/enrol", "/health"} <= set(paths)


def test_the_hub_and_the_sync_engine_run_without_qt():
    import subprocess
    import sys

    code = ("import sys, sync.hub.app, sync.hub.cli, sync.hub.usb, sync.town.cli, sync.station.engine, sync.station.usb,"
            " sync.station.cli, sync.station.enrolment;"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')];"
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
