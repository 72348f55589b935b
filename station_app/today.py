"""The agent's to-do list for the Today page: what needs doing now, most urgent first."""

from __future__ import annotations

from datetime import date

from . import case_followup, coop, coop_services, letters, service_days
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

    def add(page: str, record_id: str, urgent: bool, kind: str, text: str, **params) -> None:
        """A to-do line: its Chinese ``text``, and its ``kind`` and ``params`` for a window
        that words it in another language."""
        todo.append({"page": page, "id": record_id, "urgent": urgent, "text": text, "kind": kind, "params": params})

    for case in cases:
        add("cases", case["id"], case["urgency"] == "overdue", "case_due",
            f"代办件 {case['case_no']} {case.get('item_name', '')}：{case['urgency_label']}，期限 {case['deadline']}",
            case_no=case["case_no"], item=case.get("item_name", ""), urgency=case["urgency"], deadline=case["deadline"])
    for case in case_followup.to_hand_over(store):
        add("cases", case["id"], False, "case_to_hand_over",
            f"代办件 {case['case_no']} {case['villager_name']}：{case['status_label']}，待交给村民",
            case_no=case["case_no"], villager=case["villager_name"], status=case["status"])
    for case in case_followup.to_chase(store):
        add("cases", case["id"], False, "case_to_chase",
            f"代办件 {case['case_no']} {case['villager_name']} 待补正：{case['asked_for']}",
            case_no=case["case_no"], villager=case["villager_name"], asked_for=case["asked_for"])
    for appt in appointments:
        at = format_local(appt["scheduled_at"])[-5:]
        add("reception", appt["id"], False, "appointment", f"预约 {at} {appt['name']}：{appt['purpose']}",
            time=at, name=appt["name"], purpose=appt["purpose"])
    for parcel in late_parcels[:20]:
        since = local_date(parcel["checked_in_at"]).isoformat()
        add("parcels", parcel["id"], True, "parcel_overdue",
            f"超期快递 {parcel['pickup_code']} {parcel['recipient_name']}，{since} 入库",
            code=parcel["pickup_code"], name=parcel["recipient_name"], since=since)
    for call in callbacks:
        add("feedback", call["id"], True, "callback", f"待回访：{call['comment'] or '不满意评价'}",
            comment=call["comment"] or "")
    for day in service_days.upcoming(store, today):
        when = "今天" if day["day"] == today.isoformat() else day["day"]
        add("service_days", day["id"], day["day"] == today.isoformat(), "service_day",
            f"镇里进驻服务 {when} {day['starts']}–{day['ends']}：已报名 {day['signed_up']} 人",
            day=day["day"], today=day["day"] == today.isoformat(), starts=day["starts"], ends=day["ends"],
            signed_up=day["signed_up"])
    answers = letters.unread(store)
    if answers:
        add("town_word", None, False, "town_answers", f"镇中心有 {answers} 条新回复，请看“通知来信”", count=answers)
    requests = coop_services.field_requests(store, open_only=True) if coop.enabled(store) else []
    for request in requests:
        add("coop", request["id"], False, "field_request",
            f"社员求助 {request['member_name']}：{request['problem']}（{request['asked_on']} 提出）",
            member=request["member_name"], problem=request["problem"], asked_on=request["asked_on"])
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
