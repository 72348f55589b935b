"""Money: yuan text in, integer fen inside, figures and Chinese capitals out."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from station_app.errors import ValidationError
from station_app.money import MAX_FEN, check_fen, format_yuan, parse_yuan, to_capitals

fen_amounts = st.integers(min_value=1, max_value=MAX_FEN)


@pytest.mark.parametrize("text, fen", [
    ("12", 1200), ("12.5", 1250), ("12.50", 1250), ("¥1,234.50", 123450), ("１２", 1200),
    ("￥１２．５", 1250), (" 8.05 ", 805), ("0.01", 1), (".5", 50), ("12.500", 1250),
    ("1000000", MAX_FEN), ("12元", 1200), ("1，234", 123400),
])
def test_parse_yuan_accepts_what_agents_type(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text, code, message", [
    ("", "required", "请填写金额"),
    ("   ", "required", "请填写金额"),
    ("abc", "bad_amount", "金额应为数字，例如 12.50"),
    ("12.3.4", "bad_amount", "金额应为数字，例如 12.50"),
    ("1,23", "bad_amount", "金额应为数字，例如 12.50"),
    ("1e3", "bad_amount", "金额应为数字，例如 12.50"),
    (".", "bad_amount", "金额应为数字，例如 12.50"),
    ("-5", "amount_not_positive", "金额必须大于0"),
    ("0", "amount_not_positive", "金额必须大于0"),
    ("0.00", "amount_not_positive", "金额必须大于0"),
    ("12.345", "too_many_decimals", "金额最多两位小数"),
    ("1000000.01", "amount_too_large", "金额不能超过100万元，请核对"),
])
def test_parse_yuan_refuses_bad_text_naming_the_field(text, code, message):
    with pytest.raises(ValidationError) as info:
        parse_yuan(text, field="amount_yuan")
    assert (info.value.code, info.value.field, info.value.message) == (code, "amount_yuan", message)


def test_parse_yuan_refuses_non_text():
    with pytest.raises(ValidationError):
        parse_yuan(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [12.0, 0.5, True, "12", None])
def test_check_fen_refuses_anything_but_int(value):
    with pytest.raises(ValidationError) as info:
        check_fen(value, "fee_fen")
    assert info.value.field == "fee_fen"


def test_check_fen_sign_and_zero():
    assert check_fen(1) == 1
    assert check_fen(0, allow_zero=True) == 0
    with pytest.raises(ValidationError, match="金额必须大于0"):
        check_fen(0)
    with pytest.raises(ValidationError):
        check_fen(-1, allow_zero=True)
    with pytest.raises(ValidationError):
        check_fen(MAX_FEN + 1)


@pytest.mark.parametrize("fen, text", [
    (0, "¥0.00"), (5, "¥0.05"), (123450, "¥1,234.50"), (-1200, "-¥12.00"), (100000000, "¥1,000,000.00"),
])
def test_format_yuan(fen, text):
    assert format_yuan(fen) == text


def test_format_yuan_refuses_float():
    with pytest.raises(TypeError):
        format_yuan(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("fen, capitals", [
    (123450, "壹仟贰佰叁拾肆元伍角整"),
    (100500, "壹仟零伍元整"),
    (5, "伍分"),
    (50, "伍角整"),
    (55, "伍角伍分"),
    (1005, "壹拾元零伍分"),
    (1000, "壹拾元整"),
    (1000000000, "壹仟万元整"),
    (0, "零元整"),
    (168032, "壹仟陆佰捌拾元叁角贰分"),
    (10100000, "壹拾万壹仟元整"),          # 101,000: no zero inside the 万 section's tail
    (1000100000, "壹仟万壹仟元整"),        # 10,001,000: trailing zeros of a section are silent
    (10001000000, "壹亿零壹万元整"),       # 100,010,000: the empty thousands of 万 read as 零
    (10000000100, "壹亿零壹元整"),         # 100,000,001: a whole empty 万 section reads as one 零
    (11000000000, "壹亿壹仟万元整"),
    (100000000000100, "壹万亿零壹元整"),
    (9999999999, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_to_capitals(fen, capitals):
    assert to_capitals(fen) == capitals


def test_to_capitals_refuses_negative_and_float():
    with pytest.raises(ValueError):
        to_capitals(-1)
    with pytest.raises(TypeError):
        to_capitals(1.0)  # type: ignore[arg-type]


# -- properties --------------------------------------------------------------------
@given(fen_amounts)
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_yuan(fen)) == fen


@given(fen_amounts)
def test_plain_decimal_text_round_trips(fen):
    yuan, cents = divmod(fen, 100)
    assert parse_yuan(f"{yuan}.{cents:02d}") == fen
    if yuan:
        assert parse_yuan(str(yuan)) == yuan * 100


@given(fen_amounts)
def test_full_width_text_parses_like_ascii(fen):
    ascii_text = format_yuan(fen).lstrip("¥")
    full_width = ascii_text.translate(str.maketrans("0123456789.,", "０１２３４５６７８９．，"))
    assert parse_yuan(full_width) == fen


DIGIT_VALUES = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def _read_integer(text: str) -> int:
    """An independent reader of capital numbers, split on the largest unit first."""
    for unit, size in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if unit in text:
            high, low = text.split(unit, 1)
            return _read_integer(high) * size + _read_integer(low)
    total, digit = 0, 0
    for ch in text:
        if ch in DIGIT_VALUES:
            digit = DIGIT_VALUES[ch]
        else:
            total += digit * SMALL[ch]
            digit = 0
    return total + digit


def _read_capitals(text: str) -> int:
    yuan_part, _, rest = text.rpartition("元") if "元" in text else ("", "", text)
    fen = _read_integer(yuan_part) * 100
    for unit, size in (("角", 10), ("分", 1)):
        if unit in rest:
            before, rest = rest.split(unit, 1)
            fen += DIGIT_VALUES[before[-1]] * size
    return fen


@given(st.integers(min_value=1, max_value=10 ** 17))
def test_capitals_read_back_to_the_same_amount(fen):
    assert _read_capitals(to_capitals(fen)) == fen


@given(st.integers(min_value=1, max_value=10 ** 17))
def test_capitals_follow_the_writing_rules(fen):
    text = to_capitals(fen)
    assert "零零" not in text
    assert not text.startswith("零")
    for unit in ("零万", "零亿", "零元", "零角", "零分", "零整"):
        assert unit not in text
    assert text.endswith("整") == (fen % 10 == 0)
    assert set(text) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
