"""While a page of the station's own records coming back is written, the hub already serves
the next one (engine.py ``_ask_next_recovery``): the request asked ahead is exactly the one
the written page leaves to ask, and one that no longer fits (the agent served a villager
meanwhile) is left unread; either way the station ends with everything (real hub process,
HTTP)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from station_app import reception
from station_app.agents import find_agent
from station_app.station import open_station
from sync.hub.stations import add_station
from sync.hub.store import open_hub
from sync.station import engine as engine_module
from sync.station.client import HttpTransport
from sync.station.engine import SyncEngine
from sync.station.enrolment import take_over
from sync.station.state import settings
from sync_support import station_app
from test_sync_recovery import AGENT, Town, records


def _new_pc(hub, hub_dir: Path, make_station, tmp_path: Path) -> tuple[Path, dict, Town]:
    town = Town(hub_dir, hub.url, tmp_path)
    old_pc = make_station("ZHUPO")
    town.add(old_pc)
    town.sync(old_pc)
    new_pc = tmp_path / "new-pc"
    station_app("init", "--data-dir", new_pc, "--station-code", "ZHUPO", "--station-name", "朱坡村便民服务站",
                "--agent", f"{AGENT}:1234")
    town.add(new_pc, reissue=True)
    return new_pc, records(old_pc), town


def _watched_transport(store, before) -> HttpTransport:
    """The station's transport to the hub, calling ``before()`` as each request goes out."""
    s = settings(store)
    transport = HttpTransport(s.hub_url, s.secret)
    sent = transport.exchange

    def exchange(body):
        before()
        return sent(body)

    transport.exchange = exchange
    return transport


def _recover(new_pc: Path, monkeypatch, while_writing=None) -> tuple:
    """One sync of the new PC in small pages; returns (report, requests sent, pages that
    were asked ahead before the one before them was written)."""
    asked: list[float] = []
    ahead: list[bool] = []
    absorb = engine_module.absorb

    def writing(store, reply, live, upto):
        page = reply.get("pull") or {}
        if reply.get("push") is None and not reply.get("lacks_records") and (page.get("recovery") or {}).get("next"):
            seen, waited = len(asked), time.monotonic() + 10
            if while_writing is not None:
                while_writing(store)
            while len(asked) == seen and time.monotonic() < waited:
                time.sleep(0.002)
            ahead.append(len(asked) > seen)
        return absorb(store, reply, live, upto)

    monkeypatch.setattr(engine_module, "absorb", writing)
    with open_station(new_pc) as store:
        transport = _watched_transport(store, lambda: asked.append(time.monotonic()))
        try:
            report = SyncEngine(store, transport, pull_limit=50).run()
        finally:
            transport.close()
    return report, len(asked), ahead


def test_the_next_page_is_asked_while_this_one_is_written_and_every_page_asked_is_used(
        hub, hub_dir, make_station, tmp_path, monkeypatch):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)

    report, requests, ahead = _recover(new_pc, monkeypatch)

    assert report.status == "ok" and report.recovered > 0
    assert records(new_pc) == kept
    assert len(ahead) >= 3 and all(ahead)  # each page but the last was asked ahead
    # Each guess was right but one: the page that brings the agents back makes this PC's
    # stand-in the agent who came back, an op to push, so the page asked ahead of it waits.
    assert requests - report.round_trips <= 1


def test_a_page_asked_ahead_that_no_longer_fits_is_left_unread(hub, hub_dir, make_station, tmp_path, monkeypatch):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)
    served = []

    pages = []

    def a_villager_comes_in(store):
        pages.append(1)
        if len(pages) == 4:  # the agent logs a visit while the fourth page is written
            agent = find_agent(store, AGENT).id
            served.append(reception.log_reception(store, agent, "来访村民", "问低保", channel="walk_in"))

    report, requests, _ahead = _recover(new_pc, monkeypatch, while_writing=a_villager_comes_in)

    assert report.status == "ok" and served
    assert requests - report.round_trips >= 1  # the page asked before the visit was not used
    got = records(new_pc)
    assert {t: rows for t, rows in got.items() if t != "receptions"} == {
        t: rows for t, rows in kept.items() if t != "receptions"}
    assert len(got["receptions"]) == len(kept["receptions"]) + 1
    with open_station(new_pc) as store:
        assert store.pending_outbox() == 0  # the visit went up in the same sync


def test_a_cancelled_recovery_does_not_wait_for_the_page_asked_ahead(hub, hub_dir, make_station, tmp_path,
                                                                      monkeypatch):
    new_pc, kept, _town = _new_pc(hub, hub_dir, make_station, tmp_path)
    asking, hanging, stop, released, hung = [], threading.Event(), threading.Event(), threading.Event(), []
    ask = SyncEngine._ask_next_recovery

    def asking_ahead(self, *args):
        asking.append(1)
        if len(asking) < 3:
            return ask(self, *args)
        hanging.set()  # the link goes bad: what is asked from now on hangs
        asked = ask(self, *args)
        if asked is None:
            hanging.clear()
        else:
            stop.set()  # and the agent presses cancel while this page is written
        return asked

    def the_link():
        if hanging.is_set():
            hung.append(1)
            released.wait(20)

    monkeypatch.setattr(SyncEngine, "_ask_next_recovery", asking_ahead)
    with open_station(new_pc) as store:
        transport = _watched_transport(store, the_link)
        started = time.monotonic()
        report = SyncEngine(store, transport, pull_limit=50, cancel=stop.is_set).run()
        took = time.monotonic() - started
        released.set()
        transport.close()

    assert report.status == "cancelled" and hung == [1]  # a page asked ahead was in flight
    assert took < 10  # and the cancel did not wait the 20 s it hung
    monkeypatch.undo()
    with open_station(new_pc) as store:
        transport = _watched_transport(store, lambda: None)
        assert SyncEngine(store, transport).run().status == "ok"
        transport.close()
    assert records(new_pc) == kept


def test_a_new_pc_asks_its_second_page_while_the_first_is_written(hub, hub_dir, make_station, tmp_path, monkeypatch):
    """A PC taking over with nothing of its own yet (the town's enrolment file): the first
    page's reply says how far the hub holds its seqs, and that is all it changes besides
    the cursor and the position, so the second page is asked ahead too."""
    town = Town(hub_dir, hub.url, tmp_path)
    old_pc = make_station("ZHUPO")
    town.add(old_pc)
    town.sync(old_pc)
    with open_hub(hub_dir) as hub_store:
        add_station(hub_store, "ZHUPO", "朱坡村便民服务站", enrol_file=tmp_path / "enrol.json", reissue=True)
    take_over(tmp_path / "new-pc", hub_url=hub.url, enrol_file=tmp_path / "enrol.json").close()

    report, requests, ahead = _recover(tmp_path / "new-pc", monkeypatch)

    assert report.status == "ok" and records(tmp_path / "new-pc") == records(old_pc)
    assert report.round_trips >= 4 and len(ahead) == report.round_trips - 1 and all(ahead)
    assert requests == report.round_trips  # every page asked ahead was the one wanted
