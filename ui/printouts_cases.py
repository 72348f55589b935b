"""The one-time missing-materials notice (一次性告知单) a villager takes home, on A4.

The wording is the core's (``station_app.cases.notice_text``): this module only lays it
out, with the case number large, the missing materials as numbered lists and room for
the signatures.
"""

from __future__ import annotations

import re
from html import escape


from .printing import document, table
from .i18n import context

_ITEM = re.compile(r"^\s+\d+\.\s*(.*)$")
_FIELD = re.compile(r"^([^：\s]{2,6})：(.+)$")


CasePrintouts = context("CasePrintouts")  # lupdate context of this module's strings


def notice_html(text: str, station_name: str = "", station_phone: str = "") -> str:
    lines = text.splitlines()[1:]  # the first line is the title, printed as the heading
    fields: list[tuple[str, str]] = []
    body: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            body.append("<ol style='margin:2px 0 8px 0;font-size:14pt'>" + "".join(items) + "</ol>")
            items.clear()

    for line in lines:
        item = _ITEM.match(line)
        field = _FIELD.match(line)
        if item:
            items.append(f"<li style='margin:3px 0'>{escape(item.group(1))}</li>")
        elif field and not body and not items:
            value = escape(field.group(2))
            if field.group(1) == "代办编号":
                value = f"<span style='font-size:20pt;font-weight:bold'>{value}</span>"
            fields.append((field.group(1), value))
        else:
            close_list()
            body.append(f"<p style='margin:10px 0 2px 0;font-size:13pt'><b>{escape(line.strip())}</b></p>")
    close_list()
    villager, agent = CasePrintouts.tr("村民签字：____________"), CasePrintouts.tr("代办员签字：____________")
    signed_on = CasePrintouts.tr("日期：______年____月____日")
    signatures = (
        "<table width='100%' style='margin-top:28px' cellspacing='0'><tr>"
        f"<td>{escape(villager)}</td><td>{escape(agent)}</td></tr>"
        f"<tr><td colspan='2' style='padding-top:14px'>{escape(signed_on)}</td></tr></table>"
        "<p style='font-size:10pt;color:#444;margin-top:14px'>"
        + escape(CasePrintouts.tr("请保管好本告知单，凭代办编号可到服务站或打电话查询办理进度。")) + "</p>"
    )
    return document(CasePrintouts.tr("一次性告知单"), table(fields) + "".join(body) + signatures, station_name, station_phone)
