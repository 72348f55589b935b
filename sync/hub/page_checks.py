"""Trust checks for a whole page at once: what ``trust.check_op`` asks of one op, asked of
a page with one query per table instead of one or two per op.

``PageChecker.plain(op)`` is True when the op certainly passes every check of
``trust.check_op`` *and* needs none of the exact path's special handling: it is not a
stale edit (a conflict to settle), its receipt or case number is not held already (a
renumbering). (A new record whose id the hub holds already is rare enough to be left to
SQLite: its run is refused and applied exactly.) The checker knows the records the page refers to
(fetched in bulk before the first op) and follows the page as it goes: a record inserted
by an earlier plain op of the same page exists, an update moves its version on. An op
that is not plain is applied by the exact path (``apply._apply_one``), which decides and
says why; ``after_exact`` then reads back what it left.
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any, Iterable

from station_app.numbering import SERIES
from station_app.record_fields import references
from station_app.rules import ID_RE, MOMENT_RE
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..protocol import BASE, CREATED, ENTITY, FIELDS, HLC, KIND, OP_ID, RECORD_ID
from .trust import HLC_TEXT, MAX_VERSION, TOWN_AUDIENCE, Rejected, _check_form
from .value_checks import ValueChecks

CHUNK = 500  # bound parameters per IN (...) query
MISSING = object()


class PageChecker:
    def __init__(self, hub: Store, station: str, ops: list):
        self.hub = hub
        self.station = station
        self.values = ValueChecks.of(station, hub.columns)
        self.refs: dict[str, list[tuple[str, str | None, str, str]]] = {}
        # (entity, id) -> the record as it stands (dict, None: absent), for updates
        self.records: dict[tuple[str, str], dict | None] = {}
        # (target, key column, value) -> station_code of the record (town records: ""), or None: absent
        self.owners: dict[tuple[str, str, Any], str | None] = {}
        # (entity, number) pairs already held by some record
        self.numbers: set[tuple[str, str]] = set()
        # id() of the ops whose form or values the checks in bulk did not pass
        self.unplain: set[int] = set()
        self.pointing: dict[int, list[tuple]] = {}  # id() of an insert -> what it refers to
        self._check_in_bulk(ops)
        self._prefetch(ops)

    # -- form and values, for the whole page at once --------------------------------------
    def _check_in_bulk(self, ops: list) -> None:
        if not _forms_pass(ops):
            for wire in ops:
                try:
                    _check_form(wire)
                except Rejected:
                    self.unplain.add(id(wire))
        shapes: dict[tuple, list] = {}
        for wire in ops:
            entity, kind, fields = wire[ENTITY], wire[KIND], wire[FIELDS]
            if type(fields) is dict and type(entity) is str and type(kind) is str:
                shapes.setdefault((entity, kind, tuple(fields)), []).append(wire)
            else:
                self.unplain.add(id(wire))
        for (entity, kind, names), wires in shapes.items():
            for at in self.values.failing(entity, kind, names, [w[FIELDS] for w in wires]):
                self.unplain.add(id(wires[at]))

    # -- bulk look-ups before the first op ------------------------------------------------
    def _prefetch(self, ops: list) -> None:
        updates: dict[str, set[str]] = {}
        numbers: dict[str, set[str]] = {}
        for wire in ops:
            entity, fields = wire[ENTITY], wire[FIELDS]
            if entity not in ENTITIES or ENTITIES[entity].owner != "station" or not isinstance(fields, dict):
                continue  # refused by the exact path
            if wire[KIND] == "update":
                updates.setdefault(entity, set()).add(wire[RECORD_ID])
            series = SERIES.get(entity)
            if wire[KIND] == "insert" and series and isinstance(fields.get(series[0]), str):
                numbers.setdefault(entity, set()).add(fields[series[0]])
        for entity, ids in updates.items():
            for row in self._rows(f"SELECT * FROM {entity} WHERE id IN", ids):
                self.records[(entity, row["id"])] = dict(row)
            for record_id in ids:
                self.records.setdefault((entity, record_id), None)
        for entity, values in numbers.items():
            column = SERIES[entity][0]
            self.numbers.update((entity, r[0]) for r in self._rows(f"SELECT {column} FROM {entity}"
                                                                    f" WHERE {column} IN", values))
        wanted: dict[tuple[str, str], set] = {}
        for wire in ops:
            pointed = self._pointed_at(wire)
            if wire[KIND] == "insert":  # an update's may change with the page: asked again then
                self.pointing[id(wire)] = pointed
            for target, key, value in pointed:
                if target is not None and isinstance(value, (str, int)):
                    wanted.setdefault((target, key), set()).add(value)
        for (target, key), values in wanted.items():
            self._fetch_owners(target, key, values)

    def _rows(self, head: str, values: Iterable) -> list:
        values = list(values)
        rows: list = []
        for start in range(0, len(values), CHUNK):
            chunk = values[start:start + CHUNK]
            rows += self.hub.all(f"{head} ({','.join('?' * len(chunk))})", chunk)
        return rows

    def _fetch_owners(self, target: str, key: str, values: Iterable) -> None:
        own = ENTITIES[target].owner == "station"
        values = [v for v in values if (target, key, v) not in self.owners]
        for v in values:
            self.owners[(target, key, v)] = None
        meant_for = TOWN_AUDIENCE.get(target)
        column = "station_code" if own else (meant_for or "''")
        for row in self._rows(f"SELECT {key}, {column} FROM {target} WHERE {key} IN", values):
            if meant_for:  # a town record for some stations only: one not meant for us is the exact path's to refuse
                self.owners[(target, key, row[0])] = "" if self.station in json.loads(row[1] or "[]") else None
            else:
                self.owners[(target, key, row[0])] = row[1]

    def _references(self, entity: str) -> list[tuple[str, str | None, str, str]]:
        """(field, field naming the target entity or None, target entity, key column) of
        each reference ``entity`` declares."""
        found = self.refs.get(entity)
        if found is None:
            found = self.refs[entity] = [(name, rule.ref[1:] if rule.ref.startswith("@") else None, rule.ref,
                                          rule.ref_key) for name, rule in references(entity)]
        return found

    def _pointed_at(self, wire, current: dict | None = None) -> list[tuple]:
        """(target entity, key column, value) of every reference the op's fields make;
        (None, None, value) for one that names no kind of record."""
        entity, fields = wire[ENTITY], wire[FIELDS]
        if not isinstance(fields, dict) or entity not in ENTITIES:
            return []
        if current is None and wire[KIND] == "update":
            current = self.records.get((entity, wire[RECORD_ID]))
        found = []
        for name, via, target, key in self._references(entity):
            if name in fields:
                value = fields[name]
            elif via is not None and via in fields:
                value = (current or {}).get(name)
            else:
                continue
            if via is not None:
                target = fields[via] if via in fields else (current or {}).get(via)
            if value is None or not isinstance(target, str) or target not in ENTITIES:
                found.append((None, None, value))
            else:
                found.append((target, key, value))
        return found

    # -- one op -----------------------------------------------------------------------
    def plain(self, wire) -> int:
        """The record's version after the op when the op passes every check and needs no
        conflict or renumbering (the checker then counts it as applied); 0: leave it to
        the exact path."""
        if id(wire) in self.unplain:
            return 0
        entity, kind, fields, record_id = wire[ENTITY], wire[KIND], wire[FIELDS], wire[RECORD_ID]
        spec = ENTITIES.get(entity)
        if spec is None or spec.owner != "station":
            return 0
        key = (entity, record_id)
        current = None
        if kind == "insert":
            if fields.get("station_code", self.station) != self.station or self.records.get(key) is not None:
                return 0
            series = SERIES.get(entity)
            number = fields.get(series[0]) if series else None
            if number is not None and (entity, number) in self.numbers:
                return 0  # held already: renumbered, or refused, by the exact path
        else:
            current = self.records.get(key, MISSING)
            if current is MISSING:
                current = self._reload(entity, record_id)
            if current is None or current["station_code"] != self.station or "station_code" in fields:
                return 0
            if wire[BASE] < current["version"]:
                return 0  # a stale edit: conflicts to settle
        if not self._references_ok(wire, current):
            return 0
        return self._took(wire, current)

    def _references_ok(self, wire, current: dict | None) -> bool:
        pointed = self.pointing.get(id(wire)) if current is None else None
        for target, key, value in self._pointed_at(wire, current) if pointed is None else pointed:
            if target is None:
                if value is None:
                    continue
                return False  # a reference to no kind of record: the exact path refuses it
            owner = self.owners.get((target, key, value), MISSING)
            if owner is MISSING:
                self._fetch_owners(target, key, [value])
                owner = self.owners[(target, key, value)]
            if owner is None or (ENTITIES[target].owner == "station" and owner != self.station):
                return False
        return True

    def _took(self, wire, current: dict | None) -> int:
        """The op will be applied: the page's later ops see its record. Returns its version."""
        entity, fields, record_id = wire[ENTITY], wire[FIELDS], wire[RECORD_ID]
        if wire[KIND] == "insert":
            self.records[(entity, record_id)] = {**fields, "id": record_id, "station_code": self.station,
                                                 "version": 1}
            self.owners[(entity, "id", record_id)] = self.station
            series = SERIES.get(entity)
            if series and fields.get(series[0]) is not None:
                self.numbers.add((entity, fields[series[0]]))
            return 1
        current.update(fields)
        current["version"] += 1
        return current["version"]

    def after_exact(self, wire) -> None:
        """The exact path applied or refused the op: read back what it left."""
        entity, record_id = wire[ENTITY], wire[RECORD_ID]
        if entity not in ENTITIES or not isinstance(record_id, str):
            return
        row = self._reload(entity, record_id)
        if row is not None:
            self.owners[(entity, "id", record_id)] = row["station_code"]
            series = SERIES.get(entity)
            if series and row.get(series[0]) is not None:
                self.numbers.add((entity, row[series[0]]))

    def _reload(self, entity: str, record_id: str) -> dict | None:
        row = self.hub.one(f"SELECT * FROM {entity} WHERE id = ?", (record_id,))
        self.records[(entity, record_id)] = found = dict(row) if row is not None else None
        return found


def _forms_pass(ops: list) -> bool:
    """Every op's ids, kind, base version, HLC and time have the form ``_check_form``
    asks for (one look at each column; False: ask op by op)."""
    texts = [list(map(itemgetter(at), ops)) for at in (OP_ID, RECORD_ID, HLC, CREATED, KIND)]
    bases = list(map(itemgetter(BASE), ops))
    return (all(set(map(type, column)) <= {str} for column in texts)
            and all(map(ID_RE.match, texts[0])) and all(map(ID_RE.match, texts[1]))
            and all(map(HLC_TEXT.match, texts[2])) and all(map(MOMENT_RE.match, texts[3]))
            and set(texts[4]) <= {"insert", "update"}
            and set(map(type, bases)) <= {int} and (not bases or (min(bases) >= 0 and max(bases) < MAX_VERSION))
            and set(map(type, map(itemgetter(FIELDS), ops))) <= {dict})
