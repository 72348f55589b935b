"""Agency cases (代办): the list by status group, a new case, one case's detail. Three
views in one page; Esc goes back to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QStackedWidget, QWidget

from station_app.cases import CASES

from ...labels import label
from ...models import Column, RecordModel
from ...fitting import fit_to_screen
from ...widgets import ListPanel, primary_button
from ..base import Page
from ...dates import cn_date
from .common import urgency_text
from .detail import CaseDetailView
from .handover import HandOverDialog
from .intake import IntakeView


class CasesPage(Page):
    key = "cases"

    def title(self) -> str:
        return self.tr("代办")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.stack = QStackedWidget(self)
        self.layout_.addWidget(self.stack, 1)
        self._build_list()
        self.intake = IntakeView(ctx, self)
        self.detail = CaseDetailView(ctx, self)
        for view in (self.intake, self.detail):
            self.stack.addWidget(view)
            view.back.connect(self.show_list)
        self.intake.show_case.connect(self.show_case)
        QShortcut(QKeySequence("Esc"), self, activated=self.show_list, context=Qt.WidgetWithChildrenShortcut)
        self._loaded = False
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))
        self.list.apply_filters()

    def _build_list(self) -> None:
        view = QWidget(self)
        columns = [
            Column(self.tr("代办编号"), lambda r: r["case_no"]),
            Column(self.tr("村民"), lambda r: r["villager_name"]),
            Column(self.tr("状态"), lambda r: label("case_status", r["status"])),
            Column(self.tr("办结期限"), lambda r: cn_date(r["deadline"])),
            Column(self.tr("紧急程度"), urgency_text),
            Column(self.tr("收件日期"), lambda r: cn_date(r["received_at"])),
            Column(self.tr("办理事项"), lambda r: r["item_name"] or r["item_code"]),
        ]
        self.model = RecordModel(self.db, columns, CASES, parent=self, sync_state=True)
        chips = {"open": self.tr("未完结"), "due": self.tr("⚠ 临近或超期"), "done": self.tr("已完结"),
                 "all": self.tr("全部")}
        self.list = ListPanel(self.model, self.tr("搜索：编号、姓名、手机尾号或事项"), chips, chip_filter="group", parent=view)
        self.new_button = primary_button(self.tr("新建代办件"), view)
        self.new_button.clicked.connect(self.new_case)
        self.handover_button = QPushButton(self.tr("交接单…"), view)
        self.handover_button.setToolTip(self.tr("这趟带到镇里的材料：列表、打印、双方签字"))
        self.handover_button.clicked.connect(self.open_handover)
        self.list.add_actions(self.new_button, self.handover_button)
        self.list.table.horizontalHeader().setSectionResizeMode(len(columns) - 1, QHeaderView.Stretch)
        wrapper = QHBoxLayout(view)
        wrapper.setContentsMargins(0, 0, 0, 0)
        wrapper.addWidget(self.list)
        self.list.activated.connect(lambda row: self.show_case(row["id"]))
        self.stack.addWidget(view)
        self.list_view = view

    def open_handover(self) -> None:
        self.handover = HandOverDialog(self.ctx, self)
        self.handover.open()

    def new_case(self) -> None:
        self.stack.setCurrentWidget(self.intake)
        self.title_label.setText(self.tr("代办 · 新建代办件"))
        self.intake.start()

    def show_case(self, case_id: str) -> None:
        if not case_id:
            return
        self.stack.setCurrentWidget(self.detail)
        self.title_label.setText(self.tr("代办 · 办理详情"))
        self.detail.show_case(case_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.title_label.setText(self.title())
        self.list.search.setFocus()

    def activated(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.list.search.setFocus()

    def ready(self) -> bool:
        return self._loaded and self.db.idle()

    def screenshot_dialogs(self) -> dict:
        """A new-case form with an item chosen, and the detail of the newest open case."""
        intake = IntakeView(self.ctx)
        fit_to_screen(intake, 1136, 700)
        intake.start()
        intake.items.model.loaded.connect(lambda: intake.items.table.selectRow(2))
        shots = {"cases_new": intake}
        if self.model.rows:
            detail = CaseDetailView(self.ctx)
            fit_to_screen(detail, 1136, 700)
            detail.show_case(self.model.rows[0]["id"])
            shots["cases_detail"] = detail
        return shots
