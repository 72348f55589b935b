"""The compact form of a pushed page: what a station's outbox rows look like on the wire.

Names and values that would repeat for every op are said once per page, and the ids,
which are most of the bytes that gzip cannot shrink, are laid out so that it can:

    {"from_seq", "to_seq", "schema_version",
     "node":   the HLC node of the page's ops,
     "shapes": [[entity, kind, [field names]], ...],
     "op_ids": IdColumn,  "record_ids": IdColumn (of the insert ops, in order),
     "ops":    [[seq_delta, shape, record_id | null (insert), base_version, hlc, agent, created, [values]], ...]}

- ``hlc`` is ``[ms_delta, counter]`` against the previous op (node = page node), or the full text;
- ``agent`` / ``created`` are null when equal to the op's ``created_by``/``created_at``
  (insert) or ``updated_by``/``updated_at`` (update) field, else ``[value]``;
- an IdColumn holds UUIDv7 ids as millisecond deltas (``ts``) plus their 19 random hex
  digits concatenated (``tail``); an id of any other form has ``ts`` null and is in ``other``.

``decode_page`` turns it back into the canonical op arrays
``[seq, op_id, entity, record_id, kind, base_version, hlc, agent_id, created_at, fields]``
that the hub applies and that USB files carry, and refuses (422) anything malformed.
"""

from __future__ import annotations

import re
from typing import Any

from station_app.store import Op

from .bodies import loads
from .protocol import AGENT, BASE, CREATED, ENTITY, FIELDS, HLC, KIND, OP_ID, RECORD_ID, ProtocolError

UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
HEX = re.compile(r"^[0-9a-f]*$")
TAIL = 19


# -- ids ----------------------------------------------------------------------------
def pack_ids(ids: list[str]) -> dict:
    ts: list[int | None] = []
    tails: list[str] = []
    other: list[str] = []
    previous = 0
    for value in ids:
        if UUID7.match(value):
            plain = value.replace("-", "")
            stamp = int(plain[:12], 16)
            ts.append(stamp - previous)
            previous = stamp
            tails.append(plain[13:])
        else:
            ts.append(None)
            other.append(value)
    return {"ts": ts, "tail": "".join(tails), "other": other}


def unpack_ids(column: dict) -> list[str]:
    ts, tail, other = column["ts"], column["tail"], list(column.get("other", []))
    if not isinstance(tail, str) or not HEX.match(tail) or len(tail) != TAIL * sum(t is not None for t in ts):
        raise ValueError("id column tail does not match its timestamps")
    out, stamp, at, next_other = [], 0, 0, 0
    for delta in ts:
        if delta is None:
            out.append(str(other[next_other]))
            next_other += 1
            continue
        stamp += int(delta)
        if not 0 <= stamp < 1 << 48:
            raise ValueError("id timestamp out of range")
        plain = f"{stamp:012x}7{tail[at:at + TAIL]}"
        at += TAIL
        out.append(f"{plain[:8]}-{plain[8:12]}-{plain[12:16]}-{plain[16:20]}-{plain[20:]}")
    if next_other != len(other):
        raise ValueError("id column has unused entries")
    return out


# -- pages --------------------------------------------------------------------------
def _marker_fields(kind: str) -> tuple[str, str]:
    return ("created_by", "created_at") if kind == "insert" else ("updated_by", "updated_at")


def encode_page(rows, station: str, acked: int) -> dict | None:
    """The compact page for outbox ``rows`` (one schema version, in seq order)."""
    if not rows:
        return None
    node = rows[0]["hlc"].split("-", 2)[2]
    shapes: list[list] = []
    shape_index: dict[tuple, int] = {}
    op_ids, record_ids, ops = [], [], []
    previous_seq = from_seq = min(acked + 1, rows[0]["seq"])
    previous_seq -= 1
    previous_ms = 0
    # One parse for the page's fields: a parse per row costs more than the rest of the loop.
    parsed = loads("[" + ",".join(row["fields"] for row in rows) + "]")
    for row, fields in zip(rows, parsed):
        kind = row["kind"]
        if fields.get("station_code") == station:
            del fields["station_code"]
        key = (row["entity"], kind, tuple(fields))
        shape = shape_index.get(key)
        if shape is None:
            shape = shape_index[key] = len(shapes)
            shapes.append([row["entity"], kind, list(fields)])
        who, when = _marker_fields(kind)
        agent = None if who in fields and fields[who] == row["agent_id"] else [row["agent_id"]]
        created = None if when in fields and fields[when] == row["created_at"] else [row["created_at"]]
        ms, counter, hlc_node = row["hlc"].split("-", 2)
        if (hlc_node == node and len(ms) == 15 and len(counter) == 5 and (ms + counter).isascii()
                and (ms + counter).isdigit()):
            hlc: Any = [int(ms) - previous_ms, int(counter)]
            previous_ms = int(ms)
        else:
            hlc = row["hlc"]
        op_ids.append(row["op_id"])
        if kind == "insert":
            record_ids.append(row["record_id"])
        ops.append([row["seq"] - previous_seq, shape, None if kind == "insert" else row["record_id"],
                    row["base_version"], hlc, agent, created, list(fields.values())])
        previous_seq = row["seq"]
    return {"from_seq": from_seq, "to_seq": rows[-1]["seq"], "schema_version": rows[0]["schema_version"],
            "node": node, "shapes": shapes, "op_ids": pack_ids(op_ids), "record_ids": pack_ids(record_ids),
            "ops": ops}


