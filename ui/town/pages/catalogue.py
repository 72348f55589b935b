"""服务目录与通知: the town edits a catalogue item (name, window, its six publics,
committed time limit, fee, active/paused, materials) or makes a new one, and publishes it;
notices (``notices.py``) and the working-day calendar (``workdays.py``) sit in the other
tabs. Everything published reaches the stations on their next sync.

An item's code is its record id and cases refer to it, so it is typed once for a new item
and shown read-only afterwards. The checks are the core's (``town_data.catalogue_fields``).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from station_app.catalogue import CATALOGUE, FORMS, get_item, item_row, windows
from sync.town.writes import publish_catalogue_item

from ...forms import Form
from ...labels import labels
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, primary_button
from .notices import NoticeEditor
from .town_sms import TownSmsPanel
from .workdays import CalendarEditor

BLANK = {"code": "", "name": "", "window": "", "serves": None, "basis": None, "procedure": None,
         "time_limit_days": 5, "materials": [], "fee_fen": 0, "fee_note": None, "active": True, "version": 1}


class TownCataloguePage(Page):
    key = "catalogue"

    def title(self) -> str:
        return self.tr("服务目录与通知")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.current: dict = {}  # the item in the editor; {"new": True, ...} while making one
        self.last_published: dict = {}
        columns = [
            Column(self.tr("编号"), lambda r: r["code"]),
            Column(self.tr("状态"), lambda r: self.tr("在办") if r["active"] else self.tr("⏸ 暂停")),
            right(self.tr("时限"), lambda r: self.tr("{0} 工作日").format(r["time_limit_days"])),
            Column(self.tr("事项"), lambda r: r["name"]),  # last: a long name is what gets cut
        ]

        self.model = RecordModel(self.db, columns, CATALOGUE, counted=False, parent=self)
        self.list = ListPanel(self.model, self.tr("按编号、名称或窗口找"), parent=self)
        self.model.loaded.connect(self._on_loaded)

        # Each tab has the full width: the catalogue's list belongs to its own tab only.
        items = QSplitter(Qt.Horizontal, self)
        items.addWidget(self.list)
        items.addWidget(self._item_editor())
        items.setSizes([500, 620])
        self.notices = NoticeEditor(ctx, self)
        self.calendar = CalendarEditor(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(items, self.tr("服务事项"))
        self.tabs.addTab(self.notices, self.tr("通知"))
        self.tabs.addTab(self.calendar, self.tr("工作日历"))
        self.sms = TownSmsPanel(ctx, self)
        self.tabs.addTab(self.sms, self.tr("镇中心短信"))
        self.layout_.addWidget(self.tabs, 1)
        # The tabs' parts, under the names the page has always offered (tests use them).
        n, c = self.notices, self.calendar
        self.notice_form, self.notice_title, self.notice_body = n.form, n.title_edit, n.body_edit
        self.notice_done, self.publish_notice = n.done_label, n.publish
        self.calendar_form, self.day, self.day_kind, self.day_name = c.form, c.day, c.day_kind, c.day_name
        self.days, self.publish_day = c.days, c.publish_day
        self.list.selected.connect(self.choose)
        self.choose({})
        self.list.apply_filters()
        self._load_windows()
        self.db.watch(self, {"catalogue_items"}, self._load_windows)

    def screenshot_variants(self) -> dict:
        """The other tabs and a new item, for ``station-app screenshots``."""
        def notices(some: bool) -> None:
            self.tabs.setCurrentIndex(1)
            (self.notices.some if some else self.notices.everyone).setChecked(True)

        def reads() -> None:  # who read the newest notice, and when
            from ...boot import wait_idle

            notices(False)
            if self.notices.model.rows:
                self.notices.select_notice(self.notices.model.rows[0]["id"])
                wait_idle(self.db)

        return {"catalogue_new_item": self.new_item, "catalogue_notices": lambda: notices(False),
                "catalogue_notices_some": lambda: notices(True), "catalogue_notice_reads": reads,
                "catalogue_calendar": lambda: self.tabs.setCurrentIndex(2),
                "catalogue_sms": lambda: self.tabs.setCurrentIndex(3)}

    @property
    def last_notice(self) -> str:
        return self.notices.last_notice

    @property
    def last_day(self) -> str:
        return self.calendar.last_day

    # -- the item editor ------------------------------------------------------------------
    def _item_editor(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        box = QWidget(scroll)
        column = QVBoxLayout(box)
        top = QHBoxLayout()
        self.chosen = QLabel(box)
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("font-weight: bold;")
        top.addWidget(self.chosen, 1)
        self.new_button = QPushButton(self.tr("＋ 新建事项"), box)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(self.tr("新建一个服务事项（Ctrl+N）"))
        self.new_button.clicked.connect(lambda: self.new_item())
        top.addWidget(self.new_button, 0, Qt.AlignTop)
        column.addLayout(top)
        self.form = Form(box)
        self.code = QLineEdit(box)
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("例如 MZ-08"))
        self.code.setStyleSheet("QLineEdit[readOnly=\"true\"] { background: #ecece8; color: #444444; }")
        self.name = QLineEdit(box)
        self.name.setMaxLength(60)
        self.window_box = QComboBox(box)  # the town's windows, or a new one typed in
        self.window_box.setEditable(True)
        self.window_box.setInsertPolicy(QComboBox.NoInsert)
        self.window_box.lineEdit().setPlaceholderText(self.tr("选一个窗口，或写一个新窗口"))
        self.serves = QLineEdit(box)
        self.procedure = QPlainTextEdit(box)
        self.procedure.setFixedHeight(70)
        self.basis = QPlainTextEdit(box)
        self.basis.setFixedHeight(70)
        self.time_limit = QSpinBox(box)
        self.time_limit.setRange(1, 365)
        self.time_limit.setSuffix(self.tr(" 个工作日"))
        self.fee = QDoubleSpinBox(box)
        self.fee.setRange(0, 100000)
        self.fee.setDecimals(2)
        self.fee.setSuffix(self.tr(" 元"))
        self.fee_note = QLineEdit(box)
        self.fee_note.setPlaceholderText(self.tr("例如 不收费"))
        self.active = QCheckBox(self.tr("在办（不勾选即暂停受理）"), box)
        self.form.add("code", self.tr("事项编号"), self.code)
        self.form.add("name", self.tr("事项名称"), self.name)
        self.form.add("window", self.tr("受理窗口"), self.window_box)
        self.form.add("serves", self.tr("服务对象"), self.serves)
        self.form.add("procedure", self.tr("办事程序"), self.procedure)
        self.form.add("basis", self.tr("政策依据"), self.basis)
        self.form.add("time_limit_days", self.tr("承诺时限"), self.time_limit)
        self.form.add("fee_fen", self.tr("收费标准"), self.fee)
        self.form.add("fee_note", self.tr("收费说明"), self.fee_note)
        self.form.add("active", self.tr("状态"), self.active)
        self.form.add("materials", self.tr("办事材料"), self._materials_table(box))
        rows = QHBoxLayout()
        self.add_material_button = QPushButton(self.tr("加一项材料"), box)
        self.add_material_button.clicked.connect(lambda: self.add_material("", FORMS[0], True))
        self.remove_material_button = QPushButton(self.tr("删去选中的材料"), box)
        self.remove_material_button.clicked.connect(self.remove_material)
        rows.addWidget(self.add_material_button)
        rows.addWidget(self.remove_material_button)
        rows.addStretch(1)
        holder = QWidget(box)
        holder.setLayout(rows)
        self.form.add_widget(holder)
        note = QLabel(self.tr("不勾选“必交”的材料可容缺受理，办结前补交。"), box)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.add_widget(note)
        column.addWidget(self.form)
        self.publish_button = primary_button(self.tr("发布这项事项"), box)
        self.publish_button.clicked.connect(lambda: self.publish_item())
        column.addWidget(self.publish_button)
        hint = QLabel(self.tr("发布后版本加一，各站下次同步时收到"), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addStretch(1)
        scroll.setWidget(box)
        return scroll

    def _materials_table(self, parent) -> QTableWidget:
        self.materials = QTableWidget(0, 3, parent)
        self.materials.setHorizontalHeaderLabels([self.tr("材料名称"), self.tr("原件/复印件"), self.tr("必交")])
        self.materials.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.materials.horizontalHeader().setSectionResizeMode(1, QHeaderView.Fixed)
        self.materials.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.materials.verticalHeader().hide()
        self.materials.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.materials.setMinimumHeight(180)
        return self.materials

    def add_material(self, name: str, form: str, required: bool) -> None:
        row = self.materials.rowCount()
        self.materials.insertRow(row)
        self.materials.setItem(row, 0, QTableWidgetItem(name))
        kind = QComboBox(self.materials)
        for value, word in labels("material_form").items():
            kind.addItem(word, value)
        kind.setCurrentIndex(max(0, kind.findData(form)))
        self.materials.setCellWidget(row, 1, kind)
        self.materials.setColumnWidth(1, max(self.materials.columnWidth(1), kind.sizeHint().width() + 8))
        must = QCheckBox(self.materials)  # the column's header says 必交
        must.setChecked(required)
        must.setToolTip(self.tr("不勾选：容缺，可先受理后补交"))
        self.materials.setCellWidget(row, 2, must)
        self.form.clear_error("materials")

    def remove_material(self) -> None:
        row = self.materials.currentRow()
        if row >= 0:
            self.materials.removeRow(row)

    def material_list(self) -> list[dict]:
        found = []
        for row in range(self.materials.rowCount()):
            cell = self.materials.item(row, 0)
            found.append({"name": (cell.text() if cell else "").strip(),
                          "form": self.materials.cellWidget(row, 1).currentData(),
                          "required": self.materials.cellWidget(row, 2).isChecked()})
        return found

    def _load_windows(self) -> None:
        read(self.db, lambda store: windows(store, active_only=False), self._show_windows, self)

    def _show_windows(self, names: list[str]) -> None:
        typed = self.window_box.currentText()
        self.window_box.blockSignals(True)  # a refresh is not an edit: keep its error and text
        self.window_box.clear()
        self.window_box.addItems(names)
        self.window_box.setCurrentText(typed)
        self.window_box.blockSignals(False)

    # -- choosing, making and publishing an item ---------------------------------------------
    def _on_loaded(self) -> None:
        self._loaded = True
        if self.current.get("new"):
            return  # a new item being typed stays as it is
        if not self.current and self.model.rows:  # show the first item rather than an empty form
            self.select_item(self.model.rows[0]["code"])
        elif self.current:  # keep unpublished edits unless the item itself changed
            fresh = next((r for r in self.model.rows if r["code"] == self.current["code"]), None)
            if fresh is not None and fresh["version"] != self.current["version"]:
                self.select_item(fresh["code"])
            elif fresh is not None:
                self.list.table.selectionModel().blockSignals(True)
                self.list.table.selectRow(self.model.rows.index(fresh))
                self.list.table.selectionModel().blockSignals(False)

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading() and self.notices.ready()

    def choose(self, row: dict) -> None:
        self.current = row or {}
        self.form.clear_errors()
        has = bool(self.current)
        for widget in (self.form, self.publish_button):
            widget.setEnabled(has)
        if not has:
            self.chosen.setText(self.tr("请在左边选一个事项，或新建事项"))
            return
        new = bool(row.get("new"))
        if new:
            self.chosen.setText(self.tr("新建事项：编号发布后不能再改，请核对"))
        else:
            self.chosen.setText(self.tr("{0} {1} · {2} · 第 {3} 版").format(
                row["code"], row["name"], row["window"], row["version"]))
        self.code.setReadOnly(not new)
        why = self.tr("编号是这个事项的记录号，各站的代办件按编号找它，所以发布后不能改。要换编号，请新建事项并暂停这一项。")
        self.code.setToolTip("" if new else why)
        self.code.style().unpolish(self.code)  # the read-only look follows the property
        self.code.style().polish(self.code)
        self.publish_button.setText(self.tr("发布新事项") if new else self.tr("发布这项事项"))
        self.code.setText(row["code"])
        self.name.setText(row["name"])
        self.window_box.setCurrentText(row["window"])
        self.serves.setText(row.get("serves") or "")
        self.procedure.setPlainText(row.get("procedure") or "")
        self.basis.setPlainText(row.get("basis") or "")
        self.time_limit.setValue(int(row["time_limit_days"]))
        self.fee.setValue(row["fee_fen"] / 100)
        self.fee_note.setText(row.get("fee_note") or "")
        self.active.setChecked(bool(row["active"]))
        self.materials.setRowCount(0)
        for material in row["materials"]:
            self.add_material(material["name"], material["form"], material["required"])

    def new_item(self) -> None:
        """An empty item to fill in; picking an item in the list leaves it unpublished."""
        selection = self.list.table.selectionModel()
        selection.blockSignals(True)
        self.list.table.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.NoUpdate)
        selection.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self.choose({**BLANK, "new": True})
        self.add_material("", FORMS[0], True)
        self.code.setFocus()

    def select_item(self, code: str) -> bool:
        row = self.list.select("code", code)
        if row is not None:
            self.choose(row)
        return row is not None

    def edited_item(self) -> dict:
        return {**self.current, "code": self.code.text().strip().upper(), "name": self.name.text().strip(),
                "window": self.window_box.currentText().strip(), "serves": self.serves.text().strip() or None,
                "procedure": self.procedure.toPlainText().strip() or None,
                "basis": self.basis.toPlainText().strip() or None,
                "time_limit_days": self.time_limit.value(), "fee_fen": round(self.fee.value() * 100),
                "fee_note": self.fee_note.text().strip() or None, "active": self.active.isChecked(),
                "materials": self.material_list()}

    def publish_item(self) -> None:
        if not self.current:
            return
        item, new = self.edited_item(), bool(self.current.get("new"))

        def done(row: dict) -> None:
            self.last_published = {"code": row["code"], "version": row["version"]}
            self.choose(row)  # the item as stored, no longer new; the list catches up on reload
            words = (self.tr("新事项 {0} {1} 已发布，各站下次同步时收到") if new
                     else self.tr("{0} {1} 已发布第 {2} 版，各站下次同步时收到"))
            words = words.format(row["code"], row["name"], row["version"])
            self.ctx.say(words)
            self.chosen.setText(words)

        write(self.db, lambda store: item_row(get_item(store, publish_catalogue_item(store, item, new=new))),
              form=self.form, on_done=done, parent=self)
