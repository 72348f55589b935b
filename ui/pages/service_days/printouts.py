"""What the service-days page prints: the villager's notice of what to bring (一次性告知),
and the day's list of who signed up, item by item, with what each lacks and columns for
the outcome and the villager's signature, for the town staff on the day."""

from __future__ import annotations

from html import escape

from ...i18n import context
from ...printing import document

DayPrint = context("DayPrint")  # lupdate context of this module's strings
CELL = "border:1px solid #777;padding:3px 6px"


def notice_html(text: str, station: dict) -> str:
    """The core's notice text, one line per line, large enough to read at arm's length."""
    lines = "".join(f"<p style='margin:4px 0'>{escape(line).replace('  ', '&nbsp;&nbsp;')}</p>"
                    for line in text.splitlines())
    return document(DayPrint.tr("进驻服务告知单"), f"<div style='font-size:14pt'>{lines}</div>", station["name"],
                    station["phone"])


def day_list_html(summary: dict, signups: list[dict]) -> str:
    """Item by item (the core lists sign-ups in that order), a numbered line per villager."""
    day = summary["day"]
    head = [DayPrint.tr("序号"), DayPrint.tr("村民"), DayPrint.tr("组"), DayPrint.tr("电话"), DayPrint.tr("还缺材料"),
            DayPrint.tr("办理结果"), DayPrint.tr("村民签字")]
    cells = "".join(f"<th style='{CELL}'>{escape(h)}</th>" for h in head)
    rows, item = [], None
    for number, s in enumerate(signups, 1):
        if s["item_code"] != item:
            item = s["item_code"]
            people = DayPrint.tr("{0} 人").format(summary["items"][item]["signed_up"])
            rows.append(f"<tr><td colspan='{len(head)}' style='{CELL};background:#eeeeee'><b>"
                        f"{escape(s['item_name'] or item)}</b>　{escape(people)}</td></tr>")
        values = [str(number), s["villager_name"], s["village_group"] or "", s["phone"] or "",
                  "、".join(s["missing"]) or DayPrint.tr("齐了"), s["outcome_label"], ""]
        rows.append("<tr>" + "".join(f"<td style='{CELL};white-space:nowrap'>{escape(v)}</td>" if i < 4 else
                                     f"<td style='{CELL}'>{escape(v)}</td>" for i, v in enumerate(values)) + "</tr>")
    staff = DayPrint.tr("镇里来人：{0}").format("、".join(day["staff"]) or DayPrint.tr("待定"))
    count, printed = DayPrint.tr("共 {0} 人报名").format(len(signups)), DayPrint.tr("打印时间")
    body = (f"<p><b>{escape(day['day'])} {escape(day['starts'])}–{escape(day['ends'])}</b>　"
            f"{escape(staff)}　{escape(count)}</p>"
            f"<table cellspacing='0' width='100%' style='border-collapse:collapse;font-size:10pt'>"
            f"<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p style='font-size:9pt'>{escape(printed)}：{escape(summary['printed_at'])}</p>")
    return document(DayPrint.tr("进驻服务报名名单"), body, summary["station"]["name"], summary["station"]["phone"])
