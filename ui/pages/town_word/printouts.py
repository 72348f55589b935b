"""A town notice for the village notice board (公开栏): A4, large type, the station's name
and the day the town published it."""

from __future__ import annotations

from html import escape

from ...dates import cn_date
from ...i18n import context
from ...printing import document

BoardPrint = context("BoardPrint")  # lupdate context of this module's strings


def board_notice_html(notice: dict, station_name: str) -> str:
    paragraphs = "".join(f"<p style='margin:8px 0'>{escape(line)}</p>" for line in notice["body"].splitlines() if line)
    signed = BoardPrint.tr("镇便民服务中心　{0}").format(cn_date(notice["published_at"]))
    body = (f"<h1 style='font-size:26pt;text-align:center'>{escape(notice['title'])}</h1>"
            f"<div style='font-size:18pt;line-height:150%'>{paragraphs}</div>"
            f"<p style='font-size:16pt;text-align:right;margin-top:24px'>{escape(signed)}</p>")
    return document("", body, station_name)
