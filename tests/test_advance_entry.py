"""An advance in one go: the elder and the child who pays, made right there, or nothing."""

from __future__ import annotations

import pytest

from station_app.advance_entry import add_household, record_advance
from station_app.agents import list_agents
from station_app.errors import ValidationError
from station_app.station import init_station
from station_app.villagers import add_villager, payer_of


@pytest.fixture
def store(tmp_path):
    store = init_station(tmp_path / "s", "ZHUPO", "朱坡村便民服务站", [("王秀英", "1234")])
    yield store
    store.close()


def agent(store):
    return list_agents(store)[0].id


def test_a_new_elder_and_the_son_who_pays_are_registered_with_the_advance(store):
    made = record_advance(store, agent(store), 12050, "代缴电费", new_villager={"name": "赵大爷", "village_group": "二组"},
                          payer={"name": "赵建国", "relation": "son", "phone": "13912345678"})
    assert made["villager_name"] == "赵大爷" and made["payer_name"] == "赵建国" and made["outstanding_fen"] == 12050
    payer = payer_of(store, made["villager_id"])
    assert (payer["name"], payer["relation"], payer["phone"]) == ("赵建国", "son", "13912345678")


def test_a_registered_villager_keeps_the_payer_already_named(store):
    a = agent(store)
    villager = add_villager(store, a, "张桂兰")
    first = add_household(store, a, villager, payer={"name": "张建军", "relation": "son", "phone": "13987654321"})
    again = add_household(store, a, villager, payer={"name": "别人", "relation": "other", "phone": "13600001111"})
    assert first["payer_name"] == again["payer_name"] == "张建军"


def test_a_refusal_writes_nothing(store):
    a = agent(store)
    before = store.scalar("SELECT COUNT(*) FROM villagers")
    with pytest.raises(ValidationError) as refused:
        record_advance(store, a, 0, "代缴电费", new_villager={"name": "赵大爷"}, payer={"name": "赵建国"})
    assert refused.value.field == "amount_fen"
    with pytest.raises(ValidationError) as refused:
        record_advance(store, a, 500, "代缴电费", new_villager={"name": "赵大爷"},
                       payer={"name": "赵建国", "phone": "123"})
    assert refused.value.code == "bad_phone"
    with pytest.raises(ValidationError) as refused:
        record_advance(store, a, 500, "代缴电费")
    assert refused.value.code == "pick_villager"
    assert store.scalar("SELECT COUNT(*) FROM villagers") == before
    assert store.scalar("SELECT COUNT(*) FROM advances") == 0
    assert store.scalar("SELECT COUNT(*) FROM contacts") == 0


def test_a_bad_payer_phone_is_refused_on_the_payer_s_field(store):
    with pytest.raises(ValidationError) as refused:
        add_household(store, agent(store), new_villager={"name": "赵大爷", "phone": "13812345678"},
                      payer={"name": "赵建国", "relation": "son", "phone": "139"})
    assert refused.value.field == "payer_phone"
    assert store.scalar("SELECT COUNT(*) FROM villagers") == 0
