"""进驻服务 (town side): plan a service day at some stations (date, hours, items from the
catalogue, the staff who go), see every day with its sign-ups and outcomes station by
station as the stations sync them, and call a day off. A plan reaches its stations at
their next sync."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from station_app.catalogue import list_items
from sync.hub.stations import list_stations
from sync.town import service_days
from sync.town.lists import SERVICE_DAYS
from sync.town.notices import short_name

from ...dates import cn_date, station_today
from ...forms import Form
from ...labels import label
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, TickList, hint, primary_button


class TownServiceDaysPage(Page):
    key = "service_days"

    def title(self) -> str:
        return self.tr("进驻服务")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._choices_loaded = False
        row = QHBoxLayout()
        self.layout_.addLayout(row, 1)
        row.addWidget(self._planner(), 2)
        row.addSpacing(12)
        row.addLayout(self._days(), 3)
        self.db.watch(self, frozenset({"hub_stations", "catalogue_items"}), self._load_choices)
        self._load_choices()

    # -- planning ---------------------------------------------------------------------------
    def _planner(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        f = self.form = Form(box)
        self.day = QDateEdit(QDate(station_today()).addDays(7), box)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        f.add("day", self.tr("日期"), self.day)
        hours = QWidget(box)
        line = QHBoxLayout(hours)
        line.setContentsMargins(0, 0, 0, 0)
        self.starts, self.ends = QLineEdit("09:00", hours), QLineEdit("11:30", hours)
        for edit in (self.starts, self.ends):
            edit.setMaximumWidth(90)
        line.addWidget(self.starts)
        line.addWidget(QLabel("–", hours))
        line.addWidget(self.ends)
        line.addStretch(1)
        f.add("starts", self.tr("时间"), hours, aliases=("ends",))
        self.stations = TickList(box, rows=3)
        f.add("stations", self.tr("服务站"), self.stations)
        self.items = TickList(box, rows=5, flow=False)
        f.add("items", self.tr("办理事项"), self.items)
        self.staff = f.add("staff", self.tr("工作人员"), QLineEdit(box))
        self.staff.setPlaceholderText(self.tr("例如：孙丽、王海涛"))
        self.note = f.add("note", self.tr("备注"), QLineEdit(box))
        self.note.setPlaceholderText(self.tr("例如：请村民带老花镜"))
        column.addWidget(f)
        self.plan_button = primary_button(self.tr("安排服务日"), box)
        self.plan_button.clicked.connect(self.plan)
        column.addWidget(self.plan_button)
        column.addWidget(hint(self.tr("安排好的服务日在各站下次同步时出现，站里给村民报名并告知要带的材料。"), box))
        column.addStretch(1)
        return box

    def _load_choices(self, *_changes) -> None:
        read(self.db, lambda store: {"stations": list_stations(store, working_only=True),
                                     "items": list_items(store, active_only=True)}, self._show_choices, self)

    def _show_choices(self, choices: dict) -> None:
        self.stations.fill([(s["code"], short_name(s["name"])) for s in choices["stations"]])
        self.items.fill([(i.code, f"{i.name}（{i.code}）") for i in choices["items"]])
        self._choices_loaded = True

    def plan(self) -> None:
        day, starts, ends = self.day.date().toPython(), self.starts.text(), self.ends.text()
        stations, items, staff, note = self.stations.ticked(), self.items.ticked(), self.staff.text(), self.note.text()
        write(self.db, lambda store: service_days.plan_day(store, day, stations, items, staff, starts, ends, note),
              form=self.form, parent=self, on_done=lambda _: self._planned(day, len(stations)))

    def _planned(self, day, count: int) -> None:
        self.ctx.say(self.tr("已安排 {0} 的进驻服务，{1} 个站下次同步时收到").format(cn_date(day), count))
        self.stations.untick_all()
        self.items.untick_all()
        self.note.clear()

    # -- the days ---------------------------------------------------------------------------
    def _days(self) -> QVBoxLayout:
        column = QVBoxLayout()
        columns = [
            Column(self.tr("日期"), lambda r: f"{r['day']} {r['starts']}–{r['ends']}"),
            Column(self.tr("服务站"), lambda r: "、".join(r["station_names"])),
            right(self.tr("报名"), lambda r: r["signed_up"]),
            right(self.tr("办好"), lambda r: r["done"]),
            Column(self.tr("状态"), lambda r: label("day_status", r["status"])),
            Column(self.tr("事项"), lambda r: "、".join(r["item_names"])),
        ]
        self.model = RecordModel(self.db, columns, SERVICE_DAYS, parent=self)
        self.list = ListPanel(self.model, self.tr("搜索：服务站、事项或工作人员"),
                              chips={"coming": self.tr("今后的"), "": self.tr("全部")}, chip_filter="since",
                              parent=self)
        self.list.extra_filters = self._since
        self.list.selected.connect(self.show_report)
        self.model.loaded.connect(self._first_shown)
        column.addWidget(self.list, 3)
        self.report_title = QLabel(self)
        self.report_title.setObjectName("sectionTitle")
        self.report_title.setWordWrap(True)
        column.addWidget(self.report_title)
        self.outcomes = {"done": self.tr("办好"), "materials_missing": self.tr("材料不全"),
                         "referred": self.tr("转镇里"), "no_show": self.tr("没来")}  # short: a column each
        self.report = QTableWidget(0, 3 + len(self.outcomes), self)
        self.report.setHorizontalHeaderLabels([self.tr("服务站"), self.tr("报名"), self.tr("待记录"),
                                               *self.outcomes.values()])
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QTableWidget.NoEditTriggers)
        column.addWidget(self.report, 2)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("取消这一天…"), self)
        self.cancel_button.setObjectName("danger")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.list.apply_filters()
        return column

    def _since(self) -> dict:
        """The 今后的 chip is a date, worked out when the list is asked for."""
        chip = self.list.chips.checkedButton()
        coming = chip is not None and chip.property("code") == "coming"
        return {"since": station_today() if coming else None}

    def _first_shown(self) -> None:
        """The nearest day's figures show without a click."""
        if self.list.current() is None and self.model.rows:
            self.list.table.selectRow(0)

    def show_report(self, day: dict) -> None:
        if not day:
            self.report_title.setText("")
            self.report.setRowCount(0)
            return
        day_id = day["id"]
        read(self.db, lambda store: service_days.day_report(store, day_id), self._show_report, self)

    def _show_report(self, report: dict) -> None:
        day = report["day"]
        items = "；".join(self.tr("{0} {1} 人").format(i["item_name"], i["signed_up"]) for i in report["items"].values())
        self.report_title.setText(self.tr("{0}　工作人员：{1}\n{2}").format(
            cn_date(day["day"]), "、".join(day["staff"]), items or self.tr("还没有村民报名")))
        keys = ["signed_up", "pending", *self.outcomes]
        lines = [[figures["name"], *(figures[k] for k in keys)] for figures in report["stations"].values()]
        lines.append([self.tr("合计"), *(sum(f[k] for f in report["stations"].values()) for k in keys)])
        self.report.setRowCount(len(lines))
        for n, values in enumerate(lines):
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if column:
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.report.setItem(n, column, cell)
        self.report.resizeColumnsToContents()

    def cancel(self) -> None:
        day = self.list.current()
        if not day:
            self.ctx.say(self.tr("请先在列表里选中一个服务日"))
            return
        reason = self.ask_reason(day)
        if reason is None:
            return
        write(self.db, lambda store: service_days.cancel_day(store, day["id"], reason), parent=self,
              on_done=lambda _: self.ctx.say(self.tr("已取消 {0} 的进驻服务，各站下次同步时收到").format(day["day"])))

    def ask_reason(self, day: dict) -> str | None:
        """Why the day is called off (the stations tell their villagers); None: kept."""
        text, ok = QInputDialog.getText(self, self.tr("取消服务日"), self.tr("取消 {0} 的进驻服务。原因（各站会看到）：").format(
            cn_date(day["day"])))
        return text if ok else None

    def ready(self) -> bool:
        return self._choices_loaded and not self.model.is_loading()

    def activated(self) -> None:
        self.staff.setFocus()
