"""服务目录与通知: the town edits a catalogue item (its six publics, committed time limit,
fee, active/paused, materials) and publishes it, or publishes a notice; both reach every
station on its next sync (``hub_changes.publish_catalogue_item`` / ``publish_notice``).

The working-day calendar's exceptions (holidays, make-up workdays) are published with
``publish_calendar_day``. Notices for only some stations are not here: ``publish_notice``
always addresses every station.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from station_app.catalogue import FORMS, list_items
from station_app.errors import ValidationError
from sync import hub_changes

from ...forms import Form
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, primary_button


def _item_row(item) -> dict:
    return {"code": item.code, "name": item.name, "window": item.window, "serves": item.serves,
            "basis": item.basis, "procedure": item.procedure, "time_limit_days": item.time_limit_days,
            "materials": [{"name": m.name, "form": m.form, "required": m.required} for m in item.materials],
            "fee_fen": item.fee_fen, "fee_note": item.fee_note, "active": item.active, "version": item.version}


def _publish(store, item: dict) -> dict:
    """Check what the form cannot, then publish; returns the item's new version."""
    if not item["materials"]:
        raise ValidationError("no_materials", "至少要列一项办事材料", "materials")
    for index, material in enumerate(item["materials"], 1):
        if not material["name"]:
            raise ValidationError("material_name", f"第 {index} 项材料没有写名称", "materials")
    record_id = hub_changes.publish_catalogue_item(store, item)
    row = store.get("catalogue_items", record_id)
    return {"code": row["code"], "version": row["item_version"]}


