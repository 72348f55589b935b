"""Applying what a station pushed, and answering with what it should pull.

``exchange`` is the one code path for HTTP requests and USB batch files. A page is
applied in one transaction together with the station's ``last_applied`` seq:
- ops whose op id the hub already holds are skipped, so a repeated page or file
  changes nothing (every op received is in ``hub_ops``, applied or rejected);
- a page starting after ``last_applied + 1`` is refused with a ``Gap`` (HTTP 409) and
  changes nothing;
- an op that breaks a rule is rejected alone: a ``sync_problems`` row flows back to the
  station, and the seq still advances so the queue never blocks;
- a stale edit of a case field the town changed meanwhile is a conflict (see conflicts.py).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from station_app.clock import MAX_FORWARD_DRIFT_MS, HlcTimestamp
from station_app.errors import DomainError, StateError
from station_app.ids import new_id
from station_app.store import Store, apply_op
from station_app.store.schema import SCHEMA_VERSION
from station_app.timeutil import from_iso

from ..packing import wire_to_op
from ..protocol import BASE, CREATED, ENTITY, FIELDS, HLC, KIND, OP_ID, PROTOCOL_VERSION, RECORD_ID, SEQ, \
    RECOVERY_OFFER, Gap, ProtocolError, flagged_form
from . import conflicts
from .changes import TOWN, log_problem, log_record_state, pull_page
from .conflicts import Edit
from .page_apply import apply_ops
from .recovery import START as RECOVERY_START, number_floors, renumber_if_taken, serve, settle_renumber, \
    went_back
from .review import drop_delivered, held_page, held_upto, hold_page, review_enabled
from .stations import note_contact, station_revoked
from .store import hub_epoch
from .trust import Rejected, check_op

CLOCK_WARNING = "服务站电脑的时间比镇中心快了一天以上，请检查电脑的日期和时间（数据已照常接收）"


# What makes one op fail on its own; anything else (disk full, I/O) fails the whole page.
REFUSALS = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError, sqlite3.DataError, DomainError)


def exchange(hub: Store, station: str, request: dict, via: str = "http", batch_id: str | None = None,
             reviewed_by: str | None = None) -> dict:
    """Apply ``request['push']`` (if any) and return a reply with a pull page, all in one
    transaction. Raises ``Gap`` (nothing changed) or ``ProtocolError``. A network page is
    held instead while the town reviews batches, unless a person is importing it now
    (``reviewed_by``: then the station itself is not in contact)."""
    with hub.transaction():
        row = hub.one("SELECT last_applied FROM hub_stations WHERE code = ?", (station,))
        if row is None:
            raise ProtocolError(403, "unknown_station", f"镇中心没有登记服务站 {station}")
        epoch = hub_epoch(hub)
        last_applied = row["last_applied"]
        push = request.get("push")
        result = None
        # Judged against what the hub held before this page: a new PC or a restored backup.
        lacks = went_back(request, last_applied, [], set())
        clock_warning = None
        batch_id = batch_id or new_id()
        # Held only when it brings something new: a page the hub already has (imported
        # after review) is applied as usual, which acknowledges it.
        if (push is not None and via == "http" and reviewed_by is None and push["to_seq"] > last_applied
                and review_enabled(hub)):
            if push["from_seq"] > max(last_applied, held_upto(hub, station)) + 1:
                raise Gap(last_applied, push["from_seq"], epoch)
            result = hold_page(hub, station, push, batch_id)
        elif push is not None:
            result, applied_to, newest, diverged = _apply_page(hub, station, push, last_applied, epoch, batch_id,
                                                               request.get("numbers") or {})
            lacks = lacks or diverged
            last_applied = applied_to
            if newest and hub.hlc.receive(HlcTimestamp.decode(newest)).clamped and _still_ahead(hub, request, via):
                clock_warning = CLOCK_WARNING
            _record_batch(hub, station, push, result, via, batch_id, clock_warning, reviewed_by)
            drop_delivered(hub, station, last_applied)
        epoch_reset = bool(request.get("epoch")) and request["epoch"] != epoch
        pull = request.get("pull")
        page = None
        if pull is not None:
            cursor = 0 if epoch_reset else int(pull.get("cursor", 0))
            limit = int(pull.get("limit", 500))
            page = pull_page(hub, station, cursor, limit)
            # A station found lacking starts getting its records back in this very page.
            recover = pull.get("recover") or (RECOVERY_START if lacks else None)
            if recover is not None:
                _add_recovery(hub, station, page, recover, limit, request, result, via)
        recovering = lacks or bool(page and page.get("recovery"))
        skew = None
        if reviewed_by is None:
            hub.conn.execute("UPDATE hub_stations SET last_applied = ?, last_seen_at = ? WHERE code = ?",
                             (last_applied, hub.now_iso(), station))
            skew = note_contact(hub, station, request, via)
        else:
            hub.conn.execute("UPDATE hub_stations SET last_applied = ? WHERE code = ?", (last_applied, station))
        hub_hlc = hub.hlc.tick().encode()
    return {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, "station": station,
            "epoch": epoch, "last_applied": last_applied, "hub_hlc": hub_hlc, "push": result, "pull": page,
            "epoch_reset": epoch_reset, "clock_warning": clock_warning, "clock_skew_s": skew,
            "lacks_records": lacks, "numbers": number_floors(hub, station) if recovering else None}


def _add_recovery(hub: Store, station: str, page: dict, position: dict, limit: int, request: dict,
                  result: dict | None, via: str) -> None:
    """Fill what the page has room for with the station's own records. Only once the
    station has pushed everything and the page brought every change after its cursor: a
    returning record must meet the station's own copy renumbered, never the other way.
    Over the network the hub says it can send them as tables, row by row or column by
    column, and does when asked (a reply file keeps one change per record, which stations
    of every version read)."""
    pushed_all = not request.get("waiting") and not (result or {}).get("held")
    ready = pushed_all and not page["has_more"]
    form = (flagged_form(request["pull"]) if via == "http" else None) or "changes"
    found, page["recovery"] = serve(hub, station, position, limit - len(page["changes"]), ready, form)
    if form == "changes":
        page["changes"] += found
    else:
        page["records"] = found
    if via == "http":
        page["recovery"].update(RECOVERY_OFFER)
    page["has_more"] = page["has_more"] or (ready and page["recovery"]["next"] is not None)


def _apply_page(hub: Store, station: str, push: dict, last_applied: int, epoch: str, batch_id: str,
                declared: dict[str, int]):
    from_seq, to_seq, ops = push["from_seq"], push["to_seq"], push["ops"]
    if from_seq > last_applied + 1:
        raise Gap(last_applied, from_seq, epoch)
    if to_seq < from_seq - 1:
        raise ProtocolError(400, "bad_page", f"页面的序号范围 {from_seq}–{to_seq} 不对")
    previous = from_seq - 1
    for wire in ops:
        if not previous < wire[SEQ] <= to_seq:
            raise ProtocolError(400, "bad_page", f"第 {wire[SEQ]} 条的序号不在 {from_seq}–{to_seq} 之间或没有按顺序排列")
        previous = wire[SEQ]
    result = {"applied": 0, "skipped": 0, "rejected": 0, "conflicts": 0}
    # Op ids decide what is new: a station restored from its own backup reuses seqs the
    # hub has seen, with new op ids, and those ops must not be skipped.
    known = _known_op_ids(hub, station, [w[OP_ID] for w in ops])
    diverged = went_back({}, last_applied, ops, known)
    now = hub.now_iso()

    def exact(wire) -> str:
        try:
            return _apply_one(hub, station, wire, push["schema_version"], result, declared)
        except Rejected as err:
            result["rejected"] += 1
            _reject(hub, station, wire, err)
            return "rejected"

    done = apply_ops(hub, station, ops, known, exact, lambda wire: _plausible_time(hub, wire), result, REFUSALS)
    newest = max((wire[HLC] for wire, outcome in done if outcome != "rejected"), default="")
    outcomes = [(wire[OP_ID], station, wire[SEQ], wire[ENTITY], wire[RECORD_ID], outcome, batch_id, now)
                for wire, outcome in done]
    hub.conn.executemany(
        "INSERT INTO hub_ops (op_id, station_code, seq, entity, record_id, outcome, batch_id, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", outcomes)
    return result, max(last_applied, to_seq), newest, diverged


def _known_op_ids(hub: Store, station: str, op_ids: list[str]) -> set[str]:
    """Op ids are unique per station: another station cannot squat one."""
    known: set[str] = set()
    for start in range(0, len(op_ids), 500):
        chunk = op_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in hub.conn.execute(
            f"SELECT op_id FROM hub_ops WHERE station_code = ? AND op_id IN ({marks})", [station, *chunk]))
    return known


def _apply_one(hub: Store, station: str, wire, schema_version: int, result: dict, declared: dict[str, int]) -> str:
    check_op(hub, station, wire)  # values, ownership and references: see trust.py
    entity, record_id, kind = wire[ENTITY], wire[RECORD_ID], wire[KIND]
    fields = dict(wire[FIELDS])
    wire = _plausible_time(hub, wire)
    renumbered = None
    if kind == "insert":
        fields["station_code"] = station
        version = 1
        renumbered = renumber_if_taken(hub, station, entity, record_id, fields, declared)
    else:
        current = hub.one(f"SELECT station_code, version FROM {entity} WHERE id = ?", (record_id,))
        version = current["version"] + 1
    stale = kind == "update" and wire[BASE] < current["version"]
    outcome = "applied"
    op = wire_to_op([*wire[:FIELDS], fields], schema_version)
    if stale:
        # Conflict rows and the op stand or fall together.
        hub.conn.execute("SAVEPOINT stale_op")
        try:
            current = hub.get(entity, record_id)
            outcome = _settle_conflicts(hub, station, wire, fields, current, result)
            apply_op(hub.conn, hub.columns, wire_to_op([*wire[:FIELDS], fields], schema_version))
        except REFUSALS as err:
            hub.conn.execute("ROLLBACK TO stale_op")
            hub.conn.execute("RELEASE stale_op")
            raise Rejected(*_plain(err, entity)) from None
        hub.conn.execute("RELEASE stale_op")
    else:
        try:  # one statement: if it fails, SQLite undoes just that statement
            apply_op(hub.conn, hub.columns, op)
        except REFUSALS as err:
            raise Rejected(*_plain(err, entity)) from None
    if kind == "update" and entity in conflicts.SHARED_FIELDS:
        conflicts.set_marks(hub, entity, record_id, fields, version, "station", wire[HLC])
    if stale:
        # The station's copy lacks what the town changed meanwhile: send it the merged state.
        log_record_state(hub, station, entity, record_id)
    if kind == "insert" and renumbered:
        settle_renumber(hub, station, entity, record_id, wire[OP_ID], renumbered)
        result["conflicts"] += 1
        return "conflict"
    if outcome == "applied":
        result["applied"] += 1
    return outcome


def _still_ahead(hub: Store, request: dict, via: str) -> bool:
    """Ops stamped a day ahead came from a clock that ran ahead; over the network the
    station's ``sent_at`` tells whether it still does (a clock put right since is not
    warned again). A file's time only says when it was written."""
    sent = request.get("sent_at")
    if via != "http" or sent is None:
        return True
    sent = from_iso(sent) if isinstance(sent, str) else sent
    return (sent - hub.clock.now()).total_seconds() >= MAX_FORWARD_DRIFT_MS / 1000


