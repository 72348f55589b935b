"""The people who serve, seen from the town: a PIN reset code that reaches its station only,
each station's agents and hours, the duty log read at the town exactly as the station reads
it, spot checks beside the log (and refused in words when wrong, with nothing written),
letters and answers, notices' categories and read receipts, and case moves signed by the
staff member who made them."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from station_app import agent_pins, agents, duty, letters
from station_app.cases import change_status, open_case
from station_app.errors import DomainError, NotFoundError, StateError, ValidationError
from station_app.station_profile import update_profile
from station_app.villagers import add_villager
from sync.hub.stations import revoke_station
from sync.town import assessment
from sync.town.duty_log import week_log
from sync.town.letters import answer, list_threads, mark_read, save_attachment, thread, unread_total
from sync.town.notices import list_notices, publish_notice, receipts
from sync.town.people import station_people
from sync.town.pin_resets import issue_pin_reset
from sync.town.queries import case_history
from sync.town.spot_checks import CheckQuery, count_checks, list_checks, record_check
from sync.town.writes import set_case_status

from people_support import MONDAY, local, small_town


@pytest.fixture
def town(tmp_path):
    return small_town(tmp_path)


def _hub_counts(town) -> tuple:
    with town.hub() as hub:
        return tuple(hub.scalar(f"SELECT COUNT(*) FROM {t}") for t in (
            "pin_resets", "hub_changes", "hub_spot_checks", "town_messages", "town_notices"))


# -- PIN reset codes ---------------------------------------------------------------------
def test_a_reset_code_reaches_its_station_only_and_resets_the_pin_there_once(town):
    with town.hub() as hub:
        made = issue_pin_reset(hub, "zhupo", "王秀英")
        row = hub.one("SELECT * FROM pin_resets WHERE id = ?", (made["id"],))
        audience = [r[0] for r in hub.all("SELECT audience FROM hub_changes WHERE record_id = ?", (made["id"],))]
    assert audience == ["ZHUPO"]
    assert made["code"] not in str(dict(row))  # only its hash is kept
    assert row["code_hash"] == agent_pins.town_code_hash(made["code"], row["salt"])
    assert len(made["code"]) == 9 and made["code"][4] == "-"
    town.sync("ZHUPO")
    town.sync("SHIMEN")
    with town.station("SHIMEN") as store:
        assert store.scalar("SELECT COUNT(*) FROM pin_resets") == 0
    town.at(MONDAY + timedelta(days=1), "09:00")
    with town.station("ZHUPO") as store:
        agent = agents.find_agent(store, "王秀英").id
        agent_pins.reset_with_town_code(store, agent, made["code"].lower(), "9753")
        assert agents.login(store, "王秀英", "9753").id == agent
        with pytest.raises(StateError):  # once
            agent_pins.reset_with_town_code(store, agent, made["code"], "1357")


def test_a_reset_code_is_refused_for_an_agent_who_left_an_unknown_one_or_a_stopped_station(town):
    with town.station("ZHUPO") as store:
        first, second = (a.id for a in agents.list_agents(store))
        agents.deactivate_agent(store, second, first)
    town.sync("ZHUPO")
    before = _hub_counts(town)
    with town.hub() as hub:
        with pytest.raises(NotFoundError) as left:
            issue_pin_reset(hub, "ZHUPO", "李建国")
        with pytest.raises(NotFoundError) as unknown:
            issue_pin_reset(hub, "ZHUPO", "刘玉珍")  # SHIMEN's, not ZHUPO's
        with pytest.raises(NotFoundError) as nowhere:
            issue_pin_reset(hub, "NOWHERE", "王秀英")
        revoke_station(hub, "SHIMEN")
        with pytest.raises(StateError) as stopped:
            issue_pin_reset(hub, "SHIMEN", "刘玉珍")
    assert (left.value.field, unknown.value.field, nowhere.value.field, stopped.value.field) == (
        "agent", "agent", "station", "station")
    assert "李建国" in left.value.message and "已停用" in stopped.value.message
    assert _hub_counts(town) == before


def test_the_stations_page_data_has_agents_posts_and_hours(town):
    agent = town.agent("ZHUPO", "王秀英")
    with town.station("ZHUPO") as store:
        update_profile(store, agent, "0379-67901234", "08:30-12:00,14:30-17:30", "123456")
        newcomer = agents.add_agent(store, "赵小红", "2468", by_agent=agent)
        agents.set_post(store, agent, newcomer, "B")
    town.sync("ZHUPO")
    with town.hub() as hub:
        people = station_people(hub, "zhupo")
        shimen = station_people(hub, "SHIMEN")
    assert [(a["name"], a["post"], a["active"]) for a in people["agents"]] == [
        ("王秀英", "A", True), ("赵小红", "B", True), ("李建国", None, True)]
    assert people["posts"] == "A 王秀英 · B 赵小红"
    assert (people["phone"], people["hours_text"], people["hours_set"]) == (
        "0379-67901234", "周一至周六 08:30-12:00、14:30-17:30", True)
    assert not shimen["hours_set"] and shimen["opening_hours"]  # the defaults its notices use


# -- the duty log and spot checks ----------------------------------------------------------
DAY = [("08:25", "王秀英", "on", "login"), ("10:00", "王秀英", "off", "lock"), ("10:20", "李建国", "on", "unlock"),
       ("11:00", "王秀英", "on", "switch"), ("11:40", "王秀英", "off", "logout"), ("14:50", "李建国", "on", "login"),
       ("17:40", "李建国", "off", "day_end")]


def _a_week_of_duty(town) -> None:
    ids = {name: town.agent("ZHUPO", name) for name in ("王秀英", "李建国")}
    with town.station("ZHUPO") as store:
        town.at(MONDAY, "07:30")
        update_profile(store, ids["王秀英"], None, "08:30-12:00,14:30-17:30", "12345")
    for offset in (0, 1):  # Monday and Tuesday as the station's test of the log; Wednesday nobody came
        for hhmm, name, kind, reason in DAY:
            town.at(MONDAY + timedelta(days=offset), hhmm)
            with town.station("ZHUPO") as store:
                duty.record(store, ids[name], kind, reason)
    town.sync("ZHUPO")


def test_the_town_reads_a_stations_duty_log_as_the_station_does(town):
    _a_week_of_duty(town)
    with town.hub() as hub:
        week = week_log(hub, "ZHUPO", MONDAY + timedelta(days=3))
    assert (week["monday"], week["sunday"]) == ("2026-11-23", "2026-11-29")
    with town.station("ZHUPO") as store:
        for day in week["days"][:3]:
            when = local(MONDAY, "00:00").date().fromisoformat(day["day"])
            own = duty.day_log(store, when, now=local(when + timedelta(days=1), "00:00"))
            assert [(s["agent_name"], s["from"], s["to"]) for s in day["spans"]] == [
                (s["agent_name"], duty.clock_label(s["start"]), duty.clock_label(s["end"])) for s in own["spans"]]
            assert [(g["from"], g["to"]) for g in day["gaps"]] == [
                (duty.clock_label(a), duty.clock_label(b)) for a, b in own["gaps"]]
    monday, wednesday, saturday = week["days"][0], week["days"][2], week["days"][5]
    assert [(g["from"], g["to"]) for g in monday["gaps"]] == [("10:00", "10:20"), ("11:40", "12:00"), ("14:30", "14:50")]
    assert monday["minutes_uncovered"] == 60 and not monday["covered"]
    assert wednesday["spans"] == [] and wednesday["minutes_uncovered"] == 6 * 60 + 30  # nobody all day
    assert not saturday["open"] and saturday["covered"]
    assert week["days_uncovered"] == 5  # Thursday and Friday too: the hub knows the log up to now, and nobody came


def test_spot_checks_beside_the_log_agree_or_say_how_they_disagree(town):
    _a_week_of_duty(town)
    monday = MONDAY
    with town.hub() as hub:
        for hhmm, found in (("08:40", "王秀英"), ("10:10", "李建国"), ("10:30", "nobody"), ("10:40", "王秀英"),
                            ("12:30", "无人")):
            record_check(hub, "ZHUPO", local(monday, hhmm), "刘文静", found, "抽查")
        record_check(hub, "ZHUPO", f"{monday + timedelta(days=1)} 09:00", "刘文静", "王秀英")
        checks = {c["checked_at"]: c for c in list_checks(hub, CheckQuery(station="ZHUPO"))}
        week = week_log(hub, "ZHUPO", monday)
    verdicts = [(c["found_name"], c["log_agent_name"], c["verdict"], c["disagrees"])
                for _at, c in sorted(checks.items())]
    assert verdicts == [
        ("王秀英", "王秀英", "agree", False),    # 08:40: the log says the same
        ("李建国", None, "unlogged", True),      # 10:10: the post was locked, yet an agent was there
        (None, "李建国", "absent", True),        # 10:30: the log says 李建国, nobody was there
        ("王秀英", "李建国", "other", True),     # 10:40: the other agent was at the post
        (None, None, "nobody", False),           # 12:30: lunch, closed: the log agrees
        ("王秀英", "王秀英", "agree", False),    # Tuesday 09:00
    ]
    assert [len(d["checks"]) for d in week["days"][:2]] == [5, 1] and week["disagreements"] == 3


def test_a_check_before_the_station_synced_waits_for_its_log(town):
    with town.hub() as hub:
        record_check(hub, "ZHUPO", hub.clock.now(), "刘文静", "王秀英")
        [check] = list_checks(hub)
    assert check["verdict"] == "not_synced" and not check["disagrees"]


@pytest.mark.parametrize("station, at, staff, found, field, words", [
    ("ZHUPO", "昨天上午", "刘文静", "王秀英", "checked_at", "2026-11-27 10:30"),
    ("ZHUPO", "2026-13-01 10:00", "刘文静", "王秀英", "checked_at", "2026-11-27 10:30"),
    ("ZHUPO", "2099-01-01 10:00", "刘文静", "王秀英", "checked_at", "不能晚于现在"),
    ("ZHUPO", "2026-11-23 10:00", "  ", "王秀英", "staff", "抽查人"),
    ("ZHUPO", "2026-11-23 10:00", "刘文静", "刘玉珍", "found", "没有这位代办员"),
    ("NOWHERE", "2026-11-23 10:00", "刘文静", "王秀英", "station", "NOWHERE"),
    ("", "2026-11-23 10:00", "刘文静", "王秀英", "station", "请选择服务站"),
])
def test_a_bad_check_is_refused_next_to_its_field_and_nothing_is_written(town, station, at, staff, found, field,
                                                                          words):
    with town.hub() as hub:
        with pytest.raises(DomainError) as refused:
            record_check(hub, station, at, staff, found, "备注")
        assert count_checks(hub) == 0
    assert refused.value.field == field and words in refused.value.message


# -- word both ways ----------------------------------------------------------------------
def test_letters_become_threads_with_unread_counts_and_answers_reach_their_station(town, tmp_path):
    photo = b"\x89PNG\r\n\x1a\n" + b"x" * 3000
    writer = town.agent("ZHUPO", "李建国")
    with town.station("ZHUPO") as store:
        letter = letters.write_letter(store, writer, "problem", "屋顶漏水", "快递架受潮",
                                      ("漏水.png", base64.b64encode(photo).decode()))
    town.sync("ZHUPO")
    with town.hub() as hub:
        rows = {t["code"]: t for t in list_threads(hub)}
        assert (rows["ZHUPO"]["letters"], rows["ZHUPO"]["unread"], rows["SHIMEN"]["unread"]) == (1, 1, 0)
        assert list_threads(hub)[0]["code"] == "ZHUPO" and unread_total(hub) == 1
        talk = thread(hub, "ZHUPO")
        assert [(i["from"], i["author"], i["subject"], i["attachment_name"]) for i in talk["items"]] == [
            ("station", "李建国", "屋顶漏水", "漏水.png")]
        assert save_attachment(hub, letter, tmp_path / "saved.png").read_bytes() == photo
        assert mark_read(hub, "ZHUPO", "孙丽") == 1 and mark_read(hub, "ZHUPO", "孙丽") == 0
        assert thread(hub, "ZHUPO")["items"][0]["read_by"] == "孙丽" and unread_total(hub) == 0
        with pytest.raises(NotFoundError) as foreign:
            answer(hub, "SHIMEN", "这封不是你们的", "孙丽", in_reply_to=letter)
        with pytest.raises(ValidationError) as empty:
            answer(hub, "ZHUPO", "  ", "孙丽", in_reply_to=letter)
        message = answer(hub, "ZHUPO", "明天派人来修", "孙丽", in_reply_to=letter)
        assert [r[0] for r in hub.all("SELECT audience FROM hub_changes WHERE record_id = ?", (message,))] == ["ZHUPO"]
    assert (foreign.value.field, empty.value.field) == ("in_reply_to", "body")
    town.sync("ZHUPO")
    town.sync("SHIMEN")
    with town.station("ZHUPO") as store:
        items = letters.thread(store)
        assert [(i["from"], i["in_reply_to"], i["author"]) for i in items] == [
            ("station", None, "李建国"), ("town", letter, "孙丽")]
        assert letters.unread(store) == 1
    with town.station("SHIMEN") as store:
        assert store.scalar("SELECT COUNT(*) FROM town_messages") == 0


def test_notices_have_a_category_and_the_town_sees_who_read_them_and_when(town):
    with town.hub() as hub:
        with pytest.raises(ValidationError) as bad:
            publish_notice(hub, "通知", "内容", category="八卦")
        notice = publish_notice(hub, "低保名单公示", "请张贴公示七天", category="村务公开")
        listed = list_notices(hub, notice_id=notice)[0]
    assert bad.value.field == "category" and "村务公开" in bad.value.message
    assert (listed["category"], listed["category_label"], listed["reads"], listed["addressed"]) == (
        "village_affairs", "村务公开", 0, 2)
    for code in ("ZHUPO", "SHIMEN"):
        town.sync(code)
    town.at(MONDAY + timedelta(days=2), "09:15")
    with town.station("ZHUPO") as store:
        assert store.one("SELECT title FROM town_notices WHERE id = ?", (notice,))["title"] == "低保名单公示"
        letters.notice_read(store, agents.list_agents(store)[0].id, notice)
    town.sync("ZHUPO")
    with town.hub() as hub:
        seen = receipts(hub, notice)
        listed = list_notices(hub, notice_id=notice)[0]
        assert list_notices(hub, category="policy") == []
    assert [(r["code"], r["read_at"] is not None) for r in seen] == [("ZHUPO", True), ("SHIMEN", False)]
    assert seen[0]["read_at"].startswith("2026-11-25T01:15")
    assert (listed["reads"], listed["addressed"]) == (1, 2)


# -- the town's case moves, signed --------------------------------------------------------
def test_a_town_case_move_is_kept_with_the_staff_member_who_made_it(town):
    agent = town.agent("ZHUPO", "王秀英")
    with town.station("ZHUPO") as store:
        villager = add_villager(store, agent, "张桂兰", phone="13812345678")
        case = open_case(store, agent, villager, "LB-01", ["居民身份证"])["id"]
        change_status(store, agent, case, "sent_to_town", note="材料随后补")
        other = open_case(store, agent, villager, "MZ-02", ["居民身份证"])["id"]
        change_status(store, agent, other, "sent_to_town", note="材料随后补")
    town.sync("ZHUPO")
    with town.hub() as hub:
        with pytest.raises(ValidationError):
            set_case_status(hub, case, "accepted", staff="名字太长" * 10)
        done = set_case_status(hub, case, "accepted", note="已受理", staff="孙丽")
        set_case_status(hub, other, "accepted")  # the command line without --staff
        history = case_history(hub, case)
        start, end = "2026-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"
        staff = {r["staff"]: r for r in assessment.staff_rows(hub, start, end)}
    assert done["event"] and history[-1]["staff"] == "孙丽" and history[0]["staff"] is None
    assert (staff["孙丽"]["case_moves"], staff["孙丽"]["accepted"]) == (1, 1)
    assert staff[assessment.UNNAMED_STAFF]["case_moves"] == 1
