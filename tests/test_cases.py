"""Full-agency cases: legal status changes, opening, numbering, deadlines in working days,
materials and the one-time notice (urgency, lists and the follow-up: test_case_lists)."""

from __future__ import annotations

from datetime import date

import pytest

from station_app import cases
from station_app.case_rules import check_transition
from station_app.errors import DomainError, NotFoundError, StateError, ValidationError
from station_app.ids import new_id

from case_support import NOTE, at_local, case_in, outbox, pause_item

D = date.fromisoformat

# The process, written out by hand so that a change to the rules must change this test.
EXPECTED = {
    "received": {"sent_to_town", "withdrawn"},
    "sent_to_town": {"accepted", "needs_correction", "withdrawn"},
    "accepted": {"needs_correction", "completed_approved", "completed_rejected", "withdrawn"},
    "needs_correction": {"accepted", "withdrawn"},
    "completed_approved": {"delivered"},
    "completed_rejected": {"delivered"},
    "delivered": set(),
    "withdrawn": set(),
}
ID_CARD, HUKOU, FORM, CONSENT, HARDSHIP = (
    "家庭成员居民身份证", "户口簿", "最低生活保障申请书", "家庭经济状况核对授权书", "收入证明、病历或残疾人证等困难情况材料")


# -- statuses --------------------------------------------------------------------------
def test_status_labels_are_the_eight_statuses_in_chinese():
    assert list(cases.STATUS_LABELS) == ["received", "sent_to_town", "accepted", "needs_correction",
                                         "completed_approved", "completed_rejected", "delivered", "withdrawn"]
    assert cases.STATUS_LABELS["accepted"] == "已受理" and cases.STATUS_LABELS["sent_to_town"] == "已送镇"


def test_the_transition_table_is_exactly_the_process():
    assert {k: set(v) for k, v in cases.TRANSITIONS.items()} == EXPECTED
    for current in EXPECTED:
        for target in EXPECTED:
            if target in EXPECTED[current]:
                check_transition(current, target)
            else:
                with pytest.raises(StateError):
                    check_transition(current, target)


@pytest.mark.parametrize("current", list(EXPECTED))
def test_every_status_change_on_a_real_case(station, agent, villager, current):
    for target in EXPECTED:
        case_id = case_in(station, agent, villager, current)
        events = len(cases.history(station, case_id))
        before = outbox(station)
        if target in EXPECTED[current]:
            cases.change_status(station, agent, case_id, target, note=NOTE)
            assert cases.get_case(station, case_id)["status"] == target
            assert cases.history(station, case_id)[-1]["from_status"] == current
            assert outbox(station) == before + 2  # the case update and its event
        else:
            with pytest.raises(StateError) as err:
                cases.change_status(station, agent, case_id, target, note=NOTE)
            assert err.value.field == "status"
            assert cases.get_case(station, case_id)["status"] == current
            assert len(cases.history(station, case_id)) == events
            assert outbox(station) == before


def test_an_illegal_change_names_both_statuses_in_chinese(station, agent, villager):
    case_id = case_in(station, agent, villager, "accepted")
    with pytest.raises(StateError) as err:
        cases.change_status(station, agent, case_id, "sent_to_town")
    assert err.value.message == "不能从“已受理”改为“已送镇”"


def test_an_unknown_status_is_refused(station, agent, villager):
    case_id = case_in(station, agent, villager, "received")
    before = outbox(station)
    with pytest.raises(ValidationError) as err:
        cases.change_status(station, agent, case_id, "lost")
    assert err.value.field == "status" and outbox(station) == before


def test_correction_needs_a_note_saying_what_is_missing(station, agent, villager):
    case_id = case_in(station, agent, villager, "accepted")
    before = outbox(station)
    for empty in (None, "   "):
        with pytest.raises(ValidationError) as err:
            cases.change_status(station, agent, case_id, "needs_correction", note=empty)
        assert err.value.field == "note" and "补正" in err.value.message
    assert outbox(station) == before and cases.get_case(station, case_id)["status"] == "accepted"
    cases.change_status(station, agent, case_id, "needs_correction", note="村委会证明未盖章", by_side="town")
    last = cases.history(station, case_id)[-1]
    assert (last["note"], last["by_side"], last["to_label"]) == ("村委会证明未盖章", "town", "待补正")


def test_the_side_must_be_station_or_town(station, agent, villager):
    case_id = case_in(station, agent, villager, "received")
    with pytest.raises(ValidationError) as err:
        cases.change_status(station, agent, case_id, "sent_to_town", by_side="county")
    assert err.value.field == "by_side"
    assert cases.get_case(station, case_id)["status"] == "received"