def _plausible_time(hub: Store, wire):
    """An op stamped more than a day ahead of the hub (a PC clock that ran ahead) counts
    as made now: otherwise it would win every conflict decided by time until then."""
    stamp = HlcTimestamp.decode(wire[HLC])
    if stamp.ms <= hub.hlc.wall_ms() + MAX_FORWARD_DRIFT_MS:
        return wire
    now = hub.hlc.tick()
    return [*wire[:HLC], HlcTimestamp(now.ms, now.counter, stamp.node).encode(), *wire[HLC + 1:]]


def _settle_conflicts(hub: Store, station: str, wire, fields: dict, current, result: dict) -> str:
    outcome = "applied"
    entity, record_id = wire[ENTITY], wire[RECORD_ID]
    for field, (_version, _side, town_hlc) in conflicts.contested(hub, entity, record_id, fields, wire[BASE],
                                                                   "station").items():
        if current[field] == fields[field]:
            continue  # both sides chose the same value: nothing to decide
        station_edit = Edit("station", station, fields[field], wire[HLC])
        town_edit = Edit("town", TOWN, current[field], town_hlc)
        won = conflicts.winner(entity, field, station_edit, town_edit)
        problem = conflicts.conflict_record(hub, entity, record_id, field, station_edit, town_edit, won,
                                            wire[OP_ID], wire[BASE])
        log_problem(hub, station, problem)
        if won is town_edit:
            del fields[field]
        outcome = "conflict"
        result["conflicts"] += 1
    return outcome


