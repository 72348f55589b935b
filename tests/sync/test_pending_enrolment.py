"""A code typed while the hub could not be reached is kept, and used once it answers:
what the window's background sync (``engine.sync_round``) does before syncing."""

from __future__ import annotations

import socket

from station_app.station import open_station
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.station.engine import sync_round
from sync.station.enrolment import enrol_if_waiting, enrolment_state, wait_for_hub


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_a_code_kept_for_later_enrols_at_the_first_sync_that_reaches_the_hub(hub, hub_dir, make_station):
    with open_hub(hub_dir) as town:
        code = add_station(town, "ZHUPO", "朱坡村便民服务站")
    progress = []
    with open_station(make_station("ZHUPO")) as store:
        assert sync_round(store, lambda d, t: progress.append((d, t))) == {"status": "not_enrolled"}
        wait_for_hub(store, f" {_closed_port()} ", f" {code} ")
        state = enrolment_state(store)
        assert state["waiting"] and not state["enrolled"] and state["hub_url"].startswith("http://127.0.0.1:")
        assert sync_round(store, lambda d, t: None)["status"] == "unreachable"
        assert enrolment_state(store)["waiting"]  # nothing lost: tried again at the next sync
        wait_for_hub(store, hub.url, code)
        report = sync_round(store, lambda d, t: progress.append((d, t)))
        assert report["status"] == "ok" and report["state"]["enrolled"] and report["state"]["pending"] == 0
        state = enrolment_state(store)
        assert (state["waiting"], state["enrolled"], state["hub_url"]) == (False, True, hub.url)
        assert state["town"] == "小浪底镇便民服务中心"
        assert enrol_if_waiting(store) is None  # used once
    assert progress and progress[-1][0] == progress[-1][1]  # the bar ends full


def test_a_refused_code_says_why_and_stays_for_the_agent_to_correct(hub, make_station):
    with open_station(make_station("ZHUPO")) as store:
        wait_for_hub(store, hub.url, "AAAA-BBBB-CCCC")
        report = sync_round(store, lambda d, t: None)
        assert report["status"] == "refused" and report["message"]
        assert enrolment_state(store)["waiting"] and not enrolment_state(store)["enrolled"]
