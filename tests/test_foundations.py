import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.clock import MAX_FORWARD_DRIFT_MS, HlcTimestamp, HybridClock
from station_app.errors import ValidationError
from station_app.ids import new_id
from station_app.validation import id_check_digit, mask_id, mask_phone, mobile, resident_id


def test_ids_are_uuid_v7_in_creation_order():
    first, second = new_id(1_700_000_000_000), new_id(1_700_000_000_001)
    assert uuid.UUID(first).version == 7
    assert first < second


def test_hlc_is_monotonic_when_the_wall_clock_goes_back():
    wall = iter([1000, 500, 500, 2000])
    clock = HybridClock("a", lambda: next(wall))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert stamps[1] == HlcTimestamp(1000, 1, "a")


def test_hlc_clamps_a_remote_time_far_in_the_future():
    clock = HybridClock("hub", lambda: 10_000)
    far = HlcTimestamp(10_000 + MAX_FORWARD_DRIFT_MS + 1, 0, "station")
    got = clock.receive(far)
    assert got.clamped and got.timestamp.ms == 10_000
    near = clock.receive(HlcTimestamp(20_000, 3, "station"))
    assert not near.clamped and near.timestamp == HlcTimestamp(20_000, 4, "hub")


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_hlc_encoding_sorts_like_timestamps(walls):
    it = iter(walls)
    clock = HybridClock("n", lambda: next(it))
    stamps = [clock.tick() for _ in walls]
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)
    assert all(HlcTimestamp.decode(s.encode()) == s for s in stamps)


def _valid_id(prefix="410322", born=date(1950, 3, 7), serial="123"):
    body = f"{prefix}{born:%Y%m%d}{serial}"
    return body + id_check_digit(body)


def test_resident_id_check_digit_and_masking():
    good = _valid_id()
    assert resident_id(good) == good
    assert mask_id(good) == "410322********" + good[-4:]
    wrong_digit = good[:-1] + ("0" if good[-1] != "0" else "1")
    for bad in (wrong_digit, "41032219500307123", "410322195013071234"):
        with pytest.raises(ValidationError) as err:
            resident_id(bad)
        assert err.value.field == "id_number"
    assert resident_id(" ") is None


def test_mobile_numbers():
    assert mobile("138 1234 5678") == "13812345678"
    assert mask_phone("13812345678") == "138****5678"
    for bad in ("1381234567", "23812345678", "1381234567a"):
        with pytest.raises(ValidationError) as err:
            mobile(bad)
        assert "11位" in err.value.message