def _plain(err: Exception, entity: str) -> tuple[str, str]:
    """A database refusal in words an agent can act on."""
    if isinstance(err, DomainError):
        return err.code, err.message
    text = str(err)
    if text == f"UNIQUE constraint failed: {entity}.id":
        return "duplicate_record", "这条记录已经存在，不能重复登记"
    if text.startswith("CHECK constraint failed"):
        return "rule_broken", f"数据不符合规则（{text.split(':', 1)[-1].strip()}）"
    if text.startswith("FOREIGN KEY"):
        return "missing_reference", "引用的记录在镇中心不存在（可能它的登记被拒收了）"
    if text.startswith("UNIQUE"):
        return "duplicate_value", f"与已有记录重复（{text.split(':', 1)[-1].strip()}）"
    if text.startswith("NOT NULL"):
        return "missing_value", f"缺少必填内容（{text.split('.', 1)[-1].strip()}）"
    return "refused", f"镇中心无法保存这条记录（{text}）"


def _reject(hub: Store, station: str, wire, err: Rejected) -> None:
    problem = {
        "id": new_id(), "kind": "rejection", "entity": str(wire[ENTITY]), "record_id": str(wire[RECORD_ID]),
        "op_id": wire[OP_ID], "code": err.code, "reason": err.reason,
        "detail": json.dumps({"seq": wire[SEQ], "kind": wire[KIND], "created_at": wire[CREATED]}),
        "created_at": hub.now_iso(), "resolved_at": None,
    }
    hub.conn.execute(
        "INSERT INTO sync_problems (id, kind, entity, record_id, op_id, code, reason, detail, created_at, resolved_at)"
        " VALUES (:id, :kind, :entity, :record_id, :op_id, :code, :reason, :detail, :created_at, :resolved_at)",
        problem)
    log_problem(hub, station, problem)


