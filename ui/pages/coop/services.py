"""技术服务: field-management training sessions with the members who came, and members'
requests for help in the field (open ones are on Today until the visit is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from station_app import coop_lists, coop_services

from ...dates import station_today
from ...forms import Form
from ...models import Column, RecordModel
from ...ops import read, write
from ...widgets import ListPanel, primary_button
from .pickers import MemberPicker


class ServicesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        row = QHBoxLayout(self)
        row.addLayout(self._trainings(), 1)
        row.addLayout(self._requests(), 1)
        self.db.watch(self, frozenset({"coop_members", "villagers"}), self.load_members)
        self.load_members()

    def ready(self) -> bool:
        return not self.training_model.is_loading() and not self.request_model.is_loading()

    # -- training --------------------------------------------------------------------------
    def _trainings(self) -> QVBoxLayout:
        column = QVBoxLayout()
        f = self.training_form = Form(self)
        self.held_on = QDateEdit(QDate(station_today()), self)
        self.held_on.setCalendarPopup(True)
        f.add("held_on", self.tr("培训日期"), self.held_on)
        self.topic = f.add("topic", self.tr("培训内容"), QLineEdit(self))
        self.topic.setPlaceholderText(self.tr("例如：石榴冬季修剪"))
        self.trainer = f.add("trainer", self.tr("讲课人"), QLineEdit(self))
        self.place = f.add("place", self.tr("地点"), QLineEdit(self))
        self.place.setText(self.tr("村委会会议室"))
        self.attendees = QListWidget(self)
        self.attendees.setMaximumHeight(150)
        f.add("members", self.tr("参加的社员"), self.attendees)
        column.addWidget(f)
        self.train_button = primary_button(self.tr("记录培训"), self)
        self.train_button.clicked.connect(self.record_training)
        column.addWidget(self.train_button)
        columns = [Column(self.tr("日期"), lambda r: r["held_on"]), Column(self.tr("内容"), lambda r: r["topic"]),
                   Column(self.tr("讲课人"), lambda r: r["trainer"]),
                   Column(self.tr("人数"), lambda r: len(r["attendees"]))]
        self.training_model = RecordModel(self.db, columns, coop_lists.TRAININGS, parent=self)
        self.training_list = ListPanel(self.training_model, self.tr("搜索培训"), parent=self)
        column.addWidget(self.training_list, 1)
        self.training_list.apply_filters()
        return column

    def load_members(self, *_changes) -> None:
        read(self.db, lambda store: coop_lists.list_members(store), self._fill_members, self)

    def _fill_members(self, members: list[dict]) -> None:
        self.attendees.clear()
        for m in members:
            item = QListWidgetItem(m["name"], self.attendees)
            item.setData(Qt.UserRole, m["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)

    def _ticked(self) -> list[str]:
        return [self.attendees.item(i).data(Qt.UserRole) for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.Checked]

    def record_training(self) -> None:
        agent, ticked = self.ctx.agent_id, self._ticked()
        held, topic, trainer, place = self.held_on.date().toPython(), self.topic.text(), self.trainer.text(), self.place.text()
        write(self.db, lambda store: coop_services.record_training(store, agent, held, topic, trainer, place, ticked),
              form=self.training_form, parent=self, on_done=lambda _: self._trained(topic, len(ticked)))

    def _trained(self, topic: str, count: int) -> None:
        self.ctx.say(self.tr("已记录培训：{0}，{1} 人参加").format(topic, count))
        self.topic.clear()
        self._untick_all()

    def _untick_all(self) -> None:
        for i in range(self.attendees.count()):
            self.attendees.item(i).setCheckState(Qt.Unchecked)

    # -- help in the field --------------------------------------------------------------------
    def _requests(self) -> QVBoxLayout:
        column = QVBoxLayout()
        f = self.request_form = Form(self)
        self.asker = MemberPicker(self.db, self)
        f.add("member", self.tr("求助社员"), self.asker)
        self.problem = f.add("problem", self.tr("遇到的问题"), QLineEdit(self))
        self.plot = f.add("plot", self.tr("地块"), QLineEdit(self))
        column.addWidget(f)
        self.ask_button = QPushButton(self.tr("登记求助"), self)
        self.ask_button.clicked.connect(self.ask)
        column.addWidget(self.ask_button)
        columns = [Column(self.tr("提出"), lambda r: r["asked_on"]), Column(self.tr("社员"), lambda r: r["member_name"]),
                   Column(self.tr("问题"), lambda r: r["problem"]), Column(self.tr("到田"), lambda r: r["visited_on"] or "")]
        self.request_model = RecordModel(self.db, columns, coop_lists.REQUESTS, parent=self)
        self.request_list = ListPanel(self.request_model, self.tr("搜索求助"),
                                      chips={"open": self.tr("未到田"), "": self.tr("全部")}, chip_filter="open_only",
                                      parent=self)
        column.addWidget(self.request_list, 1)
        self.visit_form = Form(self)
        self.advice = self.visit_form.add("advice", self.tr("到田建议"), QLineEdit(self))
        column.addWidget(self.visit_form)
        self.visit_button = QPushButton(self.tr("记录到田指导（选中的求助）"), self)
        self.visit_button.clicked.connect(self.visit)
        column.addWidget(self.visit_button)
        self.request_list.apply_filters()
        return column

    def ask(self) -> None:
        agent, member, problem, plot = self.ctx.agent_id, self.asker.member_id(), self.problem.text(), self.plot.text()
        write(self.db, lambda store: coop_services.ask_for_help(store, agent, member, problem, plot),
              form=self.request_form, parent=self, on_done=lambda _: self._asked())

    def _asked(self) -> None:
        self.ctx.say(self.tr("已登记社员求助"))
        self.asker.clear()
        self.problem.clear()
        self.plot.clear()

    def visit(self) -> None:
        request, agent, advice = self.request_list.current(), self.ctx.agent_id, self.advice.text()
        if not request:
            self.ctx.say(self.tr("请先在列表里选中一条求助"))
            return
        write(self.db, lambda store: coop_services.record_visit(store, agent, request["id"], None, advice),
              form=self.visit_form, parent=self, on_done=lambda _: self.advice.clear())
