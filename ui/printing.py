"""Printing what people carry away: receipts, pickup slips, notices, statements, day sheets.

Pages build a small HTML document; this module lays it out on A4 or 58/80 mm receipt
paper and sends it to a printer through Qt's print dialog, or, on a PC with no printer
installed (most village stations), saves it as a PDF the agent can print elsewhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from .i18n import context

PrintText = context("PrintText")  # lupdate context of this module's strings
PAPERS = {"a4": None, "a4-landscape": None, "80mm": 80, "58mm": 58}


def document(title: str, body_html: str, station_name: str = "", station_phone: str = "") -> str:
    """Wrap a body in the common header (station name and phone) every printout carries."""
    head = escape(station_name)
    if station_phone:
        head += PrintText.tr("　电话：{0}").format(escape(station_phone))
    return (
        "<html><body style='font-family: \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif;'>"
        f"<p style='font-size:10pt;margin:0'>{head}</p>"
        f"<h2 style='margin:4px 0 8px 0'>{escape(title)}</h2>{body_html}</body></html>"
    )


def table(rows: list[tuple[str, str]]) -> str:
    """Label/value rows, the usual shape of a slip."""
    cells = "".join(
        f"<tr><td style='padding:2px 8px 2px 0;color:#444'>{escape(k)}</td><td style='padding:2px 0'>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


def _configure(printer: QPrinter, paper: str) -> None:
    width = PAPERS.get(paper)
    if width is None:
        printer.setPageSize(QPageSize(QPageSize.A4))
        # Wide tables (the town's report, a column per figure) go on A4 turned sideways.
        landscape = paper == "a4-landscape"
        printer.setPageOrientation(QPageLayout.Landscape if landscape else QPageLayout.Portrait)
        margin = 8 if landscape else 12
        printer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Millimeter)
    else:
        # Receipt rolls: fixed width, tall enough for a slip; the printer cuts after it.
        printer.setPageSize(QPageSize(QSizeF(width, 200), QPageSize.Millimeter, "roll"))
        printer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout.Millimeter)


def _print(html: str, printer: QPrinter) -> None:
    doc = QTextDocument()
    # Without a page size QTextDocument adds its own 2 cm margins, which leave a receipt
    # roll 34 mm of text; and it would start from the window's 15 pt font.
    font = QApplication.font()
    font.setPointSize(10)
    doc.setDefaultFont(font)
    # The page is given in points but laid out at the screen's 96 dpi, then fitted to the
    # paper: every size in a printout comes out 4/3 of what it says (a "10pt" line prints
    # at about 13pt). The printouts were sized by looking at the paper, so this is kept;
    # a new printout should be judged on its PDF, not on its numbers.
    doc.setPageSize(printer.pageRect(QPrinter.Point).size())
    doc.setHtml(html)
    doc.print_(printer)


def save_pdf(html: str, target: Path, paper: str = "a4") -> Path:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(target))
    _configure(printer, paper)
    _print(html, printer)
    return Path(target)


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_html(parent: QWidget, html: str, suggested_name: str, paper: str = "a4") -> Path | None:
    """Print through the print dialog, or save a PDF when no printer is installed.

    Returns the PDF path when one was saved, else None.
    """
    if not has_printer():
        target, _ = QFileDialog.getSaveFileName(
            parent, PrintText.tr("没有打印机，保存为PDF"), str(Path.home() / f"{suggested_name}.pdf"), "PDF (*.pdf)")
        return save_pdf(html, Path(target), paper) if target else None
    printer = QPrinter(QPrinter.HighResolution)
    _configure(printer, paper)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec():
        _print(html, printer)
    return None
