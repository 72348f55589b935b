"""值班与抽查: every station's duty log a week at a time (who was on duty when, the opening
hours no one covered), the town's unannounced spot checks set beside it, and recording a
check. The reading of the log and every rule of a check are the core's
(``sync.town.duty_log``, ``sync.town.spot_checks``); this page collects and shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from station_app.timeutil import LOCAL_TZ, format_local, from_iso, utc_now
from sync.hub.stations import list_stations
from sync.town.duty_log import monday_of, week_log
from sync.town.notices import short_name
from sync.town.people import station_people
from sync.town.spot_checks import record_check

from ...dates import station_today
from ...forms import Form
from ...labels import label
from ...ops import read, write
from ...pages.base import Page
from ...widgets import hint, list_and_side, primary_button
from ..words import hours_words, listed, weekday_name

NOBODY = "nobody"  # the "found" combo's value for an empty post


class TownDutyPage(Page):
    key = "duty"

    def title(self) -> str:
        return self.tr("值班与抽查")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.week: dict = {}
        self.monday = monday_of(station_today())
        self.last_check = ""  # id of the check recorded last (tests read it)
        bar = QHBoxLayout()
        station_label = QLabel(self.tr("服务站"), self)
        bar.addWidget(station_label)
        self.station = QComboBox(self)
        self.station.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        station_label.setBuddy(self.station)
        bar.addWidget(self.station)
        bar.addSpacing(12)
        self.earlier = QPushButton(self.tr("‹ 上一周"), self)
        self.this_week = QPushButton(self.tr("本周"), self)
        self.later = QPushButton(self.tr("下一周 ›"), self)
        self.week_label = QLabel(self)
        for widget in (self.earlier, self.week_label, self.later, self.this_week):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.layout_.addWidget(self.summary)

        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.layout_.addWidget(list_and_side(self.table, self._check_form(), self, 330), 1)

        self.earlier.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.later.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_week(monday_of(station_today())))
        self.station.currentIndexChanged.connect(lambda _: self._station_changed())
        self.db.watch(self, {"hub_spot_checks", "duty_events", "station_profiles", "agents", "hub_stations"},
                      self.load)
        self.ctx.agent_changed.connect(self._fill_staff)
        read(self.db, list_stations, self._show_stations, self)

    # -- the week ---------------------------------------------------------------------
    def _check_form(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("记录一次抽查"), side)
        caption.setStyleSheet("font-weight: bold;")
        column.addWidget(caption)
        self.form = Form(side)
        self.checked_at = QDateTimeEdit(side)
        self.checked_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.checked_at.setCalendarPopup(True)
        self.staff = QLineEdit(side)
        self.staff.setMaxLength(20)
        self.found = QComboBox(side)
        self.remarks = QLineEdit(side)
        self.remarks.setPlaceholderText(self.tr("如：电话无人接，到站时门锁着"))
        self.form.add("checked_at", self.tr("抽查时间"), self.checked_at)
        self.form.add("staff", self.tr("抽查人"), self.staff)
        self.form.add("found", self.tr("在岗的人"), self.found)
        self.form.add("remarks", self.tr("情况说明"), self.remarks)
        column.addWidget(self.form)
        self.record_button = primary_button(self.tr("记录抽查"), side)
        self.record_button.clicked.connect(lambda: self.record())
        column.addWidget(self.record_button)
        self.outcome = QLabel(side)
        self.outcome.setWordWrap(True)
        column.addWidget(self.outcome)
        column.addWidget(hint(self.tr("抽查只记在镇中心，不发给服务站。和值班记录对照：站里的值班记录要等它下次同步才到。"),
                              side))
        column.addStretch(1)
        self.remarks.returnPressed.connect(lambda: self.record())
        self._fill_staff()
        self.activated()
        return side

    def _fill_staff(self) -> None:
        """The checker is, unless typed otherwise, the staff member logged in."""
        if not self.staff.text().strip() or self.staff.text() == self.staff.property("filled"):
            self.staff.setText(self.ctx.agent_name)
            self.staff.setProperty("filled", self.ctx.agent_name)

    def _show_stations(self, stations: list[dict]) -> None:
        chosen = self.station.currentData()
        self.station.blockSignals(True)
        self.station.clear()
        for station in stations:
            self.station.addItem(f"{short_name(station['name'])}（{station['code']}）", station["code"])
        self.station.setCurrentIndex(max(0, self.station.findData(chosen)))
        self.station.blockSignals(False)
        self._station_changed()

    def _station_changed(self) -> None:
        self.form.clear_errors()
        self.outcome.clear()
        self.load()

    def ready(self) -> bool:
        return bool(self.week) and self.week["station"] == self.station.currentData() \
            and self.week["monday"] == self.monday.isoformat()

    def activated(self) -> None:
        now = utc_now().astimezone(LOCAL_TZ)  # station time, whatever zone this PC is set to
        self.checked_at.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))

    def set_station(self, code: str) -> None:
        index = self.station.findData(code)
        if index < 0:
            raise KeyError(code)
        self.station.setCurrentIndex(index)

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.load()

    def load(self) -> None:
        code, monday = self.station.currentData(), self.monday
        self.week_label.setText(self.tr("{0} 至 {1}").format(monday.isoformat(), (monday + timedelta(days=6)).isoformat()))
        self.later.setEnabled(monday < monday_of(station_today()))
        if not code:
            return
        read(self.db, lambda store: (week_log(store, code, monday), station_people(store, code)), self._show, self)

    def _show(self, got: tuple[dict, dict]) -> None:
        week, people = got
        if week["station"] != self.station.currentData() or week["monday"] != self.monday.isoformat():
            return  # an answer for a week or station already replaced
        self.week = week
        found = self.found.currentData()
        self.found.clear()
        for agent in people["agents"]:
            post = label("post", agent["post"]) if agent["post"] else ""
            state = "" if agent["active"] else self.tr("（已离岗）")
            self.found.addItem(f"{agent['name']} {post}{state}".strip(), agent["id"])
        self.found.addItem(self.tr("无人在岗"), NOBODY)
        self.found.setCurrentIndex(max(0, self.found.findData(found)))
        shown = hours_words(week["opening_hours"], week["open_weekdays"])
        hours = shown if week["hours_set"] else self.tr("{0}（站里还没设置，按默认）").format(shown)
        known = self.tr("值班记录同步到 {0}").format(format_local(week["known_until"])) if week["known_until"] \
            else self.tr("这个站还没有同步过")
        self.summary.setText(self.tr("营业时间：{0}。本周有 {1} 天营业时间内无人值班，共 {2} 分钟；抽查 {3} 次，与值班记录不一致 {4} 次。{5}")
                             .format(hours, week["days_uncovered"], week["minutes_uncovered"], len(week["checks"]),
                                     week["disagreements"], known))
        self._fill(week["days"])

    def _fill(self, days: list[dict]) -> None:
        headers = [self.tr("日期"), self.tr("值班（谁、几点到几点）"), self.tr("无人值班的时段"), self.tr("抽查")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            cells = [f"{day['day'][5:]} {weekday_name(day['weekday'])}", self._spans(day), self._gaps(day),
                     "\n".join(self._check(c) for c in day["checks"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 250)
        self.table.setColumnWidth(2, max(190, self.table.horizontalHeader().sectionSizeHint(2)))
        self.table.resizeRowsToContents()

    def _spans(self, day: dict) -> str:
        if not day["known"]:
            return self.tr("还没同步到这一天")
        lines = []
        for span in day["spans"]:
            post = label("post", span["post"]) if span["post"] else ""
            lines.append(self.tr("{0}–{1} {2}{3}").format(span["from"], span["to"], span["agent_name"],
                                                         self.tr("（{0}）").format(post) if post else ""))
        if not lines:
            if not day["open"]:
                return self.tr("休息")
            return self.tr("没有上岗记录") if day["known_whole"] else self.tr("还没有上岗记录")
        return "\n".join(lines)

    def _gaps(self, day: dict) -> str:
        if not day["open"]:
            return self.tr("休息日")
        if not day["known"]:
            return ""
        if not day["gaps"]:  # a day the log reaches only in part: nothing to say yet
            return self.tr("✓ 全天有人") if day["known_whole"] else ""
        spans = listed(f"{g['from']}–{g['to']}" for g in day["gaps"])
        return "⚠ " + self.tr("{0}（共 {1} 分钟）").format(spans, day["minutes_uncovered"])

    def _check(self, check: dict) -> str:
        at = from_iso(check["checked_at"]).astimezone(LOCAL_TZ).strftime("%H:%M")
        found = check["found_name"] or self.tr("无人")
        logged = check["log_agent_name"] or self.tr("无人")
        verdict = label("check_verdict", check["verdict"])
        mark = "⚠ " if check["disagrees"] else ("✓ " if check["verdict"] == "agree" else "")
        return self.tr("{0}{1} 实际：{2}；记录：{3}（{4}，{5}）").format(mark, at, found, logged, verdict,
                                                                  check["staff_name"])

    # -- recording a check ------------------------------------------------------------------
    def record(self) -> None:
        code = self.station.currentData()
        if not code:
            return
        moment = self.checked_at.dateTime().toPython()
        at = datetime(moment.year, moment.month, moment.day, moment.hour, moment.minute, tzinfo=LOCAL_TZ)
        staff, found, remarks = self.staff.text(), self.found.currentData(), self.remarks.text()

        def done(check_id: str) -> None:
            self.last_check = check_id
            self.remarks.clear()
            self.show_week(at.date())
            words = self.tr("已记录 {0} 的抽查（{1}）").format(self.station.currentText(), at.strftime("%Y-%m-%d %H:%M"))
            self.outcome.setText(words)
            self.ctx.say(words)

        write(self.db, lambda store: record_check(store, code, at, staff, found, remarks), form=self.form,
              on_done=done, parent=self)

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: the week before, with its checks."""
        from ...boot import wait_idle

        def last_week() -> None:
            self.show_week(self.monday - timedelta(days=7))
            wait_idle(self.db)

        return {f"{self.key}_last_week": last_week}
