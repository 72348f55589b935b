"""Reception and appointments (接待预约): log a walk-in or a call in a few keystrokes, the
day's log beside it; book extended-hours appointments (延时预约) and mark them done,
no-show or cancelled."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QTabWidget, QTimeEdit,
                               QVBoxLayout, QWidget)

from station_app.agents import list_agents
from station_app.reception import APPOINTMENTS, RECEPTIONS, book_appointment, close_appointment, log_reception
from station_app.timeutil import LOCAL_TZ, format_local, from_iso, to_iso, utc_now
from station_app.validation import mobile

from ..forms import Form, combo
from ..labels import label, labels
from ..models import Column, RecordModel
from ..ops import read, write
from ..fitting import SideBySide
from ..widgets import ListPanel, primary_button
from .base import Page
from .villagers.picker import VillagerPicker



def two_parts(tab: QWidget) -> tuple[SideBySide, QVBoxLayout]:
    """A tab's form on the left and its list beside it (or below, on a narrow screen):
    the splitter, and the form's column to fill."""
    outer = QVBoxLayout(tab)
    row = SideBySide(tab)
    outer.addWidget(row)
    left_part = QWidget(row)
    left = QVBoxLayout(left_part)
    left.setContentsMargins(0, 0, 0, 0)
    row.addWidget(left_part)
    row.setStretchFactor(0, 2)
    return row, left


def today() -> date:
    return utc_now().astimezone(LOCAL_TZ).date()


def when_text(iso: str) -> str:
    moment = from_iso(iso).astimezone(LOCAL_TZ)
    weekday = QCoreApplication.translate("ReceptionPage", "一二三四五六日")[moment.weekday()]
    return QCoreApplication.translate("ReceptionPage", "{0}月{1}日 周{2} {3}").format(
        moment.month, moment.day, weekday, f"{moment:%H:%M}")


