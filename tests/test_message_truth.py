"""A message that waited (for the modem, for the town's gateway) is asked again just
before it goes: one no longer true is closed as not sent, with the reason; one about a
parcel put aside as a problem waits until it is back on the shelf."""

from __future__ import annotations

from datetime import datetime, timedelta

from station_app import message_truth
from station_app import villager_messages as vm
from station_app.cases import change_status, open_case
from station_app.ids import new_id
from station_app.parcels import check_in, release, report_problem, resolve_problem
from station_app.reception import book_appointment, close_appointment
from station_app.timeutil import LOCAL_TZ, local_date


def _modem():
    sent: list[str] = []

    def send(phone: str, text: str) -> list[int]:
        sent.append(text)
        return [len(sent)]

    return sent, send


def _arrived(station, agent, villager, tracking: str) -> str:
    parcel = check_in(station, agent, tracking, recipient_name="张桂兰", recipient_phone="13812345678",
                      villager_id=villager)
    vm.due(station)
    return parcel["id"]


def test_a_parcel_collected_before_the_modem_sent_its_notice_is_not_told(station, agent, villager):
    collected = _arrived(station, agent, villager, "YT5500000000001")
    waiting = _arrived(station, agent, villager, "YT5500000000002")
    release(station, agent, collected, None, "self")
    sent, send = _modem()
    assert vm.dispatch(station, send) == {"sent": 1, "town": 0, "failed": 0, "dropped": 1}
    assert len(sent) == 1 and "YT5500000000002"[-4:] not in sent[0]
    (closed,) = vm.for_record(station, "parcels", collected)
    assert (closed["status_label"], closed["last_error"]) == ("不发送", "包裹已经取走了")
    assert vm.for_record(station, "parcels", waiting)[0]["status"] == "sent"
    assert vm.count_messages(station, vm.MessageQuery(status="open")) == 0
    # closed once, as the station's own record: the town learns it by sync
    assert station.scalar("SELECT COUNT(*) FROM outbox WHERE entity = 'villager_messages' AND kind = 'update'"
                          " AND record_id = ?", (closed["id"],)) == 1
    assert vm.dispatch(station, send) == {"sent": 0, "town": 0, "failed": 0, "dropped": 0}


def test_a_problem_parcel_waits_and_is_told_once_back_on_the_shelf(station, agent, villager):
    parcel = _arrived(station, agent, villager, "YT5500000000003")
    report_problem(station, agent, parcel, "damaged", "外箱压坏")
    sent, send = _modem()
    assert vm.dispatch(station, send) == {"sent": 0, "town": 0, "failed": 0, "dropped": 0} and sent == []
    (waiting,) = vm.for_record(station, "parcels", parcel)
    assert (waiting["status"], waiting["last_error"]) == ("queued", "包裹标成了问题件，处理好再发")
    resolve_problem(station, agent, parcel, "收件人同意签收")
    assert vm.dispatch(station, send)["sent"] == 1 and len(sent) == 1
    (told,) = vm.for_record(station, "parcels", parcel)
    assert (told["status"], told["last_error"]) == ("sent", None)


def test_a_message_left_for_the_town_is_closed_at_the_station_too(station, agent, villager):
    vm.set_channels(station, ["town"])
    collected = _arrived(station, agent, villager, "YT5500000000004")
    answered = _arrived(station, agent, villager, "YT5500000000005")
    assert vm.dispatch(station, None)["town"] == 2
    answered_id = vm.for_record(station, "parcels", answered)[0]["id"]
    _town_outcome(station, answered_id, "sent")  # the town sent this one before it was collected
    release(station, agent, collected, None, "self")
    release(station, agent, answered, None, "self")
    assert vm.dispatch(station, None) == {"sent": 0, "town": 0, "failed": 0, "dropped": 1}
    assert vm.for_record(station, "parcels", collected)[0]["status"] == "not_sent"
    assert vm.get(station, answered_id)["status_label"] == "已发送"  # what the villager got stays shown


