"""报表: the town's monthly or quarterly report, its ranking and rule, exported for Excel/WPS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget)

from station_app.timeutil import LOCAL_TZ, utc_now
from sync import town_exports, town_reports

from ...ops import read, show_failure
from ...pages.base import Page
from ...widgets import primary_button

MONTHS_BACK = 12
QUARTERS_BACK = 4


def period_choices(today=None) -> list[tuple[str, str]]:
    """(label, period) for the last months and quarters, newest first."""
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    choices = []
    y, m = today.year, today.month
    for _ in range(MONTHS_BACK):
        choices.append((f"{y}年{m}月", f"{y:04d}-{m:02d}"))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    y, q = today.year, (today.month - 1) // 3 + 1
    for _ in range(QUARTERS_BACK):
        choices.append((f"{y}年第{q}季度", f"{y:04d}-Q{q}"))
        y, q = (y - 1, 4) if q == 1 else (y, q - 1)
    return choices


def _fill(table: QTableWidget, headers: list[str], rows: list[list], align_numbers: bool = True) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = "" if value is None else (f"{value:,.2f}" if isinstance(value, float) else str(value))
            item = QTableWidgetItem(text)
            if align_numbers and isinstance(value, (int, float)):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _table(parent) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return table


class ReportsPage(Page):
    key = "reports"

    def title(self) -> str:
        return self.tr("报表")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.report: dict = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期"), self))
        self.period = QComboBox(self)
        for label, period in period_choices():
            self.period.addItem(label, period)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.xlsx_button = primary_button(self.tr("导出Excel (.xlsx)…"), self)
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        bar.addWidget(self.xlsx_button)
        self.csv_button = QPushButton(self.tr("导出CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        bar.addWidget(self.csv_button)
        self.layout_.addLayout(bar)
        self.tabs = QTabWidget(self)
        self.summary = _table(self)
        self.detail = _table(self)
        self.ranking = _table(self)
        self.tabs.addTab(self.summary, self.tr("全镇合计"))
        self.tabs.addTab(self.detail, self.tr("各站明细"))
        self.tabs.addTab(self.ranking, self.tr("服务标兵排名"))
        self.layout_.addWidget(self.tabs, 1)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("hint")
        self.layout_.addWidget(self.rule)
        self.period.currentIndexChanged.connect(lambda _: self.load())
        self.load()

    def ready(self) -> bool:
        return bool(self.report) and self.report["period"] == self.period.currentData()

    def set_period(self, period: str) -> None:
        index = self.period.findData(period)
        if index < 0:
            self.period.addItem(period, period)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)

    def load(self) -> None:
        period = self.period.currentData()
        self.xlsx_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        read(self.db, lambda store: town_reports.town_report(store, period), self._show, self)

    def _show(self, report: dict) -> None:
        if report["period"] != self.period.currentData():
            return  # an answer for a period already replaced
        self.report = report
        tables = town_exports.tables(report)
        summary_head, summary_rows = tables["汇总"]
        _fill(self.summary, [self.tr("项目"), self.tr("数值")], summary_rows, align_numbers=False)
        self.summary.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)  # long rules wrap
        self.summary.setWordWrap(True)
        self.summary.resizeRowsToContents()
        _fill(self.detail, *tables["各站明细"])
        _fill(self.ranking, *tables["服务标兵"])
        self.rule.setText(self.tr("{0}评选规则：{1}").format(report["ranking_title"], report["ranking_rule"]))
        self.xlsx_button.setEnabled(True)
        self.csv_button.setEnabled(True)

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        if not self.report:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出报表"), f"镇报表-{self.report['period']}.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        try:  # the report is already built: writing it is quick and needs no database
            written = town_exports.write_xlsx(self.report, Path(path))
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
            written = town_exports.write_csv(self.report, Path(folder))
        except OSError as err:
            show_failure(self, err)
            return []
        self.ctx.say(self.tr("已导出 {0} 个CSV文件到 {1}").format(len(written), folder))
        return written
