"""The core's labels in the window's language.

The core keeps its codes' labels in Chinese (``case_rules.STATUS_LABELS``, ``payments.METHODS``…)
and must not know Qt, so the window keeps its own copy of each table here, the same Chinese
text marked for Qt Linguist (context "Labels"), and looks codes up through ``label``. A
test holds the two copies to the same text, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from station_app import (agents, case_rules, catalogue, coop, coop_accounts, coop_stock, couriers, daily_close, duty,
                         electricity, feedback, letters, money, parcels, parcels_out, payments, reception, service_days,
                         villager_messages, villagers)
from sync import protocol
from sync.town import assessment, exports as town_exports, queries as town_queries, sms as town_sms, spot_checks

from .report_labels import PEOPLE_COLUMNS, REPORT_COLUMNS, REPORT_ITEMS, SERIES, STATION_PEOPLE_COLUMNS

CONTEXT = "Labels"

_CASE_STATUS = {
    "received": QT_TRANSLATE_NOOP("Labels", "已收件"), "sent_to_town": QT_TRANSLATE_NOOP("Labels", "已送镇"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "已受理"), "needs_correction": QT_TRANSLATE_NOOP("Labels", "待补正"),
    "completed_approved": QT_TRANSLATE_NOOP("Labels", "已办结（准予）"),
    "completed_rejected": QT_TRANSLATE_NOOP("Labels", "已办结（不予）"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "已送达"), "withdrawn": QT_TRANSLATE_NOOP("Labels", "已撤回"),
}
_URGENCY = {
    "normal": QT_TRANSLATE_NOOP("Labels", "正常"), "warning": QT_TRANSLATE_NOOP("Labels", "临近期限"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "已超期"), "done": QT_TRANSLATE_NOOP("Labels", "已办结"),
}
_PARCEL_STATUS = {
    "in_stock": QT_TRANSLATE_NOOP("Labels", "在库待取"), "problem": QT_TRANSLATE_NOOP("Labels", "问题件"),
    "released": QT_TRANSLATE_NOOP("Labels", "已取件"), "delivered": QT_TRANSLATE_NOOP("Labels", "已送货上门"),
    "returned": QT_TRANSLATE_NOOP("Labels", "已退回快递公司"),
}
_PICKUP_RELATION = {
    "self": QT_TRANSLATE_NOOP("Labels", "本人"), "family": QT_TRANSLATE_NOOP("Labels", "家人"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "邻居"), "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
_PARCEL_PROBLEM = {
    "damaged": QT_TRANSLATE_NOOP("Labels", "破损"), "lost": QT_TRANSLATE_NOOP("Labels", "丢失"),
    "wrong_person": QT_TRANSLATE_NOOP("Labels", "收件人不符"), "refused": QT_TRANSLATE_NOOP("Labels", "拒收"),
}
_COURIER = {
    "SF": QT_TRANSLATE_NOOP("Labels", "顺丰速运"), "JD": QT_TRANSLATE_NOOP("Labels", "京东快递"),
    "YTO": QT_TRANSLATE_NOOP("Labels", "圆通速递"), "ZTO": QT_TRANSLATE_NOOP("Labels", "中通快递"),
    "STO": QT_TRANSLATE_NOOP("Labels", "申通快递"), "YUNDA": QT_TRANSLATE_NOOP("Labels", "韵达快递"),
    "EMS": QT_TRANSLATE_NOOP("Labels", "中国邮政/EMS"), "JT": QT_TRANSLATE_NOOP("Labels", "极兔速递"),
    "DBL": QT_TRANSLATE_NOOP("Labels", "德邦快递"), "OTHER": QT_TRANSLATE_NOOP("Labels", "其他快递"),
}
_CHANNEL = {
    "cash": QT_TRANSLATE_NOOP("Labels", "现金"), "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "alipay": QT_TRANSLATE_NOOP("Labels", "支付宝"),
}
_BILL_KIND = {
    "electricity": QT_TRANSLATE_NOOP("Labels", "电费"), "water": QT_TRANSLATE_NOOP("Labels", "水费"),
    "phone": QT_TRANSLATE_NOOP("Labels", "话费"), "gas": QT_TRANSLATE_NOOP("Labels", "燃气费"),
    "tv": QT_TRANSLATE_NOOP("Labels", "有线电视费"), "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
_PAYMENT_METHOD = {**_CHANNEL, "advance": QT_TRANSLATE_NOOP("Labels", "站点垫付")}
_MONEY_LINE = {
    "payment": QT_TRANSLATE_NOOP("Labels", "代缴{0}"), "repayment": QT_TRANSLATE_NOOP("Labels", "垫付还款"),
    "parcel_out": QT_TRANSLATE_NOOP("Labels", "代寄快递"), "advance": QT_TRANSLATE_NOOP("Labels", "站点垫付"),
    "coop_out": QT_TRANSLATE_NOOP("Labels", "农资发放"), "coop_back": QT_TRANSLATE_NOOP("Labels", "农资退回（退款）"),
    "coop_settle": QT_TRANSLATE_NOOP("Labels", "农资结账"), "payover": QT_TRANSLATE_NOOP("Labels", "上交{0}"),
}
# The cooperative's desk.
_HOLDING_UNIT = {"mu": QT_TRANSLATE_NOOP("Labels", "亩"), "trees": QT_TRANSLATE_NOOP("Labels", "棵")}
_SUPPLY_CATEGORY = {
    "fertiliser": QT_TRANSLATE_NOOP("Labels", "化肥"), "pesticide": QT_TRANSLATE_NOOP("Labels", "农药"),
    "film": QT_TRANSLATE_NOOP("Labels", "地膜"), "seedling": QT_TRANSLATE_NOOP("Labels", "苗木"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
_SUPPLY_PAID = {**_CHANNEL, "account": QT_TRANSLATE_NOOP("Labels", "记账（收获时结算）")}
_SETTLED_HOW = {**_CHANNEL, "harvest": QT_TRANSLATE_NOOP("Labels", "收购时抵扣")}
_STOCK_MOVE = {
    "received": QT_TRANSLATE_NOOP("Labels", "入库"), "handed_out": QT_TRANSLATE_NOOP("Labels", "发放"),
    "returned": QT_TRANSLATE_NOOP("Labels", "退回"), "counted": QT_TRANSLATE_NOOP("Labels", "盘点"),
}
# The town's service days in the village.
_SIGNUP_OUTCOME = {
    "done": QT_TRANSLATE_NOOP("Labels", "已办好"), "materials_missing": QT_TRANSLATE_NOOP("Labels", "材料不全"),
    "referred": QT_TRANSLATE_NOOP("Labels", "转到镇便民服务中心办理"), "no_show": QT_TRANSLATE_NOOP("Labels", "没有来"),
}
_SIGNUP_STATUS = {"signed_up": QT_TRANSLATE_NOOP("Labels", "已报名"), "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消")}
_DAY_STATUS = {"planned": QT_TRANSLATE_NOOP("Labels", "已安排"), "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消")}
# The people who serve.
_POST = {"A": QT_TRANSLATE_NOOP("Labels", "A岗"), "B": QT_TRANSLATE_NOOP("Labels", "B岗")}
_DUTY_REASON = {
    "login": QT_TRANSLATE_NOOP("Labels", "登录"), "switch": QT_TRANSLATE_NOOP("Labels", "换人"),
    "unlock": QT_TRANSLATE_NOOP("Labels", "解锁"), "lock": QT_TRANSLATE_NOOP("Labels", "锁定"),
    "logout": QT_TRANSLATE_NOOP("Labels", "退出"), "day_end": QT_TRANSLATE_NOOP("Labels", "下班"),
}
# The town's spot checks beside a station's duty log.
_CHECK_VERDICT = {
    "agree": QT_TRANSLATE_NOOP("Labels", "与值班记录一致"),
    "absent": QT_TRANSLATE_NOOP("Labels", "值班记录有人，实际不在岗"),
    "other": QT_TRANSLATE_NOOP("Labels", "在岗的不是值班记录上的人"),
    "unlogged": QT_TRANSLATE_NOOP("Labels", "有人在岗，值班记录上却无人"),
    "nobody": QT_TRANSLATE_NOOP("Labels", "无人在岗，值班记录也无人"),
    "not_synced": QT_TRANSLATE_NOOP("Labels", "该站的值班记录还没同步到抽查时间"),
}
# Telling villagers.
_MESSAGE_PURPOSE = {
    "parcel_arrived": QT_TRANSLATE_NOOP("Labels", "快递到站"), "parcel_reminder": QT_TRANSLATE_NOOP("Labels", "快递催领"),
    "parcel_last_call": QT_TRANSLATE_NOOP("Labels", "快递退回前提醒"),
    "case_ready": QT_TRANSLATE_NOOP("Labels", "办理结果可领取"), "case_materials": QT_TRANSLATE_NOOP("Labels", "补交材料"),
    "case_extended": QT_TRANSLATE_NOOP("Labels", "办理延期"),
    "appointment_tomorrow": QT_TRANSLATE_NOOP("Labels", "明天预约"),
    "advance_statement": QT_TRANSLATE_NOOP("Labels", "垫付对账"),
}
_MESSAGE_STATUS = {
    "queued": QT_TRANSLATE_NOOP("Labels", "待发送"), "sent": QT_TRANSLATE_NOOP("Labels", "已发送"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "已送达"), "failed": QT_TRANSLATE_NOOP("Labels", "发送失败"),
    "copied": QT_TRANSLATE_NOOP("Labels", "已复制到微信"), "printed": QT_TRANSLATE_NOOP("Labels", "已打印"),
    "not_sent": QT_TRANSLATE_NOOP("Labels", "不发送"),
}
_MESSAGE_CHANNEL = {
    "modem": QT_TRANSLATE_NOOP("Labels", "本站短信猫"), "town": QT_TRANSLATE_NOOP("Labels", "镇中心短信"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"), "print": QT_TRANSLATE_NOOP("Labels", "打印纸条"),
}
# Where a message left for the town's SMS gateway stands ({0}, {1}: its details).
_TOWN_SMS_STATE = {
    "sent": QT_TRANSLATE_NOOP("Labels", "已发送 {0}"), "failed": QT_TRANSLATE_NOOP("Labels", "发送失败：{0}"),
    "not_sent": QT_TRANSLATE_NOOP("Labels", "不发送：{0}"), "closed": QT_TRANSLATE_NOOP("Labels", "不发送"),
    "station_copied": QT_TRANSLATE_NOOP("Labels", "服务站已复制到微信"),
    "station_printed": QT_TRANSLATE_NOOP("Labels", "服务站已打印纸条"),
    "station_sent": QT_TRANSLATE_NOOP("Labels", "服务站已发出"), "station_failed": QT_TRANSLATE_NOOP("Labels", "服务站标为失败"),
    "kept_back": QT_TRANSLATE_NOOP("Labels", "不发送：{0}"), "on_hold": QT_TRANSLATE_NOOP("Labels", "暂缓：{0}"),
    "sending": QT_TRANSLATE_NOOP("Labels", "正在发送"),
    "retrying": QT_TRANSLATE_NOOP("Labels", "等待重试（已试 {0} 次）：{1}"), "waiting": QT_TRANSLATE_NOOP("Labels", "待发送"),
}
_RATING_SOURCE = {
    "villager": QT_TRANSLATE_NOOP("Labels", "村民本人"), "agent": QT_TRANSLATE_NOOP("Labels", "代办员代评"),
    "sms": QT_TRANSLATE_NOOP("Labels", "村民短信回复"),
}
_PAYOVER_METHOD = {**_CHANNEL, "transfer": QT_TRANSLATE_NOOP("Labels", "银行转账")}
_NOTICE_CATEGORY = {
    "village_affairs": QT_TRANSLATE_NOOP("Labels", "村务公开"), "policy": QT_TRANSLATE_NOOP("Labels", "政策"),
    "service": QT_TRANSLATE_NOOP("Labels", "服务"), "duty": QT_TRANSLATE_NOOP("Labels", "值班"),
}
_LETTER_KIND = {
    "question": QT_TRANSLATE_NOOP("Labels", "咨询"), "problem": QT_TRANSLATE_NOOP("Labels", "反映问题"),
    "report": QT_TRANSLATE_NOOP("Labels", "报告"),
}
_VISIT_CHANNEL = {"walk_in": QT_TRANSLATE_NOOP("Labels", "来访"), "phone": QT_TRANSLATE_NOOP("Labels", "来电")}
_VISIT_OUTCOME = {
    "answered": QT_TRANSLATE_NOOP("Labels", "当场答复"), "referred": QT_TRANSLATE_NOOP("Labels", "转镇中心"),
    "case": QT_TRANSLATE_NOOP("Labels", "转为代办件"), "parcel": QT_TRANSLATE_NOOP("Labels", "快递服务"),
    "payment": QT_TRANSLATE_NOOP("Labels", "代缴费用"),
}
_APPOINTMENT_STATUS = {
    "scheduled": QT_TRANSLATE_NOOP("Labels", "待办"), "done": QT_TRANSLATE_NOOP("Labels", "已办"),
    "no_show": QT_TRANSLATE_NOOP("Labels", "未到"), "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消"),
}
_FEEDBACK_LEVEL = {
    5: QT_TRANSLATE_NOOP("Labels", "非常满意"), 4: QT_TRANSLATE_NOOP("Labels", "满意"),
    3: QT_TRANSLATE_NOOP("Labels", "基本满意"), 2: QT_TRANSLATE_NOOP("Labels", "不满意"),
    1: QT_TRANSLATE_NOOP("Labels", "非常不满意"),
}
_VILLAGER_TAG = {
    "elderly": QT_TRANSLATE_NOOP("Labels", "老人"), "alone": QT_TRANSLATE_NOOP("Labels", "独居"),
    "left_behind": QT_TRANSLATE_NOOP("Labels", "留守"), "mobility": QT_TRANSLATE_NOOP("Labels", "行动不便"),
    "low_income": QT_TRANSLATE_NOOP("Labels", "低保"), "five_guarantee": QT_TRANSLATE_NOOP("Labels", "五保"),
}
_VILLAGER_RELATION = {
    "son": QT_TRANSLATE_NOOP("Labels", "儿子"), "daughter": QT_TRANSLATE_NOOP("Labels", "女儿"),
    "spouse": QT_TRANSLATE_NOOP("Labels", "配偶"), "grandchild": QT_TRANSLATE_NOOP("Labels", "孙辈"),
    "relative": QT_TRANSLATE_NOOP("Labels", "亲属"), "neighbour": QT_TRANSLATE_NOOP("Labels", "邻居"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
_SIX_PUBLICS = {
    "service": QT_TRANSLATE_NOOP("Labels", "服务事项"), "procedure": QT_TRANSLATE_NOOP("Labels", "办事程序"),
    "basis": QT_TRANSLATE_NOOP("Labels", "政策依据"), "time_limit": QT_TRANSLATE_NOOP("Labels", "承诺时限"),
    "materials": QT_TRANSLATE_NOOP("Labels", "办事资料"), "fee": QT_TRANSLATE_NOOP("Labels", "收费标准"),
}
# A material's form is stored as its Chinese word, so the word is its own code.
_MATERIAL_FORM = {text: text for text in (
    QT_TRANSLATE_NOOP("Labels", "原件"), QT_TRANSLATE_NOOP("Labels", "复印件"),
    QT_TRANSLATE_NOOP("Labels", "原件及复印件"))}
_BATCH_VIA = {"http": QT_TRANSLATE_NOOP("Labels", "网络"), "file": QT_TRANSLATE_NOOP("Labels", "U盘文件")}
_BATCH_OUTCOME = {
    "ok": QT_TRANSLATE_NOOP("Labels", "全部入账"), "rejected": QT_TRANSLATE_NOOP("Labels", "有拒收"),
    "conflict": QT_TRANSLATE_NOOP("Labels", "有冲突"), "held": QT_TRANSLATE_NOOP("Labels", "待审核"),
    "merged": QT_TRANSLATE_NOOP("Labels", "已随后来的同步入账"),
}
# The hub's problem kinds (its rows carry the word as ``kind_label``).
_SYNC_PROBLEM = {"rejection": QT_TRANSLATE_NOOP("Labels", "拒收"), "conflict": QT_TRANSLATE_NOOP("Labels", "冲突")}

# Kinds of record, as agents and clerks call them (sync problems name the record they concern).
_RECORD = {
    "agents": QT_TRANSLATE_NOOP("Labels", "代办员"), "villagers": QT_TRANSLATE_NOOP("Labels", "村民"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "联系人"), "payments": QT_TRANSLATE_NOOP("Labels", "代缴"),
    "voids": QT_TRANSLATE_NOOP("Labels", "作废"), "advances": QT_TRANSLATE_NOOP("Labels", "垫付"),
    "repayments": QT_TRANSLATE_NOOP("Labels", "还款"), "parcels": QT_TRANSLATE_NOOP("Labels", "快递"),
    "parcel_events": QT_TRANSLATE_NOOP("Labels", "快递记录"), "parcels_out": QT_TRANSLATE_NOOP("Labels", "寄件"),
    "cases": QT_TRANSLATE_NOOP("Labels", "代办件"), "case_events": QT_TRANSLATE_NOOP("Labels", "代办记录"),
    "receptions": QT_TRANSLATE_NOOP("Labels", "接待"), "appointments": QT_TRANSLATE_NOOP("Labels", "预约"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "评价"), "callbacks": QT_TRANSLATE_NOOP("Labels", "回访"),
    "daily_closes": QT_TRANSLATE_NOOP("Labels", "日结"), "catalogue_items": QT_TRANSLATE_NOOP("Labels", "服务事项"),
    "calendar_days": QT_TRANSLATE_NOOP("Labels", "工作日历"), "audit_events": QT_TRANSLATE_NOOP("Labels", "安全记录"),
    "coop_members": QT_TRANSLATE_NOOP("Labels", "合作社社员"), "coop_items": QT_TRANSLATE_NOOP("Labels", "农资"),
    "coop_stock_moves": QT_TRANSLATE_NOOP("Labels", "农资出入库"), "coop_settlements": QT_TRANSLATE_NOOP("Labels", "农资结账"),
    "coop_trainings": QT_TRANSLATE_NOOP("Labels", "技术培训"), "coop_attendance": QT_TRANSLATE_NOOP("Labels", "培训签到"),
    "coop_field_requests": QT_TRANSLATE_NOOP("Labels", "田间求助"), "service_days": QT_TRANSLATE_NOOP("Labels", "进驻服务日"),
    "service_day_signups": QT_TRANSLATE_NOOP("Labels", "进驻服务报名"),
    "station_profiles": QT_TRANSLATE_NOOP("Labels", "服务站信息"), "duty_events": QT_TRANSLATE_NOOP("Labels", "值班记录"),
    "pin_resets": QT_TRANSLATE_NOOP("Labels", "密码重置"), "station_letters": QT_TRANSLATE_NOOP("Labels", "给镇里的信"),
    "town_messages": QT_TRANSLATE_NOOP("Labels", "镇里的消息"), "notice_reads": QT_TRANSLATE_NOOP("Labels", "通知已读"),
    "villager_messages": QT_TRANSLATE_NOOP("Labels", "给村民的通知"),
    "handover_sheets": QT_TRANSLATE_NOOP("Labels", "交接单"), "handover_items": QT_TRANSLATE_NOOP("Labels", "交接单明细"),
    "handover_receipts": QT_TRANSLATE_NOOP("Labels", "交接单签收"), "villager_accounts": QT_TRANSLATE_NOOP("Labels", "缴费户号"),
    "payment_vouchers": QT_TRANSLATE_NOOP("Labels", "缴费凭证"), "payovers": QT_TRANSLATE_NOOP("Labels", "上交款"),
    "payover_items": QT_TRANSLATE_NOOP("Labels", "上交款明细"),
    "sms_outcomes": QT_TRANSLATE_NOOP("Labels", "镇中心短信结果"),
}

# kind -> (the window's table, the core's table it copies; None when the core has no table)
KINDS: dict[str, tuple[Mapping, Mapping | None]] = {
    "case_status": (_CASE_STATUS, case_rules.STATUS_LABELS),
    "urgency": (_URGENCY, case_rules.URGENCY_LABELS),
    "parcel_status": (_PARCEL_STATUS, parcels.STATUS_LABELS),
    "pickup_relation": (_PICKUP_RELATION, parcels.RELATIONS),
    "parcel_problem": (_PARCEL_PROBLEM, parcels.PROBLEM_KINDS),
    "courier": (_COURIER, couriers.COURIERS),
    "channel": (_CHANNEL, money.CHANNELS),
    "send_method": (_CHANNEL, parcels_out.METHODS),
    "bill_kind": (_BILL_KIND, payments.BILL_KINDS),
    "payment_method": (_PAYMENT_METHOD, payments.METHODS),
    "money_line": (_MONEY_LINE, daily_close.LINE_LABELS),
    "visit_channel": (_VISIT_CHANNEL, reception.CHANNELS),
    "visit_outcome": (_VISIT_OUTCOME, reception.OUTCOMES),
    "appointment_status": (_APPOINTMENT_STATUS, reception.APPOINTMENT_STATUS),
    "feedback_level": (_FEEDBACK_LEVEL, feedback.LEVELS),
    "villager_tag": (_VILLAGER_TAG, villagers.TAGS),
    "villager_relation": (_VILLAGER_RELATION, villagers.RELATIONS),
    "six_publics": (_SIX_PUBLICS, catalogue.SIX_PUBLICS_LABELS),
    "material_form": (_MATERIAL_FORM, {text: text for text in catalogue.FORMS}),
    "batch_via": (_BATCH_VIA, town_queries.VIA_LABELS),
    "batch_outcome": (_BATCH_OUTCOME, town_queries.OUTCOME_LABELS),
    "sync_problem": (_SYNC_PROBLEM, None),
    "record": (_RECORD, None),
    "series": (SERIES, {key: value[0] for key, value in town_queries.SERIES.items()}),
    "report_column": (REPORT_COLUMNS, {key: text for key, text, _kind in
                                       town_exports.MONTH_COLUMNS + town_exports.COLUMNS + town_exports.RANK_COLUMNS}),
    "report_item": (REPORT_ITEMS, None),
    "holding_unit": (_HOLDING_UNIT, coop.HOLDING_UNITS),
    "supply_category": (_SUPPLY_CATEGORY, coop.CATEGORIES),
    "supply_paid": (_SUPPLY_PAID, coop_stock.PAID_HOW),
    "settled_how": (_SETTLED_HOW, coop_accounts.SETTLED_HOW),
    "stock_move": (_STOCK_MOVE, coop_stock.KIND_LABELS),
    "signup_outcome": (_SIGNUP_OUTCOME, service_days.OUTCOMES),
    "signup_status": (_SIGNUP_STATUS, service_days.SIGNUP_STATUS),
    "day_status": (_DAY_STATUS, service_days.DAY_STATUS),
    "post": (_POST, agents.POSTS),
    "duty_reason": (_DUTY_REASON, duty.REASONS),
    "letter_kind": (_LETTER_KIND, letters.KINDS),
    "notice_category": (_NOTICE_CATEGORY, protocol.NOTICE_CATEGORIES),
    "message_purpose": (_MESSAGE_PURPOSE, villager_messages.PURPOSES),
    "message_status": (_MESSAGE_STATUS, villager_messages.STATUSES),
    "message_channel": (_MESSAGE_CHANNEL, villager_messages.CHANNELS),
    "town_sms_state": (_TOWN_SMS_STATE, town_sms.STATES),
    "rating_source": (_RATING_SOURCE, feedback.SOURCES),
    "payover_method": (_PAYOVER_METHOD, electricity.PAYOVER_METHODS),
    "check_verdict": (_CHECK_VERDICT, spot_checks.VERDICTS),
    "people_column": (PEOPLE_COLUMNS, {key: text for key, text, _kind in
                                       assessment.AGENT_COLUMNS + assessment.STAFF_COLUMNS
                                       + assessment.PEOPLE_RANK_COLUMNS}),
    "station_people_column": (STATION_PEOPLE_COLUMNS, {key: text for key, text, _kind in
                                                       town_exports.STATION_AGENT_COLUMNS
                                                       if key in STATION_PEOPLE_COLUMNS}),
}


def translate(text: str) -> str:
    """A core label given as its Chinese text, in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def label(kind: str, code, default: str | None = None) -> str:
    """The label of ``code`` (a case status, a payment method…) in the window's language.
    A code the window does not know yet shows the core's own label, else the code itself."""
    ours, core = KINDS[kind]
    text = ours.get(code)
    if text is not None:
        return translate(text)
    if core is not None and code in core:
        return core[code]
    if default is not None:
        return default
    return "" if code is None else str(code)


def labels(kind: str) -> dict:
    """Every code of ``kind`` and its label, in the core's order: for combo boxes and chips.
    Codes the core added after this table still appear, with the core's label."""
    ours, core = KINDS[kind]
    return {code: label(kind, code) for code in (core if core is not None else ours)}


def money_line(line: dict) -> str:
    """What a line of the day's money list is (代缴电费, 垫付还款…), from its kind and bill."""
    words = label("money_line", line["kind"])
    return words.format(label("bill_kind", line["detail"], "")) if line["kind"] in ("payment", "payover") else words
