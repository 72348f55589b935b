"""The hub applies a page in bulk (page_apply.py) and decides exactly what the op-by-op
path decides: the same records, the same rejections with the same reasons, the same
outcomes, whether an op is refused by a check (it goes the exact way alone) or by SQLite
in the middle of a run (the run is rolled back and applied op by op)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from station_app.errors import DomainError
from station_app.ids import new_id
from station_app.record_fields import entity_rules
from station_app.rules import check_value
from station_app.station import open_station
from station_app.store.schema import ENTITIES
from sync.hub import page_apply
from sync.hub.apply import exchange
from sync.hub.stations import add_station
from sync.hub.store import init_hub, open_hub
from sync.hub.value_checks import compile_column, compile_rule
from sync.packing import decode_page, encode_page

NOW = "2026-11-20T02:00:00.000Z"


def outbox(station_dir: Path) -> list[dict]:
    with open_station(station_dir) as store:
        return [dict(r) for r in store.all("SELECT * FROM outbox ORDER BY seq")]


def page_of(rows: list[dict]) -> dict:
    """The rows (renumbered 1..n) as the hub receives them: encoded and decoded again."""
    rows = [{**row, "seq": seq} for seq, row in enumerate(rows, 1)]
    return {"station": "ZHUPO", "push": decode_page(encode_page(rows, "ZHUPO", 0)), "pull": None}


def hub_after(folder: Path, request: dict, batched: bool, monkeypatch) -> tuple[dict, dict]:
    """A fresh hub that applied ``request``: its push result and everything it holds."""
    with init_hub(folder, "小浪底镇便民服务中心") as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站")
        monkeypatch.setattr(page_apply, "BATCHED", batched)
        reply = exchange(hub, "ZHUPO", request)
    with open_hub(folder) as hub:
        held = {t: [tuple(r) for r in hub.all(f"SELECT * FROM {t} ORDER BY id")]
                for t, spec in ENTITIES.items() if spec.owner == "station"}
        held["rejections"] = [tuple(r) for r in hub.all(
            "SELECT op_id, record_id, code, reason FROM sync_problems WHERE kind = 'rejection' ORDER BY op_id")]
        held["outcomes"] = [tuple(r) for r in hub.all("SELECT op_id, seq, outcome FROM hub_ops ORDER BY op_id")]
        held["marks"] = [tuple(r) for r in hub.all("SELECT * FROM hub_field_marks ORDER BY 1, 2, 3")]
    return reply["push"], held


def both_ways(tmp_path: Path, rows: list[dict], monkeypatch) -> tuple[dict, dict]:
    request = page_of(rows)
    batched = hub_after(tmp_path / "batched", json.loads(json.dumps(request)), True, monkeypatch)
    exact = hub_after(tmp_path / "exact", json.loads(json.dumps(request)), False, monkeypatch)
    assert batched == exact
    return batched


def with_fields(row: dict, **changes) -> dict:
    return {**row, "fields": json.dumps({**json.loads(row["fields"]), **changes}, ensure_ascii=False)}


def extra_insert(entity: str, fields: dict, seq_like: dict) -> dict:
    return {**seq_like, "op_id": new_id(), "entity": entity, "record_id": new_id(), "kind": "insert",
            "fields": json.dumps({"created_at": NOW, **fields}, ensure_ascii=False), "base_version": 0,
            "created_at": NOW}


@pytest.fixture
def zhupo(tmp_path, demo_templates) -> list[dict]:
    folder = tmp_path / "station"
    shutil.copytree(demo_templates["ZHUPO"], folder)
    return outbox(folder)[:600]


@pytest.fixture
def fallbacks(monkeypatch) -> list[bool]:
    """One entry per run of plain ops written: True when SQLite refused it."""
    seen: list[bool] = []
    write_run = page_apply._write_run

    def spy(*args):
        done = write_run(*args)
        seen.append(not done)
        return done

    monkeypatch.setattr(page_apply, "_write_run", spy)
    return seen


def test_a_bad_op_among_many_is_rejected_alone_and_what_needs_it_with_it(tmp_path, zhupo, fallbacks, monkeypatch):
    rows = list(zhupo)
    paid_over = {json.loads(r["fields"]).get("payment_id") for r in rows if r["entity"] == "payover_items"}
    paid = next(i for i, r in enumerate(rows)  # one not paid over yet: only the voucher below needs it
                if r["entity"] == "payments" and r["kind"] == "insert" and r["record_id"] not in paid_over)
    payment = rows[paid]["record_id"]
    rows[paid] = with_fields(rows[paid], amount_fen=-5)  # a value the rules refuse
    rows.insert(paid + 1, extra_insert("payment_vouchers", {"payment_id": payment, "voucher_no": "V1"}, rows[paid]))
    rows.insert(paid + 5, extra_insert("contacts", {"villager_id": new_id(), "name": "王芳", "relation": "spouse",
                                                    "is_payer": 1}, rows[paid]))
    stale = next(i for i, r in enumerate(rows) if r["entity"] == "cases" and r["kind"] == "update")
    rows.insert(stale + 1, {**rows[stale], "op_id": new_id()})  # the same edit again, on a stale base
    result, held = both_ways(tmp_path, rows, monkeypatch)
    assert sorted(r[2] for r in held["rejections"]) == ["missing_reference", "missing_reference", "out_of_range"]
    assert result == {"applied": len(rows) - 3, "skipped": 0, "rejected": 3, "conflicts": 0}
    assert payment not in {r[0] for r in held["payments"]}
    assert fallbacks and not any(fallbacks)  # the checks sent the bad ops the exact way: no run was refused


def test_a_run_sqlite_refuses_is_applied_op_by_op(tmp_path, zhupo, fallbacks, monkeypatch):
    rows = list(zhupo[:200])
    twice = {"notice_id": new_id(), "read_at": NOW}
    rows[50:50] = [extra_insert("notice_reads", twice, rows[50]), extra_insert("notice_reads", twice, rows[50])]
    rows[120:120] = [extra_insert("villagers", {"phone": "13800000000"}, rows[120])]  # no name: NOT NULL
    result, held = both_ways(tmp_path, rows, monkeypatch)
    assert any(fallbacks)
    assert sorted(r[2] for r in held["rejections"]) == ["duplicate_value", "missing_value"]
    assert result["applied"] == len(rows) - 2 and len(held["notice_reads"]) == 1


def test_a_page_sent_twice_changes_nothing_the_second_time(tmp_path, zhupo, monkeypatch):
    request = page_of(zhupo)
    with init_hub(tmp_path / "hub", "小浪底镇便民服务中心") as hub:
        add_station(hub, "ZHUPO", "朱坡村便民服务站")
        first = exchange(hub, "ZHUPO", json.loads(json.dumps(request)))["push"]
        again = exchange(hub, "ZHUPO", json.loads(json.dumps(request)))["push"]
    assert first["applied"] == len(zhupo) and again == {**again, "applied": 0, "skipped": len(zhupo)}


RULES = [(entity, name, rule) for entity, fields in sorted(entity_rules().items()) for name, rule in fields.items()]
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(1 << 64), max_value=1 << 64), st.floats(),
    st.text(max_size=40), st.text(st.characters(exclude_categories=()), max_size=12),
    st.sampled_from(["2026-11-27", "2026-02-30", "2026-11-27T08:00:00.000Z", "2026-11-27T24:00:00.000Z",
                     "２０２６-11-27T08:00:00.000Z", "ZHUPO-2026-00001", "SHIMEN-2026-D0001", "[]", "{}",
                     '["x"]', "walk_in", "cash", " ", "a\x00b", "13800000000", "1-2-3"]))


@settings(max_examples=3000, deadline=None, database=None)
@given(st.sampled_from(RULES), VALUES)
def test_the_fast_checks_never_accept_what_the_rules_refuse(entry, value):
    entity, name, rule = entry
    station = None if ENTITIES[entity].owner == "town" else "ZHUPO"
    if compile_rule(rule, name, station)(value):
        try:
            check_value(rule, name, value, station)
        except DomainError as err:
            pytest.fail(f"{entity}.{name} = {value!r} passed the fast check but the rules say {err.code}")


@settings(max_examples=3000, deadline=None, database=None)
@given(st.sampled_from(RULES), st.lists(VALUES, max_size=6))
def test_a_column_passes_only_when_every_value_passes_the_rules(entry, values):
    entity, name, rule = entry
    station = None if ENTITIES[entity].owner == "town" else "ZHUPO"
    if compile_column(rule, name, station)(list(values)):
        for value in values:
            try:
                check_value(rule, name, value, station)
            except DomainError as err:
                pytest.fail(f"{entity}.{name}: the column {values!r} passed, but the rules refuse {value!r} ({err.code})")


@pytest.mark.parametrize("entity, name, column, passes", [
    ("payments", "paid_at", ["2026-11-27T08:00:00.000Z", "2026-11-28T23:59:59.999Z", "2026-11-27T08:00:00.000Z"], True),
    ("payments", "paid_at", ["2026-11-27T08:00:00.000Z", "2026-02-30T08:00:00.000Z"], False),
    ("payments", "paid_at", ["2026-11-27T24:00:00.000Z"], False),
    ("payments", "receipt_no", ["ZHUPO-2026-00001", "ZHUPO-2026-00002"], True),
    ("payments", "receipt_no", ["ZHUPO-2026-00001", "SHIMEN-2026-00002"], False),
    ("payments", "amount_fen", [100, 2500, None], False),
    ("payments", "amount_fen", [100, True], False),
])
def test_a_column_is_judged_in_one_look(entity, name, column, passes):
    assert compile_column(entity_rules()[entity][name], name, "ZHUPO")(column) is passes
