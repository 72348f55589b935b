"""The declared field rules (``station_app.rules``) as fast yes/no checks for whole pages.

``record_fields.check_op`` says *why* a value is refused, one op at a time; applying a page only
needs to know *whether* every op passes, and most do. Two levels, both compiled from the
same ``Rule`` declarations once per station and process (``ValueChecks.of``):

- a *column* check asks one field of every op of one shape (entity, kind, field names)
  at once, with loops that run inside the interpreter's C code (``map``, ``set``,
  ``min``/``max``, one regex call per value, each distinct day parsed once): a page of a
  thousand ops costs a few calls per column instead of a Python call per value;
- when a column fails, each op of its shape is asked again value by value
  (``passes``): a predicate answers True only where the value plainly passes (an ASCII
  time that ``datetime.fromisoformat`` reads, an integer in range, a text of the right
  length and pattern), and anything else is asked of ``rules.check_value`` itself.

Neither ever accepts what the rules refuse (tests/sync/test_page_apply.py compares
them). An op that fails goes to the exact, op-by-op path, which says why.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter, methodcaller
from typing import Any, Callable, Iterable

from station_app.errors import DomainError
from station_app.record_fields import entity_rules
from station_app.rules import APPEND_ONLY, DAY_RE, MOMENT_RE, Rule, check_value
from station_app.store.ops import PROTECTED

Check = Callable[[Any], bool]
ColumnCheck = Callable[[list], bool]
NONE = type(None)
# A time strptime reads, ASCII digits only and nothing after the Z (``$`` would allow a
# newline); its calendar day is checked once per distinct day.
STRICT_MOMENT = re.compile(r"(19[7-9][0-9]|2[01][0-9][0-9])-[0-9][0-9]-[0-9][0-9]"
                           r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z\Z")
STRICT_DAY = re.compile(r"(19[7-9][0-9]|2[01][0-9][0-9])-[0-9][0-9]-[0-9][0-9]\Z")
DAY_PART = itemgetter(slice(0, 10))
OWNER = methodcaller("group", 1)


def _exact(rule: Rule, name: str, station: str | None) -> Check:
    def check(value: Any) -> bool:
        try:
            check_value(rule, name, value, station)
        except DomainError:
            return False
        return True

    return check


def _int_check(rule: Rule, exact: Check) -> Check:
    if rule.choices is not None:
        allowed = frozenset(v for v in rule.choices() if type(v) is int)
        return lambda v: (type(v) is int and v in allowed) or exact(v)
    low, high = rule.low, rule.high
    return lambda v: (type(v) is int and low <= v <= high) or exact(v)


def _text_check(rule: Rule, station: str | None, exact: Check) -> Check:
    """Plain ASCII-or-not text: length, choices, pattern, the format of times and days,
    the station's code in its own numbers. JSON texts are always asked of the rules."""
    if rule.kind == "json":
        return exact
    required, max_len, pattern = rule.required, rule.max_len or None, rule.pattern
    allowed = frozenset(rule.choices()) if rule.choices is not None else None
    kind, owned = rule.kind, rule.owned_number and station is not None

    def check(v: Any) -> bool:
        if type(v) is not str or "\x00" in v or (max_len is not None and len(v) > max_len):
            return exact(v)
        if not v.isascii():
            return exact(v)  # valid Unicode, blanks and digits of other scripts: the rules decide
        if required and not v.strip():
            return False
        if allowed is not None and v not in allowed:
            return False
        if pattern is not None:
            found = pattern.match(v)
            if found is None or (owned and found.group(1) != station):
                return False
        if kind == "moment":
            return _parses(MOMENT_RE, _moment, v)
        if kind == "day":
            return _parses(DAY_RE, date.fromisoformat, v)
        return True

    return check


def _parses(pattern: re.Pattern, parse: Callable[[str], Any], v: str) -> bool:
    if pattern.match(v) is None:
        return False
    try:
        parse(v)
    except ValueError:
        return False
    return True


def _moment(v: str) -> datetime:
    return datetime.fromisoformat(v[:-1])  # the same calendar and clock as strptime, 30× faster


def compile_rule(rule: Rule, name: str, station: str | None) -> Check:
    exact = _exact(rule, name, station)
    if rule.kind == "int":
        check = _int_check(rule, exact)
    else:
        check = _text_check(rule, station, exact)
    if rule.required:
        return check
    return lambda v: v is None or check(v)


