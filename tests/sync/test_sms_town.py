"""SMS through the town, with real processes: a station with no modem leaves its messages
for the town; sync brings them to the hub; ``station-hub sms send`` posts each once to the
town's gateway (a local HTTP server here); the outcome flows back to that station only,
and no station can forge one."""

from __future__ import annotations

import json

from sms_gateway_support import KEY, FakeGateway, accept
from station_app import villager_messages as vm
from station_app.agents import list_agents
from station_app.parcels import check_in
from station_app.sms.rounds import tell_round
from station_app.station import open_station
from sync.hub.store import open_hub
from sync_support import cli_stats_pair, enrol_offline, station_hub, sync_station

TEMPLATE = "【小浪底镇便民服务】{text}"
GOOD, BLOCKED = "13812340001", "13900000000"


def _refuse_blocked(body: dict):
    if body["phone"] == BLOCKED:
        return 200, {"ok": False, "error": "号码在运营商黑名单"}
    return accept(body)


def _leave_for_the_town(folder) -> dict[str, str]:
    """A station without a modem, channels "town": two parcels arrive; returns phone → message id."""
    with open_station(folder) as store:
        vm.set_channels(store, ["town"])
        agent = list_agents(store)[0].id
        parcels = {phone: check_in(store, agent, tracking, recipient_name=name, recipient_phone=phone)["id"]
                   for tracking, name, phone in (("YT7700000000001", "张桂兰", GOOD),
                                                 ("YT7700000000002", "李小燕", BLOCKED))}
        done = tell_round(store, None, None)
        assert done["town"] >= 2 and done["sent"] == 0
        ids = {phone: store.scalar("SELECT id FROM villager_messages WHERE event_key = ?", (f"parcel_arrived:{pid}",))
               for phone, pid in parcels.items()}
        for message_id in ids.values():
            shown = vm.get(store, message_id)
            assert (shown["status"], shown["channel"]) == ("queued", "town")
        return ids


def test_the_town_sends_once_and_the_outcome_goes_back_to_that_station_only(hub, hub_dir, make_station):
    zhupo, shimen = make_station("ZHUPO"), make_station("SHIMEN")
    enrol_offline(hub_dir, zhupo, "ZHUPO", hub.url)
    enrol_offline(hub_dir, shimen, "SHIMEN", hub.url)
    mine = _leave_for_the_town(zhupo)
    assert sync_station(zhupo).status == "ok"
    assert sync_station(shimen).status == "ok"
    with open_hub(hub_dir) as hub_store:
        town_queue = {r[0] for r in hub_store.all("SELECT id FROM villager_messages WHERE channel = 'town'"
                                                  " AND status = 'queued'")}
        texts = dict(hub_store.all("SELECT id, text FROM villager_messages WHERE channel = 'town'"))
    assert set(mine.values()) <= town_queue

    with FakeGateway(_refuse_blocked) as gateway:
        no_gateway = station_hub("sms", "send", "--data-dir", hub_dir, check=False)
        assert no_gateway.returncode == 2 and "还没有设置镇中心短信网关" in no_gateway.stderr
        said = station_hub("sms", "gateway", "--data-dir", hub_dir, "--url", gateway.url, "--key", KEY,
                           "--template", TEMPLATE).stdout
        assert "已保存" in said and KEY not in said and f"****{KEY[-4:]}" in said and TEMPLATE in said
        shown = station_hub("sms", "gateway", "--data-dir", hub_dir).stdout
        assert KEY not in shown and "已启用" in shown and f"待发 {len(town_queue)} 条" in shown

        sent = station_hub("sms", "send", "--data-dir", hub_dir).stdout
        assert f"发出 {len(town_queue) - 1} 条，失败 1 条，等待重试 0 条" in sent
        refs = [body["ref"] for body in gateway.seen]
        assert sorted(refs) == sorted(town_queue)  # each message posted exactly once
        (good,) = [body for body in gateway.seen if body["ref"] == mine[GOOD]]
        assert good == {"phone": GOOD, "text": TEMPLATE.replace("{text}", texts[mine[GOOD]]), "ref": mine[GOOD]}
        assert all(h["X-Api-Key"] == KEY and h["Idempotency-Key"] for h in gateway.headers)

        again = station_hub("sms", "send", "--data-dir", hub_dir).stdout
        assert "发出 0 条，失败 0 条" in again and len(gateway.seen) == len(town_queue)  # nothing twice

    listed = json.loads(station_hub("sms", "list", "--data-dir", hub_dir, "--station", "ZHUPO", "--json").stdout)
    by_id = {m["id"]: m for m in listed}
    assert by_id[mine[GOOD]]["shown"].startswith("已发送") and by_id[mine[GOOD]]["provider_id"].startswith("gw-")
    assert by_id[mine[BLOCKED]]["shown"] == "发送失败：短信网关拒绝发送：号码在运营商黑名单"

    assert sync_station(zhupo).status == "ok"
    assert sync_station(shimen).status == "ok"
    with open_station(zhupo) as store:
        ok, refused = vm.get(store, mine[GOOD]), vm.get(store, mine[BLOCKED])
        assert (ok["status_label"], ok["channel_label"], ok["sent_at"] is not None) == ("已发送", "镇中心短信", True)
        assert (refused["status_label"], refused["last_error"]) == ("发送失败", "短信网关拒绝发送：号码在运营商黑名单")
        assert mine[BLOCKED] in {m["id"] for m in vm.list_messages(store, vm.MessageQuery(status="open"))}
        assert mine[GOOD] not in {m["id"] for m in vm.list_messages(store, vm.MessageQuery(status="open"))}
        # the station's own record is untouched: what it shows comes from the town's outcome
        assert store.scalar("SELECT status FROM villager_messages WHERE id = ?", (mine[GOOD],)) == "queued"
        assert store.scalar("SELECT COUNT(*) FROM sms_outcomes") == len(town_queue)
    with open_station(shimen) as store:  # another station never receives the outcomes
        assert store.scalar("SELECT COUNT(*) FROM sms_outcomes") == 0
    station_stats, hub_stats = cli_stats_pair(zhupo, hub_dir, "ZHUPO")
    assert station_stats == hub_stats
    assert hub_stats["messages"]["by_status"]["failed"] >= 1 and hub_stats["messages"]["by_channel"]["town"] >= 2