class ReceptionPage(Page):
    key = "reception"

    def title(self) -> str:
        return self.tr("接待预约")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)
        self._build_reception()
        self._build_appointments()
        self._loaded = False
        self.log.loaded.connect(lambda: setattr(self, "_loaded", True))
        ctx.agent_changed.connect(self._default_agent)
        read(self.db, lambda store: list_agents(store), self._fill_agents, self)
        self.log_list.apply_filters()
        self.appointment_list.apply_filters()

    # -- the reception log ---------------------------------------------------------
    def _build_reception(self) -> None:
        tab = QWidget(self)
        row, left = two_parts(tab)
        f = self.form = Form(tab)
        self.channel = f.add("channel", self.tr("方式"), combo(labels("visit_channel"), tab))
        self.visitor = VillagerPicker(self.db, tab, self.tr("姓名，或手机尾号找村民"), free_text=True, rows=4)
        f.add("visitor_name", self.tr("来访人"), self.visitor, aliases=("villager",))
        self.village_group = f.add("village_group", self.tr("村民组"), QLineEdit(tab))
        self.phone = f.add("phone", self.tr("手机号"), QLineEdit(tab))
        self.matter = f.add("matter", self.tr("事由"), QLineEdit(tab))
        self.matter.setPlaceholderText(self.tr("例如：问养老金认证"))
        self.outcome = f.add("outcome", self.tr("办理结果"), combo(labels("visit_outcome"), tab))
        self.first_agent = f.add("first_agent_id", self.tr("首问代办员"), QComboBox(tab), aliases=("agent",))
        f.live_check("phone", lambda text: mobile(text, "phone"), as_typed=False)
        self.visitor.edit.textEdited.connect(lambda _: f.clear_error("visitor_name"))
        self.visitor.picked.connect(self._visitor_picked)
        left.addWidget(f)
        self.log_button = primary_button(self.tr("登记"), tab)
        self.log_button.clicked.connect(self.log_visit)
        for edit in (self.village_group, self.phone, self.matter):
            edit.returnPressed.connect(self.log_visit)
        left.addWidget(self.log_button)
        left.addStretch(1)
        columns = [
            Column(self.tr("时间"), lambda r: format_local(r["at"])[-5:]),
            Column(self.tr("方式"), lambda r: label("visit_channel", r["channel"])),
            Column(self.tr("来访人"), lambda r: r["visitor_name"]),
            Column(self.tr("村民组"), lambda r: r["village_group"] or ""),
            Column(self.tr("结果"), lambda r: label("visit_outcome", r["outcome"])),
            Column(self.tr("首问"), lambda r: r["first_agent_name"] or ""),
            Column(self.tr("事由"), lambda r: r["matter"]),
        ]
        self.log = RecordModel(self.db, columns, RECEPTIONS, parent=self, sync_state=True)
        self.log_list = ListPanel(self.log, self.tr("搜索今天的接待：姓名、事由或手机号"), parent=tab)
        self.log_list.extra_filters = lambda: {"day": today()}
        row.addWidget(self.log_list)
        row.setStretchFactor(1, 3)
        self.tabs.addTab(tab, self.tr("接待登记"))

    def _fill_agents(self, agents) -> None:
        self.first_agent.clear()
        for agent in agents:
            self.first_agent.addItem(agent.name, agent.id)
        self._default_agent()

    def _default_agent(self) -> None:
        index = self.first_agent.findData(self.ctx.agent_id)
        if index >= 0:
            self.first_agent.setCurrentIndex(index)

    def _visitor_picked(self, villager) -> None:
        if villager.village_group and not self.village_group.text():
            self.village_group.setText(villager.village_group)
        if villager.phone and not self.phone.text():
            self.phone.setText(villager.phone)
        self.matter.setFocus()

    def log_visit(self) -> None:
        agent = self.ctx.agent_id
        villager = self.visitor.villager
        name, matter = self.visitor.text(), self.matter.text()
        values = dict(channel=self.form.value("channel"), outcome=self.form.value("outcome"),
                      villager_id=villager.id if villager else None, village_group=self.village_group.text(),
                      phone=self.phone.text(), first_agent_id=self.first_agent.currentData())
        write(self.db, lambda store: log_reception(store, agent, name, matter, **values),
              form=self.form, parent=self, on_done=lambda _: self._logged(name, matter))

    def _logged(self, name: str, matter: str) -> None:
        self.ctx.say(self.tr("已登记接待：{0}，{1}").format(name, matter))
        self.visitor.clear()
        for edit in (self.village_group, self.phone, self.matter):
            edit.clear()
        self.outcome.setCurrentIndex(0)
        self._default_agent()
        self.visitor.setFocus()

    # -- appointments -----------------------------------------------------------------
    def _build_appointments(self) -> None:
        tab = QWidget(self)
        row, left = two_parts(tab)
        f = self.booking = Form(tab)
        self.booker = VillagerPicker(self.db, tab, self.tr("姓名，或手机尾号找村民"), free_text=True, rows=4)
        f.add("name", self.tr("预约人"), self.booker, aliases=("villager",))
        self.booking_phone = f.add("phone", self.tr("手机号"), QLineEdit(tab))
        self.day = f.add("scheduled_at", self.tr("日期"), QDateEdit(tab))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(self.tr("yyyy年M月d日"))
        self.hour = f.add("time", self.tr("时间"), QTimeEdit(tab))
        self.hour.setDisplayFormat("HH:mm")
        self.purpose = f.add("purpose", self.tr("预约事项"), QLineEdit(tab))
        self.purpose.setPlaceholderText(self.tr("例如：下班后来办社保卡"))
        self.booking_note = f.add("note", self.tr("备注"), QLineEdit(tab))
        f.live_check("phone", lambda text: mobile(text, "phone"), as_typed=False)
        self.booker.edit.textEdited.connect(lambda _: f.clear_error("name"))
        self.booker.picked.connect(lambda v: (self.booking_phone.setText(v.phone or self.booking_phone.text()),
                                              self.purpose.setFocus()))
        left.addWidget(f)
        self.book_button = QPushButton(self.tr("预约"), tab)
        self.book_button.setObjectName("primary")
        self.book_button.clicked.connect(self.book)
        for edit in (self.booking_phone, self.purpose, self.booking_note):
            edit.returnPressed.connect(self.book)
        left.addWidget(self.book_button)
        left.addStretch(1)
        right_part = QWidget(tab)
        right = QVBoxLayout(right_part)
        right.setContentsMargins(0, 0, 0, 0)
        columns = [
            Column(self.tr("预约时间"), lambda r: when_text(r["scheduled_at"])),
            Column(self.tr("预约人"), lambda r: r["name"]),
            Column(self.tr("手机号"), lambda r: r["phone"] or ""),
            Column(self.tr("状态"), self._status_text),
            Column(self.tr("事项"), lambda r: r["purpose"]),
        ]
        self.appointments = RecordModel(self.db, columns, APPOINTMENTS, parent=self)
        chips = {"upcoming": self.tr("待办"), "today": self.tr("今天"), "all": self.tr("全部")}
        self.appointment_list = ListPanel(self.appointments, self.tr("搜索：姓名、事项或手机号"), chips,
                                          chip_filter="when", parent=tab)
        right.addWidget(self.appointment_list, 1)
        buttons = QHBoxLayout()
        self.close_buttons: dict[str, QPushButton] = {}
        for status, text in (("done", self.tr("✓ 已办")), ("no_show", self.tr("未到")), ("cancelled", self.tr("取消预约"))):
            button = QPushButton(text, tab)
            button.clicked.connect(lambda _=False, s=status: self.close_selected(s))
            buttons.addWidget(button)
            self.close_buttons[status] = button
        buttons.addStretch(1)
        right.addLayout(buttons)
        row.addWidget(right_part)
        row.setStretchFactor(1, 3)
        self.appointment_list.selected.connect(self._appointment_selected)
        self._appointment_selected({})
        self._reset_booking_time()
        self.tabs.addTab(tab, self.tr("延时预约"))

    def _status_text(self, row: dict) -> str:
        text = label("appointment_status", row["status"])
        if row["status"] == "scheduled" and row["scheduled_at"] < to_iso(utc_now()):
            text += self.tr("（⚠ 已过预约时间）")
        return text

    def _reset_booking_time(self) -> None:
        now = datetime.now(LOCAL_TZ)
        self.day.setMinimumDate(QDate(now.year, now.month, now.day))
        self.day.setDate(QDate(now.year, now.month, now.day))
        self.hour.setTime(QTime(min(now.hour + 1, 23), 0))

    def scheduled_at(self) -> datetime:
        d, t = self.day.date(), self.hour.time()
        return datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), LOCAL_TZ)

    def book(self) -> None:
        agent, villager, when = self.ctx.agent_id, self.booker.villager, self.scheduled_at()
        name, purpose, phone, note = self.booker.text(), self.purpose.text(), self.booking_phone.text(), self.booking_note.text()
        write(self.db, lambda store: book_appointment(store, agent, name, when, purpose, phone=phone,
                                                      villager_id=villager.id if villager else None, note=note),
              form=self.booking, parent=self, on_done=lambda _: self._booked(name, when))

    def _booked(self, name: str, when: datetime) -> None:
        self.ctx.say(self.tr("已预约：{0}，{1}").format(name, when_text(when.isoformat())))
        self.booker.clear()
        for edit in (self.booking_phone, self.purpose, self.booking_note):
            edit.clear()
        self.booker.setFocus()

    def _appointment_selected(self, row: dict) -> None:
        open_ = bool(row) and row.get("status") == "scheduled"
        for button in self.close_buttons.values():
            button.setEnabled(open_)

    def close_selected(self, status: str) -> None:
        row = self.appointment_list.current()
        if not row:
            return
        agent = self.ctx.agent_id
        write(self.db, lambda store: close_appointment(store, agent, row["id"], status), parent=self,
              on_done=lambda _: self.ctx.say(self.tr("预约“{0}”已标记为：{1}").format(row["name"], label("appointment_status", status))))

    def activated(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.visitor.setFocus()
        else:
            self.booker.setFocus()

    def ready(self) -> bool:
        return self._loaded and self.db.idle()

