"""Every synced record's fields and the rule each obeys (``entity_rules``), the reference
map the hub keeps stations to their own records with (``references``), and the check of a
whole op (``check_op``) that the station's write path and the hub both run.

How one value is checked against its rule, and the rule builders, are in ``rules``. The
enumerations live with their modules and are read on first use, so this module imports
no service at load time (the store imports it).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Callable, Collection

from .errors import StateError, ValidationError
from .rules import (ANY_PHONE, APPEND_ONLY, AUDIT_KINDS, CASE_NO, CLOCK_TIME, COURIER, ID_RE, ITEM_CODE, MOBILE,
                    RECEIPT_NO, STATION_RE, TRACKING, Rule, check_value, day, fen, flag, json_text, moment, ref, text, whole)


def _keys(table: Callable[[], Collection]) -> Callable[[], frozenset]:
    return lambda: frozenset(table())


@cache
def entity_rules() -> dict[str, dict[str, Rule]]:
    """Every synced entity's fields and their rules (built on first use)."""
    from . import (agents, cases, coop, coop_accounts, coop_stock, duty, electricity, feedback, handover, letters,
                   parcels, payments, reception, service_days, villager_messages, villagers, voids)
    from .case_rules import STATUSES
    from .money import CHANNELS

    statuses = _keys(lambda: STATUSES)
    common = {"created_at": moment("登记时间", required=True), "created_by": ref("agents", "登记人"),
              "updated_at": moment("修改时间"), "updated_by": ref("agents", "修改人")}
    owned = {"station_code": text("站号", 12, True, STATION_RE)}
    declared = {
        "agents": {"name": text("代办员姓名", 20, True), "active": flag("是否在岗"),
                   "post": text("岗位", 1, choices=_keys(lambda: agents.POSTS))},
        "station_profiles": {
            "phone": text("服务站电话", 20, pattern=re.compile(r"^[0-9-]{7,20}$")),
            "opening_hours": text("营业时间", 120, True, re.compile(r"^\d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*$")),
            "open_weekdays": text("营业日", 7, True, re.compile(r"^[1-7]{1,7}$"))},
        "duty_events": {
            "agent_id": ref("agents", "代办员", True), "post": text("岗位", 1, choices=_keys(lambda: agents.POSTS)),
            "kind": text("上岗或离岗", 3, True, choices=lambda: ("on", "off")),
            "reason": text("原因", 10, True, choices=_keys(lambda: duty.REASONS)), "at": moment("时间", True)},
        "station_letters": {
            "kind": text("类别", 10, True, choices=_keys(lambda: letters.KINDS)), "subject": text("标题", 60, True),
            "body": text("内容", 2000, True), "attachment_name": text("附件名", 60),
            "attachment": text("附件", 4 * letters.MAX_ATTACHMENT_BYTES // 3 + 4,
                               pattern=re.compile(r"^[A-Za-z0-9+/]*={0,2}$")),
            "written_at": moment("时间", True)},
        "notice_reads": {"notice_id": text("通知", 64, True, ID_RE), "read_at": moment("阅读时间", True)},
        "villagers": {
            "name": text("姓名", 30, True), "phone": text("手机号", 11, pattern=MOBILE),
            "id_number": text("身份证号", 18, pattern=re.compile(r"^\d{17}[\dX]$")),
            "village_group": text("村民组", 30), "address": text("住址", 100),
            "tags": json_text("标签", list, 400, _keys(lambda: villagers.TAGS)), "note": text("备注", 500),
            "messages_ok": flag("是否接收短信")},
        "villager_messages": {
            "event_key": text("通知事由", 120, True), "purpose": text("通知类型", 30, True,
                                                                 choices=_keys(lambda: villager_messages.PURPOSES)),
            "villager_id": ref("villagers", "村民"), "name": text("姓名", 30, True),
            "phone": text("手机号", 11, pattern=MOBILE), "concerns_entity": text("相关记录类型", 30),
            "concerns_id": text("相关记录", 64, pattern=ID_RE), "text": text("短信内容", 700, True),
            "channel": text("通道", 10, choices=_keys(lambda: villager_messages.CHANNELS)),
            "status": text("状态", 10, True, choices=_keys(lambda: villager_messages.STATUSES)),
            "attempts": whole("发送次数", 0, 100, True), "last_error": text("失败原因", 200),
            "modem_refs": Rule("json", "短信编号", True, 400, shape=list),
            "sent_at": moment("发送时间"), "delivered_at": moment("送达时间")},
        "contacts": {
            "villager_id": ref("villagers", "村民", True), "name": text("联系人姓名", 30, True),
            "phone": text("联系人手机号", 11, pattern=MOBILE),
            "relation": text("与村民的关系", 20, True, choices=_keys(lambda: villagers.RELATIONS)),
            "is_payer": flag("是否还款人")},
        "payments": {
            "receipt_no": text("收据号", 30, True, RECEIPT_NO, owned_number=True),
            "villager_id": ref("villagers", "村民"), "payer_name": text("缴费人姓名", 30, True),
            "payer_phone": text("缴费人手机号", 11, pattern=MOBILE),
            "bill_kind": text("缴费类型", 20, True, choices=_keys(lambda: payments.BILL_KINDS)),
            "account_no": text("户号", 40, True), "amount_fen": fen("金额（分）"),
            "method": text("付款方式", 20, True, choices=_keys(lambda: payments.METHODS)),
            "voucher_no": text("缴费凭证号", 60), "paid_at": moment("缴费时间", True)},
        "voids": {
            "target_entity": text("作废的记录类型", 20, True, choices=lambda: voids.VOIDABLE),
            "target_id": ref("@target_entity", "作废的记录", True), "reason": text("作废原因", voids.REASON_MAX, True)},
        "advances": {
            "villager_id": ref("villagers", "村民", True), "payer_contact_id": ref("contacts", "还款联系人"),
            "payment_id": ref("payments", "缴费记录"), "amount_fen": fen("垫付金额（分）"),
            "purpose": text("垫付用途", 100, True), "advanced_at": moment("垫付时间", True)},
        "repayments": {
            "villager_id": ref("villagers", "村民", True), "amount_fen": fen("还款金额（分）"),
            "method": text("还款方式", 20, True, choices=_keys(lambda: CHANNELS)),
            "paid_by_name": text("还款人姓名", 30, True), "received_at": moment("还款时间", True)},
        "parcels": {
            "tracking_no": text("快递单号", 32, True, TRACKING), "courier": text("快递公司", 16, True, COURIER),
            "villager_id": ref("villagers", "村民"), "recipient_name": text("收件人姓名", 30, True),
            "recipient_phone": text("收件人手机号", 11, pattern=MOBILE),
            "phone_tail": text("手机尾号", 4, pattern=re.compile(r"^\d{4}$")),
            "shelf": whole("货架", 1, 99), "layer": whole("层", 1, 20), "seq": whole("取件码序号", 1, 9999),
            "pickup_code": text("取件码", 10, pattern=re.compile(r"^\d{1,2}-\d{1,2}-\d{1,4}$")),
            "status": text("快递状态", 20, True, choices=_keys(lambda: parcels.STATUS_LABELS)),
            "checked_in_at": moment("入库时间", True), "closed_at": moment("出库时间"),
            "collected_by": text("领取人姓名", 30),
            "collected_relation": text("领取人关系", 20, choices=_keys(lambda: parcels.RELATIONS)),
            "home_delivery": flag("是否送货上门"), "return_reason": text("退回原因", 200),
            "problem_kind": text("问题类型", 20, choices=_keys(lambda: parcels.PROBLEM_KINDS)),
            "note": text("备注", 200)},
        "parcel_events": {
            "parcel_id": ref("parcels", "快递", True),
            "kind": text("快递事件", 20, True, choices=_keys(lambda: parcels.EVENT_LABELS)),
            "at": moment("时间", True), "detail": json_text("事件详情", dict, 2000)},
        "parcels_out": {
            "villager_id": ref("villagers", "村民"), "sender_name": text("寄件人姓名", 30, True),
            "sender_phone": text("寄件人手机号", 11, pattern=MOBILE),
            "receiver_name": text("收件人姓名", 30, True),
            "receiver_phone": text("收件人电话", 13, True, ANY_PHONE),
            "receiver_address": text("收件地址", 200, True), "courier": text("快递公司", 16, True, COURIER),
            "tracking_no": text("快递单号", 32, pattern=TRACKING), "fee_fen": fen("寄件费（分）", allow_zero=True),
            "method": text("付款方式", 20, True, choices=_keys(lambda: CHANNELS)), "sent_at": moment("寄出时间", True)},
        "cases": {
            "case_no": text("代办编号", 30, True, CASE_NO, owned_number=True),
            "villager_id": ref("villagers", "村民", True),
            "item_code": ref("catalogue_items", "办理事项", True, key="code"),
            "status": text("办理状态", 20, True, choices=statuses), "received_at": moment("收件时间", True),
            "deadline": day("办结期限", True), "materials_received": json_text("已收材料", list, 4000),
            "note": text("备注", 500)},
        "case_events": {
            "case_id": ref("cases", "代办件", True), "from_status": text("原状态", 20, choices=statuses),
            "to_status": text("新状态", 20, True, choices=statuses), "note": text("说明", 500),
            "by_side": text("办理方", 10, True, choices=lambda: cases.SIDES), "at": moment("时间", True)},
        "receptions": {
            "visitor_name": text("来访人姓名", 30, True), "villager_id": ref("villagers", "村民"),
            "village_group": text("村民组", 30), "phone": text("电话", 11, pattern=MOBILE),
            "channel": text("接待方式", 10, True, choices=_keys(lambda: reception.CHANNELS)),
            "matter": text("事由", 300, True), "first_agent_id": ref("agents", "首问代办员", True),
            "outcome": text("办理结果", 20, True, choices=_keys(lambda: reception.OUTCOMES)),
            "linked_entity": text("关联记录类型", 20, choices=lambda: frozenset(reception.LINKABLE.values())),
            "linked_id": ref("@linked_entity", "关联记录"), "at": moment("接待时间", True)},
        "appointments": {
            "villager_id": ref("villagers", "村民"), "name": text("预约人姓名", 30, True),
            "phone": text("电话", 11, pattern=MOBILE), "scheduled_at": moment("预约时间", True),
            "purpose": text("预约事项", 200, True),
            "status": text("预约状态", 20, True, choices=_keys(lambda: reception.APPOINTMENT_STATUS)),
            "note": text("备注", 500)},
        "feedback": {
            "target_entity": text("评价的服务类型", 20, True, choices=lambda: feedback.RATEABLE),
            "target_id": ref("@target_entity", "评价的服务", True),
            "level": Rule("int", "满意程度", True, choices=_keys(lambda: feedback.LEVELS)),
            "comment": text("意见", 500), "at": moment("评价时间", True),
            "source": text("评价来源", 10, True, choices=_keys(lambda: feedback.SOURCES))},
        "callbacks": {
            "feedback_id": ref("feedback", "评价", True),
            "status": text("回访状态", 10, True, choices=lambda: ("open", "done")),
            "fix_note": text("整改说明", 500), "done_at": moment("完成时间"), "due_on": day("回访期限")},
        "handover_sheets": {
            "sheet_no": text("交接单号", 40, True), "carried_by": text("送件人", 20, True),
            "carried_on": day("送件日期", True), "note": text("备注", 200)},
        "handover_items": {
            "sheet_id": ref("handover_sheets", "交接单", True), "case_id": ref("cases", "代办件", True),
            "materials": json_text("材料", list, 4000), "pieces": whole("份数", 0, handover.MAX_PIECES, True)},
        "villager_accounts": {
            "villager_id": ref("villagers", "村民", True),
            "bill_kind": text("缴费类型", 20, True, choices=_keys(lambda: payments.BILL_KINDS)),
            "account_no": text("户号", 40, True), "label": text("说明", 30)},
        "payment_vouchers": {"payment_id": ref("payments", "缴费记录", True), "voucher_no": text("缴费凭证号", 60, True)},
        "payovers": {
            "paid_to": text("交给谁", 40, True),
            "method": text("上交方式", 10, True, choices=_keys(lambda: electricity.PAYOVER_METHODS)),
            "amount_fen": fen("上交金额（分）"), "reference": text("转账流水号", 60),
            "paid_over_at": moment("上交时间", True)},
        "payover_items": {"payover_id": ref("payovers", "上交记录", True), "payment_id": ref("payments", "缴费记录", True)},
        "daily_closes": {
            "business_date": day("日结日期", True), "lines": json_text("日结明细", list, 4000),
            "carried_forward_fen": fen("留存现金（分）", allow_zero=True), "note": text("备注", 500),
            "closed_at": moment("日结时间", True)},
        "audit_events": {
            "kind": text("安全记录类型", 20, True, choices=lambda: AUDIT_KINDS),
            "agent_id": ref("agents", "代办员"), "detail": json_text("详情", dict, 2000),
            "at": moment("时间", True)},
        "coop_members": {
            "villager_id": ref("villagers", "村民", True), "joined_on": day("入社日期", True),
            "holding": whole("面积或株数", 0, coop.MAX_HOLDING, True),
            "holding_unit": text("单位", 10, True, choices=_keys(lambda: coop.HOLDING_UNITS)),
            "left_on": day("退社日期"), "note": text("备注", 500)},
        "coop_items": {
            "name": text("农资名称", 40, True), "category": text("类别", 20, True, choices=_keys(lambda: coop.CATEGORIES)),
            "unit": text("计量单位", 6, True), "price_fen": fen("单价（分）", allow_zero=True), "active": flag("是否发放")},
        "coop_stock_moves": {
            "item_id": ref("coop_items", "农资", True),
            "kind": text("库存变动", 20, True, choices=_keys(lambda: coop_stock.KIND_LABELS)),
            "quantity": whole("数量", -coop_stock.MAX_QUANTITY, coop_stock.MAX_QUANTITY, True),
            "member_id": ref("coop_members", "社员"), "of_move_id": ref("coop_stock_moves", "原发放记录"),
            "unit_price_fen": fen("单价（分）", allow_zero=True, required=False),
            "amount_fen": fen("金额（分）", allow_zero=True, required=False),
            "paid_how": text("付款方式", 20, choices=_keys(lambda: coop_stock.PAID_HOW)),
            "supplier": text("供货方", 40), "counted_quantity": whole("盘点数量", 0, coop_stock.MAX_QUANTITY),
            "reason": text("原因", 200), "at": moment("时间", True)},
        "coop_settlements": {
            "member_id": ref("coop_members", "社员", True), "amount_fen": fen("结算金额（分）"),
            "how": text("结算方式", 20, True, choices=_keys(lambda: coop_accounts.SETTLED_HOW)),
            "note": text("备注", 200), "settled_at": moment("结算时间", True)},
        "coop_trainings": {
            "held_on": day("培训日期", True), "topic": text("培训内容", 100, True), "trainer": text("讲课人", 30, True),
            "place": text("地点", 60, True), "note": text("备注", 500)},
        "coop_attendance": {
            "training_id": ref("coop_trainings", "培训", True), "member_id": ref("coop_members", "社员", True)},
        "coop_field_requests": {
            "member_id": ref("coop_members", "社员", True), "problem": text("遇到的问题", 300, True),
            "plot": text("地块", 60), "asked_on": day("提出日期", True), "visited_on": day("到田日期"),
            "advice": text("给出的建议", 500)},
        "service_days": {
            "day": day("服务日期", True), "starts": text("开始时间", 5, True, CLOCK_TIME),
            "ends": text("结束时间", 5, True, CLOCK_TIME), "stations": json_text("服务站", list, 400),
            "items": json_text("办理事项", list, 800), "staff": json_text("工作人员", list, 800),
            "note": text("备注", 500), "status": text("状态", 10, True, choices=_keys(lambda: service_days.DAY_STATUS))},
        "service_day_signups": {
            "service_day_id": ref("service_days", "服务日", True), "villager_id": ref("villagers", "村民", True),
            "item_code": ref("catalogue_items", "办理事项", True, key="code"),
            "materials_have": json_text("已有材料", list, 4000),
            "status": text("报名状态", 10, True, choices=_keys(lambda: service_days.SIGNUP_STATUS)),
            "outcome": text("办理结果", 20, choices=_keys(lambda: service_days.OUTCOMES)),
            "outcome_note": text("说明", 300), "served_by": text("办理人", 30), "outcome_at": moment("办理时间"),
            "case_id": ref("cases", "代办件")},
        "pin_resets": {
            "to_station": text("服务站", 12, True, STATION_RE), "agent_id": text("代办员", 64, True, ID_RE),
            "code_hash": text("重置码", 64, True, re.compile(r"^[0-9a-f]{64}$")),
            "salt": text("盐", 32, True, re.compile(r"^[0-9a-f]{32}$")), "expires_at": moment("有效期", True)},
        "town_messages": {
            "to_station": text("服务站", 12, True, STATION_RE), "in_reply_to": text("回复的信", 64, pattern=ID_RE),
            "body": text("内容", 2000, True), "staff_name": text("工作人员", 20, True), "sent_at": moment("时间", True)},
        "handover_receipts": {
            "sheet_id": text("交接单", 64, True, ID_RE), "to_station": text("服务站", 12, True, STATION_RE),
            "received_by": text("签收人", 20, True), "received_at": moment("签收时间", True), "remarks": text("备注", 200)},
        "sms_outcomes": {
            "message_id": text("通知", 64, True, ID_RE), "to_station": text("服务站", 12, True, STATION_RE),
            "status": text("发送结果", 10, True, choices=lambda: ("sent", "failed")),
            "provider_id": text("短信平台编号", 64), "reason": text("原因", 300), "sent_at": moment("时间", True)},
        "catalogue_items": {
            "code": text("事项编号", 16, True, ITEM_CODE), "name": text("事项名称", 60, True),
            "window": text("受理窗口", 20, True), "serves": text("服务对象", 200), "basis": text("政策依据", 1000),
            "procedure": text("办事程序", 1000), "time_limit_days": whole("承诺时限（工作日）", 1, 365, True),
            "materials": json_text("办事资料", list, 8000), "fee_fen": whole("收费标准（分）", 0, 10_000_000, True),
            "fee_note": text("收费说明", 100), "active": flag("是否受理"),
            "item_version": whole("版本", 1, 1_000_000, True)},
        "calendar_days": {
            "day": day("日期", True), "kind": text("日期类型", 10, True, choices=lambda: ("holiday", "workday")),
            "name": text("节日名称", 40)},
    }
    town = {"catalogue_items", "calendar_days", "service_days", "pin_resets", "town_messages", "handover_receipts",
            "sms_outcomes"}
    return {entity: {**fields, **common, **({} if entity in town else owned)} for entity, fields in declared.items()}


def references(entity: str) -> list[tuple[str, Rule]]:
    """The fields of ``entity`` that point at another record (the reference map)."""
    return [(name, rule) for name, rule in entity_rules().get(entity, {}).items() if rule.kind == "ref"]


def check_op(entity: str, kind: str, fields: dict[str, Any], station: str | None = None) -> None:
    """Refuse (ValidationError / StateError naming the field) an op whose values break a
    rule. ``station``: the code the op's numbers must carry (the writer's own)."""
    rules = entity_rules().get(entity)
    if rules is None:
        raise ValidationError("unknown_entity", f"没有“{str(entity)[:40]}”这类记录", "entity")
    if kind == "update" and entity in APPEND_ONLY:
        raise StateError("append_only", "这类记录登记后不能修改；登记错了请作废后重新登记", entity)
    for name, value in fields.items():
        rule = rules.get(name)
        if rule is None:
            raise ValidationError("unknown_field", f"{entity} 没有可写的字段 {str(name)[:40]}", str(name)[:40])
        check_value(rule, name, value, station)
