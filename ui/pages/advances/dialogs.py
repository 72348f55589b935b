"""The reminder text for a family (copy it into WeChat or print it) and the year-end
collection list (who owes, from whom to collect), printable on A4."""

from __future__ import annotations

from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox,
                               QVBoxLayout)

from station_app import advances
from station_app.advance_lists import COLLECTION
from station_app.money import format_yuan
from station_app.timeutil import LOCAL_TZ, utc_now

from ...labels import translate
from ...models import Column, RecordModel, right
from ...ops import read
from ...printing import print_html
from ...printouts_money import COLLECTION_PAPER, collection_html, reminder_html
from ...fitting import fit_to_screen
from ...widgets import ListPanel, primary_button


class ReminderDialog(QDialog):
    def __init__(self, page, villager_id: str, parent=None):
        super().__init__(parent or page)
        self.page = page
        self.setWindowTitle(self.tr("还款提醒"))
        fit_to_screen(self, 760, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("还款提醒"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("复制后粘贴到微信或短信里发给还款人，也可以打印出来。"), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_reminder)
        close = QPushButton(self.tr("关闭（Esc）"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.copy_button = primary_button(self.tr("复制到剪贴板"), self)
        self.copy_button.clicked.connect(self.copy)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)
        read(page.db, lambda store: advances.reminder_text(store, villager_id), self.text.setPlainText, self)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.page.ctx.say(self.tr("提醒内容已复制，可以粘贴到微信或短信里"))

    def print_reminder(self) -> None:
        station = self.page.ctx.station
        print_html(self, reminder_html(self.text.toPlainText(), station.name, station.phone),
                   self.tr("还款提醒"), "a4")


class CollectionDialog(QDialog):
    """The year-end collection list: one line per household, printable on A4."""

    def __init__(self, page, parent=None):
        super().__init__(parent or page)
        self.page = page
        self.db = page.db
        self.setWindowTitle(self.tr("年底收款名单"))
        fit_to_screen(self, 1200, 680)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("年底收款名单"), self)
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        year_label = QLabel(self.tr("年份"), self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setMinimumWidth(130)
        self.year.setValue(utc_now().astimezone(LOCAL_TZ).year)
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        layout.addLayout(top)
        hint = QLabel(self.tr("截至所选年底的垫付，已还的钱先抵最早的欠款。"), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.model = RecordModel(self.db, [
            Column(self.tr("组"), lambda r: r["village_group"] or ""),
            Column(self.tr("村民"), lambda r: r["name"]),
            # The core gives this list the relation's word only, not its code.
            Column(self.tr("还款人"), lambda r: self.tr("{0}（{1}）").format(
                r["payer_name"] or "—", translate(r["payer_relation_label"])) if r["payer_relation_label"]
                else r["payer_name"] or "—"),
            Column(self.tr("电话"), lambda r: r["payer_phone"] or ""),
            right(self.tr("笔数"), lambda r: r["open_advances"]),
            right(self.tr("今年"), lambda r: format_yuan(r["this_year_fen"])),
            right(self.tr("往年"), lambda r: format_yuan(r["earlier_fen"])),
            right(self.tr("合计"), lambda r: format_yuan(r["outstanding_fen"])),
            Column(self.tr("最早欠款"), lambda r: r["oldest_advance_date"]),
        ], COLLECTION, parent=self)
        self.panel = ListPanel(self.model, self.tr("搜索"), parent=self)
        self.panel.search.hide()
        layout.addWidget(self.panel, 1)
        self.total = QLabel(self)
        layout.addWidget(self.total)
        buttons = QHBoxLayout()
        close = QPushButton(self.tr("关闭（Esc）"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.print_button = primary_button(self.tr("打印名单（A4）"), self)
        self.print_button.clicked.connect(self.print_list)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.year.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        self.model.set_filters(year=self.year.value())
        year = self.year.value()
        read(self.db, lambda store: advances.collection_list(store, year), self._show_total, self)

    def _show_total(self, rows: list[dict]) -> None:
        total = sum(r["outstanding_fen"] for r in rows)
        self.total.setText(self.tr("共 %n 户，合计 {0}", "", len(rows)).format(format_yuan(total)))  # 1 household

    def html(self, rows: list[dict]) -> str:
        station = self.page.ctx.station
        return collection_html(rows, self.year.value(), station.name, station.phone)

    def print_list(self) -> None:
        year = self.year.value()
        read(self.db, lambda store: advances.collection_list(store, year),
             lambda rows: print_html(self, self.html(rows), self.tr("{0}年垫付收款名单").format(year), COLLECTION_PAPER), self)
