"""zstd bodies (sync/codings.py): taken once the hub says so, never a way to make the hub
inflate more than 8 MiB, and a station that never heard of it keeps sending gzip."""

from __future__ import annotations

import json

import pytest
import requests
import zstandard

from sync.codings import coding_of, compress_json, inflate_zstd
from sync.protocol import MAX_RAW_BYTES, ProtocolError
from sync.station.state import build_request, settings
from sync_support import enrolled


def test_a_zstd_body_is_inflated_only_when_it_says_its_size_and_keeps_it():
    body = json.dumps({"a": "x" * 1000}, separators=(",", ":")).encode()
    assert inflate_zstd(compress_json({"a": "x" * 1000}, "zstd")) == body
    big = zstandard.ZstdCompressor(level=3).compress(b" " * (MAX_RAW_BYTES + 1))
    unsized = zstandard.ZstdCompressor(level=3, write_content_size=False).compress(body)
    packed = zstandard.ZstdCompressor(level=3).compress(body)
    for bad, status in ((big, 413), (unsized, 400), (packed[:-4], 400), (packed + packed, 400),
                        (b"\x28\xb5\x2f\xfd" + b"junk" * 10, 400), (b"", 400)):
        with pytest.raises(ProtocolError) as refused:
            inflate_zstd(bad)
        assert refused.value.status == status


def test_a_station_packs_with_zstd_once_the_hub_says_it_takes_it(hub, hub_dir, make_station):
    with enrolled(hub, hub_dir, make_station("ZHUPO")) as (store, transport):
        s = settings(store)
        assert transport.coding == "gzip"
        first = build_request(store, s, 10, 1 << 20, 50, coding=transport.coding)
        assert coding_of(first.body) == "gzip"
        reply, _sent, _received = transport.exchange(first.body)
        assert transport.coding == "zstd" and reply["push"]["applied"] == first.count
        s = settings(store)
        nxt = build_request(store, s, 10, 1 << 20, 50, after=first.last_seq, coding=transport.coding)
        assert coding_of(nxt.body) == "zstd"
        reply, _sent, _received = transport.exchange(nxt.body)
        assert reply["last_applied"] == nxt.last_seq

    bomb = zstandard.ZstdCompressor(level=19).compress(b"[" + b" " * (MAX_RAW_BYTES + 10) + b"]")
    refused = requests.post(hub.url + "/v1/exchange", data=bomb, timeout=30,
                            headers={"Content-Encoding": "zstd", "Content-Type": "application/json",
                                     "Authorization": f"Bearer {s.secret}"})
    assert refused.status_code == 413 and refused.json()["error"] == "too_large"
