"""Issue 10, against a real hub process: bad values are rejected alone or refused with a
4xx (never a 500), strangers cost the hub nothing before their secret is checked, slow
clients are cut off, and the hub keeps serving the others meanwhile."""

from __future__ import annotations

import gzip
import json
import socket
import time

import requests

from station_app.station import open_station
from sync.hub.store import open_hub
from sync.bodies import gzip_json
from sync.station.state import settings
from attack_support import last_applied, op, push_ops, records_of, rejections, request_body
from sync_support import HubProcess, cli_stats_pair, enrol_offline, hub_fingerprint, post_exchange, station_hub

PAID = "2026-11-27T02:00:00.000Z"


def _payment(receipt: int, **change) -> dict:
    fields = {"receipt_no": f"ZHUPO-2026-{receipt:05d}", "payer_name": "甲", "bill_kind": "electricity",
              "account_no": "41000001", "amount_fen": 100, "method": "cash", "paid_at": PAID, **change}
    return op("payments", fields)


def test_bad_values_are_rejected_alone_and_reports_still_run(hub, hub_dir, two_stations):
    folders, secret = two_stations
    shimen = records_of(hub_dir, "SHIMEN")
    bad = {
        "money as text": (_payment(90001, amount_fen="100"), "bad_type"),
        "money as real": (_payment(90002, amount_fen=1.5), "bad_type"),
        "money as bool": (_payment(90003, amount_fen=True), "bad_type"),
        "2**62 fen": (_payment(90004, amount_fen=1 << 62), "out_of_range"),
        "2**62 fen again": (_payment(90005, amount_fen=1 << 62), "out_of_range"),
        "a bill in bitcoin": (_payment(90006, bill_kind="bitcoin"), "bad_choice"),
        "a date that is not one": (_payment(90007, paid_at="2026-13-45T99:00:00.000Z"), "bad_format"),
        "a time in another format": (_payment(90008, paid_at="27/11/2026"), "bad_format"),
        "a million-character name": (op("villagers", {"name": "名" * 1_000_000, "tags": "[]"}), "too_long"),
        "an unknown field": (op("villagers", {"name": "甲", "tags": "[]", "salary": 1}), "unknown_field"),
        "a list for text": (op("villagers", {"name": ["甲"], "tags": "[]"}), "bad_type"),
        "a tag nobody knows": (op("villagers", {"name": "甲", "tags": '["rich"]'}), "bad_choice"),
    }
    for name, (attack, code) in bad.items():
        reply = push_ops(hub, hub_dir, "ZHUPO", secret, [attack])
        assert reply.status_code == 200 and reply.json()["push"]["rejected"] == 1, (name, reply.text[:300])
        assert rejections(hub_dir, "ZHUPO")[-1][0] == code, (name, rejections(hub_dir, "ZHUPO")[-1])

    assert records_of(hub_dir, "SHIMEN") == shimen
    mine, theirs = cli_stats_pair(folders["SHIMEN"], hub_dir, "SHIMEN")
    assert mine == theirs
    assert json.loads(station_hub("stats", "--data-dir", hub_dir, "--station", "ZHUPO", "--json").stdout)
    assert station_hub("report", "--data-dir", hub_dir, "--period", "2026-11").returncode == 0


def test_reports_survive_what_an_older_hub_may_hold(hub_dir, tmp_path, make_station):
    """Two payments of 2**62 fen made `station-hub stats` and the monthly report fail with
    'integer overflow' for good; a hub attacked before this version still holds them."""
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", None)
    with open_hub(hub_dir) as hub, hub.transaction():
        for n in (1, 2):
            hub.conn.execute(
                "INSERT INTO payments (id, station_code, receipt_no, payer_name, bill_kind, account_no, amount_fen,"
                " method, paid_at, created_at, hlc) VALUES (?, 'ZHUPO', ?, '甲', 'electricity', '1', ?, 'cash', ?, ?,"
                " '001796000000000-00000-x')", (f"junk-{n}", f"ZHUPO-2026-9999{n}", 1 << 62, PAID, PAID))
    assert station_hub("stats", "--data-dir", hub_dir, "--station", "ZHUPO", "--json").returncode == 0
    assert station_hub("report", "--data-dir", hub_dir, "--period", "2026-11", "--out",
                       tmp_path / "r.xlsx").returncode == 0


def _raw(body: dict) -> bytes:
    """JSON as any client may write it: ASCII escapes, so a lone surrogate gets through."""
    return gzip.compress(json.dumps(body).encode())