def compile_column(rule: Rule, name: str, station: str | None) -> ColumnCheck:
    """True when every value of the column plainly passes ``rule``; False says only
    "ask value by value"."""
    if rule.kind == "json":
        single = compile_rule(rule, name, station)
        return lambda column: all(map(single, column))
    types = frozenset({int if rule.kind == "int" else str} | ({NONE} if not rule.required else set()))
    present = _without_none(types)
    if rule.kind == "int":
        if rule.choices is not None:
            allowed = frozenset(v for v in rule.choices() if type(v) is int)
            return lambda column: set(map(type, column)) <= types and set(present(column)) <= allowed
        low, high = rule.low, rule.high
        return lambda column: set(map(type, column)) <= types and _within(present(column), low, high)

    def check(column: list) -> bool:
        return set(map(type, column)) <= types and _texts_pass(rule, station, present(column))

    return check


def _without_none(types: frozenset) -> Callable[[list], list]:
    if NONE not in types:
        return lambda column: column
    return lambda column: [v for v in column if v is not None] if None in column else column


def _within(values: list, low: int, high: int) -> bool:
    return not values or (low <= min(values) and max(values) <= high)


def _texts_pass(rule: Rule, station: str | None, values: list) -> bool:
    if not values:
        return True
    joined = "\n".join(values)
    if "\x00" in joined or (not joined.isascii() and not _utf8(joined)):
        return False
    if rule.max_len and max(map(len, values)) > rule.max_len:
        return False
    if rule.required and not all(map(str.strip, values)):
        return False
    if rule.choices is not None and not set(values) <= frozenset(rule.choices()):
        return False
    if rule.pattern is not None:
        found = list(map(rule.pattern.match, values))
        if not all(found) or (rule.owned_number and station is not None and set(map(OWNER, found)) != {station}):
            return False
    if rule.kind == "moment":
        return all(map(STRICT_MOMENT.match, values)) and _days(map(DAY_PART, values))
    if rule.kind == "day":
        return all(map(STRICT_DAY.match, values)) and _days(values)
    return True


def _days(days: Iterable[str]) -> bool:
    try:
        for day in set(days):
            date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


class ValueChecks:
    """Compiled checks per op shape, for the pages of one station: compiled once per
    process (``of``); the rules and their choices are the code's, not the database's."""

    @staticmethod
    @lru_cache(maxsize=64)
    def of(station: str, columns: Callable[[str], frozenset[str]]) -> "ValueChecks":
        return ValueChecks(station, columns)

    def __init__(self, station: str, columns: Callable[[str], frozenset[str]]):
        self.station = station
        self.columns = columns
        self.rules = entity_rules()
        self.shapes: dict[tuple, list[Check] | None] = {}
        self.per_rule: dict[tuple[str, str], Check] = {}
        self.per_column: dict[tuple[str, str], ColumnCheck] = {}

    def shape(self, entity: str, kind: str, names: tuple[str, ...]) -> list[Check] | None:
        """The checks of each field in order, or None when the shape itself is refused
        (unknown entity or field, an update of an append-only record)."""
        key = (entity, kind, names)
        if key not in self.shapes:
            self.shapes[key] = self._compile(entity, kind, names)
        return self.shapes[key]

    def _compile(self, entity: str, kind: str, names: tuple[str, ...]) -> list[Check] | None:
        rules = self.rules.get(entity)
        if rules is None or (kind == "update" and entity in APPEND_ONLY):
            return None
        columns = self.columns(entity)
        checks = []
        for name in names:
            rule = rules.get(name)
            if rule is None or name not in columns or name in PROTECTED:
                return None
            check = self.per_rule.get((entity, name))
            if check is None:
                check = self.per_rule[(entity, name)] = compile_rule(rule, name, self.station)
            checks.append(check)
        return checks

    def passes(self, entity: str, kind: str, fields: dict[str, Any]) -> bool:
        checks = self.shape(entity, kind, tuple(fields))
        if checks is None:
            return False
        for check, value in zip(checks, fields.values()):
            if not check(value):
                return False
        return True

    def failing(self, entity: str, kind: str, names: tuple[str, ...], fields: list[dict]) -> list[int]:
        """The positions in ``fields`` (the fields of ops of one shape) of the ops whose
        values do not plainly pass: none, most often, after one check per column."""
        if self.shape(entity, kind, names) is None:
            return list(range(len(fields)))
        columns = zip(*(f.values() for f in fields)) if names else ()
        for name, column in zip(names, columns):
            check = self.per_column.get((entity, name))
            if check is None:
                check = self.per_column[(entity, name)] = compile_column(self.rules[entity][name], name, self.station)
            if not check(list(column)):
                return [at for at, f in enumerate(fields) if not self.passes(entity, kind, f)]
        return []
