"""Cases made for tests: a Beijing wall time on the station clock, a case walked to a
status by its legal path, a catalogue item paused as the town would."""

from __future__ import annotations

from datetime import datetime, timezone

from station_app import cases
from station_app.ids import new_id
from station_app.store import SCHEMA_VERSION, Op, apply_op
from station_app.timeutil import LOCAL_TZ

NOTE = "缺户口簿复印件"
PATH_TO = {
    "received": [],
    "sent_to_town": ["sent_to_town"],
    "accepted": ["sent_to_town", "accepted"],
    "needs_correction": ["sent_to_town", "accepted", "needs_correction"],
    "completed_approved": ["sent_to_town", "accepted", "completed_approved"],
    "completed_rejected": ["sent_to_town", "accepted", "completed_rejected"],
    "delivered": ["sent_to_town", "accepted", "completed_approved", "delivered"],
    "withdrawn": ["withdrawn"],
}


def at_local(clock, y, mo, d, h=10, mi=0) -> None:
    """Set the station clock to a Beijing wall time."""
    clock.moment = datetime(y, mo, d, h, mi, tzinfo=LOCAL_TZ).astimezone(timezone.utc)


def outbox(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM outbox")


def case_in(station, agent, villager, status: str, item: str = "LB-01") -> str:
    case_id = cases.open_case(station, agent, villager, item, ["居民身份证"])["id"]
    for step in PATH_TO[status]:
        cases.change_status(station, agent, case_id, step, note=NOTE)
    assert cases.get_case(station, case_id)["status"] == status
    return case_id


def pause_item(store, code: str) -> None:
    base = store.scalar("SELECT version FROM catalogue_items WHERE code = ?", (code,))
    with store.transaction():
        apply_op(store.conn, store.columns, Op(new_id(), "catalogue_items", code, "update", {"active": 0},
                 base, store.hlc.tick().encode(), None, SCHEMA_VERSION, store.now_iso()))
