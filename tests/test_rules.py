"""The declared field rules (station_app/record_fields.py) cover every synced column, know every
foreign key of the schema, and refuse at the station's own write path what the hub
would refuse."""

from __future__ import annotations

import pytest

from station_app.errors import DomainError
from station_app.record_fields import check_op, entity_rules, references
from station_app.store import Store
from station_app.store.schema import ENTITIES

SYSTEM = {"id", "version", "hlc"}


def test_every_synced_column_has_a_rule_and_nothing_else_does():
    with Store(":memory:") as store:
        for entity in ENTITIES:
            assert set(entity_rules()[entity]) == set(store.columns(entity)) - SYSTEM, entity


def test_the_reference_map_knows_every_foreign_key():
    with Store(":memory:") as store:
        for entity in ENTITIES:
            keys = {(r[3], r[2]) for r in store.all(f"PRAGMA foreign_key_list({entity})")}
            declared = {(name, rule.ref) for name, rule in references(entity)}
            assert keys <= declared, entity


@pytest.mark.parametrize("entity, fields, code", [
    ("payments", {"amount_fen": True}, "bad_type"),
    ("payments", {"amount_fen": 100.0}, "bad_type"),
    ("payments", {"amount_fen": 100_000_001}, "out_of_range"),
    ("payments", {"receipt_no": "SHIMEN-2026-00011"}, "foreign_number"),
    ("cases", {"case_no": "SHIMEN-2026-D0001"}, "foreign_number"),
    ("payments", {"bill_kind": "bitcoin"}, "bad_choice"),
    ("villagers", {"name": "甲\ud800"}, "bad_text"),
    ("villagers", {"name": "  "}, "required"),
    ("villagers", {"created_at": "2026-11-27 08:00"}, "bad_format"),
    ("daily_closes", {"business_date": "2026-02-30"}, "bad_format"),
    ("villagers", {"tags": '["rich"]'}, "bad_choice"),
    ("voids", {"target_entity": "villagers"}, "bad_choice"),
    ("villagers", {"salary": 1}, "unknown_field"),
])
def test_a_value_the_hub_would_refuse_is_refused_where_it_is_written(entity, fields, code):
    with pytest.raises(DomainError) as refused:
        check_op(entity, "insert", fields, station="ZHUPO")
    assert refused.value.code == code and refused.value.message


def test_records_that_are_never_edited_refuse_an_update():
    with pytest.raises(DomainError) as refused:
        check_op("payments", "update", {"note": "x"}, station="ZHUPO")
    assert refused.value.code == "append_only"
    check_op("villagers", "update", {"note": "耳背"}, station="ZHUPO")  # a villager may change
