"""The agent's to-do list for the Today page: what needs doing now, most urgent first."""

from __future__ import annotations

from datetime import date

from . import case_followup, coop, coop_services, service_days
from .advances import outstanding_list
from .cases import due_cases
from .daily_close import after_close, expected_for_day, get_close
from .feedback import open_callbacks
from .money import format_yuan
from .parcel_lookups import daily_counts, overdue
from .reception import appointments_on
from .store import Store
from .timeutil import format_local, local_date


def today_summary(store: Store, today: date | None = None) -> dict:
    today = today or local_date(store.now_iso())
    late_parcels = overdue(store)
    cases = due_cases(store, today)
    appointments = appointments_on(store, today)
    owing = outstanding_list(store)
    callbacks = open_callbacks(store)
    todo = []
    for case in cases:
        todo.append({"page": "cases", "id": case["id"], "urgent": case["urgency"] == "overdue",
                     "text": f"代办件 {case['case_no']} {case.get('item_name', '')}：{case['urgency_label']}，期限 {case['deadline']}"})
    for case in case_followup.to_hand_over(store):
        todo.append({"page": "cases", "id": case["id"], "urgent": False,
                     "text": f"代办件 {case['case_no']} {case['villager_name']}：{case['status_label']}，待交给村民"})
    for case in case_followup.to_chase(store):
        todo.append({"page": "cases", "id": case["id"], "urgent": False,
                     "text": f"代办件 {case['case_no']} {case['villager_name']} 待补正：{case['asked_for']}"})
    for appt in appointments:
        todo.append({"page": "reception", "id": appt["id"], "urgent": False,
                     "text": f"预约 {format_local(appt['scheduled_at'])[-5:]} {appt['name']}：{appt['purpose']}"})
    for parcel in late_parcels[:20]:
        todo.append({"page": "parcels", "id": parcel["id"], "urgent": True,
                     "text": f"超期快递 {parcel['pickup_code']} {parcel['recipient_name']}，{local_date(parcel['checked_in_at'])} 入库"})
    for call in callbacks:
        todo.append({"page": "feedback", "id": call["id"], "urgent": True,
                     "text": f"待回访：{call['comment'] or '不满意评价'}"})
    for day in service_days.upcoming(store, today):
        when = "今天" if day["day"] == today.isoformat() else day["day"]
        todo.append({"page": "service_days", "id": day["id"], "urgent": day["day"] == today.isoformat(),
                     "text": f"镇里进驻服务 {when} {day['starts']}–{day['ends']}：已报名 {day['signed_up']} 人"})
    requests = coop_services.field_requests(store, open_only=True) if coop.enabled(store) else []
    for request in requests:
        todo.append({"page": "coop", "id": request["id"], "urgent": False,
                     "text": f"社员求助 {request['member_name']}：{request['problem']}（{request['asked_on']} 提出）"})
    return {
        "day": today.isoformat(),
        "parcels": daily_counts(store, today),
        "overdue_parcels": len(late_parcels),
        "cases_due": sum(1 for c in cases if c["urgency"] == "warning"),
        "cases_overdue": sum(1 for c in cases if c["urgency"] == "overdue"),
        "appointments": len(appointments),
        "advances_owing": len(owing),
        "advances_outstanding_fen": sum(o["outstanding_fen"] for o in owing),
        "advances_outstanding": format_yuan(sum(o["outstanding_fen"] for o in owing)),
        "cash_expected": expected_for_day(store, today),
        "closed": get_close(store, today) is not None,
        "after_close": after_close(store, today),  # taken after today's close: tomorrow's close counts it
        "callbacks": len(callbacks),
        "pending_outbox": store.pending_outbox(),
        "field_requests_open": len(requests),
        "todo": todo,
    }
