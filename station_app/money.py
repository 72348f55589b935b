"""Money: integer fen everywhere, yuan only at the edges (typed in, printed out).

A float never holds money here: 0.1 + 0.2 is not 0.3, and a receipt that is off by one
fen is a receipt an auditor will not sign. Text is parsed digit by digit into fen.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

# The ways money comes into the station's till (an advance brings none in).
CHANNELS = {"cash": "现金", "wechat": "微信", "alipay": "支付宝"}

MAX_YUAN = 1_000_000
MAX_FEN = MAX_YUAN * 100

_AMOUNT_RE = re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?P<frac>\d*))?$")
_CURRENCY_MARKS = ("¥", "元", "RMB", "CNY")



def sum_fen_sql(column: str) -> str:
    """A sum of fen in SQL that never fails: SUM stops with "integer overflow" on values no
    station could write but an older hub may hold; TOTAL is exact below 2**53 fen (90
    trillion yuan) and the cast saturates instead of failing."""
    return f"CAST(TOTAL({column}) AS INTEGER)"


DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
SECTION_UNITS = ("", "万", "亿", "万亿")


def _clean_text(text: str) -> str:
    """Full-width digits, dots and commas (typed with a Chinese IME) become ASCII."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = text.replace(" ", "").replace("，", ",").replace("。", ".")
    for mark in _CURRENCY_MARKS:
        text = text.replace(mark, "")
    return text


def parse_yuan(text: str, field: str = "amount") -> int:
    """Yuan as typed by an agent ("12", "12.5", "¥1,234.50", "１２") to integer fen."""
    if not isinstance(text, str):
        raise ValidationError("bad_amount", "金额应为数字，例如 12.50", field)
    cleaned = _clean_text(text)
    if not cleaned:
        raise ValidationError("required", "请填写金额", field)
    if cleaned.startswith("-"):
        raise ValidationError("amount_not_positive", "金额必须大于0", field)
    cleaned = cleaned.lstrip("+")
    match = _AMOUNT_RE.match(cleaned)
    if not match or not (match["int"] or match["frac"]):
        raise ValidationError("bad_amount", "金额应为数字，例如 12.50", field)
    whole = int(match["int"].replace(",", "") or "0")
    frac = match["frac"] or ""
    # "12.500" is still 12.50; only a real third decimal (a fraction of a fen) is refused.
    if len(frac.rstrip("0")) > 2:
        raise ValidationError("too_many_decimals", "金额最多两位小数", field)
    fen = whole * 100 + int((frac[:2] or "0").ljust(2, "0"))
    if fen <= 0:
        raise ValidationError("amount_not_positive", "金额必须大于0", field)
    if fen > MAX_FEN:
        raise ValidationError("amount_too_large", f"金额不能超过{MAX_YUAN // 10_000}万元，请核对", field,
                              wan=MAX_YUAN // 10_000)
    return fen


def check_fen(value: object, field: str = "amount_fen", allow_zero: bool = False) -> int:
    """An amount handed over by code: must already be an int of fen (never float, never bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("bad_amount", "金额必须是以分为单位的整数", field)
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError("amount_not_positive", "金额不能为负数" if allow_zero else "金额必须大于0", field)
    if value > MAX_FEN:
        raise ValidationError("amount_too_large", f"金额不能超过{MAX_YUAN // 10_000}万元，请核对", field,
                              wan=MAX_YUAN // 10_000)
    return value


def format_yuan(fen: int) -> str:
    """12345 -> "¥123.45"; -1200 -> "-¥12.00"."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"fen must be int, not {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def _section_capitals(section: int) -> str:
    """0 < section < 10000 in capitals; inner zeros become one 零, trailing zeros vanish."""
    digits = f"{section:04d}"
    out: list[str] = []
    pending_zero = False
    for position, ch in enumerate(digits):
        digit = int(ch)
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + SMALL_UNITS[3 - position])
    return "".join(out)


def _integer_capitals(number: int) -> str:
    """0 < number < 10**16, grouped in sections of four digits (个, 万, 亿, 万亿)."""
    sections = [(number // 10_000 ** i) % 10_000 for i in range(len(SECTION_UNITS))]
    out = ""
    gap = False  # a zero digit lies between what is written and what comes next
    for index in range(len(sections) - 1, -1, -1):
        section = sections[index]
        if section == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or section < 1000):
            out += "零"
        out += _section_capitals(section) + SECTION_UNITS[index]
        gap = False
    return out


def to_capitals(fen: int) -> str:
    """Chinese financial capitals (大写金额) as written on receipts and cheques.

    123450 -> 壹仟贰佰叁拾肆元伍角整, 100500 -> 壹仟零伍元整, 1005 -> 壹拾元零伍分.
    A zero 角 between 元 and a non-zero 分 is written 零; "整" follows 元 or 角 but never 分.
    """
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"fen must be int, not {type(fen).__name__}")
    if fen < 0 or fen >= 10 ** 18:
        raise ValueError("amount out of range for capitals")
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if fen == 0:
        return "零元整"
    out = _integer_capitals(yuan) + "元" if yuan else ""
    if jiao:
        out += DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        out += "零"
    if fen_digit:
        out += DIGITS[fen_digit] + "分"
    else:
        out += "整"
    return out
