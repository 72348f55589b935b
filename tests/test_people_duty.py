"""The people who serve: posts A and B, PINs changed and reset, agents who leave, the
station's hours, the duty log and its gaps, and word going both ways with the town."""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime, timedelta

import pytest

from station_app import agent_pins, agents, duty, letters
from station_app.errors import DomainError, NotFoundError, StateError, ValidationError
from station_app.ids import new_id
from station_app.parcels import check_in, notice_text
from station_app.payments import get_payment, record_payment
from station_app.station_profile import is_open, profile, update_profile
from station_app.timeutil import LOCAL_TZ, to_iso


def test_posts_a_and_b_are_held_by_one_agent_each(station, agent):
    a, b = agents.list_agents(station)
    assert (a.post, b.post) == ("A", "B")
    newcomer = agents.add_agent(station, "赵小红", "2468", by_agent=agent, post="A")
    assert agents.find_agent(station, newcomer).post is None  # post A is held: nobody loses it by accident
    agents.set_post(station, agent, newcomer, "A")
    posts = {x.name: x.post for x in agents.list_agents(station)}
    assert posts == {"赵小红": "A", "李建国": "B", "王秀英": None}
    with pytest.raises(ValidationError):
        agents.set_post(station, agent, newcomer, "C")


def test_an_agent_who_leaves_cannot_log_in_but_their_records_keep_their_name(station, agent):
    colleague = agents.find_agent(station, "李建国").id
    paid = record_payment(station, colleague, payer_name="张三", bill_kind="electricity", account_no="41001",
                          amount_fen=1000, method="cash")
    agents.deactivate_agent(station, colleague, agent)
    with pytest.raises(NotFoundError):
        agents.login(station, "李建国", "5678")
    assert station.scalar("SELECT a.name FROM payments p JOIN agents a ON a.id = p.created_by WHERE p.id = ?",
                          (paid,)) == "李建国"
    assert get_payment(station, paid)["receipt_no"].startswith("ZHUPO-")
    with pytest.raises(StateError):  # the last one cannot leave
        agents.deactivate_agent(station, agent, agent)


def test_a_pin_is_changed_with_the_old_one_or_reset_by_the_colleague(station, agent):
    with pytest.raises(ValidationError) as err:
        agent_pins.change_pin(station, agent, "0000", "4321")
    assert err.value.field == "old_pin"
    agent_pins.change_pin(station, agent, "1234", "4321")
    assert agents.login(station, "王秀英", "4321").id == agent
    colleague = agents.find_agent(station, "李建国").id
    for _ in range(5):  # forgotten: locked out
        with pytest.raises(DomainError):
            agents.login(station, "李建国", "0000")
    agent_pins.reset_by_colleague(station, agent, colleague, "8642")
    assert agents.login(station, "李建国", "8642").id == colleague  # the reset cleared the lock-out
    with pytest.raises(ValidationError):
        agent_pins.reset_by_colleague(station, agent, agent, "1111")
    kinds = [r[0] for r in station.all("SELECT kind FROM audit_events ORDER BY at")]
    assert kinds == ["pin_changed", "pin_lockout", "pin_reset"]


def test_the_towns_one_time_code_resets_a_pin_once(station, agent, clock):
    salt = os.urandom(16).hex()
    with station.transaction():  # as the town's reset arrives by sync
        station.conn.execute(
            "INSERT INTO pin_resets (id, to_station, agent_id, code_hash, salt, expires_at, created_at, version, hlc)"
            " VALUES (?, 'ZHUPO', ?, ?, ?, ?, ?, 1, '000000000000000-00000-TOWN')",
            (new_id(), agent, agent_pins.town_code_hash("K7QM-33PA", salt), salt,
             to_iso(clock.now() + timedelta(days=2)), station.now_iso()))
    with pytest.raises(StateError):
        agent_pins.reset_with_town_code(station, agent, "WRONG-CODE", "9753")
    agent_pins.reset_with_town_code(station, agent, "k7qm 33pa", "9753")
    assert agents.login(station, "王秀英", "9753").id == agent
    with pytest.raises(StateError):  # used up
        agent_pins.reset_with_town_code(station, agent, "K7QM-33PA", "1357")
    with pytest.raises(NotFoundError):
        agent_pins.reset_with_town_code(station, agents.find_agent(station, "李建国").id, "K7QM-33PA", "1357")


