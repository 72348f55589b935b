"""交接单: the files carried to the town in one trip. The cases sent to town and on no sheet
yet are listed, each ticked with its pieces of paper; the sheet is made and printed for
both sides to sign, and the sheets made before show whether the town has signed for them
(its receipt comes back by sync)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from station_app import handover

from ...dates import cn_date
from ...forms import Form
from ...ops import read, write
from ...printing import print_html
from ...widgets import hint, primary_button
from .handover_print import sheet_html


class HandOverDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.cases: list[dict] = []
        self.sheets: list[dict] = []
        self.made: dict | None = None
        self.setWindowTitle(self.tr("交接单"))
        self.resize(1000, 640)
        column = QVBoxLayout(self)
        heading = QLabel(self.tr("带到镇里的代办件"), self)
        heading.setObjectName("pageTitle")
        column.addWidget(heading)
        column.addWidget(hint(self.tr("已送镇里、还没上过交接单的代办件。勾上这趟带去的，写上每件几份材料。"), self))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("代办编号"), self.tr("村民"), self.tr("办理事项"), self.tr("份数")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        column.addWidget(self.table, 2)
        self.form = Form(self)
        self.note = self.form.add("note", self.tr("备注"), QLineEdit(self))
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.make_button = primary_button(self.tr("生成交接单并打印"), self)
        self.make_button.clicked.connect(self.make)
        close = QPushButton(self.tr("关闭（Esc）"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        row.addStretch(1)
        row.addWidget(self.make_button)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("以前的交接单"), self))
        self.past = QListWidget(self)
        self.past.itemDoubleClicked.connect(lambda _: self.reprint())
        column.addWidget(self.past, 1)
        self.reprint_button = QPushButton(self.tr("重新打印选中的交接单"), self)
        self.reprint_button.clicked.connect(self.reprint)
        column.addWidget(self.reprint_button, 0, Qt.AlignLeft)
        self.db.watch(self, frozenset({"cases", "handover_sheets", "handover_receipts"}), self.refresh)
        self.refresh()

    def refresh(self, *_changes) -> None:
        read(self.db, lambda store: {"cases": handover.to_carry(store), "sheets": handover.sheets(store)},
             self._show, self)

    def _show(self, got: dict) -> None:
        self.cases, self.sheets = got["cases"], got["sheets"]
        self.table.setRowCount(len(self.cases))
        for n, case in enumerate(self.cases):
            first = QTableWidgetItem(case["case_no"])
            first.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            first.setCheckState(Qt.Checked)
            self.table.setItem(n, 0, first)
            self.table.setItem(n, 1, QTableWidgetItem(case["villager_name"]))
            self.table.setItem(n, 2, QTableWidgetItem(case["item_name"]))
            pieces = QSpinBox(self.table)
            pieces.setRange(0, handover.MAX_PIECES)
            pieces.setValue(case["pieces"])
            self.table.setCellWidget(n, 3, pieces)
        self.table.resizeColumnsToContents()
        self.past.clear()
        for sheet in self.sheets:
            self.past.addItem(self.tr("{0}　{1}　{2} 件 {3} 份　{4}").format(
                sheet["sheet_no"], cn_date(sheet["carried_on"]), sheet["cases"], sheet["pieces"], sheet["received_text"]))
        if not self.cases:
            self.make_button.setEnabled(False)
            self.make_button.setText(self.tr("没有要带去的代办件"))
        else:
            self.make_button.setEnabled(True)
            self.make_button.setText(self.tr("生成交接单并打印"))

    def chosen(self) -> dict[str, int]:
        return {case["id"]: self.table.cellWidget(n, 3).value() for n, case in enumerate(self.cases)
                if self.table.item(n, 0).checkState() == Qt.Checked}

    def make(self) -> None:
        pieces, note, agent = self.chosen(), self.note.text(), self.ctx.agent_id
        write(self.db, lambda store: handover.make_sheet(store, agent, pieces, note), form=self.form,
              parent=self, on_done=self._made)

    def _made(self, sheet: dict) -> None:
        self.made = sheet
        self.note.clear()
        self.ctx.say(self.tr("交接单 {0} 已生成：{1} 件 {2} 份").format(sheet["sheet_no"], sheet["cases"], sheet["pieces"]))
        print_html(self, sheet_html(sheet), self.tr("交接单{0}").format(sheet["sheet_no"]))

    def reprint(self) -> None:
        row = self.past.currentRow()
        if 0 <= row < len(self.sheets):
            sheet = self.sheets[row]
            print_html(self, sheet_html(sheet), self.tr("交接单{0}").format(sheet["sheet_no"]))
