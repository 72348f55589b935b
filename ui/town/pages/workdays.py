"""工作日历: the town publishes the exceptions to Monday-Friday (a weekday off, a weekend
worked) with ``sync.town.writes.publish_calendar_day``; stations count committed time limits
by them after their next sync."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from sync.town.lists import calendar_exceptions
from sync.town.writes import publish_calendar_day

from ...forms import Form
from ...ops import read, write
from ...widgets import primary_button


class CalendarEditor(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.last_day = ""  # the day published last (tests read it)
        column = QVBoxLayout(self)
        self.form = Form(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day_kind = QComboBox(self)
        self.day_kind.addItem(self.tr("节假日（不上班）"), "holiday")
        self.day_kind.addItem(self.tr("调休上班"), "workday")
        self.day_name = QLineEdit(self)
        self.day_name.setPlaceholderText(self.tr("例如 春节"))
        self.form.add("day", self.tr("日期"), self.day)
        self.form.add("kind", self.tr("类型"), self.day_kind)
        self.form.add("name", self.tr("名称"), self.day_name)
        self.form.setMaximumWidth(720)  # a date and a name: a full-width row would only stretch them
        column.addWidget(self.form)
        self.day_button = primary_button(self.tr("发布这一天"), self)
        self.day_button.clicked.connect(lambda: self.publish_day())
        column.addWidget(self.day_button, 0, Qt.AlignLeft)
        hint = QLabel(self.tr("只记周一到周五以外的例外：放假的工作日、调休上班的周末。各站下次同步时收到，"
                              "承诺时限按新日历计算。"), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        caption = QLabel(self.tr("今天以后的例外日期"), self)
        caption.setStyleSheet("font-weight: bold;")
        column.addWidget(caption)
        self.days = QListWidget(self)
        column.addWidget(self.days, 1)
        self._load_days()
        self.db.watch(self, {"calendar_days"}, self._load_days)

    def _load_days(self) -> None:
        today = QDate.currentDate().toPython()
        read(self.db, lambda store: calendar_exceptions(store, today), self._show_days, self)

    def _show_days(self, days: list) -> None:
        self.days.clear()
        for day, kind, name in days:
            word = self.tr("放假") if kind == "holiday" else self.tr("调休上班")
            self.days.addItem(self.tr("{0}  {1}  {2}").format(day, word, name or ""))
        if not days:
            self.days.addItem(self.tr("今天以后还没有例外日期：周一到周五上班，周末休息。"))

    def publish_day(self) -> None:
        day = self.day.date().toString("yyyy-MM-dd")
        kind, name = self.day_kind.currentData(), self.day_name.text().strip() or None

        def done(_record_id: str) -> None:
            self.last_day = day
            words = self.tr("{0} 已发布为{1}").format(day, self.day_kind.currentText())
            self.ctx.say(words)
            self.day_name.clear()

        write(self.db, lambda store: publish_calendar_day(store, day, kind, name),
              form=self.form, on_done=done, parent=self)
