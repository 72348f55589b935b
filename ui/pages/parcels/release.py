"""在架 / 取件: type or scan a pickup code, a phone tail or a name; pick the parcel; confirm who takes it.

Enter runs the search; when one parcel matches it is taken straight into the confirmation,
the collector's name prefilled with the recipient's, and Enter again hands it over. When
someone collects several parcels, the rest stay listed after each release.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from station_app import parcels
from station_app.parcel_lookups import RELEASE_MATCHES, SHELF, last_gone

from ...fitting import SideBySide, fitted
from ...forms import Form
from ...labels import label, labels
from ...ops import read, write
from ...told import ToldLabel
from ...widgets import ListPanel, primary_button
from .common import ArrowKeys, EnterCombo, TabModel, courier_word, light_header, parcel_columns, slot_text


def _table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setFocusPolicy(Qt.ClickFocus)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(38)
    view.horizontalHeader().setStretchLastSection(True)
    fitted(view)  # never scrolls sideways: long cells are elided
    return view


class ReleaseTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.db = page.db
        self.chosen: dict | None = None
        self._pending_enter = False
        self._after_release = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = SideBySide(self)  # the confirmation beside the search, or under it on a narrow screen
        outer.addWidget(row)
        row.addWidget(self._build_search())
        confirm = self._build_confirm()
        confirm.setMinimumWidth(340)
        confirm.setMaximumWidth(400)
        row.addWidget(confirm)
        row.setStretchFactor(0, 1)
        esc = QShortcut(QKeySequence(Qt.Key_Escape), self, context=Qt.WidgetWithChildrenShortcut)
        esc.activated.connect(self.reset)

    # -- layout -------------------------------------------------------------------------------
    def _build_search(self) -> QWidget:
        """The counter search with its matches on top, the whole shelf below."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("取件码、手机尾号或姓名，按回车查找"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.message = QLabel(self.tr("输入后按回车；只有一件时直接进入确认"), box)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.match_model = TabModel(self.db, parcel_columns(), RELEASE_MATCHES, counted=False, parent=self)
        self.matches = _table(self.match_model, box)
        self.matches.setFixedHeight(40 + 38 * 4 + 4)
        self.matches.hide()
        layout.addWidget(self.matches)
        heading = QLabel(self.tr("全部在架快递（双击一行取件）"), box)
        heading.setObjectName("hint")
        layout.addWidget(heading)
        self.stock_model = TabModel(self.db, parcel_columns(), SHELF, parent=self)
        self.stock = ListPanel(self.stock_model, self.tr("在下面的列表中筛选"), parent=box)
        self.stock_model.first_load = self.stock.apply_filters
        self.stock.activated.connect(self.choose)
        layout.addWidget(self.stock, 1)
        light_header(self.matches)
        light_header(self.stock.table)
        self.models = [self.match_model, self.stock_model]
        ArrowKeys(self.search, self.matches)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._look_up)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.search_entered)
        self.matches.doubleClicked.connect(lambda index: self.choose(self.match_model.row_at(index)))
        self.match_model.loaded.connect(self._matches_loaded)
        self.match_model.modelReset.connect(self._show_matches)
        self.match_model.rowsInserted.connect(self._show_matches)
        return box

    def _show_matches(self, *_args) -> None:
        self.matches.setVisible(bool(self.match_model.query.text))
        if self.match_model.rowCount():
            self.matches.resizeColumnsToContents()

    def _build_confirm(self) -> QWidget:
        card = QFrame(self)
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 10, 16, 10)
        self.caption = QLabel(self.tr("请先查找并选中一件快递"), card)
        self.caption.setObjectName("hint")
        layout.addWidget(self.caption)
        self.code = QLabel("—", card)
        self.code.setObjectName("bigCode")
        layout.addWidget(self.code)
        self.details = QLabel("", card)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.told = ToldLabel(self.db, "parcels", card)  # the arrival message, the reminders
        layout.addWidget(self.told)
        self.form = Form(card)
        self.relation = EnterCombo(card)
        for code, word in labels("pickup_relation").items():
            self.relation.addItem(word, code)
        self.form.add("relation", self.tr("领取人是"), self.relation)
        self.collector = QLineEdit(card)
        self.form.add("collected_by", self.tr("领取人姓名"), self.collector, aliases=("parcel", "status"))
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.release_button = primary_button(self.tr("确认取件（回车）"), card)
        self.deliver_button = QPushButton(self.tr("送货上门"), card)
        self.deliver_button.setToolTip(self.tr("老人、行动不便的村民：代办员送到家后点这里"))
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.deliver_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.relation.currentIndexChanged.connect(self._relation_changed)
        self.relation.entered.connect(self.release)
        self.collector.returnPressed.connect(self.release)
        self.release_button.clicked.connect(self.release)
        self.deliver_button.clicked.connect(self.deliver)
        self._show_chosen(None)
        return card

    # -- finding the parcel --------------------------------------------------------------------
    def activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _look_up(self) -> None:
        text = self.search.text().strip()
        if text != self.match_model.query.text:
            self._say_ready()  # the last lookup's warning is not about this one
            self.match_model.set_filters(text=text)

    def _say_ready(self) -> None:
        self.message.setText(self.tr("输入后按回车；只有一件时直接进入确认"))

    def search_entered(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self._debounce.stop()
        if self.match_model.query.text == text and not self.match_model.is_loading():
            self._act_on_matches()
        else:
            self._pending_enter = True
            self._say_ready()
            self.match_model.set_filters(text=text)

    def _matches_loaded(self) -> None:
        rows = self.match_model.rowCount()
        if self._pending_enter:
            self._pending_enter = False
            self._act_on_matches()
        elif self._after_release:
            self._after_release = False
            if rows == 0:
                self.search.clear()
                self.match_model.set_filters()
            else:
                self.matches.selectRow(0)
                self.message.setText(self.tr("这个取件码/尾号还有 {0} 件在架，选中后按回车继续取").format(rows))
            self.search.setFocus()

    def _act_on_matches(self) -> None:
        rows = self.match_model.rowCount()
        current = self.match_model.row_at(self.matches.currentIndex())
        if current is not None and self.matches.selectionModel().hasSelection():
            self.choose(current)
        elif rows == 1:
            self.choose(self.match_model.rows[0])
        elif rows == 0:
            text = self.search.text().strip()
            read(self.db, lambda store: last_gone(store, text), lambda gone: self._say_not_found(text, gone), self)
        else:
            self.matches.selectRow(0)
            self.message.setText(self.tr("找到 {0} 件，请用 ↑↓ 选中后按回车").format(rows))

    def _say_not_found(self, text: str, gone: dict | None) -> None:
        """Not on the shelf: say where it went, when it has gone (released, delivered, returned)."""
        if text != self.search.text().strip():
            return
        if not gone:
            self.message.setText(self.tr("⚠ 没有找到在架的快递：{0}").format(text))
            return
        who = gone.get("collected_by") or ""
        if gone["status"] == "released":
            went = self.tr("{0} 由 {1}（{2}）取走").format(gone["closed_at_local"], who,
                                                        label("pickup_relation", gone.get("collected_relation") or ""))
        else:
            went = self.tr("{0} {1}").format(gone["closed_at_local"], label("parcel_status", gone["status"]))
        self.message.setText(self.tr("⚠ 已不在架上：{0} {1} 的快递已于 {2}").format(
            gone["pickup_code"], gone["recipient_name"], went))

    # -- confirming who takes it ------------------------------------------------------------------
    def choose(self, row: dict | None) -> None:
        if row is None:
            return
        self._show_chosen(row)
        self.form.clear_errors()
        self.relation.setCurrentIndex(self.relation.findData("self"))
        self.collector.setText(row["recipient_name"])
        if row["status"] != "in_stock":
            self.form.general.show_text(self.tr("这件是问题件（{0}），要先在“超期 · 退回 · 问题件”里处理").format(
                label("parcel_problem", row.get("problem_kind") or "")))
        self.collector.setFocus()
        self.collector.selectAll()

    def _show_chosen(self, row: dict | None) -> None:
        self.chosen = row
        self.told.show_for(row["id"] if row else None)
        enabled = row is not None
        for widget in (self.relation, self.collector, self.release_button, self.deliver_button):
            widget.setEnabled(enabled)
        if row is None:
            self.caption.setText(self.tr("请先查找并选中一件快递"))
            self.code.setText("—")
            self.details.setText("")
            self.collector.clear()
            return
        self.caption.setText(self.tr("核对后确认取件："))
        self.code.setText(row["pickup_code"])
        home = self.tr("　⚠ 要求送货上门") if row.get("home_delivery") else ""
        self.details.setText(self.tr("{0}　{1}　{2}{3}\n单号 {4}").format(
            row["recipient_name"], courier_word(row["courier"]), slot_text(row), home, row["tracking_no"]))

    def _relation_changed(self, _index: int) -> None:
        if self.chosen is None:
            return
        if self.relation.currentData() == "self":
            self.collector.setText(self.chosen["recipient_name"])
        elif self.collector.text().strip() == self.chosen["recipient_name"]:
            self.collector.clear()  # someone else collects: their own name, please
        self.collector.setFocus()

    def release(self) -> None:
        if self.chosen is None:
            return
        agent_id, parcel = self.page.ctx.agent_id, self.chosen
        who, relation = self.collector.text(), self.relation.currentData()
        relation_label = self.relation.currentText()
        write(self.db, lambda store: parcels.release(store, agent_id, parcel["id"], who, relation),
              form=self.form, parent=self,
              on_done=lambda _: self._moved(self.tr("已取件：{0} {1}，由{2}（{3}）领取").format(
                  parcel["pickup_code"], parcel["recipient_name"], who.strip() or parcel["recipient_name"],
                  relation_label)))

    def deliver(self) -> None:
        if self.chosen is None:
            return
        agent_id, parcel = self.page.ctx.agent_id, self.chosen
        write(self.db, lambda store: parcels.deliver_home(store, agent_id, parcel["id"]), form=self.form,
              parent=self, on_done=lambda _: self._moved(self.tr("已送货上门：{0} {1}").format(
                  parcel["pickup_code"], parcel["recipient_name"])))

    def _moved(self, text: str) -> None:
        self.page.ctx.say(text)
        self.message.setText("✓ " + text)
        self._show_chosen(None)
        self._after_release = bool(self.search.text().strip())  # the matches reload from db.changed
        self.search.setFocus()
        self.search.selectAll()

    def reset(self) -> None:
        self._show_chosen(None)
        self.form.clear_errors()
        self.search.clear()
        self.match_model.set_filters()
        self._say_ready()
        self.search.setFocus()
