"""What the hub lets one station do: nothing beyond its own records.

Every op a station sends (over the network or in a file) is checked here before it
touches a table, and refused alone (a ``Rejected`` the station sees on the record) if:
- its form is wrong (ids, HLC, time) or a value breaks a declared rule (``station_app.rules``,
  the same rules the station's own write path applies);
- it names an entity the town owns, or an update of a record that is not the station's;
- a field refers to another station's record (the reference map in ``rules``: villagers,
  contacts, payments, cases, parcels, feedback, agents, the target of a void...), or to a
  record or catalogue item the hub does not hold;
- a receipt or case number carries another station's code.
Whoever holds one station's secret can therefore damage no other station's figures.
"""

from __future__ import annotations

import json
import re
from operator import itemgetter
from typing import Any

from station_app.errors import DomainError
from station_app.record_fields import check_op as check_values, references
from station_app.rules import ID_RE, MOMENT_RE, Rule
from station_app.store import Store
from station_app.store.schema import ENTITIES

from ..protocol import BASE, CREATED, ENTITY, FIELDS, HLC, KIND, OP_ID, RECORD_ID, SEQ, ProtocolError

# Town records meant for some stations only (the column listing them): a station may refer
# only to those meant for it (a sign-up only for a service day planned at the station).
TOWN_AUDIENCE = {"service_days": "stations"}
HLC_TEXT = re.compile(r"^[0-9]{15}-[0-9]{5,9}-[0-9A-Za-z]{1,32}$")
MAX_VERSION = 1 << 31


class Rejected(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


def check_page(push: dict | None) -> None:
    """A page whose ops cannot even be named (ids, entity) is refused whole (422): the hub
    keeps every op id it receives, and junk ids would be kept with them."""
    ops = (push or {}).get("ops") or ()
    if _named_alike(ops):
        return
    for index, wire in enumerate(ops):
        if not (isinstance(wire, (list, tuple)) and len(wire) == 10 and type(wire[SEQ]) is int
                and all(isinstance(wire[i], str) and ID_RE.match(wire[i]) for i in (OP_ID, RECORD_ID))
                and isinstance(wire[ENTITY], str) and len(wire[ENTITY]) <= 40):
            raise ProtocolError(422, "bad_page", f"第 {index + 1} 条操作的编号或记录类型格式不对")


def _named_alike(ops) -> bool:
    """What ``check_page`` asks of each op, asked of the page's columns at once (False:
    ask op by op to name the first that fails)."""
    if not set(map(type, ops)) <= {list, tuple} or not set(map(len, ops)) <= {10}:
        return False
    ids = [*map(itemgetter(OP_ID), ops), *map(itemgetter(RECORD_ID), ops)]
    entities = list(map(itemgetter(ENTITY), ops))
    return (set(map(type, map(itemgetter(SEQ), ops))) <= {int} and set(map(type, ids)) <= {str}
            and all(map(ID_RE.match, ids)) and set(map(type, entities)) <= {str}
            and (not entities or max(map(len, entities)) <= 40))


def check_op(hub: Store, station: str, wire) -> None:
    """Raise ``Rejected`` unless station ``station`` may apply ``wire`` (a canonical op)."""
    entity, kind, fields = wire[ENTITY], wire[KIND], wire[FIELDS]
    spec = ENTITIES.get(entity) if isinstance(entity, str) else None
    if spec is None:
        raise Rejected("unknown_entity", f"没有“{str(entity)[:40]}”这类记录")
    if spec.owner != "station":
        raise Rejected("not_owner", f"{entity} 由镇中心维护，服务站不能修改")
    _check_form(wire)
    try:
        check_values(entity, kind, fields, station)
    except DomainError as err:
        raise Rejected(err.code, err.message) from None
    current = None
    if kind == "insert":
        if fields.get("station_code", station) != station:
            raise Rejected("foreign_station", f"服务站 {station} 不能替服务站 {fields['station_code']} 登记记录")
    else:
        current = hub.one(f"SELECT * FROM {entity} WHERE id = ?", (wire[RECORD_ID],))
        if current is None:
            raise Rejected("record_missing", f"要修改的记录 {wire[RECORD_ID]} 在镇中心不存在（可能它的登记被拒收了）")
        if current["station_code"] != station or "station_code" in fields:
            raise Rejected("foreign_station", f"服务站 {station} 不能修改别的服务站的记录")
    state = {**(dict(current) if current is not None else {}), **fields}
    for name, rule in references(entity):
        if name in fields or (rule.ref.startswith("@") and rule.ref[1:] in fields):
            _check_reference(hub, station, state, name, rule)


def _check_form(wire) -> None:
    if not (isinstance(wire[OP_ID], str) and ID_RE.match(wire[OP_ID])):
        raise Rejected("bad_op", "操作编号格式不对")
    if not (isinstance(wire[RECORD_ID], str) and ID_RE.match(wire[RECORD_ID])):
        raise Rejected("bad_op", "记录编号格式不对")
    if wire[KIND] not in ("insert", "update"):
        raise Rejected("bad_op", "操作类型只能是登记或修改")
    base = wire[BASE]
    if type(base) is not int or not 0 <= base < MAX_VERSION:
        raise Rejected("bad_op", "记录版本号不对")
    if not (isinstance(wire[HLC], str) and HLC_TEXT.match(wire[HLC])):
        raise Rejected("bad_hlc", f"时间戳 {str(wire[HLC])[:40]} 格式不对")
    if not (isinstance(wire[CREATED], str) and MOMENT_RE.match(wire[CREATED])):
        raise Rejected("bad_op", f"操作时间 {str(wire[CREATED])[:40]} 格式不对")
    if not isinstance(wire[FIELDS], dict):
        raise Rejected("bad_op", "字段应为名称到值的对应")


def _check_reference(hub: Store, station: str, state: dict[str, Any], name: str, rule: Rule) -> None:
    value = state.get(name)
    if value is None:
        return
    target = state.get(rule.ref[1:]) if rule.ref.startswith("@") else rule.ref
    spec = ENTITIES.get(target or "")
    if spec is None:
        raise Rejected("missing_reference", f"{rule.label}的记录类型不对")
    meant_for = TOWN_AUDIENCE.get(target)
    column = "station_code" if spec.owner == "station" else (meant_for or "1")
    row = hub.one(f"SELECT {column} FROM {target} WHERE {rule.ref_key} = ?", (value,))
    if row is None:
        raise Rejected("missing_reference", f"引用的{rule.label}在镇中心不存在（可能它的登记被拒收了）")
    if spec.owner == "station" and row[0] != station:
        raise Rejected("foreign_reference", f"服务站 {station} 不能引用别的服务站的记录（{rule.label}）")
    if meant_for and station not in json.loads(row[0] or "[]"):
        raise Rejected("foreign_reference", f"这个{rule.label}没有安排给服务站 {station}")


__all__ = ["Rejected", "check_op", "check_page"]