class TownCataloguePage(Page):
    key = "catalogue"

    def title(self) -> str:
        return self.tr("服务目录与通知")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.current: dict = {}
        self.last_published: dict = {}
        self.last_notice = ""
        self.last_day = ""
        columns = [
            Column(self.tr("编号"), lambda r: r["code"]),
            Column(self.tr("状态"), lambda r: self.tr("在办") if r["active"] else self.tr("⏸ 暂停")),
            right(self.tr("时限"), lambda r: self.tr("{0} 工作日").format(r["time_limit_days"])),
            Column(self.tr("事项"), lambda r: r["name"]),  # last: a long name is what gets cut
        ]

        def fetch(store, filters, limit, offset):
            rows = [_item_row(i) for i in list_items(store, active_only=False, search=filters.get("search"))]
            return rows[offset:offset + limit] if limit else rows[offset:]

        self.model = RecordModel(self.db, columns, fetch, parent=self)
        self.list = ListPanel(self.model, self.tr("按编号、名称或窗口找"), parent=self)
        self.model.loaded.connect(self._on_loaded)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._item_editor(), self.tr("编辑事项"))
        self.tabs.addTab(self._notice_editor(), self.tr("发布通知"))
        self.tabs.addTab(self._calendar_editor(), self.tr("工作日历"))

        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.tabs)
        split.setSizes([540, 660])
        self.layout_.addWidget(split, 1)
        self.list.selected.connect(self.choose)
        self.choose({})
        self.list.apply_filters()

    # -- the item editor ------------------------------------------------------------------
    def _item_editor(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        box = QWidget(scroll)
        column = QVBoxLayout(box)
        self.chosen = QLabel(box)
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("font-weight: bold;")
        column.addWidget(self.chosen)
        self.form = Form(box)
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
        self.form.add("serves", self.tr("服务对象"), self.serves)
        self.form.add("procedure", self.tr("办事程序"), self.procedure)
        self.form.add("basis", self.tr("政策依据"), self.basis)
        self.form.add("time_limit_days", self.tr("承诺时限"), self.time_limit)
        self.form.add("fee_fen", self.tr("收费标准"), self.fee)
        self.form.add("fee_note", self.tr("收费说明"), self.fee_note)
        self.form.add("active", self.tr("状态"), self.active)
        self.materials = QTableWidget(0, 3, box)
        self.materials.setHorizontalHeaderLabels([self.tr("材料名称"), self.tr("原件/复印件"), self.tr("必交")])
        self.materials.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.materials.horizontalHeader().setSectionResizeMode(1, QHeaderView.Fixed)
        self.materials.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.materials.verticalHeader().hide()
        self.materials.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.materials.setMinimumHeight(180)
        self.form.add("materials", self.tr("办事材料"), self.materials)
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

    def add_material(self, name: str, form: str, required: bool) -> None:
        row = self.materials.rowCount()
        self.materials.insertRow(row)
        self.materials.setItem(row, 0, QTableWidgetItem(name))
        kind = QComboBox(self.materials)
        for value in FORMS:
            kind.addItem(self.tr(value), value)
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

    def _on_loaded(self) -> None:
        self._loaded = True
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
        return self._loaded and not self.model.is_loading()

    def choose(self, row: dict) -> None:
        self.current = row or {}
        self.form.clear_errors()
        has = bool(self.current)
        for widget in (self.form, self.publish_button):
            widget.setEnabled(has)
        if not has:
            self.chosen.setText(self.tr("请在左边选一个事项"))
            return
        self.chosen.setText(self.tr("{0} {1} · {2} · 第 {3} 版").format(
            row["code"], row["name"], row["window"], row["version"]))
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

    def select_item(self, code: str) -> bool:
        for index, row in enumerate(self.model.rows):
            if row["code"] == code:
                self.list.table.selectRow(index)
                self.choose(row)
                return True
        return False

    def edited_item(self) -> dict:
        row = self.current
        return {**row, "serves": self.serves.text().strip() or None,
                "procedure": self.procedure.toPlainText().strip() or None,
                "basis": self.basis.toPlainText().strip() or None,
                "time_limit_days": self.time_limit.value(), "fee_fen": round(self.fee.value() * 100),
                "fee_note": self.fee_note.text().strip() or None, "active": self.active.isChecked(),
                "materials": self.material_list()}

    def publish_item(self) -> None:
        if not self.current:
            return
        item = self.edited_item()

        def done(result: dict) -> None:
            self.last_published = result
            words = self.tr("{0} 已发布第 {1} 版，各站下次同步时收到").format(result["code"], result["version"])
            self.ctx.say(words)
            self.chosen.setText(words)

        write(self.db, lambda store: _publish(store, item), form=self.form, on_done=done, parent=self)

    # -- notices --------------------------------------------------------------------------
    def _notice_editor(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        self.notice_form = Form(box)
        self.notice_title = QLineEdit(box)
        self.notice_title.setMaxLength(60)
        self.notice_body = QPlainTextEdit(box)
        self.notice_form.add("title", self.tr("标题"), self.notice_title)
        self.notice_form.add("body", self.tr("内容"), self.notice_body)
        column.addWidget(self.notice_form, 1)
        self.notice_button = primary_button(self.tr("发布通知"), box)
        self.notice_button.clicked.connect(lambda: self.publish_notice())
        column.addWidget(self.notice_button)
        self.notice_done = QLabel(box)
        self.notice_done.setWordWrap(True)
        column.addWidget(self.notice_done)
        hint = QLabel(self.tr("通知发给所有服务站，各站下次同步时收到"), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        return box

    def publish_notice(self) -> None:
        title, body = self.notice_title.text(), self.notice_body.toPlainText()

        def done(notice_id: str) -> None:
            self.last_notice = notice_id
            words = self.tr("通知“{0}”已发布").format(title.strip())
            self.notice_done.setText(words)
            self.ctx.say(words)
            self.notice_title.clear()
            self.notice_body.clear()

        write(self.db, lambda store: hub_changes.publish_notice(store, title, body),
              form=self.notice_form, on_done=done, parent=self)

    # -- the working-day calendar ---------------------------------------------------------
    def _calendar_editor(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        self.calendar_form = Form(box)
        self.day = QDateEdit(QDate.currentDate(), box)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day_kind = QComboBox(box)
        self.day_kind.addItem(self.tr("节假日（不上班）"), "holiday")
        self.day_kind.addItem(self.tr("调休上班"), "workday")
        self.day_name = QLineEdit(box)
        self.day_name.setPlaceholderText(self.tr("例如 春节"))
        self.calendar_form.add("day", self.tr("日期"), self.day)
        self.calendar_form.add("kind", self.tr("类型"), self.day_kind)
        self.calendar_form.add("name", self.tr("名称"), self.day_name)
        column.addWidget(self.calendar_form)
        self.day_button = primary_button(self.tr("发布这一天"), box)
        self.day_button.clicked.connect(lambda: self.publish_day())
        column.addWidget(self.day_button)
        hint = QLabel(self.tr("只记周一到周五以外的例外：放假的工作日、调休上班的周末。各站下次同步时收到，"
                              "承诺时限按新日历计算。"), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        caption = QLabel(self.tr("今天以后的例外日期"), box)
        caption.setStyleSheet("font-weight: bold;")
        column.addWidget(caption)
        self.days = QListWidget(box)
        column.addWidget(self.days, 1)
        self._load_days()
        self.db.changed.connect(self._load_days)
        return box

    def _load_days(self) -> None:
        today = QDate.currentDate().toString("yyyy-MM-dd")
        read(self.db, lambda store: [tuple(r) for r in store.all(
            "SELECT day, kind, name FROM calendar_days WHERE day >= ? ORDER BY day", (today,))],
            self._show_days, self)

    def _show_days(self, days: list) -> None:
        self.days.clear()
        for day, kind, name in days:
            word = self.tr("放假") if kind == "holiday" else self.tr("调休上班")
            self.days.addItem(self.tr("{0}  {1}  {2}").format(day, word, name or ""))

    def publish_day(self) -> None:
        day = self.day.date().toString("yyyy-MM-dd")
        kind, name = self.day_kind.currentData(), self.day_name.text().strip() or None

        def done(_record_id: str) -> None:
            self.last_day = day
            words = self.tr("{0} 已发布为{1}").format(day, self.day_kind.currentText())
            self.ctx.say(words)
            self.day_name.clear()

        write(self.db, lambda store: hub_changes.publish_calendar_day(store, day, kind, name),
              form=self.calendar_form, on_done=done, parent=self)
