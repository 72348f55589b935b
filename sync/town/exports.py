"""Reports as files town staff open in Excel or WPS: .xlsx (openpyxl) and CSV (UTF-8 with
a BOM), with Chinese headers, money in yuan and the counting rules written in.

Both reports of ``town_reports`` go through the same code: the town report (``scope``
"town": every station, totals, ranking) and one station's report (``scope`` "station":
its figures, its months within a quarter, its place in the ranking). Each is a summary
sheet of label/value pairs plus a few ``Sheet`` tables.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .assessment import AGENT_COLUMNS, PEOPLE_RANK_COLUMNS, STAFF_COLUMNS
from .reports import COLUMNS, RANK_COLUMNS

FIGURES = COLUMNS[2:]  # every figure of a row, without the station's code and name
# Figures of a desk or service a station may not have: its own report shows them when used.
WHEN_USED = frozenset({"coop_handed_out_fen", "coop_owed_fen", "service_day_signups", "service_day_done"})
# Sums that only feed an average (the average is printed): left off the one-page printout.
SUM_HELPERS = frozenset({"rating_points", "villager_rating_points"})
MONTH_COLUMNS = [("month_title", "月份", "text"), *FIGURES]
# A station's own report lists its agents without repeating the station.
STATION_AGENT_COLUMNS = [c for c in AGENT_COLUMNS if c[0] not in ("station", "station_name")] + [
    ("rank", "个人排名", "int"), ("score", "个人综合得分", "num")]
PARTED = ("quarter", "year")  # periods a station's report shows in parts (months, quarters)


@dataclass(frozen=True)
class Sheet:
    """One table of a report: a sheet of the workbook, one CSV file."""
    name: str
    columns: list[tuple[str, str, str]]
    items: list[dict]
    total_row: bool = False  # the last item is the total: bold in the workbook
    freeze: str = "A2"
    note: tuple[str, str] | None = None  # (title, text) written under the table


def is_station(report: dict) -> bool:
    return report.get("scope") == "station"


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


def display(value, kind: str) -> str:
    """A figure as people read it on screen and paper: 1,234.50 yuan, 11,516, 97.9."""
    if value is None:
        return "—"
    if kind == "money":
        return f"{value / 100:,.2f}"
    if kind == "int":
        return f"{value:,}"
    if kind == "pct":
        return f"{value:.1f}"
    if kind == "num":
        return f"{value:.1f}"
    if kind == "rating":
        return f"{value:.2f}"
    return str(value)


def _width(text: str) -> int:
    """Display width in Excel's units: a Chinese character is about two Latin ones."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(text))


def heading(report: dict) -> str:
    who = f"{report['station']['name']} " if is_station(report) else ""
    return f"{report['town_name']} {who}便民服务 {report['title']} 报表"


def rank_text(report: dict) -> str:
    """A station's place: 第3名（共28个站）★ 服务标兵."""
    rank = report["rank"]
    star = f"　{rank['star']}" if rank["star"] else ""
    return f"第{rank['rank']}名（共{report['station_count']}个站）{star}"


def summary_pairs(report: dict) -> list[tuple[str, object, str]]:
    pairs = [("镇中心", report["town_name"], "text")]
    if is_station(report):
        row = report["station"]
        pairs += [("服务站", f"{row['name']}（{row['station']}）", "text"),
                  ("统计期", f"{report['title']}（{report['period']}）", "text"), ("期末数截至", report["as_of"], "text")]
        pairs += [(label, row.get(key), kind) for key, label, kind in FIGURES]
        pairs += [("服务排名", rank_text(report), "text"), ("综合得分", report["rank"]["score"], "num")]
    else:
        pairs += [("统计期", f"{report['title']}（{report['period']}）", "text"), ("期末数截至", report["as_of"], "text"),
                  ("服务站数", len(report["stations"]), "int")]
        pairs += [(label, report["totals"].get(key), kind) for key, label, kind in FIGURES]
    pairs += [("办理事项统计口径", report["services_rule"], "text"), ("满意率口径", report["satisfaction_rule"], "text"),
              ("期末数说明", report["stocks_note"], "text")]
    return pairs


def month_items(report: dict) -> list[dict]:
    """A station's rows by month (by quarter in a year); the last row is the period itself
    (季度合计, 全年合计)."""
    row = report["station"]
    if report["kind"] not in PARTED:
        return [{**row, "month_title": report["title"]}]
    return [*report["months"], {**row, "month_title": "季度合计" if report["kind"] == "quarter" else "全年合计"}]


def people_sheets(report: dict) -> list[Sheet]:
    """Every person's figures: the agents (and, for the town, its staff and the agents'
    ranking with its rule). Reports made before people were counted have none."""
    if "agents" not in report:
        return []
    if is_station(report):
        return [Sheet("代办员", STATION_AGENT_COLUMNS, report["agents"], freeze="B2")]
    rule = (f"{report['people_ranking_title']}评选规则", report["people_ranking_rule"])
    return [Sheet("代办员", AGENT_COLUMNS, report["agents"], freeze="D2"),
            Sheet("工作人员", STAFF_COLUMNS, report["staff"], freeze="B2"),
            Sheet("个人排名", PEOPLE_RANK_COLUMNS, report["people_ranking"], note=rule)]