def test_changing_an_unknown_case_or_without_an_agent_is_refused(station, agent, villager):
    with pytest.raises(NotFoundError) as err:
        cases.change_status(station, agent, new_id(), "sent_to_town")
    assert err.value.field == "case"
    case_id = case_in(station, agent, villager, "received")
    with pytest.raises(NotFoundError) as err:
        cases.change_status(station, None, case_id, "sent_to_town")
    assert err.value.field == "agent"


# -- opening, numbering, deadlines -----------------------------------------------------
def test_open_case_writes_the_case_and_its_first_event(station, agent, villager):
    before = outbox(station)
    made = cases.open_case(station, agent, villager, "LB-01", ["居民身份证"], note="行动不便，需上门采集")
    assert made["case_no"] == "ZHUPO-2026-D0001"
    assert made["deadline"] == "2026-12-04"  # Friday + 5 working days
    assert made["missing"] == [] and made["may_follow"] == ["社会保障卡"]
    case = cases.get_case(station, made["id"])
    assert (case["status"], case["item_code"], case["villager_name"]) == ("received", "LB-01", "张桂兰")
    assert case["materials_received"] == ["居民身份证"] and case["note"] == "行动不便，需上门采集"
    assert case["created_by"] == agent
    [event] = cases.history(station, made["id"])
    assert (event["from_status"], event["to_status"], event["by_side"]) == (None, "received", "station")
    assert event["agent_name"] == "王秀英"
    assert outbox(station) == before + 2
    assert {r[0] for r in station.all("SELECT entity FROM outbox WHERE seq > ?", (before,))} == {"cases", "case_events"}


def test_case_numbers_run_per_station_and_local_year(station, agent, villager, clock):
    numbers = [cases.open_case(station, agent, villager, "HJ-01", [])["case_no"] for _ in range(3)]
    assert numbers == ["ZHUPO-2026-D0001", "ZHUPO-2026-D0002", "ZHUPO-2026-D0003"]
    at_local(clock, 2026, 12, 31, 23, 30)
    assert cases.open_case(station, agent, villager, "HJ-01", [])["case_no"] == "ZHUPO-2026-D0004"
    at_local(clock, 2027, 1, 1, 0, 30)  # still 2026 in UTC, already 2027 in Henan
    assert cases.open_case(station, agent, villager, "HJ-01", [])["case_no"] == "ZHUPO-2027-D0001"


@pytest.mark.parametrize("received, item, expected", [
    ((2026, 9, 29), "HJ-01", "2026-10-09"),  # 3 days over National Day: Sep 30, Oct 8, Oct 9
    ((2026, 9, 29), "LB-01", "2026-10-12"),  # 5 days, Saturday Oct 10 is a make-up workday
    ((2026, 9, 18), "JS-01", "2026-09-22"),  # Sunday Sep 20 is a make-up workday
    ((2026, 9, 24), "HJ-01", "2026-09-30"),  # Mid-Autumn Friday Sep 25 is off
    ((2026, 2, 12), "LB-01", "2026-02-26"),  # Spring Festival: Feb 13, Sat 14, 24, 25, 26
    ((2026, 2, 13), "HJ-01", "2026-02-25"),  # Sat Feb 14 worked, Feb 15-23 off
    ((2026, 11, 27), "MZ-02", "2027-01-22"),  # 40 days into an unpublished year: Mon-Fri
])
def test_deadline_counts_working_days_from_the_day_after_receipt(station, agent, villager, clock, received, item, expected):
    at_local(clock, *received)
    made = cases.open_case(station, agent, villager, item, [])
    assert made["deadline"] == expected
    assert cases.get_case(station, made["id"])["deadline"] == expected


def test_deadline_uses_the_local_date_of_receipt(station, agent, villager, clock):
    at_local(clock, 2026, 9, 29, 23, 30)
    assert cases.open_case(station, agent, villager, "HJ-01", [])["deadline"] == "2026-10-09"
    at_local(clock, 2026, 9, 30, 0, 30)  # the same UTC day, but Sep 30 in Henan
    assert cases.open_case(station, agent, villager, "HJ-01", [])["deadline"] == "2026-10-10"


