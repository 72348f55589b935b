"""The seed's remaining systems across station, sync and town (real processes): the
cooperative's desk and the town's service days reach the town, and the station's stats
equal the hub's for the new records too."""

from __future__ import annotations

import json
from datetime import date, timedelta

from station_app import coop, coop_accounts, coop_stock, service_days
from station_app.agents import list_agents
from station_app.station import open_station
from station_app.timeutil import local_date
from sync.hub.store import open_hub
from sync.town import service_days as town_days
from sync_support import cli_stats_pair, enrol_offline, station_app, station_hub, sync_station


def _soon(folder) -> date:
    with open_station(folder) as store:
        return local_date(store.now_iso()) + timedelta(days=2)


def test_the_desk_and_a_service_day_go_round_and_the_stats_agree(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers ORDER BY name LIMIT 1")
        coop.set_enabled(store, True)
        member = coop.add_member(store, agent, villager, date(2026, 3, 1), 6, "mu")
        item = coop.add_item(store, agent, "石榴专用复合肥", "fertiliser", "袋", 12_000)
        coop_stock.receive(store, agent, item, 20, "县农资公司", cost_fen=160_000)
        coop_stock.hand_out(store, agent, item, member, 3, "account")
        coop_accounts.settle(store, agent, member, 12_000, "harvest", "收购款抵扣")
    day = _soon(station)
    done = station_hub("serviceday", "add", "--data-dir", hub_dir, "--date", day.isoformat(), "--stations", "ZHUPO",
                       "--items", "LB-01,MZ-04", "--staff", "刘文静,赵强")
    assert "已安排进驻服务日" in done.stdout
    assert sync_station(station).status == "ok"  # the plan comes down
    with open_station(station) as store:
        (planned,) = service_days.days_for_station(store)
        assert planned["items"] == ["LB-01", "MZ-04"] and planned["staff"] == ["刘文静", "赵强"]
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers ORDER BY name LIMIT 1")
        made = service_days.sign_up(store, agent, planned["id"], villager, "MZ-04", ["居民身份证"])
    assert sync_station(station).status == "ok"
    with open_hub(hub_dir) as hub_store:
        report = town_days.day_report(hub_store, planned["id"])
    assert report["items"]["MZ-04"]["signed_up"] == 1 and report["stations"]["ZHUPO"]["pending"] == 1
    listed = json.loads(station_hub("serviceday", "list", "--data-dir", hub_dir, "--json").stdout)
    assert listed[0]["signed_up"] == 1
    mine, theirs = cli_stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs and theirs["coop"]["owed_fen"] == 24_000 and theirs["service_days"]["signups"]["signed_up"] == 1
    assert made["missing"] == ["户口簿"]


def test_a_station_cannot_sign_up_for_a_day_the_town_did_not_plan_for_it(hub, hub_dir, make_station):
    zhupo, shimen = make_station("ZHUPO"), make_station("SHIMEN")
    enrol_offline(hub_dir, zhupo, "ZHUPO", hub.url)
    enrol_offline(hub_dir, shimen, "SHIMEN", hub.url)
    day = _soon(zhupo)
    station_hub("serviceday", "add", "--data-dir", hub_dir, "--date", day.isoformat(), "--stations", "ZHUPO",
                "--items", "LB-01")
    assert sync_station(zhupo).status == "ok"
    with open_station(zhupo) as store:
        day_row = dict(store.one("SELECT * FROM service_days"))
    with open_station(shimen) as store:  # a tampered station copies ZHUPO's day and signs up for it
        with store.transaction():
            names = list(day_row)
            store.conn.execute(f"INSERT INTO service_days ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                               [day_row[n] if n != "stations" else json.dumps(["ZHUPO", "SHIMEN"]) for n in names])
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers LIMIT 1")
        service_days.sign_up(store, agent, day_row["id"], villager, "LB-01")
    report = sync_station(shimen)
    assert report.status == "ok" and report.rejected == 1
    with open_hub(hub_dir) as hub_store:
        assert hub_store.scalar("SELECT COUNT(*) FROM service_day_signups") == 0
        assert hub_store.scalar("SELECT code FROM sync_problems WHERE entity = 'service_day_signups'") == \
            "foreign_reference"
    station_app("stats", "--data-dir", shimen)  # and the station still works


def test_a_hand_over_sheet_is_signed_for_at_the_town_and_the_receipt_comes_back(hub, hub_dir, make_station):
    from station_app import handover
    from station_app.cases import change_status, open_case

    station = make_station("ZHUPO")
    other = make_station("SHIMEN")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    enrol_offline(hub_dir, other, "SHIMEN", hub.url)
    with open_station(station) as store:
        agent = list_agents(store)[0].id
        villager = store.scalar("SELECT id FROM villagers ORDER BY name LIMIT 1")
        case = open_case(store, agent, villager, "MZ-02", ["居民身份证", "户口簿"])
        change_status(store, agent, case["id"], "sent_to_town", note="材料齐")
        carried = {c["id"]: c["pieces"] for c in handover.to_carry(store) if c["id"] == case["id"]}
        assert carried == {case["id"]: 2}
        made = handover.make_sheet(store, agent, carried, "周三上午送到")
    assert sync_station(station).status == "ok"
    listed = json.loads(station_hub("handover", "list", "--data-dir", hub_dir, "--waiting", "--json").stdout)
    waiting = {s["sheet_no"]: (s["station"], s["cases"], s["pieces"]) for s in listed}  # the demo carries its own too
    assert waiting[made["sheet_no"]] == ("ZHUPO", 1, 2)
    done = station_hub("handover", "receive", "--data-dir", hub_dir, made["sheet_no"], "--by", "孙丽")
    assert "已签收" in done.stdout
    again = station_hub("handover", "receive", "--data-dir", hub_dir, made["sheet_no"], "--by", "孙丽", check=False)
    assert again.returncode == 2 and "已经签收过了" in again.stdout + again.stderr
    assert sync_station(station).status == "ok"
    assert sync_station(other).status == "ok"
    with open_station(station) as store:
        assert handover.sheet(store, made["id"])["received_text"].startswith("孙丽 ")
    with open_station(other) as store:  # the receipt went to its station only
        assert store.scalar("SELECT COUNT(*) FROM handover_receipts") == 0
    mine, theirs = cli_stats_pair(station, hub_dir, "ZHUPO")
    assert mine == theirs
