"""A station on a slow link says ``Save-Data: on`` and the hub packs its replies harder
(codings.reply_level); on a quick link nothing changes."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace

from station_app.settings import SYNC_SAVE_DATA

from sync.codings import (SAVE_DATA_MAX_BYTES, ZSTD_LEVEL, ZSTD_REPLY_LEVEL, ZSTD_SAVE_DATA_LEVEL, inflate_zstd,
                          reply_level, zstd_bytes)
from sync.hub.app import on_a_quick_link
from sync.protocol import PULL_LIMIT, PullRequest
from sync.station.client import HttpTransport
from sync.station.engine import SyncEngine
from sync.station.state import build_request, settings
from sync_support import enrolled


def test_the_hub_packs_harder_only_what_it_can_pack_quickly_for_a_slow_link():
    assert reply_level(2_000) == ZSTD_REPLY_LEVEL
    assert reply_level(500_000) == ZSTD_LEVEL
    assert reply_level(500_000, quick=True) == ZSTD_REPLY_LEVEL
    assert reply_level(2_000, save_data=True) == ZSTD_SAVE_DATA_LEVEL
    assert reply_level(SAVE_DATA_MAX_BYTES, save_data=True) == ZSTD_SAVE_DATA_LEVEL
    assert reply_level(SAVE_DATA_MAX_BYTES + 1, save_data=True) == ZSTD_LEVEL  # would cost the hub too long
    assert reply_level(SAVE_DATA_MAX_BYTES + 1, quick=True, save_data=True) == ZSTD_REPLY_LEVEL
    # Quick: a recovery page asked column by column once pages have grown (engine ``_pace``).
    assert on_a_quick_link(PullRequest(columns=True, limit=2 * PULL_LIMIT))
    assert not on_a_quick_link(PullRequest(columns=True, limit=PULL_LIMIT))  # the first page, or a poor link's
    assert not on_a_quick_link(PullRequest(tables=True, limit=8 * PULL_LIMIT))  # rows: packed at 9 as before
    assert not on_a_quick_link(None)
    page = b'{"changes":[' + b",".join(b'{"entity":"catalogue","id":%d,"name":"\\u7535\\u8d39"}' % i
                                         for i in range(3000)) + b"]}"
    assert len(zstd_bytes(page, ZSTD_SAVE_DATA_LEVEL)) < len(zstd_bytes(page, ZSTD_LEVEL))
    assert inflate_zstd(zstd_bytes(page, ZSTD_SAVE_DATA_LEVEL)) == page


def test_the_engine_asks_to_save_data_after_a_slow_round_trip_and_stops_after_a_quick_one():
    transport = SimpleNamespace(save_data=False)
    engine = SyncEngine(store=None, transport=transport)
    engine._mind_the_link(took=4.0, moved=25_000)  # 2G: a page in four seconds
    assert transport.save_data is True
    engine._mind_the_link(took=0.05, moved=25_000)
    assert transport.save_data is False
    engine._mind_the_link(took=2.0, moved=4_000_000)  # long, but 2 MB/s: a quick link
    assert transport.save_data is False
    SyncEngine(store=None, transport=object())._mind_the_link(took=4.0, moved=100)  # a transport without it


def test_a_reply_asked_with_save_data_comes_smaller_and_says_the_same(hub, hub_dir, make_station):
    with enrolled(hub, hub_dir, make_station("ZHUPO")) as (store, transport):
        s = settings(store)
        transport.exchange(build_request(store, s, 0, 1 << 20, 500).body)  # hears that the hub takes zstd
        pull = build_request(store, s, 0, 1 << 20, 500, coding=transport.coding).body  # the town's first changes
        usual, _sent, usual_bytes = transport.exchange(pull)
        transport.save_data = True
        saving, _sent, saving_bytes = transport.exchange(pull)
    assert len(usual["pull"]["changes"]) > 20
    assert saving["pull"]["changes"] == usual["pull"]["changes"]
    assert saving_bytes < 0.97 * usual_bytes


def test_a_sync_after_one_on_a_slow_link_says_save_data_from_its_first_request(hub, hub_dir, make_station):
    """Most syncs take one or two round trips: the link as the last sync found it decides
    the first request's header, and a quick sync puts it back."""
    said: list[bool] = []

    def watched(transport, delay: float):
        sent = transport.exchange

        def exchange(body):
            said.append(transport.save_data)
            time.sleep(delay)  # a 2G link: a round trip of over a second for a few hundred bytes
            return sent(body)

        transport.exchange = exchange
        return transport

    with enrolled(hub, hub_dir, make_station("ZHUPO")) as (store, transport):
        assert SyncEngine(store, watched(transport, 1.1)).run().status == "ok"
        assert said[0] is False and SYNC_SAVE_DATA.get(store) is True
        said.clear()
        later = watched(HttpTransport(hub.url, store.get_meta("sync_secret")), 0)  # the next day, a new transport
        assert SyncEngine(store, later).run().status == "ok"
        later.close()
        assert said[0] is True and SYNC_SAVE_DATA.get(store) is False  # quick again: off, and remembered


def test_on_a_slow_link_the_station_packs_its_own_pages_harder_too(make_station):
    from station_app.station import open_station

    with open_station(make_station("ZHUPO")) as store:
        s = settings(store)
        usual = build_request(store, s, 200, 1 << 20, 500, coding="zstd")
        saving = build_request(store, s, 200, 1 << 20, 500, coding="zstd", save_data=True)
    assert saving.count == usual.count == 200
    said = [json.loads(inflate_zstd(out.body)) for out in (usual, saving)]
    assert [{**body, "sent_at": None} for body in said][0] == {**said[1], "sent_at": None}  # the same words
    assert len(saving.body) < 0.97 * len(usual.body)
    assert SyncEngine(store=None, transport=SimpleNamespace(save_data=True))._save_data() is True
    assert SyncEngine(store=None, transport=object())._save_data() is False  # a USB run, say
