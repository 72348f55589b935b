import json
from datetime import timedelta

import pytest

from station_app import agents
from station_app.errors import NotFoundError, StateError, ValidationError
from station_app.feedback import complete_callback, give_feedback, open_callbacks
from station_app.reception import appointments_on, book_appointment, close_appointment, list_receptions, log_reception
from station_app.villagers import add_contact, get_villager, payer_of, search_villagers, update_villager


def test_login_and_pin_rules(station):
    names = [a.name for a in agents.list_agents(station)]
    assert names == ["王秀英", "李建国"]
    assert agents.login(station, "李建国", "5678").name == "李建国"
    with pytest.raises(ValidationError) as err:
        agents.login(station, "李建国", "0000")
    assert err.value.field == "pin"
    for pin in ("123", "123456789", "12a4"):
        with pytest.raises(ValidationError):
            agents.add_agent(station, "新人", pin)
    with pytest.raises(NotFoundError):
        agents.find_agent(station, "没有这人")


def test_wrong_pins_count_down_then_wait_longer_each_time_and_the_town_hears_of_it(station, clock):
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError) as err:
            agents.login(station, "李建国", "0000")
        assert err.value.params["left"] == left and f"还可以再试 {left} 次" in err.value.message
    with pytest.raises(StateError) as err:
        agents.login(station, "李建国", "0000")
    assert err.value.code == "pin_locked" and err.value.params["seconds"] == 30
    with pytest.raises(StateError):  # while waiting, even the right PIN waits
        agents.login(station, "李建国", "5678")
    clock.moment += timedelta(seconds=31)
    with pytest.raises(StateError) as err:  # the sixth wrong one waits twice as long
        agents.login(station, "李建国", "1111")
    assert err.value.params["seconds"] == 60
    assert [agents.lockout_seconds(n) for n in (4, 5, 6, 7, 12, 20)] == [0, 30, 60, 120, 900, 900]
    clock.moment += timedelta(seconds=61)
    assert agents.login(station, "李建国", "5678").name == "李建国"
    with pytest.raises(ValidationError) as err:  # a right PIN starts the count again
        agents.login(station, "李建国", "0000")
    assert err.value.params["left"] == 4
    logged = station.all("SELECT a.detail, g.name FROM audit_events a JOIN agents g ON g.id = a.agent_id"
                         " WHERE a.kind = 'pin_lockout' ORDER BY a.at")
    assert [(json.loads(r["detail"])["failures"], r["name"]) for r in logged] == [(5, "李建国"), (6, "李建国")]
    assert station.scalar("SELECT COUNT(*) FROM outbox WHERE entity = 'audit_events'") == 2
    assert agents.login(station, "王秀英", "1234").name == "王秀英"  # one agent's tries are not the other's


def test_a_returning_agent_sets_a_pin_once_and_a_stand_in_of_the_same_name_hands_over(station, agent):
    with station.write(agent) as w:  # as a recovery brings them back: records, no PIN
        back = w.insert("agents", {"name": "赵小红", "active": 1})
        w.insert("agents", {"name": "王秀英", "active": 1})
    stand_in = agent  # set up on this PC by init, with a PIN
    assert [a.name for a in agents.needs_pin(station)] == ["赵小红", "王秀英"]
    with pytest.raises(StateError) as err:
        agents.login(station, "赵小红", "2468")
    assert err.value.code == "pin_not_set"

    with station.transaction():
        assert agents.adopt_returning_agents(station) == 1
    assert agents.log_in(station, "赵小红", "2468", first_pin=True).id == back  # sets the PIN, then logs in

    assert agents.login(station, "赵小红", "2468").id == back
    returned = agents.login(station, "王秀英", "1234")
    assert returned.id != stand_in and agents.needs_pin(station) == []
    assert station.scalar("SELECT active FROM agents WHERE id = ?", (stand_in,)) == 0
    with pytest.raises(ValidationError):
        agents.set_first_pin(station, back, "1357")


def test_pin_hash_stays_local(station):
    cred = station.one("SELECT * FROM agent_credentials LIMIT 1")
    assert cred["pin_hash"] not in "".join(r[0] for r in station.all("SELECT fields FROM outbox"))


def test_villager_register_and_search(station, agent, villager, payer):
    update_villager(station, agent, villager, note="腿脚不便")
    assert get_villager(station, villager).note == "腿脚不便"
    assert [v.id for v in search_villagers(station, "5678")] == [villager]
    assert [v.id for v in search_villagers(station, "桂兰")] == [villager]
    assert payer_of(station, villager)["name"] == "张建军"
    before = station.pending_outbox()
    with pytest.raises(ValidationError) as err:
        update_villager(station, agent, villager, phone="123")
    assert err.value.field == "phone" and station.pending_outbox() == before
    with pytest.raises(ValidationError):
        add_contact(station, agent, villager, "小张", None, "son", is_payer=True)


