"""报表: the town's monthly, quarterly or yearly report (the year's is the assessment), or
one station's, with the service-star rankings of stations and of people and their rules,
every agent's and staff member's figures; exported for Excel/WPS and printed (or saved as PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from station_app.timeutil import LOCAL_TZ, utc_now
from sync.hub.stations import list_stations
from sync.town.exports import STATION_AGENT_COLUMNS, sheets, station_grid, summary_pairs, write_csv, write_xlsx
from sync.town.exports import display, is_station, rank_text
from sync.town.reports import RANK_COLUMNS, station_report, town_report

from ...labels import label, translate
from ...ops import read, show_failure
from ...pages.base import Page
from ...printing import print_html, save_pdf
from ...widgets import primary_button
from .. import printouts
from ..words import people_value, period_title, report_value, total_row, whole_period

MONTHS_BACK = 12
QUARTERS_BACK = 4
YEARS_BACK = 2
TOWN = ""  # the scope box's value for the whole town (else a station's code)


def period_choices(today=None) -> list[tuple[str, str]]:
    """(label, period) for the last months and quarters, newest first."""
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    choices = []
    y, m = today.year, today.month
    for _ in range(MONTHS_BACK):
        choices.append((period_title(f"{y:04d}-{m:02d}"), f"{y:04d}-{m:02d}"))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    y, q = today.year, (today.month - 1) // 3 + 1
    for _ in range(QUARTERS_BACK):
        choices.append((period_title(f"{y:04d}-Q{q}"), f"{y:04d}-Q{q}"))
        y, q = (y - 1, 4) if q == 1 else (y, q - 1)
    for back in range(YEARS_BACK):  # the yearly assessment
        choices.append((period_title(f"{today.year - back:04d}"), f"{today.year - back:04d}"))
    return choices


def people_header(key: str, text: str, station: bool = False) -> str:
    """A column of the people's tables in the window's language (a station's own agents
    have their place among the town's agents)."""
    if station and key in ("rank", "score"):
        return label("station_people_column", key, text)
    return label("people_column", key, text)


def _fill(table: QTableWidget, headers: list[str], rows: list[list[tuple[object, str]]],
          bold_last: bool = False, align_numbers: bool = True) -> None:
    """Cells are (value, kind) as the core gives them; they read as on paper (``display``):
    1,234.50 yuan, 11,516, 4.25 stars, numbers on the right, the total row bold."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, values in enumerate(rows):
        for c, (value, kind) in enumerate(values):
            text = ("" if value is None else str(value)) if kind == "text" else display(value, kind)
            item = QTableWidgetItem(text)
            if align_numbers and kind != "text":
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if bold_last and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _table(parent) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return table


def report_key(report: dict) -> tuple[str, str]:
    """(period, station code or TOWN): which report a dict is, to drop stale answers."""
    return report["period"], report["station"]["station"] if is_station(report) else TOWN


class ReportsPage(Page):
    key = "reports"

    def title(self) -> str:
        return self.tr("报表")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.report: dict = {}
        bar = QHBoxLayout()
        period_label = QLabel(self.tr("统计期"), self)
        bar.addWidget(period_label)
        self.period = QComboBox(self)
        for title, period in period_choices():
            self.period.addItem(title, period)
        period_label.setBuddy(self.period)
        bar.addWidget(self.period)
        bar.addSpacing(12)
        scope_label = QLabel(self.tr("范围"), self)
        bar.addWidget(scope_label)
        self.scope = QComboBox(self)
        self.scope.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.scope.addItem(self.tr("全镇"), TOWN)
        scope_label.setBuddy(self.scope)
        bar.addWidget(self.scope)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setShortcut(QKeySequence.Print)
        self.print_button.setToolTip(self.tr("打印正在看的报表；没有打印机时保存为PDF（Ctrl+P）"))
        self.print_button.clicked.connect(lambda: self.print_report())
        bar.addWidget(self.print_button)
        self.xlsx_button = primary_button(self.tr("导出Excel…"), self)
        self.xlsx_button.setToolTip(self.tr("保存为 .xlsx 工作簿，可用 Excel 或 WPS 打开"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        bar.addWidget(self.xlsx_button)
        self.csv_button = QPushButton(self.tr("导出CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        bar.addWidget(self.csv_button)
        self.layout_.addLayout(bar)
        self.views = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.summary = _table(self)
        self.detail = _table(self)
        self.ranking = _table(self)
        self.agents = _table(self)
        self.staff = _table(self)
        self.people_ranking = _table(self)
        self.tabs.addTab(self.summary, self.tr("全镇合计"))
        self.tabs.addTab(self.detail, self.tr("各站明细"))
        self.tabs.addTab(self.ranking, self.tr("服务标兵排名"))
        self.tabs.addTab(self.agents, self.tr("代办员考核"))
        self.tabs.addTab(self.staff, self.tr("工作人员"))
        self.tabs.addTab(self.people_ranking, self.tr("个人排名"))
        self.tabs.currentChanged.connect(lambda _: self._show_rule())
        self.views.addWidget(self.tabs)
        self.views.addWidget(self._station_view())
        self.layout_.addWidget(self.views, 1)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("hint")
        self.layout_.addWidget(self.rule)
        self.period.currentIndexChanged.connect(lambda _: self.load())
        self.scope.currentIndexChanged.connect(lambda _: self.load())
        self.load_stations()
        self.load()

    def _station_view(self) -> QWidget:
        """One station: every figure, month by month, on the left; on the right its place in
        the ranking, how the score was made up, and the rule (so the table keeps the height);
        its agents on a tab of their own."""
        self.station_tabs = QTabWidget(self)
        view = QWidget(self.station_tabs)
        self.station_tabs.addTab(view, self.tr("各项数据"))
        self.station_agents = _table(self.station_tabs)
        self.station_tabs.addTab(self.station_agents, self.tr("本站代办员"))
        layout = QHBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.station_table = _table(view)
        layout.addWidget(self.station_table, 3)
        side = QVBoxLayout()
        self.station_line = QLabel(view)
        self.station_line.setWordWrap(True)
        self.station_line.setStyleSheet("font-size:16pt; font-weight:bold;")
        side.addWidget(self.station_line)
        self.rank_title = QLabel(view)
        self.rank_title.setWordWrap(True)
        side.addSpacing(8)
        side.addWidget(self.rank_title)
        self.rank_line = QLabel(view)
        self.rank_line.setWordWrap(True)
        self.rank_line.setStyleSheet("font-size:20pt; font-weight:bold; color:#0b5394;")
        side.addWidget(self.rank_line)
        self.station_scores = QLabel(view)
        self.station_scores.setWordWrap(True)
        side.addWidget(self.station_scores)
        self.station_rule = QLabel(view)
        self.station_rule.setWordWrap(True)
        self.station_rule.setObjectName("hint")
        side.addWidget(self.station_rule)
        side.addStretch(1)
        layout.addLayout(side, 2)
        for line in (self.station_line, self.rank_title, self.rank_line, self.station_scores, self.station_rule):
            line.setTextFormat(Qt.PlainText)
        return self.station_tabs

    def activated(self) -> None:
        self.load_stations()  # a station registered on the 站点 page since

    def ready(self) -> bool:
        return bool(self.report) and report_key(self.report) == self.wanted()

    def wanted(self) -> tuple[str, str]:
        return self.period.currentData(), self.scope.currentData()

    def set_period(self, period: str) -> None:
        index = self.period.findData(period)
        if index < 0:
            self.period.addItem(period, period)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)

    def set_station(self, code: str) -> None:
        """Show one station's report (``TOWN`` for the whole town)."""
        index = self.scope.findData(code)
        if index < 0:
            raise KeyError(code)
        self.scope.setCurrentIndex(index)

    def load_stations(self) -> None:
        read(self.db, list_stations, self._show_stations, self)

    def _show_stations(self, stations: list[dict]) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)  # refilling the box is not a new choice
        self.scope.clear()
        self.scope.addItem(self.tr("全镇"), TOWN)
        for station in stations:
            self.scope.addItem(station["name"], station["code"])
            self.scope.setItemData(self.scope.count() - 1, station["code"], Qt.ToolTipRole)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)
        if self.scope.currentData() != chosen:
            self.load()  # the station shown is gone: back to the town

    def load(self) -> None:
        period, code = self.wanted()
        for button in (self.print_button, self.xlsx_button, self.csv_button):
            button.setEnabled(False)
        if code == TOWN:
            read(self.db, lambda store: town_report(store, period), self._show, self)
        else:
            read(self.db, lambda store: station_report(store, code, period), self._show, self)

    def _show(self, report: dict) -> None:
        if report_key(report) != self.wanted():
            return  # an answer for a period or station already replaced
        self.report = report
        if is_station(report):
            self._show_station(report)
        else:
            self._show_town(report)
        self._show_rule()
        for button in (self.print_button, self.xlsx_button, self.csv_button):
            button.setEnabled(True)

    def _show_rule(self) -> None:
        """The rule of the ranking in view: the people's on their tabs, else the stations'."""
        report = self.report
        if not report:
            return
        people = self.tabs.currentWidget() in (self.agents, self.people_ranking) and "people_ranking_rule" in report
        title, rule = ((report["people_ranking_title"], report["people_ranking_rule"]) if people
                       else (report["ranking_title"], report["ranking_rule"]))
        self.rule.setText(self.tr("{0}评选规则：{1}").format(title, rule))
        self.rule.setVisible(not is_station(report))  # a station's view has the rule beside its ranking

    def _show_town(self, report: dict) -> None:
        # The core names the summary's items only by their Chinese words.
        pairs = [[(translate(text), "text"), (value, kind)] for text, value, kind in summary_pairs(report)]
        _fill(self.summary, [self.tr("项目"), self.tr("数值")], pairs, align_numbers=False)  # beside the label
        self.summary.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)  # long rules wrap
        self.summary.setWordWrap(True)
        self.summary.resizeRowsToContents()
        detail, ranks, *people = sheets(report)
        for table, sheet in ((self.detail, detail), (self.ranking, ranks)):
            items = sheet.items
            if sheet.total_row:
                items = [*items[:-1], total_row(items[-1], len(report["stations"]))]
            rows = [[(report_value(item, key), kind) for key, _text, kind in sheet.columns] for item in items]
            _fill(table, [label("report_column", key, text) for key, text, _kind in sheet.columns], rows,
                  bold_last=sheet.total_row)
        for table, sheet in zip((self.agents, self.staff, self.people_ranking), people):
            rows = [[(people_value(item, key), kind) for key, _text, kind in sheet.columns] for item in sheet.items]
            _fill(table, [people_header(key, text) for key, text, _kind in sheet.columns], rows)
        self.views.setCurrentIndex(0)

    def _show_station(self, report: dict) -> None:
        row, rank = report["station"], report["rank"]
        self.station_line.setText(self.tr("{0}（{1}）\n{2}").format(row["name"], row["station"], period_title(report["period"])))
        self.rank_title.setText(report["ranking_title"])
        self.rank_line.setText(rank_text(report))
        kinds = {key: kind for key, _text, kind in RANK_COLUMNS}
        self.station_scores.setText("\n".join(
            self.tr("{0}：{1}").format(label("report_column", key), display(rank.get(key), kinds[key]))
            for key in ("score", "volume_score", "on_time_pct", "avg_rating", "rating_score")))
        self.station_rule.setText(self.tr("评选规则：{0}").format(report["ranking_rule"]))
        _headers, lines = station_grid(report)
        headers = [self.tr("项目"), *(period_title(m["month"]) for m in report["months"]), whole_period(report["kind"])]
        table = self.station_table
        _fill(table, headers, [[(translate(text), "text")] + [(value, kind) for value in values]
                               for text, kind, values in lines])
        for r in range(table.rowCount()):  # the period's own figure, the one reported, in bold
            item = table.item(r, len(headers) - 1)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        for column in range(1, len(headers)):  # figures side by side at one width, easy to compare
            table.setColumnWidth(column, max(130, table.columnWidth(column)))
        # As wide as its columns, no wider: the numbers stay next to their labels.
        width = sum(table.columnWidth(c) for c in range(len(headers)))
        table.setMaximumWidth(width + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4)
        columns = STATION_AGENT_COLUMNS
        _fill(self.station_agents, [people_header(key, text, station=True) for key, text, _kind in columns],
              [[(people_value(item, key), kind) for key, _text, kind in columns] for item in report.get("agents", [])])
        self.views.setCurrentIndex(1)

    def _file_stem(self) -> str:
        if is_station(self.report):
            return self.tr("{0}报表-{1}").format(self.report["station"]["name"], self.report["period"])
        return self.tr("镇报表-{0}").format(self.report["period"])

    def print_report(self, target: str | Path | None = None) -> Path | None:
        """Print the report shown (town or station); with ``target``, save that PDF instead."""
        if not self.report:
            return None
        html, paper = printouts.report_html(self.report), printouts.paper_for(self.report)
        try:
            saved = save_pdf(html, Path(target), paper) if target else print_html(self, html, self._file_stem(), paper)
        except OSError as err:
            show_failure(self, err)
            return None
        if saved:
            self.ctx.say(self.tr("报表已保存为PDF：{0}").format(saved))
        return saved

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        if not self.report:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出报表"), f"{self._file_stem()}.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        try:  # the report is already built: writing it is quick and needs no database
            written = write_xlsx(self.report, Path(path))
        except OSError as err:
            show_failure(self, err)
            return None
        self.ctx.say(self.tr("报表已导出：{0}").format(written))
        return written

    def export_csv(self, folder: str | Path | None = None) -> list[Path]:
        if not self.report:
            return []
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存CSV的文件夹"))
            if not folder:
                return []
        try:
            written = write_csv(self.report, Path(folder))
        except OSError as err:
            show_failure(self, err)
            return []
        self.ctx.say(self.tr("已导出 {0} 个CSV文件到 {1}").format(len(written), folder))
        return written

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: one station's report."""
        from ...boot import wait_idle

        if self.scope.count() < 2:
            return {}
        first, year = self.period.itemData(0), self.period.itemData(self.period.count() - YEARS_BACK)

        def show_year(tab) -> None:  # the yearly assessment: the agents, the people's ranking
            self.set_period(year)
            wait_idle(self.db)
            self.tabs.setCurrentWidget(tab)

        def show_station() -> None:
            self.set_period(first)
            self.tabs.setCurrentIndex(0)
            self.set_station(self.scope.itemData(1))
            wait_idle(self.db)  # the picture is taken right after: let the report arrive

        return {f"{self.key}_year_agents": lambda: show_year(self.agents),
                f"{self.key}_year_people": lambda: show_year(self.people_ranking),
                f"{self.key}_station": show_station}