def test_numbers_sqlite_cannot_hold_and_broken_text_are_a_422(hub, hub_dir, two_stations):
    folders, secret = two_stations
    acked = last_applied(hub_dir, "ZHUPO")
    good = request_body("ZHUPO", acked, [op("villagers", {"name": "甲", "tags": "[]"})])
    before = hub_fingerprint(hub_dir)

    def changed(path: tuple, value) -> dict:
        body = json.loads(json.dumps(good))
        target = body
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return body

    cases = {
        "to_seq 2**63": changed(("push", "to_seq"), 1 << 63),
        "cursor 2**64": {**good, "pull": {"cursor": 1 << 64, "limit": 10}},
        "waiting 2**63": changed(("waiting",), 1 << 63),
        "a field 2**63": changed(("push", "ops", 0, 7, 0), 1 << 63),
        "a lone surrogate in a field": changed(("push", "ops", 0, 7, 0), "\ud800"),
        "a lone surrogate in the version": changed(("app_version",), "1.\udfff"),
        "a lone surrogate as a field name": changed(("push", "shapes", 0, 2, 0), "na\ud800me"),
        "negative 2**63 + 1": changed(("push", "ops", 0, 3), -(1 << 63) - 1),
        "nested too deep": changed(("app_version",), json.loads("[" * 50 + "]" * 50)),
    }
    for name, body in cases.items():
        reply = post_exchange(hub.url, secret, _raw(body))
        assert reply.status_code == 422, (name, reply.status_code, reply.text[:200])
        assert reply.json()["reason"], name
    deep = b"[" * 100_000 + b"]" * 100_000
    reply = post_exchange(hub.url, secret, gzip.compress(deep))
    assert reply.status_code == 422, reply.text[:200]
    assert hub_fingerprint(hub_dir) == before
    assert post_exchange(hub.url, secret, _raw(good)).status_code == 200


def _rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def test_the_secret_is_checked_before_the_body_is_read(hub, hub_dir, two_stations):
    folders, secret = two_stations
    bomb = gzip.compress(b" " * (46 * 1024 * 1024), 9)  # 45 KB that inflate to 46 MiB
    assert len(bomb) < 50 * 1024
    post_exchange(hub.url, secret, gzip_json(request_body("ZHUPO", last_applied(hub_dir, "ZHUPO"), [])))
    peak_before = _rss_kb(hub.proc.pid)
    before = hub_fingerprint(hub_dir)
    started = time.monotonic()
    for secret_sent, status in ((None, 401), ("x" * 43, 403), (None, 401), ("y" * 43, 403)):
        reply = post_exchange(hub.url, secret_sent, bomb)
        assert reply.status_code == status and reply.json()["reason"]
        health = requests.get(hub.url + "/health", timeout=5)
        assert health.status_code == 200
    assert time.monotonic() - started < 5
    assert _rss_kb(hub.proc.pid) - peak_before < 20 * 1024  # nothing was inflated
    assert hub_fingerprint(hub_dir) == before
    # The station's own secret may send a bomb: inflated in a stream, refused at the cap.
    refused = post_exchange(hub.url, secret, bomb)
    assert refused.status_code == 413 and refused.json()["error"] == "too_large"
    assert _rss_kb(hub.proc.pid) - peak_before < 40 * 1024
    # A body for another station, under this station's secret.
    other = post_exchange(hub.url, secret, gzip_json(request_body("SHIMEN", last_applied(hub_dir, "SHIMEN"), [])))
    assert other.status_code == 403 and other.json()["error"] == "wrong_station"
    assert hub_fingerprint(hub_dir) == before


def test_slow_clients_are_cut_off_and_others_still_served(hub_dir, two_stations):
    hub = HubProcess(hub_dir, args=("--slow-client-timeout", "1")).start()
    try:
        with open_station(two_stations[0]["ZHUPO"]) as store:
            secret = settings(store).secret
        idle = socket.create_connection(("127.0.0.1", hub.port))
        slow_headers = socket.create_connection(("127.0.0.1", hub.port))
        slow_headers.sendall(b"POST /v1/exchange HTTP/1.1\r\nHost: x\r\n")
        slow_body = socket.create_connection(("127.0.0.1", hub.port))
        slow_body.sendall(f"POST /v1/exchange HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {secret}\r\n"
                          "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{".encode())
        assert requests.get(hub.url + "/health", timeout=5).status_code == 200  # others are served meanwhile
        for sock in (idle, slow_headers):
            sock.settimeout(5)
            assert sock.recv(100) == b""  # closed by the hub, no answer
        slow_body.settimeout(15)
        answer = b""
        while b"too_slow" not in answer and (chunk := slow_body.recv(1000)):
            answer += chunk
        assert b" 408 " in answer.split(b"\r\n")[0] and "too_slow".encode() in answer
        for sock in (idle, slow_headers, slow_body):
            sock.close()
        assert requests.get(hub.url + "/health", timeout=5).status_code == 200
    finally:
        hub.stop()


def test_every_status_the_hub_gives_is_in_its_openapi_document(hub):
    paths = requests.get(hub.url + "/openapi.json", timeout=10).json()["paths"]
    exchange = set(paths["/v1/exchange"]["post"]["responses"])
    enrol = set(paths["/v1/enrol"]["post"]["responses"])
    assert {"200", "400", "401", "403", "408", "409", "413", "422", "503"} <= exchange
    assert {"200", "400", "403", "408", "413", "422", "429", "503"} <= enrol
