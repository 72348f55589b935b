"""The core's labels in the window's language.

The core keeps its codes' labels in Chinese (``case_rules.STATUS_LABELS``, ``payments.METHODS``…)
and must not know Qt, so the window keeps its own copy of each table here, the same Chinese
text marked for Qt Linguist (context "Labels"), and looks codes up through ``label``. A
test holds the two copies to the same text, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from station_app import (case_rules, catalogue, couriers, daily_close, feedback, money, parcels, parcels_out, payments,
                         reception, villagers)
from sync.town import exports as town_exports, queries as town_queries

from .report_labels import REPORT_COLUMNS, REPORT_ITEMS, SERIES

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
    return words.format(label("bill_kind", line["detail"], "")) if line["kind"] == "payment" else words
