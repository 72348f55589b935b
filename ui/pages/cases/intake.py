"""Taking a new case (新建代办件): who, what for, which materials came; then the case
number large, the deadline and the one-time notice (一次性告知) to print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from station_app.catalogue import CatalogueItem, fee_text
from station_app.cases import open_case
from station_app.errors import DomainError

from ...forms import Form
from ...labels import label
from ...ops import show_failure, write
from ...printing import print_html
from ...printouts_cases import notice_html
from ...widgets import primary_button
from ..catalogue import catalogue_panel
from ..villagers.picker import VillagerPicker
from ...dates import cn_date


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold; font-size: 16pt;")
    return label


class IntakeView(QWidget):
    back = Signal()
    show_case = Signal(str)  # show this case's detail

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.item: CatalogueItem | None = None
        self.made: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self._build_form()
        self._build_result()

    # -- the form ---------------------------------------------------------------------
    def _build_form(self) -> None:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        self.left = Form(page)
        self.left.add_widget(heading(self.tr("1. 找到村民"), page))
        self.picker = VillagerPicker(self.db, page)
        self.left.add("villager", "", self.picker)
        self.left.add_widget(heading(self.tr("2. 选办理事项"), page))
        self.items = catalogue_panel(self.db, page, active_only=True)
        self.left.add("item_code", "", self.items)
        self.left.stretch("item_code")
        grid.addWidget(self.left, 0, 0)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("3. 勾选收到的材料"), page))
        self.item_label = QLabel(self.tr("先在左边选办理事项"), page)
        self.item_label.setWordWrap(True)
        right.addWidget(self.item_label)
        self.right = Form(page)
        self.materials = QListWidget(page)
        self.materials.setWordWrap(True)
        self.materials.setStyleSheet("QListWidget::indicator { width: 24px; height: 24px; }"
                                     " QListWidget::item { padding: 4px 0; }")
        self.right.add("materials_received", "", self.materials)
        self.right.stretch("materials_received")
        self.right.add_widget(QLabel(self.tr("备注"), page))
        self.note = self.right.add("note", "", QLineEdit(page))
        right.addWidget(self.right, 1)
        hint = QLabel(self.tr("勾选村民已经交来的材料；没勾的会写进一次性告知单。"), page)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        right.addWidget(hint)
        buttons = QHBoxLayout()
        self.save_button = primary_button(self.tr("保存代办件"), page)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("返回列表"), page)
        cancel.clicked.connect(self.back)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        right.addLayout(buttons)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        self.picker.picked.connect(lambda _: (self.left.clear_error("villager"), self.items.search.setFocus()))
        self.items.selected.connect(self._item_selected)
        self.items.activated.connect(lambda _: self.materials.setFocus())
        self.note.returnPressed.connect(self.save)
        self.stack.addWidget(page)

    def start(self) -> None:
        """A fresh form, focus on finding the villager."""
        self.left.clear_errors()
        self.right.clear_errors()
        self.picker.clear()
        self.items.search.clear()
        self.items.table.clearSelection()
        self.note.clear()
        self._show_item(None)
        self.stack.setCurrentIndex(0)
        self.picker.setFocus()

    def _item_selected(self, row: dict) -> None:
        self._show_item(row.get("item") if row else None)

    def _show_item(self, item: CatalogueItem | None) -> None:
        self.item = item
        self.materials.clear()
        self.left.clear_error("item_code")
        if item is None:
            self.item_label.setText(self.tr("先在左边选办理事项"))
            return
        self.item_label.setText(self.tr("{0} {1}\n{2}窗口 · 承诺{3}个工作日 · {4}").format(
            item.code, item.name, item.window, item.time_limit_days, fee_text(item)))
        for material in item.materials:
            mark = self.tr("【必需】") if material.required else self.tr("【容缺·可后补】")
            entry = QListWidgetItem(f"{mark}{material.name}（{label('material_form', material.form)}）", self.materials)
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Unchecked)
            entry.setData(Qt.UserRole, material.name)
        if not item.materials:
            QListWidgetItem(self.tr("这个事项不需要材料"), self.materials)

    def received(self) -> list[str]:
        names = []
        for row in range(self.materials.count()):
            entry = self.materials.item(row)
            if entry.data(Qt.UserRole) and entry.checkState() == Qt.Checked:
                names.append(entry.data(Qt.UserRole))
        return names

    def tick(self, name: str, checked: bool = True) -> None:
        for row in range(self.materials.count()):
            entry = self.materials.item(row)
            if entry.data(Qt.UserRole) == name:
                entry.setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def save(self) -> None:
        self.left.clear_errors()
        self.right.clear_errors()
        if self.picker.villager is None:
            self.left.errors["villager"].show_text(self.tr("请先找到并选中村民"))
            self.picker.setFocus()
            return
        if self.item is None:
            self.left.errors["item_code"].show_text(self.tr("请选一个办理事项"))
            self.items.search.setFocus()
            return
        agent, villager, code, received, note = (self.ctx.agent_id, self.picker.villager, self.item.code,
                                                 self.received(), self.note.text())
        write(self.db, lambda store: open_case(store, agent, villager.id, code, received, note), parent=self,
              on_done=lambda made: self._saved({**made, "villager": villager.name}), on_error=self._failed)

    def _failed(self, err: Exception) -> None:
        if isinstance(err, DomainError):
            (self.left if err.field in self.left.errors else self.right).show_error(err)
        else:
            show_failure(self, err)

    # -- the result -------------------------------------------------------------------
    def _build_result(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel(page)
        self.done_label.setObjectName("confirm")
        box.addWidget(self.done_label)
        self.case_no = QLabel(page)
        self.case_no.setObjectName("bigCode")
        self.case_no.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.addWidget(self.case_no)
        self.deadline = QLabel(page)
        self.deadline.setObjectName("bigMoney")
        box.addWidget(self.deadline)
        caption = QLabel(self.tr("一次性告知（请打印交给村民）"), page)
        box.addWidget(caption)
        self.notice = QPlainTextEdit(page)
        self.notice.setReadOnly(True)
        box.addWidget(self.notice, 1)
        buttons = QHBoxLayout()
        self.print_button = primary_button(self.tr("打印告知单"), page)
        self.print_button.clicked.connect(self.print_notice)
        show = self.show_button = QPushButton(self.tr("查看这件代办"), page)
        show.clicked.connect(lambda: self.show_case.emit(self.made.get("id", "")))
        again = QPushButton(self.tr("再办一件"), page)
        again.clicked.connect(self.start)
        back = QPushButton(self.tr("返回列表"), page)
        back.clicked.connect(self.back)
        for button in (self.print_button, show, again, back):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.stack.addWidget(page)

    def _saved(self, made: dict) -> None:
        self.made = made
        self.done_label.setText(self.tr("✓ 已登记代办件：{0}，{1}").format(made["villager"], self.item.name))
        self.case_no.setText(made["case_no"])
        self.deadline.setText(self.tr("办结期限：{0}").format(cn_date(made["deadline"])))
        self.notice.setPlainText(made["notice"])
        self.stack.setCurrentIndex(1)
        self.print_button.setFocus()
        self.ctx.say(self.tr("已登记代办件 {0}，期限 {1}").format(made["case_no"], cn_date(made["deadline"])))

    def notice_html(self) -> str:
        return notice_html(self.made.get("notice", ""), self.ctx.station.name, self.ctx.station.phone)

    def print_notice(self) -> None:
        if self.made:
            print_html(self, self.notice_html(), self.tr("告知单-{0}").format(self.made["case_no"]), "a4")
