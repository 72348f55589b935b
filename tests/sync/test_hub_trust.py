"""Issue 10: whoever holds one station's secret cannot touch another station's records,
refer to them, use its numbers or squat its op ids. Each attack is a hand-made page sent
to a real hub process; each op is rejected alone with its reason, and the victim's
records and figures at the hub stay as they were."""

from __future__ import annotations

from station_app.station import open_station
from station_app.villagers import add_villager
from attack_support import one_id, op, push_ops, records_of, rejections
from sync_support import cli_stats_pair, hub_op_ids, station_op_ids, sync_station


def _victim(hub_dir) -> dict:
    q = "SELECT id FROM {} WHERE station_code = 'SHIMEN' LIMIT 1"
    return {t: one_id(hub_dir, q.format(t)) for t in ("villagers", "payments", "cases", "parcels", "agents",
                                                      "contacts", "feedback")}


def _mine(hub_dir) -> dict:
    q = "SELECT id FROM {} WHERE station_code = 'ZHUPO' LIMIT 1"
    return {t: one_id(hub_dir, q.format(t)) for t in ("villagers", "agents", "payments")}


def test_a_station_can_neither_change_nor_refer_to_another_stations_records(hub, hub_dir, two_stations):
    folders, secret = two_stations
    b, a = _victim(hub_dir), _mine(hub_dir)
    shimen_before = records_of(hub_dir, "SHIMEN")
    money = {"payer_name": "甲", "bill_kind": "electricity", "account_no": "41000001", "amount_fen": 100,
             "method": "cash", "paid_at": "2026-11-27T02:00:00.000Z"}
    attacks = {
        "void B's payment": (op("voids", {"target_entity": "payments", "target_id": b["payments"], "reason": "x"}),
                             "foreign_reference"),
        "event on B's case": (op("case_events", {"case_id": b["cases"], "to_status": "withdrawn", "by_side": "station",
                                                 "at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "event on B's parcel": (op("parcel_events", {"parcel_id": b["parcels"], "kind": "release", "detail": "{}",
                                                     "at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "contact of B's villager": (op("contacts", {"villager_id": b["villagers"], "name": "乙", "relation": "son",
                                                    "is_payer": 0}), "foreign_reference"),
        "advance to B's villager": (op("advances", {"villager_id": b["villagers"], "amount_fen": 100, "purpose": "x",
                                                    "advanced_at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "advance on B's payer": (op("advances", {"villager_id": a["villagers"], "payer_contact_id": b["contacts"],
                                                 "amount_fen": 100, "purpose": "x",
                                                 "advanced_at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "advance on B's payment": (op("advances", {"villager_id": a["villagers"], "payment_id": b["payments"],
                                                   "amount_fen": 100, "purpose": "x",
                                                   "advanced_at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "repayment for B's villager": (op("repayments", {"villager_id": b["villagers"], "amount_fen": 100,
                                                         "method": "cash", "paid_by_name": "乙",
                                                         "received_at": "2026-11-27T02:00:00.000Z"}),
                                       "foreign_reference"),
        "feedback on B's payment": (op("feedback", {"target_entity": "payments", "target_id": b["payments"],
                                                    "level": 1, "at": "2026-11-27T02:00:00.000Z"}),
                                    "foreign_reference"),
        "call-back on B's feedback": (op("callbacks", {"feedback_id": b["feedback"], "status": "open"}),
                                      "foreign_reference"),
        "reception by B's agent": (op("receptions", {"visitor_name": "丙", "channel": "walk_in", "matter": "x",
                                                     "first_agent_id": b["agents"], "outcome": "answered",
                                                     "at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "reception linked to B's case": (op("receptions", {"visitor_name": "丙", "channel": "walk_in", "matter": "x",
                                                           "first_agent_id": a["agents"], "outcome": "case",
                                                           "linked_entity": "cases", "linked_id": b["cases"],
                                                           "at": "2026-11-27T02:00:00.000Z"}), "foreign_reference"),
        "appointment for B's villager": (op("appointments", {"villager_id": b["villagers"], "name": "丁",
                                                             "scheduled_at": "2026-11-28T02:00:00.000Z",
                                                             "purpose": "x", "status": "scheduled"}),
                                         "foreign_reference"),
        "written by B's agent": (op("villagers", {"name": "戊", "tags": "[]", "created_by": b["agents"]}),
                                 "foreign_reference"),
        "B's next receipt number": (op("payments", {**money, "receipt_no": "SHIMEN-2026-00011"}), "foreign_number"),
        "B's case number": (op("cases", {"case_no": "SHIMEN-2026-D0099", "villager_id": a["villagers"],
                                         "item_code": "JS-01", "status": "received", "deadline": "2026-12-10",
                                         "received_at": "2026-11-27T02:00:00.000Z", "materials_received": "[]"}),
                            "foreign_number"),
        "insert as B": (op("villagers", {"name": "己", "tags": "[]", "station_code": "SHIMEN"}), "foreign_station"),
        "update B's villager": (op("villagers", {"name": "改名"}, kind="update", record_id=b["villagers"], base=1),
                                "foreign_station"),
        "a case for no catalogue item": (op("cases", {"case_no": "ZHUPO-2026-D0999", "villager_id": a["villagers"],
                                                      "item_code": "NO-SUCH", "status": "received",
                                                      "deadline": "2026-12-10", "materials_received": "[]",
                                                      "received_at": "2026-11-27T02:00:00.000Z"}),
                                         "missing_reference"),
        "edit its own payment": (op("payments", {"amount_fen": 1}, kind="update", record_id=a["payments"], base=1),
                                 "append_only"),
    }
    for name, (attack, code) in attacks.items():
        reply = push_ops(hub, hub_dir, "ZHUPO", secret, [attack])
        assert reply.status_code == 200, (name, reply.text)
        assert reply.json()["push"]["rejected"] == 1, (name, reply.json())
        got, reason = rejections(hub_dir, "ZHUPO")[-1]
        assert got == code and reason, (name, got, reason)

    assert records_of(hub_dir, "SHIMEN") == shimen_before
    mine, theirs = cli_stats_pair(folders["SHIMEN"], hub_dir, "SHIMEN")
    assert mine == theirs  # the victim's figures at the hub are still its own
    assert sync_station(folders["SHIMEN"]).status == "ok"  # and it syncs on as before


def test_a_station_cannot_squat_another_stations_op_id(hub, hub_dir, two_stations):
    folders, secret = two_stations
    with open_station(folders["SHIMEN"]) as store:
        agent = store.scalar("SELECT id FROM agents LIMIT 1")
        real = add_villager(store, agent, "庚大娘", phone="13600003333")
    coming = station_op_ids(folders["SHIMEN"])[-1]  # SHIMEN's next op, not yet sent

    junk = op("villagers", {"name": "占位", "tags": "[]"}, op_id=coming)
    assert push_ops(hub, hub_dir, "ZHUPO", secret, [junk]).json()["push"]["applied"] == 1

    report = sync_station(folders["SHIMEN"])
    assert report.status == "ok" and report.pending == 0
    assert coming in hub_op_ids(hub_dir, "SHIMEN") and coming in hub_op_ids(hub_dir, "ZHUPO")
    assert one_id(hub_dir, "SELECT id FROM villagers WHERE id = ? AND station_code = 'SHIMEN'", real) == real
