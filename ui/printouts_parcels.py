"""The pickup slip (取件单): what a villager or the shelf label carries, on 58/80 mm receipt paper.

The pickup code is printed large; the phone shows only its last four digits (the slip may
lie on the counter); the station's name and phone head it like every printout.
"""

from __future__ import annotations

from html import escape

from .dates import cn_moment
from .labels import label
from .printing import document, table
from .i18n import context


ParcelPrintouts = context("ParcelPrintouts")  # lupdate context of this module's strings


def pickup_slip_html(parcel: dict, station_name: str, station_phone: str = "", retention_days: int | None = None) -> str:
    """One parcel's slip; ``parcel`` is a parcels row (as ``parcels.get_parcel`` returns it)."""
    code = escape(parcel["pickup_code"])
    big = (f"<p style='font-size:30pt;font-weight:bold;margin:4px 0 6px 0;text-align:center'>{code}</p>")
    tail = parcel.get("phone_tail")
    rows = [
        (ParcelPrintouts.tr("收件人"), escape(parcel["recipient_name"])),
        (ParcelPrintouts.tr("手机尾号"), escape(tail) if tail else "—"),
        (ParcelPrintouts.tr("快递公司"), escape(label("courier", parcel["courier"]))),
        (ParcelPrintouts.tr("快递单号"), escape(parcel["tracking_no"])),
        (ParcelPrintouts.tr("货架位置"), escape(ParcelPrintouts.tr("{0}号货架第{1}层").format(parcel["shelf"], parcel["layer"]))),
        (ParcelPrintouts.tr("入库时间"), escape(cn_moment(parcel["checked_in_at"]))),
    ]
    if parcel.get("home_delivery"):
        rows.append((ParcelPrintouts.tr("取件方式"), escape(ParcelPrintouts.tr("送货上门"))))
    if retention_days:
        note = ParcelPrintouts.tr("请凭取件码或手机尾号领取，保管{0}天。").format(retention_days)
    else:
        note = ParcelPrintouts.tr("请凭取件码或手机尾号领取。")
    caption = ParcelPrintouts.tr("取件码")  # outside the f-string, where lupdate reads it
    body = (f"<p style='margin:0;text-align:center'>{escape(caption)}</p>{big}{table(rows)}"
            f"<p style='font-size:10pt;margin-top:8px'>{escape(note)}</p>")
    return document(ParcelPrintouts.tr("取件单"), body, station_name, station_phone)
