"""The member's statement (农资对账单): each supply taken on account and each settlement,
what is still owed after each, voided lines struck through, ready to sign at the harvest."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...printing import document


def _t(text: str) -> str:
    return QCoreApplication.translate("CoopPrintouts", text)


def statement_html(s: dict) -> str:
    m = s["member"]
    head = [_t("日期"), _t("摘要"), _t("金额"), _t("结余欠款")]
    cells = "".join(f"<th style='border:1px solid #777;padding:2px 6px'>{escape(h)}</th>" for h in head)
    rows = []
    for line in s["lines"]:
        style = "text-decoration:line-through;color:#777" if line["voided"] else ""
        note = _t("（已作废：{0}）").format(line["void_reason"]) if line["voided"] else ""
        rows.append(
            f"<tr style='{style}'><td style='border:1px solid #777;padding:2px 6px;white-space:nowrap'>"
            f"{escape(line['when'][:10])}</td><td style='border:1px solid #777;padding:2px 6px'>"
            f"{escape(line['what'] + note)}</td><td style='border:1px solid #777;padding:2px 6px' align='right'>"
            f"{escape(line['amount'])}</td><td style='border:1px solid #777;padding:2px 6px' align='right'>"
            f"{escape(line['owed_after'])}</td></tr>")
    body = (f"<p><b>{escape(_t('社员'))}：{escape(m['name'])}</b>　{escape(m.get('village_group') or '')}　"
            f"{escape(m['holding_label'])}　{escape(_t('入社'))} {escape(m['joined_on'])}</p>"
            f"<table cellspacing='0' width='100%' style='border-collapse:collapse;font-size:10pt'>"
            f"<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p><b style='font-size:14pt'>{escape(_t('尚欠'))} {escape(s['owed'])}</b></p>"
            f"<p style='font-size:9pt'>{escape(_t('打印时间'))}：{escape(s['printed_at'])}</p>"
            f"<p style='margin-top:24px'>{escape(_t('社员签字：__________　　经办人：__________'))}</p>")
    return document(_t("农资对账单"), body, s["station"]["name"], s["station"]["phone"])
