"""The member's statement (农资对账单): each supply taken on account and each settlement,
what is still owed after each, voided lines struck through, ready to sign at the harvest."""

from __future__ import annotations

from html import escape

from ...i18n import context
from ...printing import document

CoopPrint = context("CoopPrint")  # lupdate context of this module's strings
CELL = "border:1px solid #777;padding:2px 6px"


def statement_html(s: dict) -> str:
    m = s["member"]
    head = [CoopPrint.tr("日期"), CoopPrint.tr("摘要"), CoopPrint.tr("金额"), CoopPrint.tr("结余欠款")]
    member, joined, owed = CoopPrint.tr("社员"), CoopPrint.tr("入社"), CoopPrint.tr("尚欠")
    printed, sign = CoopPrint.tr("打印时间"), CoopPrint.tr("社员签字：__________　　经办人：__________")
    cells = "".join(f"<th style='{CELL}'>{escape(h)}</th>" for h in head)
    rows = []
    for line in s["lines"]:
        style = "text-decoration:line-through;color:#777" if line["voided"] else ""
        note = CoopPrint.tr("（已作废：{0}）").format(line["void_reason"]) if line["voided"] else ""
        rows.append(
            f"<tr style='{style}'><td style='{CELL};white-space:nowrap'>{escape(line['when'][:10])}</td>"
            f"<td style='{CELL}'>{escape(line['what'] + note)}</td>"
            f"<td style='{CELL}' align='right'>{escape(line['amount'])}</td>"
            f"<td style='{CELL}' align='right'>{escape(line['owed_after'])}</td></tr>")
    body = (f"<p><b>{escape(member)}：{escape(m['name'])}</b>　{escape(m.get('village_group') or '')}　"
            f"{escape(m['holding_label'])}　{escape(joined)} {escape(m['joined_on'])}</p>"
            f"<table cellspacing='0' width='100%' style='border-collapse:collapse;font-size:10pt'>"
            f"<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p><b style='font-size:14pt'>{escape(owed)} {escape(s['owed'])}</b></p>"
            f"<p style='font-size:9pt'>{escape(printed)}：{escape(s['printed_at'])}</p>"
            f"<p style='margin-top:24px'>{escape(sign)}</p>")
    return document(CoopPrint.tr("农资对账单"), body, s["station"]["name"], s["station"]["phone"])
