"""Telling villagers: once per event, reminders on the right days, channels in order with
fall-back, delivery reports, and no message to someone who said no or has no phone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import serial

from sms_sim import SimulatedModem
from station_app import villager_messages as vm
from station_app.cases import change_status, open_case
from station_app.parcels import check_in
from station_app.reception import book_appointment
from station_app.sms.modem import Modem
from station_app.timeutil import LOCAL_TZ, local_date
from station_app.villagers import add_villager, set_messages_ok


def _sent_purposes(station) -> list[str]:
    return [r[0] for r in station.all("SELECT purpose FROM villager_messages ORDER BY created_at")]


def test_a_parcel_is_told_on_arrival_then_reminded_then_warned_once_each(station, agent, villager, clock):
    check_in(station, agent, "YT1234567890123", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    today = local_date(station.now_iso())
    assert len(vm.due(station, today)) == 1 and vm.due(station, today) == []  # never twice
    assert vm.due(station, today + timedelta(days=vm.DEFAULT_REMINDER_DAYS - 1)) == []
    assert len(vm.due(station, today + timedelta(days=vm.DEFAULT_REMINDER_DAYS))) == 1
    last_day = today + timedelta(days=vm.retention_days(station) - 1)
    assert len(vm.due(station, last_day)) == 1 and vm.due(station, last_day) == []
    assert _sent_purposes(station) == ["parcel_arrived", "parcel_reminder", "parcel_last_call"]
    (arrived, *_rest) = vm.for_record(station, "parcels", station.scalar("SELECT id FROM parcels"))
    assert "取件码" in arrived["text"] and arrived["status"] == "queued"


def test_no_phone_or_no_thanks_means_no_message_and_the_reason_is_kept(station, agent, villager):
    set_messages_ok(station, agent, villager, False)
    check_in(station, agent, "YT1234567890124", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    check_in(station, agent, "YT1234567890125", recipient_name="过路人")
    vm.due(station)
    shown = {m["name"]: (m["status"], m["last_error"]) for m in vm.listing(station)}
    assert shown == {"张桂兰": ("not_sent", "村民说过不要发短信"), "过路人": ("not_sent", "没有手机号：请打电话或当面告知")}
    assert vm.dispatch(station, lambda phone, text: [1]) == {"sent": 0, "town": 0, "failed": 0, "dropped": 0}


def test_the_modem_first_then_the_town_and_reports_close_the_loop(station, agent, villager, clock):
    other = add_villager(station, agent, "李小燕", phone="13600001111")
    for tracking, who, phone, vid in (("YT1234567890126", "张桂兰", "13812345678", villager),
                                      ("YT1234567890127", "李小燕", "13600001111", other)):
        check_in(station, agent, tracking, recipient_name=who, recipient_phone=phone, villager_id=vid)
    vm.due(station)
    refs = iter([[41], None])

    def modem(phone, text):
        got = next(refs)
        if got is None:
            raise ConnectionError("短信猫没有回应")
        return got

    assert vm.dispatch(station, modem) == {"sent": 1, "town": 1, "failed": 0, "dropped": 0}
    assert vm.take_report(station, 41, delivered=True, final=True)
    shown = {m["name"]: (m["status"], m["channel"]) for m in vm.listing(station)}
    assert shown == {"张桂兰": ("delivered", "modem"), "李小燕": ("queued", "town")}
    vm.set_channels(station, ["modem"])
    check_in(station, agent, "YT1234567890128", recipient_name="李小燕", recipient_phone="13600001111",
             villager_id=other)
    vm.due(station)
    for _ in range(vm.MAX_ATTEMPTS):
        vm.dispatch(station, lambda phone, text: (_ for _ in ()).throw(ConnectionError("没有信号")))
    failed = [m for m in vm.listing(station) if m["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["attempts"] == vm.MAX_ATTEMPTS
    vm.mark_handled(station, agent, failed[0]["id"], "copied")  # the agent sent it by WeChat
    assert vm.get(station, failed[0]["id"])["status_label"] == "已复制到微信"


def test_a_result_ready_and_an_appointment_tomorrow_are_told(station, agent, villager, clock):
    case = open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    for status in ("sent_to_town", "accepted", "completed_approved"):
        change_status(station, agent, case["id"], status)
    tomorrow = local_date(station.now_iso()) + timedelta(days=1)
    book_appointment(station, agent, "张桂兰", datetime.combine(tomorrow, datetime.min.time().replace(hour=15),
                                                            LOCAL_TZ), "领取社保卡", villager_id=villager,
                     phone="13812345678")
    vm.due(station)
    texts = {m["purpose"]: m["text"] for m in vm.listing(station)}
    assert case["case_no"] in texts["case_ready"] and "明天 15:00" in texts["appointment_tomorrow"]


def test_sent_through_the_real_serial_code_to_a_simulated_modem(station, agent, villager):
    sim = SimulatedModem()
    sim.start()
    try:
        port = serial.Serial(sim.path, timeout=0.05)
        modem = Modem(port, timeout=3, send_timeout=3)
        modem.setup()
        check_in(station, agent, "YT1234567890129", recipient_name="张桂兰", recipient_phone="13812345678",
                 villager_id=villager)
        vm.due(station)
        assert vm.dispatch(station, lambda phone, text: modem.send(phone, text).references)["sent"] == 1
        for report in modem.collect(wait=1).reports:
            vm.take_report(station, report.reference, report.delivered, report.final)
        (message,) = vm.listing(station)
        assert message["status"] == "delivered" and sim.joined() == {"8613812345678": message["text"]}
        port.close()
    finally:
        sim.stop()


def test_the_towns_outcome_shows_on_the_message_and_only_the_town_writes_one(station, agent, villager):
    from station_app.errors import StateError
    from station_app.ids import new_id

    vm.set_channels(station, ["town"])
    check_in(station, agent, "YT1234567890129", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    vm.due(station)
    assert vm.dispatch(station, None) == {"sent": 0, "town": 1, "failed": 0, "dropped": 0}
    (message,) = vm.listing(station)
    assert (message["status_label"], message["channel_label"]) == ("待发送", "镇中心短信")
    outcome = {"message_id": message["id"], "to_station": "ZHUPO", "status": "failed", "provider_id": None,
               "reason": "短信网关拒绝发送：号码在运营商黑名单", "sent_at": station.now_iso()}
    with pytest.raises(StateError, match="镇中心"):  # the station's own write path refuses
        with station.write(agent) as w:
            w.insert("sms_outcomes", outcome)
    with station.transaction():  # as a pull puts the town's record (no outbox row)
        station.conn.execute("INSERT INTO sms_outcomes (id, message_id, to_station, status, reason, sent_at,"
                             " created_at, version, hlc) VALUES (?, ?, 'ZHUPO', 'failed', ?, ?, ?, 1, ?)",
                             (new_id(), message["id"], outcome["reason"], outcome["sent_at"], outcome["sent_at"],
                              station.hlc.tick().encode()))
    shown = vm.get(station, message["id"])
    assert (shown["status_label"], shown["last_error"]) == ("发送失败", "短信网关拒绝发送：号码在运营商黑名单")
    assert vm.count_messages(station, vm.MessageQuery(status="failed")) == 1
    assert vm.for_record(station, "parcels", message["concerns_id"])[0]["status"] == "failed"
    vm.mark_handled(station, agent, message["id"], "printed")  # the agent's own handling wins after
    assert vm.get(station, message["id"])["status_label"] == "已打印"
