"""The sync semantics of issue 4, one test each, against a real hub process."""

from __future__ import annotations

import json

from station_app.agents import list_agents
from station_app.cases import change_status, open_case
from station_app.ids import new_id
from station_app.station import open_station
from station_app.store.schema import SCHEMA_VERSION
from station_app.villagers import add_villager
from sync.hub.store import open_hub
from sync.station.state import build_request, problems_for, settings
from sync.town.notices import publish_notice
from sync.town.writes import publish_calendar_day, publish_catalogue_item, set_case_status
from sync_support import (enrol_offline, hub_fingerprint, hub_op_ids, post_exchange, stats_pair,
                          station_op_ids, sync_station)


def _outbox_count(station_dir) -> int:
    with open_station(station_dir) as store:
        return store.scalar("SELECT COUNT(*) FROM outbox")


def test_a_repeated_page_changes_nothing(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        s = settings(store)
        out = build_request(store, s, 300, 256 * 1024, 100)
    first = post_exchange(hub.url, s.secret, out.body)
    assert first.status_code == 200 and first.json()["push"]["applied"] == 300
    before = hub_fingerprint(hub_dir, contact=False)

    again = post_exchange(hub.url, s.secret, out.body)

    assert again.status_code == 200
    assert again.json()["push"] == {"applied": 0, "skipped": 300, "rejected": 0, "conflicts": 0}
    assert again.json()["last_applied"] == first.json()["last_applied"] == out.last_seq
    assert hub_fingerprint(hub_dir, contact=False) == before
    assert len(hub_op_ids(hub_dir, "ZHUPO")) == 300


def test_a_gap_is_refused_with_409_and_the_station_resends_from_last_applied(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        # The station believes the hub has its first 50 ops (the hub has none).
        with store.transaction():
            store.conn.execute("UPDATE outbox SET acked_at = '2026-11-26T00:00:00.000Z' WHERE seq <= 50")
            store.set_meta("sync_acked_seq", "50")
        s = settings(store)
        out = build_request(store, s, 100, 256 * 1024, 100)
    before = hub_fingerprint(hub_dir)

    refused = post_exchange(hub.url, s.secret, out.body)

    assert refused.status_code == 409
    assert refused.json()["error"] == "gap" and refused.json()["last_applied"] == 0
    assert hub_fingerprint(hub_dir) == before  # nothing half-applied

    report = sync_station(station)
    assert report.status == "ok" and report.resent == 50
    assert sorted(hub_op_ids(hub_dir, "ZHUPO")) == sorted(station_op_ids(station))
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs


def test_a_bad_op_is_rejected_alone_and_does_not_block_later_ops(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    assert sync_station(station).status == "ok"
    bad_payment = new_id()
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        add_villager(store, agent, "赵大山", phone="13600001111")
        # An op that an older, buggy release could have logged: a payment of 0 fen.
        with store.transaction():
            store.conn.execute(
                "INSERT INTO outbox (op_id, entity, record_id, kind, fields, base_version, hlc, agent_id,"
                " schema_version, created_at) VALUES (?, 'payments', ?, 'insert', ?, 0, ?, ?, ?, ?)",
                (new_id(), bad_payment, json.dumps({
                    "station_code": "ZHUPO", "receipt_no": "ZHUPO-2026-99999", "payer_name": "赵大山",
                    "bill_kind": "electricity", "account_no": "4100000001", "amount_fen": 0, "method": "cash",
                    "paid_at": store.now_iso(), "created_at": store.now_iso(), "created_by": agent}),
                 store.hlc.tick().encode(), agent, SCHEMA_VERSION - 1, store.now_iso()))
        later = add_villager(store, agent, "钱小梅", phone="13600002222")

    report = sync_station(station)

    assert report.status == "ok" and report.rejected == 1 and report.pending == 0
    with open_hub(hub_dir) as hub_store:
        assert hub_store.get("villagers", later) is not None  # the op after the bad one went through
        assert hub_store.get("payments", bad_payment) is None
        assert hub_store.scalar("SELECT last_applied FROM hub_stations WHERE code = 'ZHUPO'") == _outbox_count(station)
    with open_station(station) as store:
        problems = problems_for(store, "payments", bad_payment)
    assert [p["kind"] for p in problems] == ["rejection"]
    assert problems[0]["code"] == "out_of_range" and "金额" in problems[0]["reason"]


def test_a_station_can_only_write_its_own_records(hub, hub_dir, make_station):
    zhupo, shimen = make_station("ZHUPO"), make_station("SHIMEN")
    enrol_offline(hub_dir, zhupo, "ZHUPO", hub.url)
    enrol_offline(hub_dir, shimen, "SHIMEN", hub.url)
    assert sync_station(zhupo).status == "ok"
    with open_hub(hub_dir) as hub_store:
        victim = hub_store.one("SELECT id, name, version FROM villagers WHERE station_code = 'ZHUPO' LIMIT 1")
    before = hub_fingerprint(hub_dir)["villagers"]
    forged_id = new_id()
    with open_station(shimen) as store:
        agent = list_agents(store)[0].id
        with store.transaction():  # forged ops, as a tampered station could send them
            for entity, record_id, kind, fields, base in [
                ("villagers", forged_id, "insert", {"station_code": "ZHUPO", "name": "冒名", "tags": "[]",
                                                    "created_at": store.now_iso(), "created_by": agent}, 0),
                ("villagers", victim["id"], "update", {"name": "被改", "updated_at": store.now_iso(),
                                                       "updated_by": agent}, victim["version"]),
            ]:
                store.conn.execute(
                    "INSERT INTO outbox (op_id, entity, record_id, kind, fields, base_version, hlc, agent_id,"
                    " schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (new_id(), entity, record_id, kind, json.dumps(fields), base, store.hlc.tick().encode(),
                     agent, SCHEMA_VERSION, store.now_iso()))
        shimen_secret = store.get_meta("sync_secret")

    # SHIMEN's secret cannot speak for ZHUPO at all.
    with open_station(zhupo) as store:
        s = settings(store)
        out = build_request(store, s, 10, 256 * 1024, 10)
    assert post_exchange(hub.url, shimen_secret, out.body).status_code == 403

    report = sync_station(shimen)
    assert report.status == "ok" and report.rejected == 2
    after = hub_fingerprint(hub_dir)["villagers"]
    assert [r for r in after if r[1] == "ZHUPO"] == [r for r in before if r[1] == "ZHUPO"]
    with open_station(shimen) as store:
        codes = {r["code"] for r in store.all("SELECT code FROM sync_problems WHERE kind = 'rejection'")}
    assert codes == {"foreign_station"}


def test_a_case_status_changed_at_the_hub_reaches_the_station(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    assert sync_station(station).status == "ok"
    with open_hub(hub_dir) as hub_store:
        case = hub_store.one("SELECT id, case_no FROM cases WHERE status = 'sent_to_town' AND station_code = 'ZHUPO'")
        set_case_status(hub_store, case["id"], "accepted")
    outbox_before = _outbox_count(station)

    report = sync_station(station)

    assert report.status == "ok" and report.pulled >= 2
    with open_station(station) as store:
        assert store.get("cases", case["id"])["status"] == "accepted"
        events = store.all("SELECT to_status, by_side FROM case_events WHERE case_id = ?", (case["id"],))
        assert ("accepted", "town") in [tuple(e) for e in events]
        assert store.pending_outbox() == 0
    assert _outbox_count(station) == outbox_before  # pulled changes are not the station's own
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs


def _conflict_run(tmp_hub, station, town_first: bool) -> dict:
    """The town accepts a case while the station (offline) records its withdrawal."""
    hub_url, hub_dir = tmp_hub
    enrol_offline(hub_dir, station, "ZHUPO", hub_url)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers LIMIT 1")
        case_id = open_case(store, agent, villager, "LB-01")["id"]
        change_status(store, agent, case_id, "sent_to_town", note="缺身份证，先送镇")
    assert sync_station(station).status == "ok"
    with open_hub(hub_dir) as hub_store:
        seen = hub_store.get("cases", case_id)
    with open_station(station) as store:
        change_status(store, list_agents(store)[0].id, case_id, "withdrawn", note="村民撤回")
    if town_first:
        with open_hub(hub_dir) as hub_store:
            set_case_status(hub_store, case_id, "accepted", base_version=seen["version"], seen_status=seen["status"])
        report = sync_station(station)
    else:
        report = sync_station(station)
        with open_hub(hub_dir) as hub_store:
            set_case_status(hub_store, case_id, "accepted", base_version=seen["version"], seen_status=seen["status"])
        report = sync_station(station)
    assert report.status == "ok"
    with open_hub(hub_dir) as hub_store:
        hub_status = hub_store.get("cases", case_id)["status"]
        hub_conflicts = [dict(r) for r in hub_store.all(
            "SELECT id, detail FROM sync_problems WHERE kind = 'conflict' AND record_id = ?", (case_id,))]
    with open_station(station) as store:
        station_status = store.get("cases", case_id)["status"]
        station_conflicts = problems_for(store, "cases", case_id)
    assert hub_status == station_status
    assert [c["id"] for c in station_conflicts] == [c["id"] for c in hub_conflicts]  # on both sides
    mine, theirs = stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs
    detail = station_conflicts[0]["detail"]
    return {"status": hub_status, "winner": detail["winner"], "town": detail["town"]["value"],
            "station": detail["station"]["value"], "field": detail["field"]}


def test_the_same_case_field_edited_on_both_sides_keeps_both_values_and_the_same_winner(
        tmp_path, make_station):
    from sync_support import HubProcess
    from sync.hub.store import init_hub

    results = []
    for town_first in (True, False):
        hub_dir = tmp_path / f"hub-{town_first}"
        init_hub(hub_dir, "小浪底镇便民服务中心").close()
        process = HubProcess(hub_dir).start()
        try:
            station = make_station("ZHUPO", name=f"station-{town_first}")
            results.append(_conflict_run((process.url, hub_dir), station, town_first))
        finally:
            process.stop()
    town_first, station_first = results
    assert town_first == station_first  # whatever the order of arrival
    assert town_first == {"status": "accepted", "winner": "town", "town": "accepted", "station": "withdrawn",
                          "field": "status"}


def test_catalogue_changes_reach_every_station(hub, hub_dir, make_station):
    stations = {"ZHUPO": make_station("ZHUPO"), "SHIMEN": make_station("SHIMEN")}
    for code, folder in stations.items():
        enrol_offline(hub_dir, folder, code, hub.url)
        assert sync_station(folder).status == "ok"
    with open_hub(hub_dir) as hub_store:
        item = dict(hub_store.one("SELECT * FROM catalogue_items WHERE code = 'LB-01'"))
        item["materials"] = json.loads(item["materials"])
        publish_catalogue_item(hub_store, {**item, "time_limit_days": 3, "fee_note": "免费"})
        publish_catalogue_item(hub_store, {"code": "MZ-09", "name": "临时救助申请", "window": "民政救助",
                                           "time_limit_days": 5, "materials": [{"name": "居民身份证", "form": "原件"}]})
        publish_calendar_day(hub_store, "2026-12-31", "holiday", "元旦前一日")
        publish_notice(hub_store, "停电通知", "12月1日上午全镇停电检修。")
        wanted = {r["code"]: tuple(r) for r in hub_store.all("SELECT * FROM catalogue_items")}

    for code, folder in stations.items():
        assert sync_station(folder).status == "ok"
        with open_station(folder) as store:
            have = {r["code"]: tuple(r) for r in store.all("SELECT * FROM catalogue_items")}
            assert have == wanted
            assert store.get("catalogue_items", "LB-01")["time_limit_days"] == 3
            assert store.one("SELECT kind FROM calendar_days WHERE day = '2026-12-31'")["kind"] == "holiday"
            assert [r["title"] for r in store.all("SELECT title FROM town_notices")] == ["停电通知"]
            assert store.pending_outbox() == 0  # received, not re-sent

