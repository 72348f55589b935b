"""The rules every synced record field obeys, declared once for both ends: what a rule
is, how one is built, and how a value is checked against it.

The station's single write path (``Writer._emit``) checks each op against them, so a
station can never write what the hub would refuse; the hub checks every op it receives
(network or USB file) against the same declarations. The forms and services keep their
own friendlier checks (a sentence next to the field); these rules are the floor under them.

A rule says the type (integer fen is a real ``int``, never bool, float or text), the
range, the format a station writes (dates ``2026-11-27``, times ``2026-11-27T08:00:00.000Z``),
the allowed values, the longest text, and which record a field points at. Which field of
which record has which rule is ``record_fields``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Collection

from .errors import ValidationError
from .money import MAX_FEN

INT64 = (-(1 << 63), (1 << 63) - 1)
MOMENT_RE = re.compile(r"^(19[7-9]\d|2[01]\d\d)-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
DAY_RE = re.compile(r"^(19[7-9]\d|2[01]\d\d)-\d\d-\d\d$")
ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{0,63}$")
STATION_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
ANY_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
TRACKING = re.compile(r"^[0-9A-Z]{8,32}$")
# A courier is a short code, not one of the bundled list: couriers.json is data a station
# may get newer than the hub's, and an unknown courier harms no one.
COURIER = re.compile(r"^[A-Z0-9_]{1,16}$")
CLOCK_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ITEM_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")
# Numbers that carry their station's code: only the sender's own are accepted.
RECEIPT_NO = re.compile(r"^([A-Z][A-Z0-9]{1,11})-\d{4}-\d{5,7}$")
CASE_NO = re.compile(r"^([A-Z][A-Z0-9]{1,11})-\d{4}-D\d{4,6}$")

# Money, parcel moves, events, visits and ratings are never edited: a correction is a new
# record (a void), so an update of one of them is refused at both ends.
APPEND_ONLY = frozenset({"payments", "voids", "advances", "repayments", "parcel_events", "parcels_out",
                         "case_events", "receptions", "feedback", "daily_closes", "audit_events",
                         "coop_stock_moves", "coop_settlements", "coop_attendance", "duty_events", "station_letters",
                         "notice_reads", "handover_sheets", "handover_items", "payment_vouchers", "payovers",
                         "payover_items"})
AUDIT_KINDS = ("pin_lockout", "pin_changed", "pin_reset")  # what the audit trail records (schema v4 too)


@dataclass(frozen=True)
class Rule:
    kind: str  # text | int | flag | day | moment | json | ref
    label: str
    required: bool = False
    max_len: int = 0
    low: int = INT64[0]
    high: int = INT64[1]
    choices: Callable[[], Collection] | None = None
    pattern: re.Pattern | None = None
    ref: str | None = None  # the entity pointed at; "@field": the entity named by that field
    ref_key: str = "id"  # the column of the target the value matches
    shape: type | None = None  # json: list or dict
    owned_number: bool = False  # the pattern's first group must be the station's code


def text(label: str, max_len: int, required: bool = False, pattern: re.Pattern | None = None,
         choices: Callable[[], Collection] | None = None, **kw) -> Rule:
    return Rule("text", label, required, max_len, pattern=pattern, choices=choices, **kw)


def whole(label: str, low: int, high: int, required: bool = False) -> Rule:
    return Rule("int", label, required, low=low, high=high)


def fen(label: str, allow_zero: bool = False, required: bool = True) -> Rule:
    return Rule("int", label, required, low=0 if allow_zero else 1, high=MAX_FEN)


def flag(label: str) -> Rule:
    return Rule("int", label, True, low=0, high=1)


def moment(label: str, required: bool = False) -> Rule:
    return Rule("moment", label, required)


def day(label: str, required: bool = False) -> Rule:
    return Rule("day", label, required)


def ref(entity: str, label: str, required: bool = False, key: str = "id") -> Rule:
    return Rule("ref", label, required, max_len=64, ref=entity, ref_key=key,
                pattern=ITEM_CODE if key == "code" else ID_RE)


def json_text(label: str, shape: type, max_len: int, choices: Callable[[], Collection] | None = None) -> Rule:
    return Rule("json", label, True, max_len, shape=shape, choices=choices)


def check_value(rule: Rule, name: str, value: Any, station: str | None = None) -> None:
    if value is None:
        if rule.required:
            raise ValidationError("required", f"缺少{rule.label}", name)
        return
    if rule.kind == "int":
        _check_int(rule, name, value)
        return
    if type(value) is not str:
        raise ValidationError("bad_type", f"{rule.label}应为文字", name)
    _check_text(rule, name, value)
    if rule.kind == "moment":
        _parsed(MOMENT_RE, value, rule, name, lambda v: datetime.strptime(v, "%Y-%m-%dT%H:%M:%S.%fZ"))
    elif rule.kind == "day":
        _parsed(DAY_RE, value, rule, name, date.fromisoformat)
    elif rule.kind == "json":
        _check_json(rule, name, value)
    if rule.owned_number and station is not None and rule.pattern.match(value).group(1) != station:
        raise ValidationError("foreign_number", f"{rule.label} {value} 不是本站（{station}）的编号", name)


def _check_int(rule: Rule, name: str, value: Any) -> None:
    if type(value) is not int:  # bool, float and text are not integers here
        raise ValidationError("bad_type", f"{rule.label}应为整数", name)
    if rule.choices is not None:
        if value not in rule.choices():
            raise ValidationError("bad_choice", f"{rule.label}不能是 {value}", name)
    elif not rule.low <= value <= rule.high:
        raise ValidationError("out_of_range", f"{rule.label}应在 {rule.low} 到 {rule.high} 之间", name)


def _check_text(rule: Rule, name: str, value: str) -> None:
    if "\x00" in value or not _utf8(value):
        raise ValidationError("bad_text", f"{rule.label}含有无效字符", name)
    if rule.required and not value.strip():
        raise ValidationError("required", f"缺少{rule.label}", name)
    if rule.max_len and len(value) > rule.max_len:
        raise ValidationError("too_long", f"{rule.label}不能超过 {rule.max_len} 个字", name)
    if rule.choices is not None and rule.kind != "json" and value not in rule.choices():
        raise ValidationError("bad_choice", f"{rule.label}不能是“{value[:20]}”", name)
    if rule.pattern is not None and not rule.pattern.match(value):
        raise ValidationError("bad_format", f"{rule.label}的格式不对：{value[:40]}", name)


def _utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not text any program can store
        return False
    return True


def _parsed(pattern: re.Pattern, value: str, rule: Rule, name: str, parse: Callable) -> None:
    try:
        ok = bool(pattern.match(value)) and parse(value) is not None
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError("bad_format", f"{rule.label}的格式不对：{value[:40]}", name)


def _check_json(rule: Rule, name: str, value: str) -> None:
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, rule.shape):
        raise ValidationError("bad_format", f"{rule.label}的格式不对", name)
    if rule.choices is not None and not all(isinstance(v, str) and v in rule.choices() for v in data):
        raise ValidationError("bad_choice", f"{rule.label}里有不认识的值", name)
