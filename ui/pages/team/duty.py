"""值班记录: the station's own duty log a week at a time, from logins, switches and locks:
who was on duty when, on which post, and the opening hours no one covered (the town sets
its unannounced checks beside the same log)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from station_app import duty

from ...dates import cn_date, station_today
from ...labels import label
from ...ops import read
from ...widgets import hint


class DutyTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self._loaded = False
        self.days: list[dict] = []
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.earlier = QPushButton(self.tr("◀ 上一周"), self)
        self.later = QPushButton(self.tr("下一周 ▶"), self)
        self.first = QDateEdit(self)
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("yyyy-MM-dd")
        today = station_today()
        self.first.setDate(QDate(today - timedelta(days=today.weekday())))
        caption = QLabel(self.tr("从"), self)
        caption.setBuddy(self.first)
        for widget in (self.earlier, caption, self.first, self.later):
            top.addWidget(widget)
        self.summary = QLabel(self)
        top.addWidget(self.summary, 1)
        column.addLayout(top)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("在岗"), self.tr("无人在岗（开放时间内）")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        column.addWidget(hint(self.tr("登录、换人、解锁算上岗；锁定、退出算离岗。离开柜台请锁定（右下角“锁定”）。"), self))
        self.earlier.clicked.connect(lambda: self.first.setDate(self.first.date().addDays(-7)))
        self.later.clicked.connect(lambda: self.first.setDate(self.first.date().addDays(7)))
        self.first.dateChanged.connect(self.refresh)
        self.db.watch(self, frozenset({"duty_events", "station_profiles"}), self.refresh)
        self.refresh()

    def ready(self) -> bool:
        return self._loaded

    def refresh(self, *_changes) -> None:
        first = self.first.date().toPython()
        read(self.db, lambda store: duty.week_log(store, first), self._show, self)

    def _show(self, days: list[dict]) -> None:
        self.days = days
        self.table.setRowCount(len(days))
        uncovered = 0
        for n, day in enumerate(days):
            spans = "\n".join(self.tr("{0}–{1} {2}{3}").format(
                s["from"], s["to"], s["agent_name"], self.tr("（{0}）").format(label("post", s["post"])) if s["post"] else "")
                for s in day["spans"])
            holes = "、".join(f"{g['from']}–{g['to']}" for g in day["gaps"])
            if not day["open"]:
                holes = self.tr("不开放")
            elif day["future"]:
                holes = ""
            uncovered += day["minutes_uncovered"]
            cells = [cn_date(day["day"]), spans or ("" if day["future"] else "—"),
                     holes or ("" if day["future"] else self.tr("全部有人"))]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                if column == 2 and day["gaps"]:
                    cell.setForeground(QColor("#b00020"))
                self.table.setItem(n, column, cell)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("这一周开放时间内无人在岗共 {0} 分钟").format(uncovered) if uncovered
                             else self.tr("这一周开放时间内都有人在岗"))
        self._loaded = True