def test_a_station_cannot_forge_the_towns_outcome(hub, hub_dir, two_stations):
    from attack_support import op, push_ops, rejections

    folders, secret = two_stations
    with open_station(folders["ZHUPO"]) as store:
        message_id = store.scalar("SELECT id FROM villager_messages LIMIT 1")
    reply = push_ops(hub, hub_dir, "ZHUPO", secret, [op("sms_outcomes", {
        "message_id": message_id, "to_station": "ZHUPO", "status": "sent", "provider_id": "forged",
        "reason": None, "sent_at": "2026-11-27T02:00:00.000Z"})])
    assert reply.status_code == 200 and reply.json()["push"]["rejected"] == 1
    assert rejections(hub_dir, "ZHUPO")[-1][0] == "not_owner"
    with open_hub(hub_dir) as hub_store:
        assert hub_store.scalar("SELECT COUNT(*) FROM sms_outcomes") == 0


def test_a_parcel_collected_before_the_sync_is_not_told_by_the_town(hub, hub_dir, make_station):
    """The agent hands the parcel over with the window closed before its next round: the
    hub gets the queued notice and the collection in the same sync, and keeps the notice
    back; the station closes it at its next round, and the town sees why. A parcel put
    aside as a problem meanwhile waits, at both ends."""
    from station_app.parcels import release, report_problem

    zhupo = make_station("ZHUPO")
    enrol_offline(hub_dir, zhupo, "ZHUPO", hub.url)
    mine = _leave_for_the_town(zhupo)
    with open_station(zhupo) as store:
        parcel = store.scalar("SELECT concerns_id FROM villager_messages WHERE id = ?", (mine[GOOD],))
        release(store, list_agents(store)[0].id, parcel, None, "self")
        aside = store.scalar("SELECT concerns_id FROM villager_messages WHERE id = ?", (mine[BLOCKED],))
        report_problem(store, list_agents(store)[0].id, aside, "damaged", "外箱压坏")
    assert sync_station(zhupo).status == "ok"
    with open_hub(hub_dir) as hub_store:
        queued = hub_store.scalar("SELECT COUNT(*) FROM villager_messages WHERE channel = 'town' AND status = 'queued'")
    with FakeGateway(accept) as gateway:
        station_hub("sms", "gateway", "--data-dir", hub_dir, "--url", gateway.url, "--key", KEY)
        assert f"待发 {queued - 2} 条" in station_hub("sms", "gateway", "--data-dir", hub_dir).stdout
        sent = station_hub("sms", "send", "--data-dir", hub_dir).stdout
        assert f"发出 {queued - 2} 条" in sent and "已不属实（如包裹已取走）不发 1 条" in sent
        assert not set(mine.values()) & {body["ref"] for body in gateway.seen}
        assert len(gateway.seen) == queued - 2
        listed = json.loads(station_hub("sms", "list", "--data-dir", hub_dir, "--json").stdout)
        shown = {m["id"]: m["shown"] for m in listed}
        assert shown[mine[GOOD]] == "不发送：包裹已经取走了"
        assert shown[mine[BLOCKED]] == "暂缓：包裹标成了问题件，处理好再发"

        with open_station(zhupo) as store:
            assert tell_round(store, None, None)["dropped"] == 1
        assert sync_station(zhupo).status == "ok"
        again = station_hub("sms", "send", "--data-dir", hub_dir).stdout
        assert "发出 0 条" in again and "不属实" not in again and len(gateway.seen) == queued - 2
    listed = json.loads(station_hub("sms", "list", "--data-dir", hub_dir, "--json").stdout)
    assert {m["id"]: m["shown"] for m in listed}[mine[GOOD]] == "不发送：包裹已经取走了"
    with open_hub(hub_dir) as hub_store:
        assert hub_store.scalar("SELECT status FROM villager_messages WHERE id = ?", (mine[GOOD],)) == "not_sent"
    with open_station(zhupo) as store:
        assert vm.get(store, mine[GOOD])["status_label"] == "不发送"