def test_the_towns_outcome_wins_over_a_closure_it_crossed(station, agent, villager):
    vm.set_channels(station, ["town"])
    parcel = _arrived(station, agent, villager, "YT5500000000006")
    vm.dispatch(station, None)
    release(station, agent, parcel, None, "self")
    vm.dispatch(station, None)
    (message,) = vm.for_record(station, "parcels", parcel)
    assert message["status"] == "not_sent"
    _town_outcome(station, message["id"], "sent")  # the gateway had sent it before the closure arrived
    shown = vm.get(station, message["id"])
    assert (shown["status_label"], shown["channel_label"]) == ("已发送", "镇中心短信")
    assert vm.count_messages(station, vm.MessageQuery(status="sent")) == 1


def test_a_cancelled_or_overdue_appointment_and_a_result_already_handed_over_are_not_told(
        station, agent, villager, clock):
    tomorrow = local_date(station.now_iso()) + timedelta(days=1)
    at_three = datetime.combine(tomorrow, datetime.min.time().replace(hour=15), LOCAL_TZ)
    cancelled = book_appointment(station, agent, "张桂兰", at_three, "领取社保卡", villager_id=villager,
                                 phone="13812345678")
    kept = book_appointment(station, agent, "张桂兰", at_three, "办理低保年审", villager_id=villager,
                            phone="13812345678")
    case = open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    for status in ("sent_to_town", "accepted", "completed_approved"):
        change_status(station, agent, case["id"], status)
    vm.due(station)
    close_appointment(station, agent, _id(cancelled), "cancelled", "村民改天再来")
    change_status(station, agent, case["id"], "delivered")
    sent, send = _modem()
    assert vm.dispatch(station, send) == {"sent": 1, "town": 0, "failed": 0, "dropped": 2}
    reasons = {m["purpose"]: m["last_error"] for m in vm.listing(station) if m["status"] == "not_sent"}
    assert reasons == {"appointment_tomorrow": "预约已经取消了",
                       "case_ready": "办理结果已经交给村民了"}
    # "明天" read on the day itself would be wrong: judged by the day it would go
    (message,) = [m for m in vm.listing(station) if m["concerns_id"] == _id(kept)]
    assert message_truth.judge(station, message, tomorrow) == (
        message_truth.DROP, "预约就在今天或已经过了")
    assert message_truth.judge(station, message, tomorrow - timedelta(days=1)) == (message_truth.SEND, None)


def _id(made) -> str:
    return made if isinstance(made, str) else made["id"]


def _town_outcome(station, message_id: str, status: str) -> None:
    """As a pull puts the town's record (no outbox row)."""
    with station.transaction():
        station.conn.execute("INSERT INTO sms_outcomes (id, message_id, to_station, status, reason, sent_at,"
                             " created_at, version, hlc) VALUES (?, ?, 'ZHUPO', ?, NULL, ?, ?, 1, ?)",
                             (new_id(), message_id, status, station.now_iso(), station.now_iso(),
                              station.hlc.tick().encode()))


def test_a_deadline_extended_twice_tells_only_the_last_one(station, agent, villager):
    from station_app.case_followup import extend_deadline

    case = open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    first = extend_deadline(station, agent, case["id"], 3, "镇里等县里盖章")["message"]
    second = extend_deadline(station, agent, case["id"], 2, "县里系统升级")["message"]
    sent, send = _modem()
    assert vm.dispatch(station, send) == {"sent": 1, "town": 0, "failed": 0, "dropped": 1}
    assert vm.get(station, first["id"])["last_error"] == "期限又改过了，以新的通知为准"
    assert vm.get(station, second["id"])["status"] == "sent" and sent == [second["text"]]


def test_a_message_left_for_the_town_says_why_it_waits_and_no_longer_once_it_may_go(station, agent, villager):
    vm.set_channels(station, ["town"])
    parcel = _arrived(station, agent, villager, "YT5500000000007")
    vm.dispatch(station, None)
    report_problem(station, agent, parcel, "wrong_person")
    vm.dispatch(station, None)
    assert vm.for_record(station, "parcels", parcel)[0]["last_error"] == "包裹标成了问题件，处理好再发"
    resolve_problem(station, agent, parcel)
    vm.dispatch(station, None)
    (message,) = vm.for_record(station, "parcels", parcel)
    assert (message["status"], message["channel"], message["last_error"]) == ("queued", "town", None)
