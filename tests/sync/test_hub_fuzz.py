"""A property of the hub (issue 10): whatever values a station's page carries, in any
field of any record, the answer is a 2xx or a 4xx with a reason, never a 5xx, and the
hub keeps serving."""

from __future__ import annotations

import gzip
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from station_app.record_fields import entity_rules
from station_app.station import open_station
from sync.station.state import settings as sync_settings
from attack_support import last_applied, op, request_body
from sync_support import enrol_offline, post_exchange

ENTITIES = sorted(entity_rules()) + ["meta", "outbox", "nope"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(1 << 70), max_value=1 << 70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(exclude_categories=()), max_size=30),  # lone surrogates too
    st.sampled_from(["2026-11-27", "2026-11-27T02:00:00.000Z", "electricity", "cash", "ZHUPO-2026-00001", "[]"]))
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(st.text(max_size=4), SCALARS, max_size=2))


@st.composite
def pages(draw):
    entity = draw(st.sampled_from(ENTITIES))
    names = sorted(entity_rules().get(entity, {})) or ["name"]
    fields = draw(st.dictionaries(st.one_of(st.sampled_from(names), st.text(max_size=8)), VALUES, max_size=5))
    kind = draw(st.sampled_from(["insert", "update"]))
    extra = draw(st.fixed_dictionaries({}, optional={"waiting": st.integers(min_value=-(1 << 70), max_value=1 << 70),
                                                     "app_version": st.text(st.characters(exclude_categories=()),
                                                                            max_size=40)}))
    return entity, kind, fields, extra


def test_random_op_values_never_get_a_5xx(hub, hub_dir, make_station):
    station = make_station("ZHUPO")
    enrol_offline(hub_dir, station, "ZHUPO", hub.url)
    with open_station(station) as store:
        secret = sync_settings(store).secret
    state = {"acked": last_applied(hub_dir, "ZHUPO")}

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(pages())
    def send(page):
        entity, kind, fields, extra = page
        body = request_body("ZHUPO", state["acked"], [op(entity, fields, kind=kind)], **extra)
        wire = body["push"]["ops"][0]  # the values as drawn, not as the station would store them
        wire[5], wire[6], wire[7] = [None], ["2026-11-27T02:00:00.000Z"], list(fields.values())
        body["push"]["shapes"][0][2] = list(fields)
        reply = post_exchange(hub.url, secret, gzip.compress(json.dumps(body).encode()))
        assert reply.status_code < 500, (page, reply.status_code, reply.text[:300])
        if reply.status_code == 200:
            state["acked"] = reply.json()["last_applied"]
        else:
            assert reply.json()["reason"]

    send()
    assert hub.alive()
