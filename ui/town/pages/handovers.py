"""交接单 (town side): the files stations carried to the town, sheet by sheet, the ones not
signed for first; the chosen sheet's cases and pieces, and signing for it when the files
are counted (the receipt goes back to the station at its next sync)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from sync.town import handovers

from ...dates import cn_date
from ...fitting import fit_columns, fitted
from ...forms import Form
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, hint, list_and_side, primary_button


class HandoversPage(Page):
    key = "handovers"

    def title(self) -> str:
        return self.tr("交接单")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.sheet: dict | None = None
        columns = [
            # The station's code starts every sheet number and has a column of its own.
            Column(self.tr("交接单号"), lambda r: r["sheet_no"].removeprefix(f"{r['station_code']}-")),
            Column(self.tr("服务站"), lambda r: r["station"]),
            Column(self.tr("日期"), lambda r: cn_date(r["carried_on"])),
            Column(self.tr("送件人"), lambda r: r["carried_by"]),
            right(self.tr("件数"), lambda r: r["cases"]),
            right(self.tr("份数"), lambda r: r["pieces"]),
            Column(self.tr("签收"), lambda r: r["received_text"]),
        ]
        self.model = RecordModel(self.db, columns, handovers.SHEETS, parent=self)
        self.list = ListPanel(self.model, self.tr("搜索：站号、站名或交接单号"),
                              chips={"waiting": self.tr("未签收"), "": self.tr("全部")}, chip_filter="waiting",
                              parent=self)
        self.list.selected.connect(self.choose)
        side = QWidget(self)
        column = QVBoxLayout(side)
        self.items = QTableWidget(0, 4, side)
        self.items.setHorizontalHeaderLabels([self.tr("代办编号"), self.tr("村民"), self.tr("材料"), self.tr("份数")])
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QTableWidget.NoEditTriggers)
        self.items.horizontalHeader().setStretchLastSection(True)
        fitted(self.items)  # never scrolls sideways: long material lists are elided
        column.addWidget(self.items, 1)
        self.form = Form(side)
        self.remarks = self.form.add("remarks", self.tr("备注"), QLineEdit(side))
        self.remarks.setPlaceholderText(self.tr("例如：少一份户口簿复印件"))
        column.addWidget(self.form)
        self.receive_button = primary_button(self.tr("材料点齐，签收"), side)
        self.receive_button.clicked.connect(self.receive)
        column.addWidget(self.receive_button)
        column.addWidget(hint(self.tr("签收以当前登录的工作人员署名，回执在该站下次同步时送达。"), side))
        self.layout_.addWidget(list_and_side(self.list, side, self, side_width=420), 1)
        self.list.apply_filters()

    def ready(self) -> bool:
        return not self.model.is_loading()

    def choose(self, sheet: dict) -> None:
        self.sheet = sheet or None
        self.receive_button.setEnabled(bool(sheet) and not sheet.get("received_by"))
        if not sheet:
            self.items.setRowCount(0)
            return
        sheet_id = sheet["id"]
        read(self.db, lambda store: handovers.sheet_items(store, sheet_id), self._show_items, self)

    def _show_items(self, items: list[dict]) -> None:
        self.items.setRowCount(len(items))
        for n, item in enumerate(items):
            for column, value in enumerate((item["case_no"] or "", item["villager_name"] or "",
                                            "、".join(item["materials"]), str(item["pieces"]))):
                self.items.setItem(n, column, QTableWidgetItem(value))
        fit_columns(self.items)

    def receive(self) -> None:
        if not self.sheet:
            self.ctx.say(self.tr("请先在列表里选中一张交接单"))
            return
        sheet_no, staff, remarks = self.sheet["sheet_no"], self.ctx.agent_name, self.remarks.text()
        write(self.db, lambda store: handovers.receive(store, sheet_no, staff, remarks), form=self.form, parent=self,
              on_done=lambda _: self._received(sheet_no))

    def _received(self, sheet_no: str) -> None:
        self.remarks.clear()
        self.receive_button.setEnabled(False)
        self.ctx.say(self.tr("已签收交接单 {0}，回执在该站下次同步时送达").format(sheet_no))