def test_the_stations_hours_and_phone_are_a_record_the_notices_use(station, agent):
    with pytest.raises(ValidationError):
        update_profile(station, agent, "0379-67901234", "12:00-08:00", "123456")
    update_profile(station, agent, "0379-67901234", "08:30-12:00，14:30-17:30", "654321")
    shown = profile(station)
    assert shown["opening_hours"] == "08:30-12:00,14:30-17:30" and shown["hours_text"] == "周一至周六 08:30-12:00、14:30-17:30"
    parcel = check_in(station, agent, "YT1234567890123", recipient_name="张桂兰", recipient_phone="13812345678")
    text = notice_text(station, parcel["id"] if isinstance(parcel, dict) else parcel)
    assert "周一至周六 08:30-12:00、14:30-17:30" in text and "0379-67901234" in text
    assert is_open(station, datetime(2026, 11, 28, 9, 0, tzinfo=LOCAL_TZ))  # a Saturday morning
    assert not is_open(station, datetime(2026, 11, 29, 9, 0, tzinfo=LOCAL_TZ))  # Sunday
    assert not is_open(station, datetime(2026, 11, 28, 13, 0, tzinfo=LOCAL_TZ))  # lunch
    assert station.scalar("SELECT COUNT(*) FROM outbox WHERE entity = 'station_profiles'") == 1


def _at(clock, day: date, hhmm: str) -> None:
    clock.moment = datetime.combine(day, datetime.strptime(hhmm, "%H:%M").time(), LOCAL_TZ)


def test_a_days_duty_log_from_logins_switches_and_locks_shows_who_and_the_gaps(station, agent, clock):
    day = date(2026, 11, 30)  # a Monday
    update_profile(station, agent, None, "08:30-12:00,14:30-17:30", "12345")
    colleague = agents.find_agent(station, "李建国").id
    clock.step = timedelta(0)
    for hhmm, who, kind, reason in [("08:25", agent, "on", "login"), ("10:00", agent, "off", "lock"),
                                    ("10:20", colleague, "on", "unlock"), ("11:00", agent, "on", "switch"),
                                    ("11:40", agent, "off", "logout"), ("14:50", colleague, "on", "login"),
                                    ("17:40", colleague, "off", "day_end")]:
        _at(clock, day, hhmm)
        duty.record(station, who, kind, reason)
    log = duty.day_log(station, day, now=datetime.combine(day + timedelta(days=1), datetime.min.time(), LOCAL_TZ))
    shown = [(s["agent_name"], s["post"], duty.clock_label(s["start"]), duty.clock_label(s["end"]), s["ended"])
             for s in log["spans"]]
    assert shown == [("王秀英", "A", "08:25", "10:00", "lock"), ("李建国", "B", "10:20", "11:00", "switch"),
                     ("王秀英", "A", "11:00", "11:40", "logout"), ("李建国", "B", "14:50", "17:40", "day_end")]
    assert [(duty.clock_label(a), duty.clock_label(b)) for a, b in log["gaps"]] == [
        ("10:00", "10:20"), ("11:40", "12:00"), ("14:30", "14:50")]
    assert log["minutes_uncovered"] == 60 and not log["covered"]
    assert duty.on_duty_at(station, datetime.combine(day, datetime.strptime("10:30", "%H:%M").time(),
                                                     LOCAL_TZ))["agent_name"] == "李建国"
    assert duty.on_duty_at(station, datetime.combine(day, datetime.strptime("12:30", "%H:%M").time(), LOCAL_TZ)) is None
    sunday = duty.day_log(station, date(2026, 11, 29), now=clock.now())
    assert sunday["gaps"] == []  # closed on Sundays: nothing to cover
    with pytest.raises(ValidationError):
        duty.record(station, agent, "on", "lock")


def test_letters_to_the_town_with_a_photo_and_the_towns_answers_unread_until_opened(station, agent, tmp_path):
    photo = tmp_path / "漏水.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 5000)
    letter = letters.write_letter(station, agent, "problem", "屋顶漏水", "服务站屋顶漏水，快递架受潮",
                                  letters.attachment_from(photo))
    big = tmp_path / "big.jpg"
    big.write_bytes(b"x" * (letters.MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(ValidationError):
        letters.attachment_from(big)
    assert letters.attachment(station, letter) == ("漏水.jpg", photo.read_bytes())
    with station.transaction():  # the town's answer arrives by sync
        station.conn.execute(
            "INSERT INTO town_messages (id, to_station, in_reply_to, body, staff_name, sent_at, created_at, version, hlc)"
            " VALUES (?, 'ZHUPO', ?, '明天派人来修', '刘文静', ?, ?, 1, '000000000000000-00000-TOWN')",
            (new_id(), letter, station.now_iso(), station.now_iso()))
    assert letters.unread(station) == 1
    talk = letters.thread(station)
    assert [(t["from"], t["author"]) for t in talk] == [("station", "王秀英"), ("town", "刘文静")]
    assert talk[1]["in_reply_to"] == letter and not talk[1]["read"]
    assert letters.mark_read(station) == 1 and letters.unread(station) == 0
    with pytest.raises(ValidationError):
        letters.write_letter(station, agent, "gossip", "x", "y")
    assert json.loads(station.scalar("SELECT fields FROM outbox WHERE record_id = ?", (letter,)))["attachment"] == \
        base64.b64encode(photo.read_bytes()).decode()


def test_a_notice_is_marked_read_once(station, agent):
    notice = new_id()
    assert letters.notice_read(station, agent, notice) is not None
    assert letters.notice_read(station, agent, notice) is None
    assert letters.notices_read(station) == {notice}
