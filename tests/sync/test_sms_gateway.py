"""The town's SMS gateway on its own (a local HTTP server stands in for it), and the hub's
sending rules in one process: every gateway failure is a clear reason of the right kind;
passing errors are retried a bounded number of times; a mark left by a dead run is not
sent again until it is stale, and then with the same ref."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest

from sms_gateway_support import KEY, FakeGateway, accept
from station_app.errors import StateError, ValidationError
from station_app.ids import new_id
from station_app.timeutil import from_iso, to_iso
from sync.hub.store import init_hub
from sync.town import sms
from sync.town.sms_gateway import GatewayError, JsonGateway, check_template


def _error(gateway: JsonGateway) -> GatewayError:
    with pytest.raises(GatewayError) as caught:
        gateway.send("13812340001", "您的包裹到了", "ref-1")
    return caught.value


def test_the_json_provider_sends_and_names_every_failure():
    with FakeGateway() as fake:
        assert JsonGateway(fake.url, KEY).send("13812340001", "您的包裹到了", "r-000001") == "gw-000001"
        assert fake.seen == [{"phone": "13812340001", "text": "您的包裹到了", "ref": "r-000001"}]
        assert fake.headers[0]["Idempotency-Key"] == "r-000001"
        bad_key = _error(JsonGateway(fake.url, "wrong-key"))
        assert bad_key.kind == "config" and "密钥" in bad_key.reason and "wrong-key" not in bad_key.reason
    answers = {
        "not json": ((200, b"<html>502 Bad Gateway</html>"), "refused", "短信网关的回复看不懂（不是约定的 JSON），不能确定是否发出：<html>502 Bad Gateway</html>"),
        "no ok": ((200, {"id": 3}), "refused", "短信网关的回复看不懂"),
        "refused": ((200, {"ok": False, "error": "签名未报备"}), "refused", "短信网关拒绝发送：签名未报备"),
        "bad request": ((400, {"ok": False, "error": "phone invalid"}), "refused", "短信网关拒绝了这条短信（HTTP 400）：phone invalid"),
        "busy": ((503, b"busy"), "transient", "短信网关暂时出错（HTTP 503），稍后再试"),
        "too many": ((429, {"ok": False, "error": "rate"}), "transient", "短信网关暂时出错（HTTP 429）：rate，稍后再试"),
    }
    for name, (answer, kind, reason) in answers.items():
        with FakeGateway(lambda body, answer=answer: answer) as fake:
            err = _error(JsonGateway(fake.url, KEY))
        assert err.kind == kind and err.reason.startswith(reason), name


def test_a_silent_or_absent_gateway_is_down_within_the_timeout():
    with FakeGateway(delay=2.0) as slow:
        err = _error(JsonGateway(slow.url, KEY, timeout=0.3))
    assert err.kind == "down" and err.reason == f"短信网关 127.0.0.1:{slow.server.server_address[1]} 0.3 秒内没有回应，稍后再试"
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = _error(JsonGateway(f"http://127.0.0.1:{port}/send", KEY, timeout=2))
    assert err.kind == "down" and err.reason.startswith(f"连不上短信网关 127.0.0.1:{port}")


def test_settings_are_checked_and_the_key_is_never_shown(tmp_path):
    hub = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    try:
        with pytest.raises(ValidationError, match="--url 和 --key"):
            sms.set_gateway(hub, url="https://sms.example.cn/send")
        with pytest.raises(ValidationError, match="http"):
            sms.set_gateway(hub, url="ftp://x", key=KEY)
        with pytest.raises(ValidationError):
            sms.set_gateway(hub, url="https://sms.example.cn/send", key="has space\r\nX-Evil: 1")
        for bad in ("没有占位", "{text}{text}", "【镇】{text}{phone}"):
            with pytest.raises(ValidationError):
                check_template(bad)
        shown = sms.set_gateway(hub, url="https://sms.example.cn/send", key=KEY, template="【小浪底镇】{text}")
        assert KEY not in str(shown) and shown["key"] == f"****{KEY[-4:]}"
        assert sms.set_gateway(hub, enabled=False)["enabled"] is False
        with pytest.raises(StateError, match="已停用"):
            sms.send(hub)
    finally:
        hub.close()


def _queue_at_hub(hub, n: int, station: str = "ZHUPO") -> list[str]:
    """Messages as a station's sync would have left them at the hub (channel 'town')."""
    ids = []
    with hub.transaction():
        for i in range(n):
            message_id = new_id()
            hub.conn.execute(
                "INSERT INTO villager_messages (id, station_code, event_key, purpose, name, phone, text, channel,"
                " status, created_at, version, hlc) VALUES (?, ?, ?, 'parcel_arrived', '张桂兰', ?, ?, 'town',"
                " 'queued', ?, 1, ?)", (message_id, station, f"k{i}", f"1381234{i:04d}", f"包裹 {i} 到了",
                                       hub.now_iso(), hub.hlc.tick().encode()))
            ids.append(message_id)
    return ids


