"""What the town prints: its monthly, quarterly or yearly report, or one station's, on A4,
with every person's figures (the agents, the town's staff, the people's ranking and its rule).

Pure functions from the report dicts of ``sync.town.reports`` to HTML laid out by
``ui.printing``; every figure and rule is the core's, every text is escaped here. The
town's per-station table has a column per figure, too many for one sheet even sideways,
so it is printed in two halves, each with the station names and the total row.
"""

from __future__ import annotations

from html import escape

from station_app.timeutil import format_local
from sync.town.assessment import AGENT_COLUMNS, PEOPLE_RANK_COLUMNS, STAFF_COLUMNS
from sync.town.exports import FIGURES, SUM_HELPERS, display, is_station, rank_text, station_grid
from sync.town.reports import COLUMNS, RANK_COLUMNS

from ..i18n import context
from ..labels import label, translate
from ..printing import document
from .words import people_value, period_title, report_value, total_row, whole_period

TownPrintText = context("TownPrintText")  # lupdate context of this module's strings

SPLIT_AT = "parcels_in"  # the second half of the per-station table starts at this figure
CELL = "border:1px solid #777;padding:0 3px"  # tight: a town's 28 stations fit one sheet
HEAD = CELL + ";background:#e8e8e3;font-weight:bold"
GAP = "&nbsp;·&nbsp;"

FOLLOW_UP = frozenset({"poor_ratings", "callbacks_open"})  # on a station's sheet, beside its scores


def _e(value) -> str:
    return escape("" if value is None else str(value))


def paper_for(report: dict) -> str:
    """The town's wide tables go sideways; a station's report reads top to bottom."""
    return "a4" if is_station(report) else "a4-landscape"


def _two_lines(text: str) -> str:
    """A column header on at most two lines, broken where a person would: before the unit
    (代缴金额 / （元）), else in the middle of a long label (期末超期 / 未办结); in English at
    the space nearest the middle. Qt would otherwise wrap the narrow count columns onto
    three lines or not at all."""
    if "（" in text and not text.startswith("（"):
        cut = text.index("（")
    elif " " in text.strip():
        spaces = [i for i, ch in enumerate(text) if ch == " " and 0 < i < len(text) - 1]
        cut = min(spaces, key=lambda i: abs(2 * i - len(text)))
        return f"{_e(text[:cut])}<br>{_e(text[cut + 1:])}"
    elif len(text) > 4 and not text.isascii():
        cut = (len(text) + 1) // 2
    else:
        return _e(text)
    return f"{_e(text[:cut])}<br>{_e(text[cut:])}"


