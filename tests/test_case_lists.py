"""Full-agency cases over time: urgency in working days, the lists and the to-do list,
the history, and the follow-up (missing materials, the paused clock, extensions, what
Today asks to hand over or chase)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from station_app import case_followup, cases, workdays
from station_app.errors import NotFoundError, ValidationError
from station_app.ids import new_id
from station_app.timeutil import local_date
from station_app.today import today_summary
from station_app.villagers import add_villager
from station_app.workdays import WorkCalendar

from case_support import NOTE, at_local, case_in, pause_item

D = date.fromisoformat


# -- urgency ---------------------------------------------------------------------------
PLAIN = WorkCalendar.of()


@pytest.mark.parametrize("today, expected", [
    ("2026-12-03", "normal"),   # Thursday: Fri, Mon, Tue, Wed = 4 left
    ("2026-12-04", "normal"),   # Friday: 3 left
    ("2026-12-06", "normal"),   # Sunday: still 3 left
    ("2026-12-07", "warning"),  # Monday: 2 left
    ("2026-12-08", "warning"),  # 1 left
    ("2026-12-09", "warning"),  # the deadline day itself
    ("2026-12-10", "overdue"),  # the day after
])
def test_urgency_boundaries_on_a_plain_week(today, expected):
    case = {"status": "accepted", "deadline": "2026-12-09"}  # a Wednesday
    assert cases.urgency(PLAIN, case, D(today)) == expected


@pytest.mark.parametrize("status", ["completed_approved", "completed_rejected", "delivered", "withdrawn"])
def test_a_decided_or_closed_case_is_never_overdue(status):
    assert cases.urgency(PLAIN, {"status": status, "deadline": "2026-12-09"}, D("2027-03-01")) == "done"


@pytest.mark.parametrize("status", ["received", "sent_to_town", "accepted", "needs_correction"])
def test_an_open_case_past_its_deadline_is_overdue(status):
    assert cases.urgency(PLAIN, {"status": status, "deadline": "2026-12-09"}, D("2026-12-10")) == "overdue"


def test_urgency_counts_working_days_across_a_holiday(station):
    # Nine calendar days but only two working days (Oct 8, 9) before the deadline.
    assert cases.urgency(station, {"status": "accepted", "deadline": "2026-10-09"}, D("2026-09-30")) == "warning"
    assert cases.urgency(station, {"status": "accepted", "deadline": "2026-10-12"}, D("2026-09-30")) == "normal"


# -- lists and the to-do list ----------------------------------------------------------
def three_deadlines(station, agent, villager, clock) -> tuple[dict, dict, dict, str]:
    """Overdue, close to its deadline, far from it (on Fri Nov 27), and one decided."""
    at_local(clock, 2026, 11, 20)  # Friday
    late = cases.open_case(station, agent, villager, "HJ-01", [])  # due Wed Nov 25
    at_local(clock, 2026, 11, 24)
    soon = cases.open_case(station, agent, villager, "LB-01", [])  # due Tue Dec 1
    at_local(clock, 2026, 11, 27)
    later = cases.open_case(station, agent, villager, "MZ-01", [])  # due in 2027: normal
    done = case_in(station, agent, villager, "completed_approved", item="HJ-01")  # due Dec 2
    return late, soon, later, done


def test_due_cases_lists_warning_and_overdue_open_cases_most_urgent_first(station, agent, villager, clock):
    late, soon, _later, done = three_deadlines(station, agent, villager, clock)
    due = cases.due_cases(station, D("2026-11-27"))
    assert [(c["id"], c["urgency"], c["workdays_left"]) for c in due] == [
        (late["id"], "overdue", -2), (soon["id"], "warning", 2)]
    assert due[0]["urgency_label"] == "已超期" and due[0]["villager_name"] == "张桂兰"
    assert done not in [c["id"] for c in due]
    assert [c["id"] for c in cases.due_cases(station)] == [late["id"], soon["id"]]  # today from the clock


def test_list_cases_filters_searches_and_pages(station, agent, villager):
    other = add_villager(station, agent, "李大山", phone="13900001111")
    first = cases.open_case(station, agent, villager, "LB-01", [])
    second = cases.open_case(station, agent, other, "MZ-01", [])
    cases.change_status(station, agent, second["id"], "sent_to_town", note="容缺送镇")

    def listed(**query) -> list[str]:
        return [c["id"] for c in cases.list_cases(station, cases.CaseQuery(**query))]

    assert listed() == [second["id"], first["id"]]  # newest first
    assert listed(status="sent_to_town") == [second["id"]]
    assert listed(status=("received", "sent_to_town")) == [second["id"], first["id"]]
    assert listed(search="李大") == [second["id"]]
    assert listed(search="5678") == [first["id"]]  # phone tail
    assert listed(search="低保") == [second["id"]]
    assert listed(search="D0001") == [first["id"]]
    assert listed(search="%") == []  # taken literally
    assert [c["id"] for c in cases.list_cases(station, limit=1, offset=1)] == [first["id"]]
    assert cases.count_cases(station) == 2 and cases.count_cases(station, cases.CaseQuery(status="received")) == 1
    row = cases.list_cases(station, cases.CaseQuery(status="sent_to_town"))[0]
    assert (row["status_label"], row["item_name"], row["window"]) == ("已送镇", "最低生活保障申请（低保）", "民政救济")
    with pytest.raises(ValidationError):
        cases.list_cases(station, cases.CaseQuery(status="lost"))


def test_the_lists_groups_open_due_and_done(station, agent, villager, clock):
    late, soon, later, decided = three_deadlines(station, agent, villager, clock)
    delivered = case_in(station, agent, villager, "delivered", item="HJ-01")

    def listed(group: str) -> list[tuple[str, str]]:
        return [(c["id"], c["urgency"]) for c in cases.list_cases(station, cases.CaseQuery(group=group))]

    # "due" is exactly the to-do list's due cases, in its order, a page at a time.
    assert listed("due") == [(late["id"], "overdue"), (soon["id"], "warning")]
    assert [c["id"] for c in cases.due_cases(station)] == [late["id"], soon["id"]]
    assert [c["id"] for c in cases.list_cases(station, cases.CaseQuery(group="due"), limit=1, offset=1)] == [soon["id"]]
    assert {i for i, _ in listed("open")} == {late["id"], soon["id"], later["id"], decided}  # delivery still to do
    assert listed("done") == [(delivered, "done")]
    assert [cases.count_cases(station, cases.CaseQuery(group=g)) for g in ("open", "due", "done")] == [4, 2, 1]


def test_history_tells_the_whole_story_in_order(station, agent, villager):
    case_id = case_in(station, agent, villager, "delivered")
    story = [(e["from_label"], e["to_label"]) for e in cases.history(station, case_id)]
    assert story == [("", "已收件"), ("已收件", "已送镇"), ("已送镇", "已受理"),
                     ("已受理", "已办结（准予）"), ("已办结（准予）", "已送达")]
    with pytest.raises(NotFoundError):
        cases.history(station, new_id())


def test_a_paused_item_does_not_stop_an_open_case(station, agent, villager):
    case_id = case_in(station, agent, villager, "accepted", item="NY-02")
    pause_item(station, "NY-02")
    cases.change_status(station, agent, case_id, "completed_approved")
    assert "农机购置补贴申请" in cases.notice_text(station, case_id)


def test_a_file_sent_to_town_short_of_required_materials_needs_a_reason(station, agent, villager):
    short = cases.open_case(station, agent, villager, "MZ-04", ["居民身份证"])  # 高龄津贴 wants 户口簿 too
    with pytest.raises(ValidationError) as err:
        cases.change_status(station, agent, short["id"], "sent_to_town")
    assert err.value.field == "note" and "户口簿" in err.value.message
    cases.change_status(station, agent, short["id"], "sent_to_town", note="户口簿在外地，下周补交")
    whole = cases.open_case(station, agent, villager, "LB-01", ["居民身份证"])  # 社保卡 may follow (容缺)
    cases.change_status(station, agent, whole["id"], "sent_to_town")  # nothing required missing: no reason asked


def test_a_correction_stops_the_working_day_clock_until_the_materials_arrive(station, agent, villager, clock):
    case = cases.open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    for step, note in (("sent_to_town", None), ("accepted", None), ("needs_correction", "社保卡照片不清")):
        cases.change_status(station, agent, case["id"], step, note=note)
    before = cases.get_case(station, case["id"])["deadline"]
    clock.moment += timedelta(days=7)  # a week waiting for the villager: 5 working days
    cases.change_status(station, agent, case["id"], "accepted")
    after = cases.get_case(station, case["id"])["deadline"]
    waited = workdays.calendar_for(station).workdays_between(
        local_date(station.scalar("SELECT at FROM case_events WHERE to_status = 'needs_correction'")),
        local_date(station.now_iso()))
    assert waited == 5 and after == workdays.add_workdays(station, date.fromisoformat(before), 5).isoformat()


def test_an_extension_needs_a_reason_moves_the_deadline_and_tells_the_villager(station, agent, villager):
    case = cases.open_case(station, agent, villager, "LB-01", ["居民身份证", "社会保障卡"])
    with pytest.raises(ValidationError):
        case_followup.extend_deadline(station, agent, case["id"], 3, " ")
    made = case_followup.extend_deadline(station, agent, case["id"], 3, "县社保局系统升级")
    assert made["deadline"] == workdays.add_workdays(station, date.fromisoformat(case["deadline"]), 3).isoformat()
    assert "县社保局系统升级" in made["message"]["text"] and made["message"]["purpose"] == "case_extended"
    assert "延期3个工作日" in cases.history(station, case["id"])[-1]["note"]


def test_today_lists_results_to_hand_over_and_corrections_to_chase(station, agent, villager):
    done = case_in(station, agent, villager, "completed_approved")
    waiting = case_in(station, agent, villager, "needs_correction")
    assert [c["id"] for c in case_followup.to_hand_over(station)] == [done]
    assert [(c["id"], c["asked_for"]) for c in case_followup.to_chase(station)] == [(waiting, NOTE)]
    lines = [t["text"] for t in today_summary(station)["todo"] if t["page"] == "cases"]
    assert any("待交给村民" in line for line in lines) and any(f"待补正：{NOTE}" in line for line in lines)