def test_passing_errors_are_retried_on_later_runs_then_fail_with_the_reason(tmp_path):
    hub = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    try:
        (message,) = _queue_at_hub(hub, 1)
        with FakeGateway(lambda body: (503, b"")) as fake:
            sms.set_gateway(hub, url=fake.url, key=KEY)
            runs = [sms.send(hub) for _ in range(sms.MAX_TRIES + 1)]
        assert [(r["waiting"], r["failed"]) for r in runs] == [(1, 0), (1, 0), (0, 1), (0, 0)]
        assert len(fake.seen) == sms.MAX_TRIES and {b["ref"] for b in fake.seen} == {message}
        outcome = hub.one("SELECT status, reason, to_station FROM sms_outcomes WHERE message_id = ?", (message,))
        assert tuple(outcome) == ("failed", "短信网关暂时出错（HTTP 503），稍后再试（已试 3 次，不再重试）", "ZHUPO")
        # the outcome is logged for that station only
        assert hub.all("SELECT audience FROM hub_changes WHERE entity = 'sms_outcomes'")[0][0] == "ZHUPO"
    finally:
        hub.close()


def test_a_gateway_that_does_not_answer_stops_the_run_and_a_bad_key_costs_no_try(tmp_path):
    hub = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    try:
        _queue_at_hub(hub, 3)
        with FakeGateway() as fake:
            sms.set_gateway(hub, url=fake.url, key="wrong-key-0000")
            done = sms.send(hub)
            assert (done["waiting"], len(fake.seen)) == (1, 1) and "密钥" in done["stopped"]
            assert hub.scalar("SELECT MAX(tries) FROM hub_sms_sends") == 0
            sms.set_gateway(hub, key=KEY)
            assert sms.send(hub)["sent"] == 3 and len(fake.seen) == 4
    finally:
        hub.close()


def test_a_mark_left_by_a_dead_run_waits_until_stale_then_goes_with_the_same_ref(tmp_path):
    hub = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    try:
        (message,) = _queue_at_hub(hub, 1)
        with FakeGateway() as fake:
            sms.set_gateway(hub, url=fake.url, key=KEY)

            class Dies:
                def send(self, phone, text, ref):
                    raise KeyboardInterrupt  # the run is killed while the gateway is being called

            with pytest.raises(KeyboardInterrupt):
                sms.send(hub, gateway=Dies())
            assert hub.scalar("SELECT state FROM hub_sms_sends WHERE message_id = ?", (message,)) == "sending"
            assert sms.send(hub)["sent"] == 0 and fake.seen == []  # maybe sent: not again, not yet
            old = to_iso(from_iso(hub.now_iso()) - timedelta(seconds=sms.STALE_AFTER_S + 1))
            with hub.transaction():
                hub.conn.execute("UPDATE hub_sms_sends SET claimed_at = ?", (old,))
            assert sms.send(hub)["sent"] == 1 and [b["ref"] for b in fake.seen] == [message]
            assert sms.send(hub)["sent"] == 0 and len(fake.seen) == 1
        assert hub.scalar("SELECT tries FROM hub_sms_sends") == 1  # the dead run's try counted
    finally:
        hub.close()


def test_a_message_the_agent_handled_meanwhile_is_not_sent(tmp_path):
    hub = init_hub(tmp_path / "hub", "小浪底镇便民服务中心")
    try:
        first, second = _queue_at_hub(hub, 2)
        with hub.transaction():
            hub.conn.execute("UPDATE villager_messages SET status = 'copied', channel = 'wechat' WHERE id = ?",
                             (first,))
        with FakeGateway(accept) as fake:
            sms.set_gateway(hub, url=fake.url, key=KEY)
            assert sms.send(hub)["sent"] == 1 and [b["ref"] for b in fake.seen] == [second]
    finally:
        hub.close()
