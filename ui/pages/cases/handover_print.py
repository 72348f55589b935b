"""The printed hand-over sheet (交接单): the station, the day and who carried the files, a
line per case with its materials and pieces, the totals, and a place for each side to sign."""

from __future__ import annotations

from html import escape

from ...i18n import context
from ...printing import document

HandOverPrint = context("HandOverPrint")  # lupdate context of this module's strings
CELL = "border:1px solid #777;padding:3px 6px"


def sheet_html(sheet: dict) -> str:
    head = [HandOverPrint.tr("序号"), HandOverPrint.tr("代办编号"), HandOverPrint.tr("村民"), HandOverPrint.tr("办理事项"),
            HandOverPrint.tr("材料"), HandOverPrint.tr("份数")]
    cells = "".join(f"<th style='{CELL}'>{escape(h)}</th>" for h in head)
    rows = "".join(
        "<tr>" + "".join(f"<td style='{CELL}'>{escape(str(v))}</td>" for v in (
            n, item["case_no"], item["villager"], item["item"], "、".join(item["materials"]), item["pieces"])) + "</tr>"
        for n, item in enumerate(sheet["items"], 1))
    about = HandOverPrint.tr("交接单号：{0}　日期：{1}　送件人：{2}").format(sheet["sheet_no"], sheet["carried_on"],
                                                                   sheet["carried_by"])
    total = HandOverPrint.tr("共 {0} 件，材料 {1} 份").format(sheet["cases"], sheet["pieces"])
    note = HandOverPrint.tr("备注：{0}").format(sheet["note"]) if sheet.get("note") else ""
    signs = HandOverPrint.tr("送件人签字：__________　　　镇中心接收人签字：__________　　　接收时间：__________")
    body = (f"<p>{escape(about)}</p>"
            f"<table cellspacing='0' width='100%' style='border-collapse:collapse;font-size:10pt'>"
            f"<thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>"
            f"<p><b>{escape(total)}</b></p><p>{escape(note)}</p>"
            f"<p style='margin-top:28px'>{escape(signs)}</p>")
    return document(HandOverPrint.tr("代办材料交接单"), body, sheet["station"]["name"], sheet["station"]["phone"])
