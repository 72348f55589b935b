"""orjson reads and writes exchange bodies and USB files (sync/bodies.py): what it reads
must be the value json reads, what the hub refuses must stay refused, and what it writes
must be the bytes json wrote, so older stations and files read it the same."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings, strategies as st

from sync.bodies import dumps, loads, loads_checked
from sync.protocol import INT64, ProtocolError

texts = st.text() | st.sampled_from(["\ud800", "a\udfffb", "汉字\t\"\\", "\x00\x1f"])
numbers = (st.integers(min_value=-(1 << 70), max_value=1 << 70)
           | st.sampled_from([INT64[0], INT64[1], INT64[0] - 1, INT64[1] + 1, 1 << 64, (1 << 64) - 1])
           | st.floats())
values = st.recursive(st.none() | st.booleans() | numbers | texts,
                      lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                      max_leaves=20)


def _same(a, b) -> bool:
    """Equal as JSON values, telling 1 from 1.0 and NaN from anything else."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _fits(value) -> bool:
    """What the hub holds: integers of 64 bits, no lone surrogate."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return True
    if isinstance(value, int):
        return INT64[0] <= value <= INT64[1]
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(map(_fits, value)) and all(map(_fits, value.values()))
    return all(map(_fits, value))


def _floats(value) -> list[float]:
    if isinstance(value, float):
        return [value]
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [number for item in inner for number in _floats(item)]


@settings(max_examples=400)
@given(values)
def test_loads_reads_every_text_as_json_does(value):
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False)):
        try:
            expected = json.loads(text)
        except ValueError:
            continue
        data = text.encode("utf-8", "surrogatepass")
        assert _same(loads(text), expected)
        if "\ud800" not in text and "\udfff" not in text:
            assert _same(loads(data), expected)


@settings(max_examples=400)
@given(values)
def test_the_hub_takes_what_fits_and_refuses_the_rest_with_a_422(value):
    body = json.dumps(value).encode()  # ASCII escapes: a lone surrogate gets through
    if _fits(value):
        assert _same(loads_checked(body), json.loads(body))
    else:
        with pytest.raises(ProtocolError) as refused:
            loads_checked(body)
        assert refused.value.status == 422


@settings(max_examples=400)
@given(values)
def test_dumps_writes_the_bytes_json_wrote(value):
    if not _fits(value) or not all(map(math.isfinite, _floats(value))):
        return  # nothing the hub or a station holds (SQLite keeps no NaN, money is in fen)
    written = dumps(value)
    assert _same(json.loads(written), value)
    if not _floats(value):  # a float may be spelt otherwise (1e+16, 1e16); none is on the wire
        assert written == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_page_of_a_station_is_written_byte_for_byte_as_before():
    page = {"from_seq": 1, "to_seq": 2, "node": "a1b2", "shapes": [["villagers", "insert", ["name", "tags"]]],
            "ops": [[1, 0, None, 0, [1733212345000, 0], None, None, ["王小明", "[]"]],
                    [1, 0, None, 0, [3, 1], ["A-1"], ["2026-12-03T07:00:00+08:00"], ["李\n四", "[\"低保\"]"]]],
            "numbers": {"receipts": 12}, "waiting": (1 << 63) - 1}
    assert dumps(page) == json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_long_number_is_read_exactly_and_one_beyond_64_bits_refused():
    assert loads(b'[12345678901234567890, -12345678901234567890, 9223372036854775807]') == [
        12345678901234567890, -12345678901234567890, 9223372036854775807]
    assert loads_checked(b'{"n": -9223372036854775808}') == {"n": -9223372036854775808}
    for beyond in (b'{"n": -9223372036854775809}', b'{"n": 18446744073709551615}'):
        with pytest.raises(ProtocolError) as refused:
            loads_checked(beyond)
        assert refused.value.code == "bad_number"
