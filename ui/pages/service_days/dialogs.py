"""Recording a sign-up's outcome on the day: done, materials missing, sent on to the town
hall, or did not come; who of the town staff served them, a note, and whether the
application goes on as a full-agency case (opened with the materials already noted)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from ...dialogs.form_dialog import FormDialog
from ...forms import combo
from ...labels import labels


class OutcomeDialog(FormDialog):
    def __init__(self, db, signup: dict, staff: list[str], action: Callable, parent=None):
        what = self.tr("{0}（{1}）：{2}").format(signup["villager_name"], signup["village_group"] or "",
                                               signup["item_name"] or signup["item_code"])
        super().__init__(db, self.tr("记录办理结果"), what, self.tr("确认"), parent)
        self.action = action
        self.outcome = self.form.add("outcome", self.tr("办理结果"), combo(labels("signup_outcome"), self))
        self.served_by = QComboBox(self)
        self.served_by.setEditable(True)
        self.served_by.addItems(staff)
        self.form.add("served_by", self.tr("镇里办理人"), self.served_by)
        self.note = self.form.add("note", self.tr("说明"), QLineEdit(self))
        self.note.setPlaceholderText(self.tr("例如：还缺户口簿，下周补交"))
        self.as_case = QCheckBox(self.tr("转为代办件（由本站带到镇里继续办）"), self)
        self.form.add_widget(self.as_case)

    def work(self) -> Callable:
        outcome, served_by, note = self.outcome.currentData(), self.served_by.currentText(), self.note.text()
        as_case, action = self.as_case.isChecked(), self.action
        return lambda store: action(store, outcome=outcome, served_by=served_by, note=note, open_as_case=as_case)
