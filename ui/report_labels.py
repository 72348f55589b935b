"""The town's report and chart labels for ``ui.labels``: the figures of ``sync.town.reports``
(keyed like its columns), the summary's item names (keyed by their Chinese text, the only
key the core gives them) and the dashboard's monthly series."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REPORT_COLUMNS = {
    "month_title": QT_TRANSLATE_NOOP("Labels", "月份"),
    "station": QT_TRANSLATE_NOOP("Labels", "站号"),
    "name": QT_TRANSLATE_NOOP("Labels", "服务站"),
    "services_handled": QT_TRANSLATE_NOOP("Labels", "办理事项数"),
    "money_handled_fen": QT_TRANSLATE_NOOP("Labels", "经手金额（元）"),
    "payments_count": QT_TRANSLATE_NOOP("Labels", "代缴笔数"),
    "payments_fen": QT_TRANSLATE_NOOP("Labels", "代缴金额（元）"),
    "payments_voided": QT_TRANSLATE_NOOP("Labels", "作废笔数"),
    "outgoing_fee_fen": QT_TRANSLATE_NOOP("Labels", "代寄收费（元）"),
    "advances_given_fen": QT_TRANSLATE_NOOP("Labels", "垫付金额（元）"),
    "advances_repaid_fen": QT_TRANSLATE_NOOP("Labels", "垫付收回（元）"),
    "advances_outstanding_fen": QT_TRANSLATE_NOOP("Labels", "期末未还垫付（元）"),
    "parcels_in": QT_TRANSLATE_NOOP("Labels", "快递入库"),
    "parcels_out": QT_TRANSLATE_NOOP("Labels", "快递出库"),
    "parcels_sent": QT_TRANSLATE_NOOP("Labels", "代寄件数"),
    "parcels_waiting": QT_TRANSLATE_NOOP("Labels", "期末在库"),
    "parcels_overdue": QT_TRANSLATE_NOOP("Labels", "期末超期未取"),
    "cases_opened": QT_TRANSLATE_NOOP("Labels", "新受理代办件"),
    "cases_completed": QT_TRANSLATE_NOOP("Labels", "办结代办件"),
    "cases_completed_on_time": QT_TRANSLATE_NOOP("Labels", "按期办结"),
    "cases_overdue": QT_TRANSLATE_NOOP("Labels", "期末超期未办结"),
    "receptions": QT_TRANSLATE_NOOP("Labels", "接待登记"),
    "rated": QT_TRANSLATE_NOOP("Labels", "评价次数"),
    "satisfied": QT_TRANSLATE_NOOP("Labels", "满意次数"),
    "rating_points": QT_TRANSLATE_NOOP("Labels", "评价星级合计"),
    "rated_by_villagers": QT_TRANSLATE_NOOP("Labels", "村民本人评价次数"),
    "villager_rating_points": QT_TRANSLATE_NOOP("Labels", "村民本人评价星级合计"),
    "poor_ratings": QT_TRANSLATE_NOOP("Labels", "不满意评价"),
    "callbacks_open": QT_TRANSLATE_NOOP("Labels", "期末未回访"),
    "coop_handed_out_fen": QT_TRANSLATE_NOOP("Labels", "农资发放（元）"),
    "coop_owed_fen": QT_TRANSLATE_NOOP("Labels", "期末农资欠款（元）"),
    "service_day_signups": QT_TRANSLATE_NOOP("Labels", "进驻服务报名"),
    "service_day_done": QT_TRANSLATE_NOOP("Labels", "进驻服务办好"),
    "satisfaction_pct": QT_TRANSLATE_NOOP("Labels", "满意率（%）"),
    # the ranking's own columns
    "rank": QT_TRANSLATE_NOOP("Labels", "名次"),
    "star": QT_TRANSLATE_NOOP("Labels", "服务标兵"),
    "volume_score": QT_TRANSLATE_NOOP("Labels", "办理量得分"),
    "on_time_pct": QT_TRANSLATE_NOOP("Labels", "按期办结率（%）"),
    "avg_rating": QT_TRANSLATE_NOOP("Labels", "平均星级"),
    "rating_score": QT_TRANSLATE_NOOP("Labels", "群众评价得分"),
    "score": QT_TRANSLATE_NOOP("Labels", "综合得分"),
}

# Every person's figures (``sync.town.assessment``): the agents, the town staff, the
# individual ranking, and a station's own agents (``exports.STATION_AGENT_COLUMNS``).
PEOPLE_COLUMNS = {
    "station": QT_TRANSLATE_NOOP("Labels", "站号"),
    "station_name": QT_TRANSLATE_NOOP("Labels", "服务站"),
    "agent": QT_TRANSLATE_NOOP("Labels", "代办员"),
    "post_label": QT_TRANSLATE_NOOP("Labels", "岗位"),
    "state": QT_TRANSLATE_NOOP("Labels", "状态"),
    "services_handled": QT_TRANSLATE_NOOP("Labels", "办理事项数"),
    "payments_count": QT_TRANSLATE_NOOP("Labels", "代缴笔数"),
    "payments_fen": QT_TRANSLATE_NOOP("Labels", "代缴金额（元）"),
    "parcels_in": QT_TRANSLATE_NOOP("Labels", "快递入库"),
    "parcels_sent": QT_TRANSLATE_NOOP("Labels", "代寄件数"),
    "cases_opened": QT_TRANSLATE_NOOP("Labels", "新受理代办件"),
    "receptions": QT_TRANSLATE_NOOP("Labels", "接待登记"),
    "days_on_duty": QT_TRANSLATE_NOOP("Labels", "值班天数"),
    "rated_by_villagers": QT_TRANSLATE_NOOP("Labels", "村民本人评价次数"),
    "villager_avg": QT_TRANSLATE_NOOP("Labels", "村民评价平均星级"),
    "cases_overdue": QT_TRANSLATE_NOOP("Labels", "期末超期未办结"),
    "checks_found": QT_TRANSLATE_NOOP("Labels", "抽查在岗次数"),
    "checks_missed": QT_TRANSLATE_NOOP("Labels", "抽查不在岗次数"),
    "staff": QT_TRANSLATE_NOOP("Labels", "工作人员"),
    "case_moves": QT_TRANSLATE_NOOP("Labels", "代办件办理次数"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "受理"),
    "corrections": QT_TRANSLATE_NOOP("Labels", "要求补正"),
    "completed": QT_TRANSLATE_NOOP("Labels", "办结"),
    "checks_done": QT_TRANSLATE_NOOP("Labels", "抽查次数"),
    "checks_disagreeing": QT_TRANSLATE_NOOP("Labels", "抽查发现不一致"),
    "answers": QT_TRANSLATE_NOOP("Labels", "回复站点来信"),
    "rank": QT_TRANSLATE_NOOP("Labels", "名次"),
    "star": QT_TRANSLATE_NOOP("Labels", "服务标兵"),
    "volume_score": QT_TRANSLATE_NOOP("Labels", "办理量得分"),
    "rating_score": QT_TRANSLATE_NOOP("Labels", "群众评价得分"),
    "duty_score": QT_TRANSLATE_NOOP("Labels", "在岗得分"),
    "score": QT_TRANSLATE_NOOP("Labels", "综合得分"),
}
# A station's own agents: their place among the town's agents (the other columns as above).
STATION_PEOPLE_COLUMNS = {"rank": QT_TRANSLATE_NOOP("Labels", "个人排名"),
                          "score": QT_TRANSLATE_NOOP("Labels", "个人综合得分")}

# The summary's items besides the figures (``sync.town.exports.summary_pairs``).
REPORT_ITEMS = {text: text for text in (
    QT_TRANSLATE_NOOP("Labels", "镇中心"), QT_TRANSLATE_NOOP("Labels", "服务站"),
    QT_TRANSLATE_NOOP("Labels", "统计期"), QT_TRANSLATE_NOOP("Labels", "期末数截至"),
    QT_TRANSLATE_NOOP("Labels", "服务站数"), QT_TRANSLATE_NOOP("Labels", "服务排名"),
    QT_TRANSLATE_NOOP("Labels", "综合得分"), QT_TRANSLATE_NOOP("Labels", "办理事项统计口径"),
    QT_TRANSLATE_NOOP("Labels", "满意率口径"), QT_TRANSLATE_NOOP("Labels", "期末数说明"))}

SERIES = {
    "payments": QT_TRANSLATE_NOOP("Labels", "代缴笔数"),
    "payments_fen": QT_TRANSLATE_NOOP("Labels", "代缴金额（分）"),
    "parcels_in": QT_TRANSLATE_NOOP("Labels", "快递入库"),
    "parcels_sent": QT_TRANSLATE_NOOP("Labels", "代寄件数"),
    "cases_opened": QT_TRANSLATE_NOOP("Labels", "新受理代办件"),
    "receptions": QT_TRANSLATE_NOOP("Labels", "接待登记"),
    "ratings": QT_TRANSLATE_NOOP("Labels", "评价次数"),
}