def test_reception_first_inquiry_and_appointments(station, agent, villager, clock):
    other = agents.list_agents(station)[1].id
    rid = log_reception(station, agent, "张桂兰", "问低保怎么申请", villager_id=villager,
                        outcome="referred", first_agent_id=other)
    row = list_receptions(station)[0]
    assert row["id"] == rid and row["first_agent_name"] == "李建国"
    with pytest.raises(ValidationError) as err:
        log_reception(station, agent, "", "事由")
    assert err.value.field == "visitor_name"
    from datetime import date
    aid = book_appointment(station, agent, "张桂兰", "2026-11-27T11:30:00+00:00", "延时办理社保认证")
    assert [a["id"] for a in appointments_on(station, date(2026, 11, 27))] == [aid]
    close_appointment(station, agent, aid, "no_show")
    with pytest.raises(StateError):
        close_appointment(station, agent, aid, "done")
    with pytest.raises(ValidationError) as err:
        book_appointment(station, agent, "张桂兰", "2020-01-01T00:00:00+00:00", "过去")
    assert err.value.field == "scheduled_at"


def test_poor_rating_opens_a_callback_until_fixed(station, agent, villager):
    rid = log_reception(station, agent, "张桂兰", "咨询")
    with pytest.raises(ValidationError):
        give_feedback(station, agent, "receptions", rid, 1)
    made = give_feedback(station, agent, "receptions", rid, 1, "等太久")
    assert [c["id"] for c in open_callbacks(station)] == [made["callback_id"]]
    with pytest.raises(StateError):
        give_feedback(station, agent, "receptions", rid, 5)
    with pytest.raises(ValidationError):
        complete_callback(station, agent, made["callback_id"], " ")
    complete_callback(station, agent, made["callback_id"], "已电话致歉，改为上门办理")
    assert open_callbacks(station) == []
    other = log_reception(station, agent, "李四", "咨询")
    assert give_feedback(station, agent, "receptions", other, 5)["callback_id"] is None


def test_a_contact_is_corrected_and_one_payer_answers_for_the_advances(station, agent, villager, payer):
    from station_app.villagers import contacts_of, update_contact

    daughter = add_contact(station, agent, villager, "张秀梅", None, "daughter")
    before = station.pending_outbox()
    update_contact(station, agent, payer, "张建军", "13987654321", "son", is_payer=True)  # nothing changed
    assert station.pending_outbox() == before

    with pytest.raises(ValidationError) as err:  # a payer needs a phone: refused, nothing written
        update_contact(station, agent, daughter, "张秀梅", "", "daughter", is_payer=True)
    assert err.value.field == "phone" and station.pending_outbox() == before

    update_contact(station, agent, daughter, "张秀梅", "13612345678", "daughter", is_payer=True)

    assert payer_of(station, villager)["id"] == daughter
    assert {c["name"]: c["is_payer"] for c in contacts_of(station, villager)} == {"张秀梅": 1, "张建军": 0}
    assert station.pending_outbox() == before + 2  # the daughter's update, the son relieved
    with pytest.raises(NotFoundError):
        update_contact(station, agent, "nope", "某人", None, "son")


def test_village_groups_sort_as_people_count_them():
    from station_app.villagers import group_order

    groups = ["七组", "三组", "十二组", "一组", "二组", "10组", "十组", "", "东头", "九组", "2组"]
    assert sorted(groups, key=group_order) == ["一组", "2组", "二组", "三组", "七组", "九组", "10组", "十组",
                                               "十二组", "东头", ""]


def test_villagers_are_listed_by_pinyin_not_by_code_point(tmp_path):
    from station_app.agents import list_agents
    from station_app.names import pinyin_key
    from station_app.station import init_station
    from station_app.villagers import add_villager, search_villagers

    store = init_station(tmp_path / "s", "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
    agent = list_agents(store)[0].id
    for name in ("何建国", "冯秀英", "刘大爷", "曾桂兰", "安平"):  # by code point: 何 冯 刘 安 曾
        add_villager(store, agent, name)
    assert [v.name for v in search_villagers(store, "")] == ["安平", "冯秀英", "何建国", "刘大爷", "曾桂兰"]
    assert pinyin_key("曾桂兰")[0][0] == "zeng"  # the surname's own sound
    store.close()
