from datetime import date, timedelta

import pytest

from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.parcels import daily_counts
from station_app.parcels_out import SentQuery, list_sent, send_parcel, sent_totals, void_sent

TODAY = date(2026, 11, 27)


def send(station, agent, **changes):
    fields = {
        "sender_name": "张桂兰", "sender_phone": "13812345678", "receiver_name": "张建军",
        "receiver_phone": "13987654321", "receiver_address": "郑州市金水区花园路1号", "courier": "EMS",
        "fee_fen": 1200, "method": "cash",
    }
    fields.update(changes)
    return send_parcel(station, agent, **fields)


def refused(station, error, field, call, *args, **kwargs):
    before = station.pending_outbox()
    with pytest.raises(error) as err:
        call(*args, **kwargs)
    assert err.value.field == field, err.value
    assert station.pending_outbox() == before
    return err.value


def test_send_a_parcel(station, agent):
    before = station.pending_outbox()
    sid = send(station, agent, tracking_no=" yt1234567890123 ", courier="YTO")
    row = station.get("parcels_out", sid)
    assert (row["sender_name"], row["receiver_name"], row["courier"], row["tracking_no"]) == (
        "张桂兰", "张建军", "YTO", "YT1234567890123")
    assert (row["fee_fen"], row["method"], row["created_by"]) == (1200, "cash", agent)
    assert row["sent_at"] and station.pending_outbox() == before + 1


def test_sender_from_the_register_and_landline_receiver(station, agent, villager):
    sid = send(station, agent, sender_name=None, sender_phone=None, villager_id=villager,
               receiver_phone="0379-63012345", fee_fen=0, method="wechat")
    row = station.get("parcels_out", sid)
    assert (row["sender_name"], row["sender_phone"], row["villager_id"]) == ("张桂兰", "13812345678", villager)
    assert (row["receiver_phone"], row["fee_fen"], row["tracking_no"]) == ("0379-63012345", 0, None)


@pytest.mark.parametrize("changes, field", [
    ({"sender_name": " "}, "sender_name"),
    ({"sender_phone": "123"}, "sender_phone"),
    ({"receiver_name": ""}, "receiver_name"),
    ({"receiver_phone": ""}, "receiver_phone"),
    ({"receiver_phone": "63012345"}, "receiver_phone"),
    ({"receiver_address": ""}, "receiver_address"),
    ({"courier": "XX"}, "courier"),
    ({"tracking_no": "AB 12"}, "tracking_no"),
    ({"fee_fen": -1}, "fee_fen"),
    ({"fee_fen": 12.5}, "fee_fen"),
    ({"fee_fen": "1200"}, "fee_fen"),
    ({"fee_fen": True}, "fee_fen"),
    ({"method": "advance"}, "method"),
])
def test_bad_input_writes_nothing(station, agent, changes, field):
    refused(station, ValidationError, field, send, station, agent, **changes)
    assert station.scalar("SELECT COUNT(*) FROM parcels_out") == 0


def test_unknown_agent_or_villager(station, agent):
    refused(station, NotFoundError, "agent", send, station, "nobody")
    refused(station, NotFoundError, "villager", send, station, agent, villager_id="nobody")


def test_list_void_and_totals(station, agent, clock):
    first = send(station, agent, fee_fen=1000, method="cash")
    second = send(station, agent, fee_fen=1500, method="wechat")
    clock.moment += timedelta(days=1)
    send(station, agent, fee_fen=800, method="cash")
    assert [r["id"] for r in list_sent(station, SentQuery(day=TODAY))] == [second, first]
    assert len(list_sent(station)) == 3 and len(list_sent(station, limit=1, offset=2)) == 1
    assert sent_totals(station, TODAY)["fee_fen"] == 2500

    refused(station, ValidationError, "reason", void_sent, station, agent, first, "  ")
    refused(station, NotFoundError, "record_id", void_sent, station, agent, "nope", "填错了")
    void_id = void_sent(station, agent, first, "收件地址填错，重新录入")
    assert station.get("voids", void_id)["target_entity"] == "parcels_out"
    refused(station, StateError, "record_id", void_sent, station, agent, first, "再作废一次")

    rows = {r["id"]: r for r in list_sent(station, SentQuery(day=TODAY))}
    assert rows[first]["voided"] and rows[first]["void_reason"] == "收件地址填错，重新录入"
    assert not rows[second]["voided"]
    totals = sent_totals(station, TODAY)
    assert (totals["count"], totals["fee_fen"]) == (1, 1500)
    assert totals["by_method"]["cash"] == {"count": 0, "fee_fen": 0}
    assert totals["by_method"]["wechat"] == {"count": 1, "fee_fen": 1500}
    assert daily_counts(station, TODAY)["sent"] == 1
    assert daily_counts(station, TODAY + timedelta(days=1))["sent"] == 1
