"""全镇概览: the stations at a glance and the town's monthly volume as a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QSplitter

from station_app.timeutil import format_local
from sync.town.lists import STATIONS, StationQuery
from sync.town.queries import monthly_series

from ...i18n import context
from ...labels import label
from ...models import Column, RecordModel, right
from ...ops import read
from ...pages.base import Page
from ...widgets import ListPanel
from ..words import age_words

CHART_MODULES = ("payments", "parcels_in", "parcels_sent", "cases_opened", "receptions")
CHART_MONTHS = 6


TownText = context("TownText")  # lupdate context of this module's strings


def _open_cases(row: dict) -> str:
    """The station's cases in the town's hands, by where they stand: waiting for the
    window to accept, accepted, back with the villager for missing materials."""
    open_ = row["cases_open"]
    return f"{open_['sent_to_town']} / {open_['accepted']} / {open_['needs_correction']}"


def _last_sync(row: dict) -> str:
    """How long ago, then when (Beijing time); ⚠ when too long for the town's liking."""
    words = age_words(row["age_days"])
    if row["last_seen_at"]:
        words = TownText.tr("{0}（{1}）").format(words, format_local(row["last_seen_at"])[5:])
    return "⚠ " + words if row["stale"] else words


class DashboardPage(Page):
    key = "dashboard"

    def title(self) -> str:
        return self.tr("全镇概览")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self._charted = False
        columns = [
            Column(self.tr("站号"), lambda r: r["code"]),
            Column(self.tr("服务站"), lambda r: r["name"]),
            Column(self.tr("最近同步"), _last_sync),
            Column(self.tr("方式"), lambda r: label("batch_via", r["last_batch_via"] or "", "")),
            right(self.tr("待上传"), lambda r: "" if r["waiting_ops"] is None else r["waiting_ops"]),
            right(self.tr("未处理问题"), lambda r: (f"⚠ {r['open_problems']}" if r["open_problems"] else "0")),
            right(self.tr("送镇/受理/补正"), _open_cases,
                  self.tr("在镇中心的代办件：等窗口受理 / 已受理 / 退回补正材料")),
            right(self.tr("超期代办件"), lambda r: (f"⚠ {r['cases_overdue']}" if r["cases_overdue"] else "0")),
        ]

        # Stations that have not synced for too long come first (⚠), then by code.
        self.model = RecordModel(self.db, columns, STATIONS, StationQuery(stale_first=True), counted=False,
                                 parent=self)
        chips = {"all": self.tr("全部"), "stale": self.tr("⚠ 太久未同步")}
        self.list = ListPanel(self.model, self.tr("按站号或站名查找"), chips=chips, parent=self)
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.list)
        self.chart_view = self._make_chart_view()
        split.addWidget(self.chart_view)
        split.setSizes([300, 400])
        self.layout_.addWidget(split, 1)
        self.model.reload()
        self.db.watch(self, None, self.load_chart)  # the charts are drawn from every record
        self.load_chart()

    def ready(self) -> bool:
        return self._loaded and self._charted and not self.model.is_loading()

    def _make_chart_view(self):
        """Three charts on tabs: the town month by month, the stations side by side this
        month, and the cases overdue at each month's end."""
        from PySide6.QtCharts import QChart, QChartView
        from PySide6.QtWidgets import QTabWidget

        tabs = QTabWidget(self)
        tabs.setMinimumHeight(260)
        self.chart_tabs = tabs
        self.chart, self.stations_chart, self.overdue_chart = QChart(), QChart(), QChart()
        titles = (self.tr("每月办理量"), self.tr("各站本月对比"), self.tr("超期趋势"))
        for chart, title in zip((self.chart, self.stations_chart, self.overdue_chart), titles):
            chart.legend().setAlignment(Qt.AlignBottom)
            view = QChartView(chart, tabs)
            view.setRenderHint(QPainter.Antialiasing)
            tabs.addTab(view, title)
        self.chart.setTitle(self.tr("全镇每月办理量（近{0}个月）").format(CHART_MONTHS))
        self.overdue_chart.setTitle(self.tr("全镇月末超期未办结的代办件"))
        self.overdue_chart.legend().hide()
        return tabs

    def load_chart(self) -> None:
        read(self.db, lambda store: monthly_series(store, CHART_MONTHS), self._show_chart, self)

    @staticmethod
    def _reset(chart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _axes(self, chart, categories: list[str], top: float, horizontal: bool = False):
        from PySide6.QtCharts import QBarCategoryAxis, QValueAxis

        categories_axis = QBarCategoryAxis()
        categories_axis.append(categories)
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        values_axis.setRange(0, max(10, top * 1.1))
        values_axis.applyNiceNumbers()
        # The counts beside the chart were cut to "…" at the window's 15pt: they are short,
        # so a smaller font and never cut. 28 stations side by side get smaller names too.
        small = QFont(values_axis.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.75))
        values_axis.setLabelsFont(small)
        values_axis.setTruncateLabels(False)
        if len(categories) > 12:
            categories_axis.setLabelsFont(small)
            categories_axis.setTruncateLabels(False)
        chart.addAxis(categories_axis, Qt.AlignLeft if horizontal else Qt.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignBottom if horizontal else Qt.AlignLeft)
        return categories_axis, values_axis

    def _show_chart(self, series: dict) -> None:
        from PySide6.QtCharts import QBarSet, QStackedBarSeries, QLineSeries

        months = series["months"]  # "2026-11": short enough never to be cut off
        # The town, month by month.
        self._reset(self.chart)
        top = max([v for key in CHART_MODULES for v in series["modules"][key]["town"]] + [0])
        x_axis, y_axis = self._axes(self.chart, list(months), top)
        for key in CHART_MODULES:
            module = series["modules"][key]
            line = QLineSeries()
            line.setName(label("series", key, module["label"]))
            line.setPointsVisible(True)
            for index, value in enumerate(module["town"]):
                line.append(index, value)
            self.chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        # The stations side by side, this month: one bar each, a part per module.
        self._reset(self.stations_chart)
        self.stations_chart.setTitle(self.tr("各站 {0} 办理量").format(months[-1]))
        codes = sorted(series["modules"][CHART_MODULES[0]]["by_station"])
        bars = QStackedBarSeries()
        totals = [0] * len(codes)
        for key in CHART_MODULES:
            module = series["modules"][key]
            part = QBarSet(label("series", key, module["label"]))
            for index, code in enumerate(codes):
                value = module["by_station"].get(code, [0])[-1]
                part.append(value)
                totals[index] += value
            bars.append(part)
        self.stations_chart.addSeries(bars)
        short = [(series["names"].get(code) or code).replace("便民服务站", "").removesuffix("村") for code in codes]
        names_axis, count_axis = self._axes(self.stations_chart, short, max(totals + [0]))
        bars.attachAxis(names_axis)
        bars.attachAxis(count_axis)
        # Cases overdue at each month's end.
        self._reset(self.overdue_chart)
        overdue = series["overdue_cases"]["town"]
        x_axis, y_axis = self._axes(self.overdue_chart, list(months), max(overdue + [0]))
        line = QLineSeries()
        line.setName(self.tr("超期未办结"))
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        for index, value in enumerate(overdue):
            line.append(index, value)
        self.overdue_chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
        self.series = series
        self._charted = True

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: each chart tab."""
        return {f"{self.key}_{name}": (lambda i=index: self.chart_tabs.setCurrentIndex(i))
                for index, name in ((1, "stations"), (2, "overdue"))}