def decode_page(page: dict) -> dict:
    """Canonical push ``{from_seq, to_seq, schema_version, ops}``; ProtocolError 422 if malformed."""
    try:
        ops = _decode_ops(page)
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as err:
        raise ProtocolError(422, "bad_page", f"页面格式不对：{err}") from None
    return {"from_seq": page["from_seq"], "to_seq": page["to_seq"], "schema_version": page["schema_version"],
            "ops": ops}


def _int(value: Any, what: str) -> int:
    if type(value) is not int:
        raise ValueError(f"{what} should be an integer")
    return value


def _text(value: Any, what: str, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if type(value) is not str:
        raise ValueError(f"{what} should be text")
    return value


def _decode_ops(page: dict) -> list[list]:
    shapes, node = page["shapes"], _text(page["node"], "node")
    op_ids = unpack_ids(page["op_ids"])
    record_ids = unpack_ids(page["record_ids"])
    if len(op_ids) != len(page["ops"]):
        raise ValueError("op_ids and ops differ in length")
    seq, ms, next_record = page["from_seq"] - 1, 0, 0
    out = []
    known: dict[int, tuple] = {}  # shape number -> (entity, kind, names, who, when)
    for index, op in enumerate(page["ops"]):
        delta, shape_no, record_id, base, hlc, agent, created, values = op
        shape = known.get(shape_no) if type(shape_no) is int else None
        if shape is None:
            entity, kind, names = shapes[_int(shape_no, "shape")]
            shape = known[shape_no] = (entity, kind, names, *_marker_fields(kind))
        entity, kind, names, who, when = shape
        if type(delta) is not int or delta < 1 or type(values) is not list or len(values) != len(names):
            raise ValueError(f"op {index} is malformed")
        seq += delta
        if kind == "insert":
            record_id = record_ids[next_record]
            next_record += 1
        fields = dict(zip(names, values))
        if type(hlc) is list:
            ms += _int(hlc[0], "hlc")
            hlc = f"{ms:015d}-{_int(hlc[1], 'hlc'):05d}-{node}"
        agent = fields.get(who) if agent is None else agent[0]
        created = fields.get(when) if created is None else created[0]
        if (type(record_id) is not str or type(base) is not int or type(hlc) is not str
                or (agent is not None and type(agent) is not str) or type(created) is not str):
            _text(record_id, "record_id"), _int(base, "base_version"), _text(hlc, "hlc")
            _text(agent, "agent", optional=True), _text(created, "created_at")
        out.append([seq, op_ids[index], entity, record_id, kind, base, hlc, agent, created, fields])
    if next_record != len(record_ids):
        raise ValueError("record_ids and insert ops differ in number")
    return out


# -- canonical ops: what the hub applies and USB files carry -------------------------
def op_to_wire(row, station: str) -> list:
    """An outbox row as a wire op (fields without the station's own code)."""
    fields = loads(row["fields"])
    if fields.get("station_code") == station:
        del fields["station_code"]
    return [row["seq"], row["op_id"], row["entity"], row["record_id"], row["kind"],
            row["base_version"], row["hlc"], row["agent_id"], row["created_at"], fields]


def wire_to_op(wire, schema_version: int) -> Op:
    return Op(op_id=wire[OP_ID], entity=wire[ENTITY], record_id=wire[RECORD_ID], kind=wire[KIND],
              fields=dict(wire[FIELDS]), base_version=wire[BASE], hlc=wire[HLC], agent_id=wire[AGENT],
              schema_version=schema_version, created_at=wire[CREATED])
