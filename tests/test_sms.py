"""The station's own GSM modem: the real serial code (pyserial) against a simulated modem
on a pseudo-terminal, and the PDU encoding against published examples."""

from __future__ import annotations

import pytest
import serial

from station_app.sms.modem import Modem, ModemError
from station_app.sms.pdu import PduError, read_deliver, read_status_report, submit_parts


@pytest.fixture
def modem(sim):
    port = serial.Serial(sim.path, baudrate=115200, timeout=0.05)
    yield Modem(port, timeout=3, send_timeout=3)
    port.close()


def test_a_chinese_message_goes_out_in_pdu_mode_and_its_delivery_comes_back(sim, modem):
    assert modem.setup() == "本地网络"
    assert sim.commands[:5] == ["AT", "ATE0", "AT+CMEE=1", "AT+CMGF=0", "AT+CNMI=2,2,0,1,0"]
    text = "【朱坡村便民服务站】张桂兰您好，您的包裹已到，取件码 3-2-1024。"
    sent = modem.send("138 1234 5678", text)
    assert sent.parts == 1 and sim.joined() == {"8613812345678": text}
    got = modem.collect(wait=1)
    assert [(r.reference, r.delivered, r.final) for r in got.reports] == [(sent.references[0], True, True)]


def test_a_long_message_is_split_and_joined_back_by_the_phone(sim, modem):
    modem.setup()
    text = "尊敬的村民：" + "您家老人由站里垫付的电费还有一百二十元未结清，请在年底前来站里结清。" * 5
    sent = modem.send("13987654321", text)
    assert len(text) == 176 and sent.parts == len(sim.sent) == 3  # 67 characters a part
    assert {r.part[1] for r in sim.sent} == {3} and len({r.part[0] for r in sim.sent}) == 1
    assert sim.joined() == {"8613987654321": text}
    assert len(modem.collect(wait=1).reports) == 3


def test_no_network_and_refusals_are_said_in_words(sim, modem):
    sim.network = False
    with pytest.raises(ModemError) as err:
        modem.setup()
    assert err.value.code == "no_network" and "没有连上手机网络" in err.value.message
    sim.network = True
    modem.setup()
    sim.fail_next = "331"
    with pytest.raises(ModemError) as err:
        modem.send("13812345678", "取件通知")
    assert "没有网络信号" in err.value.message
    modem.send("13812345678", "取件通知")  # the next one goes
    sim.report_status = 0x41  # the network gave up (phone off too long)
    modem.send("13812345679", "取件通知")
    reports = modem.collect(wait=1).reports
    assert [(r.delivered, r.final) for r in reports] == [(True, True), (False, True)]
    with pytest.raises(ModemError):
        modem.send("12345", "不是手机号")


def test_a_villagers_reply_is_read_in_either_alphabet(sim, modem):
    modem.setup()
    sim.reply("8613812345678", "5")
    sim.reply("8613812345678", "很满意")
    replies = modem.collect(wait=1).replies
    assert [(r.sender, r.text) for r in replies] == [("8613812345678", "5"), ("8613812345678", "很满意")]


def test_pdus_read_as_the_published_examples_say():
    # The SMS-DELIVER example of GSM 03.40 tutorials: "hellohello" from +27838890001.
    hello = read_deliver("07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37")
    assert hello.sender == "27838890001" and hello.text == "hellohello"
    assert (hello.sent_at.year, hello.sent_at.month, hello.sent_at.day) == (2099, 3, 29)
    part = submit_parts("13812345678", "您好", reference=1)[0]
    assert part.pdu == "0031000D91683118325476F80008AA0460A8597D" and part.length == 19
    report = read_status_report("07911326040000F006120D91683118325476F8621032214313006210322143130000")
    assert (report.reference, report.recipient, report.delivered) == (0x12, "8613812345678", True)
    with pytest.raises(PduError):
        read_deliver("0031")
    with pytest.raises(PduError):
        submit_parts("13812345678", "很长" * 400, reference=2)
