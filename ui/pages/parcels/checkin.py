"""入库: scan, recipient, Enter; the pickup code shows large and the form is ready for the next scan.

The scan is fast typing ending in Enter. The courier is guessed on the GUI thread (a pure
function of the number, no database); the save is one worker job that settles who the
recipient is, checks the parcel in and reads back what the slip needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from station_app import parcels
from station_app.couriers import guess_courier, matching_couriers, normalize_tracking
from station_app.errors import DomainError
from station_app.parcel_lookups import SHELF
from station_app.villagers import ChooseVillager, split_typed

from ...forms import Form
from ...ops import show_failure
from ...printing import print_html
from ...printouts_parcels import pickup_slip_html
from ...fitting import SideBySide, fitted
from ...widgets import primary_button
from .common import TabModel, courier_combo, courier_word, light_header, parcel_columns, set_combo_data, slot_text
from .people import VillagerPicker


class CheckInTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.db = page.db
        self.last: dict | None = None  # the parcel just checked in (for the slip)
        self._saving = False
        self._choice_for: str | None = None  # text for which the agent was asked to choose
        outer = QVBoxLayout(self)
        row = SideBySide(self)  # the pickup code beside the form, or under it on a narrow screen
        outer.addWidget(row)
        row.addWidget(self._build_form())
        row.addWidget(self._build_result())
        row.setStretchFactor(0, 11)
        row.setStretchFactor(1, 9)

    # -- layout ---------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("扫描快递单号 → 输入收件人手机尾号或姓名 → 按回车入库"), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.form = Form(box)
        self.tracking = QLineEdit(box)
        self.tracking.setPlaceholderText(self.tr("扫码枪扫描，或手工输入"))
        self.form.add("tracking_no", self.tr("快递单号"), self.tracking)
        self.courier = courier_combo(box)
        self.form.add("courier", self.tr("快递公司"), self.courier)
        self.recipient = VillagerPicker(self.db, self.tr("姓名、手机号或尾号4位"), box)
        self.form.add("recipient", self.tr("收件人"), self.recipient,
                      aliases=("recipient_name", "recipient_phone", "villager", "villager_id"))
        self.home = QCheckBox(self.tr("送货上门（老人、行动不便）"), box)
        self.home.setStyleSheet("QCheckBox::indicator { width: 24px; height: 24px; }")
        self.form.add_widget(self.home)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = primary_button(self.tr("入库（回车）"), box)
        self.clear_button = QPushButton(self.tr("清空（Esc）"), box)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        recent = QLabel(self.tr("最近入库（最新的在最上面）"), box)
        recent.setObjectName("hint")
        column.addWidget(recent)
        self.recent_model = TabModel(self.db, parcel_columns(phone=False, status=False), SHELF, page_size=30, counted=False,
                                     parent=self)
        self.recent = QTableView(box)
        self.recent.setModel(self.recent_model)
        self.recent.setFocusPolicy(Qt.NoFocus)  # the scanner's keys stay in the form
        self.recent.setSelectionMode(QAbstractItemView.NoSelection)
        self.recent.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.recent.verticalHeader().hide()
        self.recent.verticalHeader().setDefaultSectionSize(36)
        self.recent.horizontalHeader().setStretchLastSection(True)
        fitted(self.recent)  # never scrolls sideways: long cells are elided
        light_header(self.recent)
        column.addWidget(self.recent, 1)
        self.models = [self.recent_model]

        self.tracking.returnPressed.connect(self.tracking_entered)
        self.tracking.textEdited.connect(self._tracking_edited)
        self.courier.entered.connect(self.recipient.setFocus)
        self.recipient.edit.textEdited.connect(lambda _: self.form.clear_error("recipient"))
        self.recipient.submitted.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        esc = QShortcut(QKeySequence(Qt.Key_Escape), self, context=Qt.WidgetWithChildrenShortcut)
        esc.activated.connect(self.clear)
        return box

    def _build_result(self) -> QWidget:
        card = QFrame(self)
        card.setObjectName("card")
        column = QVBoxLayout(card)
        column.setContentsMargins(20, 16, 20, 16)
        self.result_caption = QLabel(self.tr("取件码会显示在这里"), card)
        self.result_caption.setObjectName("hint")
        column.addWidget(self.result_caption)
        self.code = QLabel("—", card)
        self.code.setObjectName("bigCode")
        self.code.setTextInteractionFlags(Qt.TextSelectableByMouse)
        column.addWidget(self.code)
        self.details = QLabel("", card)
        self.details.setWordWrap(True)
        column.addWidget(self.details)
        notice_caption = QLabel(self.tr("取件通知（可复制发短信或微信）："), card)
        notice_caption.setObjectName("hint")
        column.addWidget(notice_caption)
        self.notice = QLabel("", card)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notice.setMinimumHeight(90)
        self.notice.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        column.addWidget(self.notice, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("复制通知"), card)
        self.print_button = QPushButton(self.tr("打印取件单"), card)
        for button in (self.copy_button, self.print_button):
            button.setFocusPolicy(Qt.ClickFocus)  # Tab stays in the form; the scanner owns the keyboard
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_notice)
        self.print_button.clicked.connect(self.print_slip)
        return card

    # -- the scanner path ---------------------------------------------------------------------
    def activated(self) -> None:
        self.tracking.setFocus()

    def _tracking_edited(self, _text: str) -> None:
        set_combo_data(self.courier, None)
        self.form.clear_error("courier")

    def tracking_entered(self) -> None:
        """A scan arrived: guess the courier and move on to the recipient (or the courier if unknown)."""
        self.form.clear_errors()
        try:
            number = normalize_tracking(self.tracking.text())
        except DomainError as err:
            self.form.show_error(err)
            return
        # Already on the shelf? Said at the scan, before the recipient is typed.
        self.db.run(lambda store, job: parcels.check_new_tracking(store, number), lambda _: None,
                    self._scan_refused)
        chosen = self.courier.currentData()
        guess = guess_courier(number)
        if guess:
            set_combo_data(self.courier, guess)
        if guess or chosen:
            self.recipient.setFocus()
            return
        candidates = [courier_word(c) for c in matching_couriers(number)]
        if candidates:
            message = self.tr("可能是 {0}，请选择快递公司").format("、".join(candidates))
        else:
            message = self.tr("无法从单号识别快递公司，请选择")
        self.form.errors["courier"].show_text(message)
        self.courier.setFocus()

    def _scan_refused(self, err: Exception) -> None:
        if isinstance(err, DomainError):
            self.form.show_error(err)
            self.tracking.setFocus()
            self.tracking.selectAll()  # the next scan replaces it
        else:
            show_failure(self, err)

    def save(self) -> None:
        if self._saving:
            return
        agent_id = self.page.ctx.agent_id
        tracking, courier = self.tracking.text(), self.courier.currentData()
        picked = self.recipient.villager
        typed = self.recipient.typed().strip()
        typed_ok = picked is None and typed != "" and typed == self._choice_for
        home = self.home.isChecked()
        self.form.clear_errors()
        self._saving = True
        self.db.run(lambda store, job: parcels.check_in_typed(
            store, agent_id, tracking, courier=courier, villager_id=picked.id if picked else None, typed=typed,
            home_delivery=home, typed_ok=typed_ok), self._saved, self._failed, writes=True)

    def _failed(self, err: Exception) -> None:
        self._saving = False
        if isinstance(err, ChooseVillager):
            self._choice_for = self.recipient.typed().strip()
            self.recipient.show_matches(err.matches, self._choice_for, highlight=False)
            name = split_typed(self._choice_for)[0]
            same = [i for i, v in enumerate(err.matches) if v.name == name]
            if same:  # the very name typed is in the register: Enter takes it
                self.recipient.list.setCurrentRow(same[0])
                message = self.tr("有 {0} 位村民符合：按回车选高亮的一位，或用 ↑↓ 换一位")
            else:
                message = self.tr("有 {0} 位村民符合，请用 ↑↓ 选中后按回车；都不是就再按一次回车，按填写的姓名入库")
            self.form.errors["recipient"].show_text(message.format(len(err.matches)))
            self.recipient.setFocus()
        elif isinstance(err, DomainError):
            self.form.show_error(err)
        else:
            show_failure(self, err)

    def _saved(self, result: dict) -> None:
        self._saving = False
        self._choice_for = None
        parcel = result["parcel"]
        self.last = {**parcel, "retention": result["retention"], "notice": result["notice"]}
        self.result_caption.setText(self.tr("已入库，取件码："))
        self.code.setText(result["pickup_code"])
        home = self.tr("　⚠ 送货上门") if parcel["home_delivery"] else ""
        self.details.setText(self.tr("{0}　{1}　放{2}{3}").format(
            parcel["recipient_name"], courier_word(parcel["courier"]), slot_text(parcel), home))
        self.notice.setText(result["notice"])
        self.copy_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.page.ctx.say(self.tr("已入库：{0}，取件码 {1}").format(parcel["recipient_name"], result["pickup_code"]))
        self.clear()

    def clear(self) -> None:
        """Ready for the next scan; errors go, the last pickup code stays on the right."""
        self.tracking.clear()
        set_combo_data(self.courier, None)
        self.recipient.clear()
        self.home.setChecked(False)
        self.form.clear_errors()
        self._choice_for = None
        self.tracking.setFocus()

    # -- after the save ---------------------------------------------------------------------
    def copy_notice(self) -> None:
        if self.last:
            QGuiApplication.clipboard().setText(self.last["notice"])
            self.page.ctx.say(self.tr("取件通知已复制，可以粘贴到短信或微信"))
        self.tracking.setFocus()

    def slip_html(self) -> str:
        station = self.page.ctx.station
        return pickup_slip_html(self.last, station.name, station.phone, self.last["retention"])

    def print_slip(self) -> None:
        if self.last:
            print_html(self, self.slip_html(), self.tr("取件单-{0}").format(self.last["pickup_code"]), paper="80mm")
        self.tracking.setFocus()