def _record_batch(hub: Store, station: str, push: dict, result: dict, via: str, batch_id: str,
                  warning: str | None, reviewed_by: str | None) -> None:
    """One row per batch; a held batch's row is completed when a person imports it."""
    ops = push["ops"]
    times = [w[CREATED] for w in ops]
    outcome = "rejected" if result["rejected"] else ("conflict" if result["conflicts"] else "ok")
    now = hub.now_iso()
    hub.conn.execute(
        "INSERT INTO hub_batches (id, station_code, via, from_seq, to_seq, op_count, applied, skipped, rejected,"
        " conflicts, first_at, last_at, outcome, reason, received_at, reviewed_by, reviewed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " applied = excluded.applied, skipped = excluded.skipped, rejected = excluded.rejected,"
        " conflicts = excluded.conflicts, outcome = excluded.outcome, reason = excluded.reason,"
        " reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at WHERE hub_batches.outcome = 'held'",
        (batch_id, station, via, push["from_seq"], push["to_seq"], len(ops), result["applied"], result["skipped"],
         result["rejected"], result["conflicts"], min(times, default=None), max(times, default=None), outcome,
         warning, now, reviewed_by, now if reviewed_by else None))


def import_held(hub: Store, batch_id: str, reviewed_by: str) -> dict:
    """A person imports a held network batch: applied as if it had just arrived, in one
    transaction with dropping it from the held pages. Returns the push result."""
    with hub.transaction():
        held = held_page(hub, batch_id)
        if held is None:
            raise StateError("not_held", "这一批已经导入过了，或不是待审核的数据", "batch")
        station, push = held
        if station_revoked(hub, station):
            raise StateError("station_revoked", f"服务站 {station} 已被停用，它的数据不再接收", "batch")
        try:
            reply = exchange(hub, station, {"station": station, "push": push, "pull": None}, "http", batch_id,
                             reviewed_by=reviewed_by)
        except Gap as gap:
            raise StateError("earlier_first", f"请先导入服务站 {station} 更早的一批（镇中心只收到第 "
                             f"{gap.last_applied} 条，这一批从第 {push['from_seq']} 条开始）", "batch") from None
        hub.conn.execute("DELETE FROM hub_held_pages WHERE batch_id = ?", (batch_id,))
    return {"station": station, "ops": len(push["ops"]), **reply["push"]}


def import_held_batches(hub: Store, batch_ids: list[str], reviewed_by: str) -> dict:
    """Import held batches in the order given, each in its own transaction; a station whose
    earlier batch could not be imported is skipped for the rest (its later ones would not
    fit). Returns the counts and what could not be imported, in words."""
    done: dict = {"batches": 0, "applied": 0, "rejected": 0, "problems": []}
    stuck: set[str] = set()
    for batch_id in batch_ids:
        held = held_page(hub, batch_id)
        if held is None or held[0] in stuck:
            continue
        try:
            got = import_held(hub, batch_id, reviewed_by)
        except DomainError as err:
            stuck.add(held[0])
            done["problems"].append(err.message)
            continue
        done["batches"] += 1
        done["applied"] += got["applied"]
        done["rejected"] += got["rejected"]
    return done


def batch_seen(hub: Store, batch_id: str) -> bool:
    return hub.scalar("SELECT 1 FROM hub_batches WHERE id = ?", (batch_id,)) is not None


__all__: list[Any] = ["exchange", "import_held", "import_held_batches", "batch_seen", "Rejected"]
