"""The town report as files town staff open in Excel or WPS: .xlsx (openpyxl) and CSV
(UTF-8 with a BOM), with Chinese headers, money in yuan and the counting rules written in."""

from __future__ import annotations

import csv
from pathlib import Path

from .town_reports import COLUMNS, RANK_COLUMNS


def _cell(value, kind: str):
    if value is None:
        return None
    if kind == "money":
        return round(value / 100, 2)
    return value


def _text(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return f"{value / 100:.2f}"
    return str(value)


def _width(text: str) -> int:
    """Display width in Excel's units: a Chinese character is about two Latin ones."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(text))


def summary_pairs(report: dict) -> list[tuple[str, object, str]]:
    t = report["totals"]
    pairs = [("镇中心", report["town_name"], "text"), ("统计期", f"{report['title']}（{report['period']}）", "text"),
             ("期末数截至", report["as_of"], "text"), ("服务站数", len(report["stations"]), "int")]
    pairs += [(label, t.get(key), kind) for key, label, kind in COLUMNS[2:]]
    pairs += [("办理事项统计口径", report["services_rule"], "text"), ("满意率口径", report["satisfaction_rule"], "text"),
              ("期末数说明", report["stocks_note"], "text")]
    return pairs


def tables(report: dict) -> dict[str, tuple[list[str], list[list]]]:
    """Each sheet as headers and rows of typed values (money in yuan)."""
    detail_rows = [[_cell(r.get(k), kind) for k, _l, kind in COLUMNS] for r in report["stations"]]
    detail_rows.append([_cell(report["totals"].get(k), kind) for k, _l, kind in COLUMNS])
    rank_rows = [[_cell(r.get(k), kind) for k, _l, kind in RANK_COLUMNS] for r in report["ranking"]]
    return {
        "汇总": (["项目", "数值"], [[label, _cell(v, kind)] for label, v, kind in summary_pairs(report)]),
        "各站明细": ([label for _k, label, _kind in COLUMNS], detail_rows),
        "服务标兵": ([label for _k, label, _kind in RANK_COLUMNS], rank_rows),
    }


def write_xlsx(report: dict, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"{report['town_name']} 便民服务 {report['title']} 报表"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["项目", "数值"])
    for cell in ws[2]:
        cell.font, cell.fill = bold, head_fill
    for label, value, kind in summary_pairs(report):
        ws.append([label, _cell(value, kind)])
        cell = ws.cell(ws.max_row, 2)
        if kind == "money":
            cell.number_format = "#,##0.00"
        elif kind == "pct":
            cell.number_format = "0.0"
        elif kind == "text":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    def table(title: str, columns: list[tuple[str, str, str]], rows: list[list], total_row: bool):
        sheet = wb.create_sheet(title)
        sheet.append([label for _k, label, _kind in columns])
        for cell in sheet[1]:
            cell.font, cell.fill = bold, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for values in rows:
            sheet.append(values)
        for index, (_k, label, kind) in enumerate(columns, 1):
            letter = get_column_letter(index)
            fmt = {"money": "#,##0.00", "pct": "0.0", "num": "0.0", "int": "#,##0"}.get(kind)
            if fmt:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = fmt
            longest = max([_width(label)] + [_width(_text(v, kind)) for v in (r[index - 1] for r in rows)])
            sheet.column_dimensions[letter].width = min(max(8, longest + 2), 24)
        if total_row:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        sheet.freeze_panes = "C2" if columns[1][0] == "name" else "A2"
        sheet.row_dimensions[1].height = 32
        return sheet

    t = tables(report)
    table("各站明细", COLUMNS, t["各站明细"][1], total_row=True)
    ranks = table("服务标兵", RANK_COLUMNS, t["服务标兵"][1], total_row=False)
    ranks.freeze_panes = "A2"
    note_row = ranks.max_row + 2
    ranks.cell(note_row, 1, f"{report['ranking_title']}评选规则：")
    ranks.cell(note_row, 1).font = bold
    ranks.cell(note_row + 1, 1, report["ranking_rule"])
    ranks.merge_cells(start_row=note_row + 1, start_column=1, end_row=note_row + 1, end_column=len(RANK_COLUMNS))
    ranks.cell(note_row + 1, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ranks.row_dimensions[note_row + 1].height = 90
    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def csv_tables(report: dict) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each sheet as text cells (money as yuan with 2 decimals, blanks for no value)."""
    def rows_of(items, columns):
        return [[_text(r.get(k), kind) for k, _l, kind in columns] for r in items]

    detail = rows_of([*report["stations"], report["totals"]], COLUMNS)
    ranks = rows_of(report["ranking"], RANK_COLUMNS)
    ranks += [[], [f"{report['ranking_title']}评选规则", report["ranking_rule"]]]
    return {
        "汇总": (["项目", "数值"], [[label, _text(v, kind)] for label, v, kind in summary_pairs(report)]),
        "各站明细": ([label for _k, label, _kind in COLUMNS], detail),
        "服务标兵": ([label for _k, label, _kind in RANK_COLUMNS], ranks),
    }


def write_csv(report: dict, folder: Path, stem: str | None = None) -> list[Path]:
    """One UTF-8 CSV per sheet, with a BOM so Excel and WPS read the Chinese."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = stem or f"town-report-{report['period']}"
    written = []
    for name, (headers, rows) in csv_tables(report).items():
        path = folder / f"{stem}-{name}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows(rows)
        written.append(path)
    return written
