"""A telling round on the simulated modem (a pseudo-terminal answering AT commands): what is
due is queued and sent by the real serial code, its delivery report marks it delivered,
a villager's reply "5" to a result message rates the case as their own; a lost network
leaves the message queued for the next round; the settings refuse what cannot work."""

from __future__ import annotations

import pytest

from station_app import feedback, villager_messages as vm
from station_app.cases import change_status, open_case
from station_app.errors import ValidationError
from station_app.parcels import check_in
from station_app.sms.modem import ModemError
from station_app.sms.rounds import messaging, open_modem, set_messaging, tell_round


@pytest.fixture
def attached(sim):
    modem, port = open_modem(sim.path)
    yield modem
    port.close()


def test_a_round_sends_what_is_due_and_hears_the_delivery(station, agent, villager, sim, attached):
    set_messaging(station, sim.path, ["modem"], 3)
    check_in(station, agent, "YT1234567890123", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    done = tell_round(station, agent, attached)
    assert done["queued"] == 1 and done["sent"] == 1 and done["delivered"] == 1
    (message,) = vm.listing(station)
    assert message["status"] == "delivered" and message["channel"] == "modem"
    assert "取件码" in sim.joined()["8613812345678"]
    assert tell_round(station, agent, attached)["queued"] == 0  # the same parcel is never told twice


def test_a_reply_rates_the_case_as_the_villager_and_a_poor_one_opens_a_call_back(station, agent, villager, sim,
                                                                                 attached):
    set_messaging(station, sim.path, ["modem"], 3)
    case = open_case(station, agent, villager, "LB-01", ["居民身份证"])
    for status in ("sent_to_town", "accepted", "completed_approved"):
        change_status(station, agent, case["id"], status, by_side="town" if status != "sent_to_town" else "station")
    assert tell_round(station, agent, attached)["sent"] == 1
    sim.reply("8613812345678", "2 等太久了")
    done = tell_round(station, agent, attached)
    assert done["rated"] == 1
    rating = feedback.rating_of(station, "cases", case["id"])
    assert rating["level"] == 2 and rating["source"] == "sms" and "等太久了" in rating["comment"]
    assert station.scalar("SELECT COUNT(*) FROM callbacks WHERE status = 'open'") == 1


def test_a_lost_network_keeps_the_message_for_the_next_round(station, agent, villager, sim, attached):
    set_messaging(station, sim.path, ["modem"], 3)
    check_in(station, agent, "YT1234567890124", recipient_name="张桂兰", recipient_phone="13812345678",
             villager_id=villager)
    sim.fail_next = "331"  # no network at the moment of sending
    assert tell_round(station, agent, attached)["failed"] == 1
    (message,) = vm.listing(station)
    assert message["status"] == "queued" and "没有网络信号" in message["last_error"]
    assert tell_round(station, agent, attached)["sent"] == 1


def test_no_modem_on_the_port_is_said_in_words(tmp_path):
    with pytest.raises(ModemError) as err:
        open_modem(str(tmp_path / "no-such-port"))
    assert "打不开短信猫的端口" in err.value.message


def test_the_settings_refuse_what_cannot_work(station):
    with pytest.raises(ValidationError) as err:
        set_messaging(station, "", ["modem", "town"], 3)
    assert err.value.field == "modem_port"
    with pytest.raises(ValidationError):
        set_messaging(station, "COM3", ["town"], 0)
    set_messaging(station, "COM3", ["town", "modem"], 4)
    assert messaging(station) == {"modem_port": "COM3", "channels": ["town", "modem"], "reminder_days": 4}