def _grid(headers: list[str], rows: list[list[tuple[str, str]]], bold_last: bool = False, font_pt: float = 9) -> str:
    """A ruled table; each cell is (text, kind) and numbers sit on the right. The header
    row is a <thead>, so Qt repeats it when the table runs onto another page."""
    # Qt's rich text does not pass a table's font size down to its cells: each cell says it.
    size = f";font-size:{font_pt}pt"
    head = "".join(f"<th style='{HEAD}{size};white-space:nowrap'>{_two_lines(h)}</th>" for h in headers)
    body = []
    for index, row in enumerate(rows):
        weight = ";font-weight:bold" if bold_last and index == len(rows) - 1 else ""
        cells = "".join(
            f"<td style='{CELL}{size}{weight};white-space:nowrap' align='{'left' if kind == 'text' else 'right'}'>"
            f"{_e(text) or '&nbsp;'}</td>" for text, kind in row)  # an empty cell takes the page font
        body.append(f"<tr>{cells}</tr>")
    return (f"<table cellspacing='0' cellpadding='0' width='100%' style='border-collapse:collapse'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _section(title: str, page_break: bool = False) -> str:
    # A section opening a sheet needs no space above it: the page margin is there.
    brk = "page-break-before:always;margin:0 0 4px 0" if page_break else "margin:8px 0 3px 0"
    return f"<h3 style='{brk};font-size:11.5pt'>{_e(title)}</h3>"


def _meta(report: dict, extra: list[str]) -> str:
    parts = [TownPrintText.tr("统计期：{0} 至 {1}").format(report["first_day"], report["last_day"]),
             TownPrintText.tr("期末数截至：{0}").format(report["as_of"]), *extra,
             TownPrintText.tr("制表时间：{0}").format(format_local(report["generated_at"]))]
    return f"<p style='font-size:8.5pt;margin:0 0 4px 0'>{GAP.join(_e(p) for p in parts)}</p>"


def _pairs(items: list[tuple[str, object, str]], per_row: int) -> str:
    """Label/value pairs, ``per_row`` to a line: the figures of one report at a glance."""
    rows = []
    for start in range(0, len(items), per_row):
        cells = "".join(f"<td style='{CELL};font-size:10pt;background:#f3f3ef'>{_e(name)}</td>"
                        f"<td style='{CELL};font-size:10pt' align='right'><b>{_e(display(value, kind))}</b></td>"
                        for name, value, kind in items[start:start + per_row])
        missing = per_row - len(items[start:start + per_row])  # Qt drops the border above absent cells
        cells += f"<td style='{CELL}' colspan='{2 * missing}'>&nbsp;</td>" if missing else ""
        rows.append(f"<tr>{cells}</tr>")
    return f"<table cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>{''.join(rows)}</table>"


def _rules(report: dict) -> str:
    lines = [(TownPrintText.tr("办理事项统计口径"), report["services_rule"]),
             (TownPrintText.tr("满意率口径"), report["satisfaction_rule"]),
             (TownPrintText.tr("期末数说明"), report["stocks_note"])]
    return "".join(f"<p style='font-size:8.5pt;margin:2px 0'><b>{_e(k)}：</b>{_e(v)}</p>" for k, v in lines)


def _star_rule(report: dict) -> str:
    """The rule right under the ranking's title, so the ranking and how it was made share a sheet."""
    rule = TownPrintText.tr("评选规则：")  # lupdate cannot read inside f-strings
    return (f"<p style='font-size:8pt;margin:2px 0 6px 0'><b>{_e(rule)}</b>"
            f"{_e(report['ranking_rule'])}</p>")


def _signatures() -> str:
    lines = (TownPrintText.tr("制表人：____________"), TownPrintText.tr("审核人：____________"),
             TownPrintText.tr("日期：______年____月____日"))
    cells = "".join(f"<td>{_e(line)}</td>" for line in lines)
    return f"<table width='100%' style='margin-top:12px;font-size:10pt' cellspacing='0'><tr>{cells}</tr></table>"


def _ranking(rows: list[dict]) -> str:
    headers = [label("report_column", key, text) for key, text, _kind in RANK_COLUMNS]
    cells = [[(display(report_value(r, k), kind) if r.get(k) != "" else "", kind) for k, _l, kind in RANK_COLUMNS]
             for r in rows]
    return _grid(headers, cells, font_pt=7)


def _people_grid(items: list[dict], columns: list[tuple[str, str, str]], font_pt: float = 7) -> str:
    """One of the town's people tables: the agents, the staff, the ranking."""
    headers = [label("people_column", key, text) for key, text, _kind in columns]
    rows = [[(display(people_value(item, key), kind) if kind != "text" else people_value(item, key), kind)
             for key, _text, kind in columns] for item in items]
    return _grid(headers, rows, font_pt=font_pt)


def _people(report: dict) -> str:
    """The town's people: its agents, its staff, and the people's ranking with its rule."""
    if "agents" not in report:
        return ""
    rule = TownPrintText.tr("评选规则：")
    body = _section(TownPrintText.tr("代办员"), page_break=True) + _people_grid(report["agents"], AGENT_COLUMNS)
    body += _section(TownPrintText.tr("镇中心工作人员")) + _people_grid(report["staff"], STAFF_COLUMNS, font_pt=8)
    body += _section(report["people_ranking_title"], page_break=True)
    body += (f"<p style='font-size:8pt;margin:2px 0 6px 0'><b>{_e(rule)}</b>"
             f"{_e(report['people_ranking_rule'])}</p>")
    return body + _people_grid(report["people_ranking"], PEOPLE_RANK_COLUMNS)


def town_html(report: dict) -> str:
    """The whole town: totals, the stations in two halves with a total row, the ranking and its rule."""
    keys = [key for key, _label, _kind in FIGURES]
    split = keys.index(SPLIT_AT)
    halves = [(TownPrintText.tr("各站明细（一）：办理事项、代缴与垫付"), FIGURES[:split]),
              (TownPrintText.tr("各站明细（二）：快递、代办件、接待与评价"), FIGURES[split:])]
    totals = report["totals"]
    body = _meta(report, [TownPrintText.tr("服务站：{0}个").format(len(report["stations"]))])
    body += _section(TownPrintText.tr("全镇合计"))
    body += _pairs([(label("report_column", key, text), totals.get(key), kind) for key, text, kind in FIGURES],
                   per_row=4)
    stars = [r for r in report["ranking"] if r["star"]]
    if report["kind"] == "quarter" and stars:  # the quarter's honour, on the sheet that goes upwards
        names = "、".join(TownPrintText.tr("{0}（{1}分）").format(r["name"], display(r["score"], "num")) for r in stars)
        body += f"<p style='font-size:10.5pt;margin:6px 0'><b>{_e(report['ranking_title'])}：</b>{_e(names)}</p>"
    body += _rules(report) + _signatures()  # the first sheet is the one signed and sent upwards
    for title, columns in halves:
        headers = [TownPrintText.tr("服务站")] + [label("report_column", key, text) for key, text, _kind in columns]
        rows = [[(r["name"], "text")] + [(display(r.get(k), kind), kind) for k, _l, kind in columns]
                for r in [*report["stations"], total_row(totals, len(report["stations"]))]]
        body += _section(title, page_break=True) + _grid(headers, rows, bold_last=True, font_pt=7.5)
    body += _section(report["ranking_title"], page_break=True) + _star_rule(report)
    body += _ranking(report["ranking"]) + _people(report)
    title = TownPrintText.tr("{0}便民服务报表").format(period_title(report["period"]))
    return document(title, body, report["town_name"] or "")


def station_html(report: dict) -> str:
    """One station: its place in the ranking and how it was scored, every figure (month by
    month in a quarter), the rules. Fits one portrait sheet."""
    row = report["station"]
    rank = report["rank"]
    body = _meta(report, [])
    body += _section(report["ranking_title"])
    score = TownPrintText.tr("综合得分 {0}").format(display(rank["score"], "num"))
    body += f"<p style='font-size:12pt;margin:2px 0'><b>{_e(rank_text(report))}</b>　{_e(score)}</p>"
    parts = [f"{label('report_column', key, text)} {display(rank.get(key), kind)}" for key, text, kind in RANK_COLUMNS
             if key in ("volume_score", "on_time_pct", "avg_rating", "rating_score")]
    # Beside the scores, what the town follows up (poor ratings, call-backs still open): on the
    # same line, not two more rows, so the sheet stays one page.
    parts += [f"{label('report_column', key, text)} {display(row.get(key), kind)}" for key, text, kind in COLUMNS
              if key in FOLLOW_UP]
    body += f"<p style='font-size:9pt;margin:2px 0'>{GAP.join(_e(p) for p in parts)}</p>" + _star_rule(report)
    _headers, lines = station_grid(report, skip=SUM_HELPERS | FOLLOW_UP)
    months = [TownPrintText.tr("{0}月").format(int(m["month"][5:])) if m["month"][5:].isdigit()
              else TownPrintText.tr("第{0}季度").format(int(m["month"][6:])) for m in report["months"]]
    headers = [TownPrintText.tr("项目"), *months, whole_period(report["kind"])]
    rows = [[(translate(text), "text")] + [(display(v, kind), kind) for v in values] for text, kind, values in lines]
    # A station with the cooperative's desk or service days has a few more lines: a size smaller.
    font_pt = 7.5 if len(rows) <= 27 else 7
    body += _section(TownPrintText.tr("各项数据")) + _grid(headers, rows, font_pt=font_pt)
    # No signature lines: the signed report that goes upwards is the town's. The station's agents are in
    # the town's printout and in the workbook: a station's sheet is full.
    body += _rules(report)
    title = TownPrintText.tr("{0} {1}便民服务报表").format(row["name"], period_title(report["period"]))
    return document(title, body, TownPrintText.tr("{0} · 站号：{1}").format(report["town_name"] or "", row["station"]))


def report_html(report: dict) -> str:
    return station_html(report) if is_station(report) else town_html(report)
