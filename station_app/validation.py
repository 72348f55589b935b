"""Field checks shared by every module. Each raises a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date

from .errors import ValidationError

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
ID_RE = re.compile(r"^\d{17}[\dX]$")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def required_text(value: str | None, field: str, label: str, max_len: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("required", f"请填写{label}", field, label=label)
    if len(text) > max_len:
        raise ValidationError("too_long", f"{label}不能超过{max_len}个字", field, label=label, max_len=max_len)
    return text


def optional_text(value: str | None, field: str, label: str, max_len: int = 500) -> str | None:
    text = (value or "").strip()
    if len(text) > max_len:
        raise ValidationError("too_long", f"{label}不能超过{max_len}个字", field, label=label, max_len=max_len)
    return text or None


def mobile(value: str | None, field: str = "phone", required: bool = False) -> str | None:
    """A mainland mobile number: 11 digits starting 13-19. Spaces and dashes are tolerated."""
    text = re.sub(r"[\s-]", "", value or "")
    if not text:
        if required:
            raise ValidationError("required", "请填写手机号", field)
        return None
    if not MOBILE_RE.match(text):
        raise ValidationError("bad_phone", "手机号应为11位数字，以1开头", field)
    return text


def resident_id(value: str | None, field: str = "id_number") -> str | None:
    """A GB 11643 resident ID: 18 characters, valid birth date and check digit."""
    text = (value or "").strip().upper()
    if not text:
        return None
    if not ID_RE.match(text):
        raise ValidationError("bad_id_number", "身份证号应为18位，最后一位可以是X", field)
    try:
        date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ValidationError("bad_id_number", "身份证号中的出生日期不对", field) from None
    total = sum(int(d) * w for d, w in zip(text[:17], ID_WEIGHTS))
    if ID_CHECK[total % 11] != text[17]:
        raise ValidationError("bad_id_number", "身份证号校验位不对，请核对", field)
    return text


def id_check_digit(first17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def mask_id(value: str | None) -> str:
    """Show at most the first 6 and last 4 characters of an ID number."""
    if not value:
        return ""
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    if not value:
        return ""
    if len(value) < 7:
        return value
    return value[:3] + "****" + value[-4:]


def choice(value: str | None, field: str, allowed: dict[str, str], label: str) -> str:
    if value not in allowed:
        names = "、".join(allowed.values())
        raise ValidationError("bad_choice", f"{label}只能是：{names}", field, label=label, names=names)
    return value
