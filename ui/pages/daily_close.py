"""Daily close (日结): what should be in the till and the phone wallets, against what is counted.

For a chosen day (today by default): the expected money per channel (cash includes what
the last close left in the till), an input per channel for what was counted, the variance
as it is typed, a reason where it is not zero (the core insists, and its message lands
next to that channel's reason), the cash kept for tomorrow; save; print the day sheet.
A closed day shows its close, read-only, with a void (with reason) to redo it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from station_app import daily_close
from station_app.errors import ValidationError
from station_app.money import CHANNELS, format_yuan, parse_yuan
from station_app.timeutil import LOCAL_TZ, utc_now

from ..forms import ErrorLabel, Form
from ..labels import label, labels, money_line
from ..models import Column, RecordModel, right
from ..ops import read, show_failure, write
from ..printing import print_html
from ..printouts_money import day_sheet_html
from ..fitting import SideBySide
from ..widgets import ListPanel, primary_button
from .base import Page
from .payments.dialogs import VoidDialog


def parse_counted(text: str, field: str) -> int:
    """What was counted, in fen: empty or zero means nothing (the core counts it as 0)."""
    cleaned = text.strip()
    if not cleaned:
        return 0
    try:
        return parse_yuan(cleaned, field)
    except ValidationError as err:
        if err.code == "amount_not_positive" and not cleaned.startswith("-"):
            return 0
        raise


class DailyClosePage(Page):
    key = "daily_close"

    def title(self) -> str:
        return self.tr("日结")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.sheet: dict | None = None
        self.void_dialog: VoidDialog | None = None
        top = QHBoxLayout()
        day_label = QLabel(self.tr("日结日期"), self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(self.tr("yyyy年M月d日"))
        today = utc_now().astimezone(LOCAL_TZ).date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        day_label.setBuddy(self.day)
        top.addWidget(day_label)
        top.addWidget(self.day)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        top.addWidget(self.state, 1)
        self.layout_.addLayout(top)
        splitter = SideBySide(self)  # one above the other on a narrow screen
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_lines())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        self.layout_.addWidget(splitter, 1)
        self.day.dateChanged.connect(lambda _: self.load(clear=True))
        self.db.watch(self, daily_close.DAY_SHOWS, self.load)
        self.load(clear=True)

    # -- building ------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 12, 0)
        self.form = Form(box)
        g = self.form.grid
        for col, text in enumerate((self.tr("渠道"), self.tr("应有"), self.tr("清点"), self.tr("差额"),
                                    self.tr("差额原因"))):
            header = QLabel(text, box)
            header.setStyleSheet("font-weight: bold;")
            g.addWidget(header, 1, col)
        self.expected, self.counted, self.variance, self.reasons = {}, {}, {}, {}
        row = 2
        for channel, word in labels("channel").items():
            g.addWidget(QLabel(word, box), row, 0)
            self.expected[channel] = QLabel("…", box)
            self.expected[channel].setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            g.addWidget(self.expected[channel], row, 1)
            self.counted[channel] = self._field(f"counted_{channel}", row, 2, box,
                                                caption=self.tr("{0}清点数").format(word))
            self.counted[channel].setPlaceholderText("0.00")
            self.counted[channel].setMaximumWidth(150)
            self.counted[channel].textChanged.connect(lambda _, ch=channel: self._show_variance(ch))
            self.variance[channel] = QLabel(box)
            g.addWidget(self.variance[channel], row, 3)
            self.reasons[channel] = self._field(f"reason_{channel}", row, 4, box,
                                                caption=self.tr("{0}差额原因").format(word))
            self.reasons[channel].setMinimumWidth(100)
            row += 2
        self.carried_in = QLabel(box)
        self.carried_in.setObjectName("hint")
        g.addWidget(self.carried_in, 3, 1, Qt.AlignRight)
        g.addWidget(QLabel(self.tr("留存到明天的现金"), box), row, 0, 1, 2)
        self.carry = self._field("carried_forward_fen", row, 2, box, caption=self.tr("留存到明天的现金"))
        self.carry.setMaximumWidth(150)
        carry_hint = QLabel(self.tr("不填就等于清点的现金"), box)
        carry_hint.setObjectName("hint")
        g.addWidget(carry_hint, row, 3, 1, 2)
        row += 2
        g.addWidget(QLabel(self.tr("备注"), box), row, 0, 1, 2)
        self.note = self._field("note", row, 2, box, span=3, caption=self.tr("备注"))
        g.setColumnStretch(4, 1)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = primary_button(self.tr("保存日结（Enter）"), box)
        self.save_button.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("打印日结单（A4）"), box)
        self.print_button.clicked.connect(self.print_sheet)
        self.void_button = QPushButton(self.tr("作废这天的日结"), box)
        self.void_button.setObjectName("danger")
        self.void_button.clicked.connect(self.ask_void)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        layout.addLayout(buttons)
        self.result = QLabel(box)
        self.result.setObjectName("confirm")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch(1)
        return box

    def _field(self, name: str, row: int, col: int, parent: QWidget, span: int = 1, caption: str = "") -> QLineEdit:
        edit = QLineEdit(parent)
        error = ErrorLabel(parent, anchor=edit)
        self.form.grid.addWidget(edit, row, col, 1, span)
        self.form.errors[name] = error
        self.form.track(name, edit, caption)
        edit.textEdited.connect(lambda _: self.form.clear_error(name))
        edit.returnPressed.connect(self.submit)
        return edit

    def _build_lines(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("当天收款明细（划线的已作废，不计入）"), box))
        self.lines = RecordModel(self.db, [
            Column(self.tr("时间"), lambda r: r["time"]),
            Column(self.tr("项目"), self._line_words),
            right(self.tr("金额"), lambda r: r["amount"]),
            Column(self.tr("方式"), lambda r: label("payment_method", r["method"])),
            Column(self.tr("姓名"), lambda r: r["person"]),
        ], daily_close.DAY_LINES, struck=lambda r: r["voided"], parent=self)
        self.line_panel = ListPanel(self.lines, parent=box)
        self.line_panel.search.hide()
        layout.addWidget(self.line_panel, 1)
        return box

    def _line_words(self, row: dict) -> str:
        marks = [self.tr("作废·")] if row["voided"] else []
        if row.get("next_close"):
            marks.append(self.tr("日结后·记入下次·"))
        elif row.get("day_before"):
            marks.append(self.tr("前一天日结后·"))
        return "".join(marks) + money_line(row)

    # -- loading the day -----------------------------------------------------------------
    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def load(self, clear: bool = False) -> None:
        day = self.chosen_day()
        if clear:
            self.sheet = None
            self.result.hide()
            self.form.clear_errors()
            for edit in (*self.counted.values(), *self.reasons.values(), self.carry, self.note):
                edit.clear()
        self.lines.set_filters(day=day)
        read(self.db, lambda store: daily_close.day_sheet(store, day), lambda s: self._show(day, s), self)

    def _show(self, day: date, sheet: dict) -> None:
        if day != self.chosen_day():
            return
        was_closed = bool(self.sheet and self.sheet["close"])
        self.sheet = sheet
        for channel in CHANNELS:
            self.expected[channel].setText(format_yuan(sheet["expected"][channel]))
        self.carried_in.setText(self.tr("含留存 {0}").format(format_yuan(sheet["carried_in_fen"])))
        self.carried_in.setToolTip(self.tr("现金应有数含上次日结留存在柜里的现金"))
        close = sheet["close"]
        editable = close is None
        for edit in (*self.counted.values(), *self.reasons.values(), self.carry, self.note):
            edit.setReadOnly(not editable)
            edit.setStyleSheet("" if editable else "background: #ececec;")
        self.save_button.setVisible(editable)
        self.void_button.setVisible(not editable)
        if close:
            by_channel = {line["channel"]: line for line in close["lines"]}
            for channel, line in by_channel.items():
                self.counted[channel].setText(format_yuan(line["counted_fen"]).lstrip("¥"))
                self.reasons[channel].setText(line["reason"] or "")
            self.carry.setText(format_yuan(close["carried_forward_fen"]).lstrip("¥"))
            self.note.setText(close["note"] or "")
            text = self.tr("✓ 这一天已经日结（{0}，{1}）").format(close["agent_name"] or "", close["closed_at_local"])
            if not close.get("matches_current", True):
                text += "\n" + self.tr("⚠ 日结后有记录被作废，应有数已变化：请作废这次日结后重新日结")
            late = sheet.get("after_close") or {}
            if late.get("count"):
                text += "\n" + self.tr("日结后又收了 {0} 笔（{1}），记入 {2} 的日结；要算进这一天，请作废这次日结后重新日结").format(
                    late["count"], self.tr("，").join(f"{label('channel', ch)} {format_yuan(fen)}"
                                                     for ch, fen in late["income"].items() if fen),
                    late["next_day"])
            self.state.setText(text)
        else:
            self.state.setText(self.tr("这一天还没有日结"))
            if was_closed:
                for edit in (*self.counted.values(), *self.reasons.values(), self.carry, self.note):
                    edit.clear()
        for channel in CHANNELS:
            self._show_variance(channel)
        if getattr(self, "_focus_pending", False):
            self._focus_pending = False
            self._place_focus()

    def _show_variance(self, channel: str) -> None:
        shown, reason = self.variance[channel], self.reasons[channel]
        if self.sheet is None:
            shown.clear()
            return
        if not self.counted[channel].text().strip() and self.sheet["expected"][channel]:
            shown.setText(self.tr("待清点"))  # not counted yet: no 短款 before the agent has typed
            reason.setPlaceholderText("")
            return
        try:
            counted = parse_counted(self.counted[channel].text(), f"counted_{channel}")
        except ValidationError:
            shown.setText("—")
            return
        variance = counted - self.sheet["expected"][channel]
        if variance == 0:
            shown.setText(self.tr("✓ 相符"))
            reason.setPlaceholderText("")
        else:
            word = self.tr("长款") if variance > 0 else self.tr("短款")  # the till's own words
            shown.setText(f"⚠ {word} {format_yuan(abs(variance))}")
            reason.setPlaceholderText(self.tr("有差额，请写明原因"))

    # -- saving, voiding, printing -------------------------------------------------------
    def submit(self) -> None:
        if self.sheet is None or self.sheet["close"] is not None:
            return
        self.form.clear_errors()
        try:
            counted = {ch: parse_counted(self.counted[ch].text(), f"counted_{ch}") for ch in CHANNELS}
            carry_text = self.carry.text().strip()
            carried = parse_counted(carry_text, "carried_forward_fen") if carry_text else None
        except ValidationError as err:
            self.form.show_error(err)
            return
        reasons = {ch: self.reasons[ch].text() for ch in CHANNELS if self.reasons[ch].text().strip()}
        day, agent, note = self.chosen_day(), self.ctx.agent_id, self.note.text()
        self.save_button.setEnabled(False)

        def done(_close_id: str) -> None:
            self.save_button.setEnabled(True)
            kept = counted["cash"] if carried is None else carried
            self.result.setText(self.tr("✓ {0} 已日结。留存现金 {1}。可以打印日结单。").format(
                day.isoformat(), format_yuan(kept)))
            self.result.show()
            self.ctx.say(self.tr("{0} 已日结").format(day.isoformat()))
            self.print_button.setFocus()

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                show_failure(self, err)

        write(self.db, lambda store: daily_close.close_day(store, agent, day, counted, reasons, carried, note),
              form=self.form, on_done=done, on_error=failed, parent=self)

    def ask_void(self) -> None:
        close = self.sheet and self.sheet["close"]
        if not close:
            return
        agent, close_id = self.ctx.agent_id, close["id"]
        what = self.tr("{0} 的日结（{1}，{2}）").format(self.sheet["date"], close["agent_name"] or "",
                                                   close["closed_at_local"])
        self.void_dialog = VoidDialog(
            self.db, what, lambda store, reason: daily_close.void_close(store, agent, close_id, reason),
            lambda _: self.ctx.say(self.tr("已作废 {0} 的日结，可以重新日结").format(close["business_date"])), self)
        self.void_dialog.open()

    def print_sheet(self) -> None:
        day = self.chosen_day()
        read(self.db, lambda store: daily_close.day_sheet(store, day),
             lambda sheet: print_html(self, day_sheet_html(sheet), self.tr("日结单{0}").format(day.isoformat()), "a4"),
             self)

    # -- page protocol -------------------------------------------------------------------
    def activated(self) -> None:
        today = utc_now().astimezone(LOCAL_TZ).date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))  # the app may run past midnight
        self._focus_pending = self.sheet is None  # the first visit: the day is still loading
        self._place_focus()

    def _place_focus(self) -> None:
        """Where the next input goes: the counted cash, never the date (typing 1 into the
        date field made it 1年12月2日); a closed day, its printout."""
        if self.sheet is None:
            self.counted["cash"].setFocus()  # read-only only once the day says it is closed
        elif self.sheet["close"] is None:
            self.counted["cash"].setFocus()
        else:
            self.print_button.setFocus()

    def ready(self) -> bool:
        return self.sheet is not None

    def screenshot_dialogs(self) -> dict:
        return {}
