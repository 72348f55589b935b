"""Whether a message waiting to go still tells the truth.

A message is written when its event happens (a parcel arrives, a result is ready) and may
wait before it goes: for the modem to come back, or, left for the town's SMS gateway, for
the next sync, which may be a USB trip days later. By then the parcel may have been
collected or the appointment cancelled, and a text saying otherwise would send the
villager on a useless trip. So both senders ask ``judge`` just before sending: the
station's ``villager_messages.dispatch`` and the hub's ``sync.town.sms.send``. ``drop``:
it will never be true again (the station closes it as not sent, with the reason; the hub
keeps it back until that closure arrives). ``wait``: not now, perhaps later (a parcel put
aside as a problem goes back on the shelf under the same code). Both ask of their own copy
of the records; a record this store does not hold cannot be judged, and the message goes
as it would have.
"""

from __future__ import annotations

from datetime import date

from .case_rules import DECIDED, DONE
from .store import Store
from .timeutil import local_date

SEND, WAIT, DROP = "send", "wait", "drop"
GONE = {"released": "包裹已经取走了", "delivered": "包裹已经送到家了", "returned": "包裹已经退回快递公司了"}
ASIDE = "包裹标成了问题件，处理好再发"
WAIT_REASONS = frozenset({ASIDE})
CASE_SHUT = {"delivered": "办理结果已经交给村民了", "withdrawn": "这件代办已经撤回了"}
APPOINTMENT_SHUT = {"done": "预约的事已经办完了", "no_show": "预约已经过了", "cancelled": "预约已经取消了"}


def judge(store: Store, message: dict, today: date | None = None) -> tuple[str, str | None]:
    """(SEND, None), (WAIT, why) or (DROP, why) for ``message`` (a villager_messages row),
    the reason in words for the agent."""
    purpose, concerns = message["purpose"], message.get("concerns_id")
    if not concerns:
        return SEND, None
    if purpose.startswith("parcel_"):
        status = store.scalar("SELECT status FROM parcels WHERE id = ?", (concerns,))
        if status == "problem":
            return WAIT, ASIDE
        return _drop_if(GONE.get(status, "包裹已经不在服务站了") if status not in (None, "in_stock") else None)
    if purpose.startswith("case_"):
        case = store.one("SELECT status, deadline FROM cases WHERE id = ?", (concerns,))
        return _drop_if(None if case is None else _case_moved_on(purpose, dict(case), message["event_key"]))
    if purpose == "appointment_tomorrow":
        appointment = store.one("SELECT status, scheduled_at FROM appointments WHERE id = ?", (concerns,))
        if appointment is None:
            return SEND, None
        if appointment["status"] != "scheduled":
            return _drop_if(APPOINTMENT_SHUT.get(appointment["status"], "预约已经变了"))
        today = today or local_date(store.now_iso())
        # The text says "tomorrow": on the day itself, or after, it would be wrong.
        return _drop_if("预约就在今天或已经过了" if local_date(appointment["scheduled_at"]) <= today else None)
    return SEND, None


def _case_moved_on(purpose: str, case: dict, event_key: str) -> str | None:
    status = case["status"]
    if status in CASE_SHUT:
        return CASE_SHUT[status]
    if purpose == "case_ready":  # the key ends with the decision it tells of
        return None if status in DECIDED and event_key.endswith(f":{status}") else "办理结果又有了变化"
    if purpose == "case_materials":
        return None if status == "needs_correction" else "不再需要补交材料了"
    if purpose == "case_extended":
        if status in DONE:
            return "镇里已经办好了"
        # The key ends with the deadline the text names; extended again, a newer message tells it.
        return None if event_key.endswith(f":{case['deadline']}") else "期限又改过了，以新的通知为准"
    return None


def _drop_if(reason: str | None) -> tuple[str, str | None]:
    return (DROP, reason) if reason else (SEND, None)
