"""延期: an open case's deadline moved on by some working days, with the reason; the
villager is told (``case_followup.extend_deadline`` queues the message)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from station_app import case_followup

from ...dialogs.form_dialog import FormDialog


class ExtendDialog(FormDialog):
    def __init__(self, db, agent_id: str, case: dict, parent=None):
        super().__init__(db, self.tr("延期办结"), self.tr(
            "{0} {1}：现在的期限是 {2}。延期要写明原因，并会通知村民。").format(
                case["case_no"], case["villager_name"], case["deadline"]), self.tr("延期并通知村民"), parent)
        self.agent_id, self.case_id = agent_id, case["id"]
        self.workdays = QSpinBox(self)
        self.workdays.setRange(1, case_followup.MAX_EXTENSION_WORKDAYS)
        self.workdays.setValue(5)
        self.workdays.setSuffix(self.tr(" 个工作日"))
        self.form.add("workdays", self.tr("延长"), self.workdays)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("例如：县里审核材料要多等一周"))
        self.form.add("reason", self.tr("原因"), self.reason)
        self.reason.returnPressed.connect(self.submit)

    def work(self):
        agent, case_id, days, reason = self.agent_id, self.case_id, self.workdays.value(), self.reason.text()
        return lambda store: case_followup.extend_deadline(store, agent, case_id, days, reason)
