"""Issue 10: enrolment gives one answer, in about the same time, for every wrong code;
failures are limited per station and per address; the station pins the certificate of
the hub it enrolled with and never sends its secret anywhere else; secrets are 0600."""

from __future__ import annotations

import os
import stat
import statistics
import time

import requests

from station_app.backup import make_backup
from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from sync.hub.stations import add_station, enrol
from sync.hub.store import hub_path, open_hub
from sync.hub.tls import cert_fingerprint
from sync.protocol import PROTOCOL_VERSION
from sync.keys import code_key, code_salt, enrol_proof
from sync.station.state import settings
from sync_support import HubProcess, hub_fingerprint, station_app, station_hub


def _attempt(url: str, station: str, how: str, code: str = "AAAA-BBBB-CCCC-DDDD") -> tuple[requests.Response, float]:
    body = {"protocol_version": PROTOCOL_VERSION - 1, "schema_version": SCHEMA_VERSION, "station": station}
    if how == "proof":
        body["proof"] = enrol_proof(code_key(code, code_salt(station)), station, "")
    else:
        body["code"] = code
    started = time.monotonic()
    reply = requests.post(url + "/v1/enrol", json=body, timeout=20)
    return reply, time.monotonic() - started


def test_every_wrong_code_gets_the_same_answer_in_about_the_same_time(hub, hub_dir):
    with open_hub(hub_dir) as store:
        add_station(store, "ZHUPO", "朱坡村")  # a pending code
        used = add_station(store, "SHIMEN", "石门村")
        enrol(store, "SHIMEN", used)  # no pending code any more
    before = hub_fingerprint(hub_dir)
    times: dict = {}
    for station in ("NOPE", "ZHUPO", "SHIMEN"):
        for how in ("proof", "code"):
            for _ in range(2):
                reply, took = _attempt(hub.url, station, how)
                assert reply.status_code == 403, reply.text
                assert reply.json() == {"error": "bad_enrol_code",
                                        "reason": "登记码不对，或已经用过；请向镇中心要一个新的登记码"}
                times.setdefault(how, {}).setdefault(station, []).append(took)
    for how, by_station in times.items():
        medians = [statistics.median(v) for v in by_station.values()]
        assert max(medians) - min(medians) < 0.5 * max(medians) + 0.03, (how, by_station)
    assert hub_fingerprint(hub_dir) == before


def test_wrong_codes_are_limited_per_station_and_per_address(hub, hub_dir):
    with open_hub(hub_dir) as store:
        code = add_station(store, "ZHUPO", "朱坡村")
    for _ in range(5):
        assert _attempt(hub.url, "ZHUPO", "proof")[0].status_code == 403
    limited, _ = _attempt(hub.url, "ZHUPO", "proof", code)  # even the right code waits now
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert limited.json()["error"] == "too_many_attempts"
    assert requests.get(hub.url + "/health", timeout=5).status_code == 200
    for n in range(30 - 5):
        assert _attempt(hub.url, f"S{n:03d}", "proof")[0].status_code == 403
    from_here, _ = _attempt(hub.url, "OTHER", "proof")
    assert from_here.status_code == 429 and from_here.headers["Retry-After"]


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_station_enrols_over_https_pins_the_certificate_and_syncs(hub_dir, make_station, tmp_path):
    hub = HubProcess(hub_dir, args=("--tls",)).start()
    other_dir = tmp_path / "other-hub"
    station_hub("init", "--data-dir", other_dir, "--town-name", "别的镇")
    other = HubProcess(other_dir, args=("--tls",)).start()
    try:
        assert hub.url.startswith("https://")
        with open_hub(hub_dir) as store:
            code = add_station(store, "ZHUPO", "朱坡村")
        station = make_station("ZHUPO")
        station_app("enroll", "--data-dir", station, "--hub", hub.url, "--code", code)
        with open_station(station) as store:
            pin = store.get_meta("sync_hub_cert")
        assert pin == cert_fingerprint(hub_dir)
        assert station_app("sync", "--data-dir", station).returncode == 0

        # Another machine at the hub's address (here: another hub): refused before the secret goes.
        before = hub_fingerprint(other_dir)
        with open_station(station) as store, store.transaction():
            store.set_meta("sync_hub_url", other.url)
        refused = station_app("sync", "--data-dir", station, check=False)
        assert refused.returncode == 4 and "证书" in refused.stdout + refused.stderr
        assert hub_fingerprint(other_dir) == before

        # Plain http to another machine: refused without a connection (the address is a
        # documentation one: nothing is sent anywhere).
        with open_station(station) as store, store.transaction():
            store.set_meta("sync_hub_url", "http://192.0.2.10:8750")
        refused = station_app("sync", "--data-dir", station, check=False)
        assert refused.returncode == 4 and "http" in refused.stdout + refused.stderr
    finally:
        hub.stop()
        other.stop()


def test_a_machine_in_the_middle_learns_nothing_from_an_enrolment(hub, hub_dir, make_station):
    """The proof binds the certificate the station saw: relayed to the real hub over
    another connection it is refused, and the code was never sent."""
    with open_hub(hub_dir) as store:
        code = add_station(store, "ZHUPO", "朱坡村")
    key = code_key(code, code_salt("ZHUPO"))
    relayed = requests.post(hub.url + "/v1/enrol", timeout=10, json={
        "protocol_version": PROTOCOL_VERSION - 1, "schema_version": SCHEMA_VERSION, "station": "ZHUPO",
        "proof": enrol_proof(key, "ZHUPO", "ab" * 32)})  # what the station saw: the middle's certificate
    assert relayed.status_code == 403
    station = make_station("ZHUPO")
    station_app("enroll", "--data-dir", station, "--hub", hub.url, "--code", code)  # the code still works


def test_plain_http_off_this_machine_needs_the_town_to_allow_it(hub_dir):
    refused = station_hub("serve", "--data-dir", hub_dir, "--host", "0.0.0.0", "--port", "0", check=False)
    assert refused.returncode == 2 and "--tls" in refused.stderr
    assert "只允许" in station_hub("plain-http", "--data-dir", hub_dir).stdout
    assert "已允许" in station_hub("plain-http", "--data-dir", hub_dir, "on").stdout


def test_secrets_are_readable_by_their_owner_only(hub_dir, make_station, tmp_path):
    enrol_file = tmp_path / "enrol.json"
    with open_hub(hub_dir) as store:
        add_station(store, "ZHUPO", "朱坡村", enrol_file=enrol_file)
    station = make_station("ZHUPO")
    os.chmod(station, 0o755)  # as an older version left it
    os.chmod(station / "station.db", 0o644)
    station_app("enroll", "--data-dir", station, "--file", enrol_file)
    backup = make_backup(station)
    assert station_hub("backup", "--data-dir", hub_dir).returncode == 0
    assert _mode(station) == 0o700 and _mode(hub_dir) == 0o700
    private = [station / "station.db", backup, enrol_file, hub_path(hub_dir), hub_dir / "hub-key.pem",
               *(hub_dir / "backups").iterdir(), *station.glob("station.db-*"), *hub_dir.glob("hub.db-*")]
    for path in private:
        assert _mode(path) == 0o600, path
    assert _mode(backup.parent) == 0o700
    with open_station(station) as store:
        assert settings(store).secret
