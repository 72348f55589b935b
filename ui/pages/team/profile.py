"""本站信息: the station's phone and opening hours, which every notice to villagers quotes
(a parcel's pickup message, the service-day notice) and the duty log checks against."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from station_app import station_profile

from ...forms import Form
from ...ops import read, write
from ...widgets import hint, primary_button


class ProfileTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self._loaded = False
        column = QVBoxLayout(self)
        f = self.form = Form(self)
        self.phone = f.add("phone", self.tr("服务站电话"), QLineEdit(self))
        self.phone.setPlaceholderText(self.tr("如 0379-67901234"))
        self.hours = f.add("opening_hours", self.tr("开放时间"), QLineEdit(self))
        self.hours.setPlaceholderText(self.tr("如 08:30-12:00,14:30-17:30"))
        self.weekdays = f.add("open_weekdays", self.tr("开放日"), QLineEdit(self))
        self.weekdays.setPlaceholderText(self.tr("1到7的数字，1是星期一：如 123456"))
        f.setMaximumWidth(720)
        column.addWidget(f)
        self.shown = hint("", self)
        column.addWidget(self.shown)
        self.save_button = primary_button(self.tr("保存本站信息"), self)
        self.save_button.clicked.connect(self.save)
        column.addWidget(self.save_button)
        column.addWidget(hint(self.tr("取件短信、进驻服务告知单都写这个电话和开放时间；值班记录按开放时间看有没有人在岗。"), self))
        column.addStretch(1)
        self.db.watch(self, frozenset({"station_profiles"}), self.refresh)
        self.refresh()

    def ready(self) -> bool:
        return self._loaded

    def refresh(self, *_changes) -> None:
        read(self.db, station_profile.profile, self._show, self)

    def _show(self, shown: dict) -> None:
        self.phone.setText(shown["phone"])
        self.hours.setText(shown["opening_hours"])
        self.weekdays.setText(shown["open_weekdays"])
        self.shown.setText(self.tr("村民看到的：{0}，电话 {1}").format(shown["hours_text"], shown["phone"] or self.tr("未填")))
        self._loaded = True

    def save(self) -> None:
        agent, phone, hours, days = self.ctx.agent_id, self.phone.text(), self.hours.text(), self.weekdays.text()
        write(self.db, lambda store: station_profile.update_profile(store, agent, phone, hours, days), form=self.form,
              parent=self, on_done=lambda _: self.ctx.say(self.tr("本站信息已保存")))