def test_open_case_refuses_bad_input_and_writes_nothing(station, agent, villager):
    pause_item(station, "NY-02")
    before = outbox(station)
    attempts = [
        (dict(item_code="XX-99"), NotFoundError, "item_code", "服务目录里没有这个事项"),
        (dict(item_code="NY-02"), StateError, "item_code", None),
        (dict(villager_id=new_id()), NotFoundError, "villager", None),
        (dict(materials_received=["结婚证"]), ValidationError, "materials_received", None),
        (dict(agent_id=None), NotFoundError, "agent", None),
        (dict(note="很长" * 300), ValidationError, "note", None),
    ]
    for change, error, field, message in attempts:
        args = dict(agent_id=agent, villager_id=villager, item_code="LB-01", materials_received=[]) | change
        with pytest.raises(error) as err:
            cases.open_case(station, **args)
        assert err.value.field == field, change
        assert message is None or err.value.message == message
    assert outbox(station) == before
    assert station.scalar("SELECT COUNT(*) FROM cases") == 0
    assert station.scalar("SELECT COUNT(*) FROM case_events") == 0


def test_a_refused_opening_does_not_use_up_a_case_number(station, agent, villager):
    with pytest.raises(DomainError):
        cases.open_case(station, agent, villager, "XX-99", [])
    assert cases.open_case(station, agent, villager, "LB-01", [])["case_no"] == "ZHUPO-2026-D0001"


# -- materials and the one-time notice -------------------------------------------------
def test_missing_materials_separates_required_from_may_follow(station, agent, villager):
    made = cases.open_case(station, agent, villager, "MZ-01", [ID_CARD])
    assert made["missing"] == [FORM, HUKOU, CONSENT] and made["may_follow"] == [HARDSHIP]
    missing = cases.missing_materials(station, made["id"])
    assert [m.name for m in missing["required"]] == [FORM, HUKOU, CONSENT]
    assert [(m.name, m.form) for m in missing["may_follow"]] == [(HARDSHIP, "原件及复印件")]


def test_ticking_materials_later_shrinks_the_missing_list(station, agent, villager):
    case_id = cases.open_case(station, agent, villager, "MZ-01", [ID_CARD])["id"]
    left = cases.tick_materials(station, agent, case_id, [HUKOU, FORM])
    assert [m.name for m in left["required"]] == [CONSENT]
    assert cases.get_case(station, case_id)["materials_received"] == [FORM, ID_CARD, HUKOU]  # catalogue order
    before = outbox(station)
    cases.tick_materials(station, agent, case_id, [HUKOU])  # already there: nothing to write
    assert outbox(station) == before
    left = cases.tick_materials(station, agent, case_id, [CONSENT, HARDSHIP])
    assert left == {"required": [], "may_follow": []}
    assert outbox(station) == before + 1


def test_ticking_refuses_unknown_materials_and_closed_cases(station, agent, villager):
    case_id = cases.open_case(station, agent, villager, "MZ-01", [ID_CARD])["id"]
    before = outbox(station)
    with pytest.raises(ValidationError) as err:
        cases.tick_materials(station, agent, case_id, ["结婚证"])
    assert err.value.field == "materials_received" and "结婚证" in err.value.message
    closed = case_in(station, agent, villager, "delivered")
    before = outbox(station)
    with pytest.raises(StateError):
        cases.tick_materials(station, agent, closed, ["社会保障卡"])
    assert outbox(station) == before


def test_the_notice_tells_the_villager_everything_missing_at_once(station, agent, villager):
    station.set_meta("station_phone", "0379-67123456")
    made = cases.open_case(station, agent, villager, "MZ-01", [ID_CARD])
    text = cases.notice_text(station, made["id"])
    assert text.splitlines()[0] == "朱坡村便民服务站  一次性告知单"
    for expected in ("ZHUPO-2026-D0001", "张桂兰", "最低生活保障申请（低保）", "民政救济窗口",
                     "2026年11月27日", "30个工作日", "2027年1月8日", "免费",
                     f"1. {FORM}（原件）", f"2. {HUKOU}（原件及复印件）", f"3. {CONSENT}（原件）",
                     "容缺", HARDSHIP, "王秀英", "0379-67123456"):
        assert expected in text, expected
    assert ID_CARD not in text  # what was handed over is not asked for again


def test_the_notice_says_so_when_nothing_required_is_missing(station, agent, villager):
    made = cases.open_case(station, agent, villager, "LB-01", ["居民身份证"])
    text = cases.notice_text(station, made["id"])
    assert "必需材料已经齐全" in text and "还缺" not in text
    assert "社会保障卡（原件）" in text  # the 容缺 one is still mentioned