def sheets(report: dict) -> list[Sheet]:
    """The report's tables after its summary."""
    rule = (f"{report['ranking_title']}评选规则", report["ranking_rule"])
    if is_station(report):
        return [Sheet("各季度明细" if report["kind"] == "year" else "各月明细", MONTH_COLUMNS, month_items(report),
                      total_row=report["kind"] in PARTED, freeze="B2"),
                Sheet("服务排名", RANK_COLUMNS, [report["rank"]], note=rule), *people_sheets(report)]
    return [Sheet("各站明细", COLUMNS, [*report["stations"], report["totals"]], total_row=True, freeze="C2"),
            Sheet("服务标兵", RANK_COLUMNS, report["ranking"], note=rule), *people_sheets(report)]


def station_grid(report: dict, skip: frozenset[str] = frozenset()) -> tuple[list[str], list[tuple[str, str, list]]]:
    """A station's figures turned on their side for screen and paper: one line per figure,
    one column per month and the period's own column. Values stay raw (fen, counts)."""
    row = report["station"]
    months = report["months"] if report["kind"] in PARTED else []
    headers = ["项目", *(m["month_title"] for m in months), {"quarter": "本季度", "year": "全年"}.get(report["kind"], "本月")]
    lines = [(label, kind, [*(m.get(key) for m in months), row.get(key)]) for key, label, kind in FIGURES
             if key not in skip and (key not in WHEN_USED or any([*(m.get(key) for m in months), row.get(key)]))]
    return headers, lines


def tables(report: dict) -> dict[str, tuple[list[str], list[list]]]:
    """Each sheet as headers and rows of typed values (money in yuan)."""
    out = {"汇总": (["项目", "数值"], [[label, _cell(v, kind)] for label, v, kind in summary_pairs(report)])}
    for sheet in sheets(report):
        out[sheet.name] = ([label for _k, label, _kind in sheet.columns],
                           [[_cell(item.get(k), kind) for k, _l, kind in sheet.columns] for item in sheet.items])
    return out


def _table_sheet(wb, sheet: Sheet, rows: list[list], styles: dict):
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet.name)
    ws.append([label for _k, label, _kind in sheet.columns])
    for cell in ws[1]:
        cell.font, cell.fill = styles["bold"], styles["head_fill"]
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for values in rows:
        ws.append(values)
    for index, (_k, label, kind) in enumerate(sheet.columns, 1):
        fmt = {"money": "#,##0.00", "pct": "0.0", "num": "0.0", "rating": "0.00", "int": "#,##0"}.get(kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
        longest = max([_width(label)] + [_width(_text(r[index - 1], kind)) for r in rows])
        ws.column_dimensions[get_column_letter(index)].width = min(max(8, longest + 2), 24)
    if sheet.total_row:
        for cell in ws[ws.max_row]:
            cell.font = styles["bold"]
    ws.freeze_panes = sheet.freeze
    ws.row_dimensions[1].height = 32
    if sheet.note:
        at = ws.max_row + 2
        ws.cell(at, 1, f"{sheet.note[0]}：").font = styles["bold"]
        ws.cell(at + 1, 1, sheet.note[1])
        ws.merge_cells(start_row=at + 1, start_column=1, end_row=at + 1, end_column=len(sheet.columns))
        ws.cell(at + 1, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[at + 1].height = 90
    return ws


def write_xlsx(report: dict, path: Path) -> Path:
    """The town report or a station's report as one workbook: 汇总 first, then its tables."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    path = Path(path)
    styles = {"bold": Font(bold=True), "head_fill": PatternFill("solid", fgColor="DDEBF7")}
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([heading(report)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["项目", "数值"])
    for cell in ws[2]:
        cell.font, cell.fill = styles["bold"], styles["head_fill"]
    for label, value, kind in summary_pairs(report):
        ws.append([label, _cell(value, kind)])
        cell = ws.cell(ws.max_row, 2)
        if kind == "money":
            cell.number_format = "#,##0.00"
        elif kind in ("pct", "num"):
            cell.number_format = "0.0"
        elif kind == "text":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    typed = tables(report)
    for sheet in sheets(report):
        _table_sheet(wb, sheet, typed[sheet.name][1], styles)
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
    out = {"汇总": (["项目", "数值"], [[label, _text(v, kind)] for label, v, kind in summary_pairs(report)])}
    for sheet in sheets(report):
        rows = [[_text(item.get(k), kind) for k, _l, kind in sheet.columns] for item in sheet.items]
        if sheet.note:
            rows += [[], list(sheet.note)]
        out[sheet.name] = ([label for _k, label, _kind in sheet.columns], rows)
    return out


def default_stem(report: dict) -> str:
    if is_station(report):
        return f"station-report-{report['station']['station']}-{report['period']}"
    return f"town-report-{report['period']}"


def write_csv(report: dict, folder: Path, stem: str | None = None) -> list[Path]:
    """One UTF-8 CSV per sheet, with a BOM so Excel and WPS read the Chinese; the summary
    first, then the main table (the stations', or the station's months)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = stem or default_stem(report)
    written = []
    for name, (headers, rows) in csv_tables(report).items():
        path = folder / f"{stem}-{name}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows(rows)
        written.append(path)
    return written
