"""The declared field rules (``station_app.rules``) as fast yes/no checks for whole pages.

``record_fields.check_op`` says *why* a value is refused, one op at a time; applying a page only
needs to know *whether* every op passes, and most do. For each shape of op (entity, kind,
field names) this compiles, once per page, a list of small predicates from the same
``Rule`` declarations. A predicate answers True only where the value plainly passes
(an ASCII time that ``datetime.fromisoformat`` reads, an integer in range, a text of the
right length and pattern); anything else is asked of ``rules.check_value`` itself, so a
predicate never accepts what the rules refuse (tests/sync/test_page_apply.py compares
them). An op that fails goes to the exact, op-by-op path, which says why.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Callable

from station_app.errors import DomainError
from station_app.record_fields import entity_rules
from station_app.rules import APPEND_ONLY, DAY_RE, MOMENT_RE, Rule, check_value
from station_app.store.ops import PROTECTED

Check = Callable[[Any], bool]


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


class ValueChecks:
    """Compiled checks per op shape, for one page of one station."""

    def __init__(self, station: str, columns: Callable[[str], frozenset[str]]):
        self.station = station
        self.columns = columns
        self.rules = entity_rules()
        self.shapes: dict[tuple, list[Check] | None] = {}
        self.per_rule: dict[tuple[str, str], Check] = {}

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
