"""代办件: the town's work list of agency cases from every station, and moving one on (each
move signed by the staff member logged in), with the chosen case's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.case_rules import allowed_next
from station_app.timeutil import format_local
from sync.town.lists import WORKLIST, case_filter_choices
from sync.town.queries import case_history
from sync.town.writes import set_case_status

from ...forms import Form
from ...labels import label
from ...models import Column, RecordModel
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, hint, list_and_side, primary_button

# What the town's window decides; delivery and withdrawal are the station's steps.
TOWN_MOVES = ("accepted", "needs_correction", "completed_approved", "completed_rejected")


class TownCasesPage(Page):
    key = "cases"

    def title(self) -> str:
        return self.tr("代办件")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.current: dict = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("服务站"), self))
        self.station = QComboBox(self)
        self.station.addItem(self.tr("全部服务站"), "")
        filters.addWidget(self.station)
        filters.addWidget(QLabel(self.tr("事项"), self))
        self.item = QComboBox(self)
        self.item.addItem(self.tr("全部事项"), "")
        self.item.setMinimumContentsLength(10)
        filters.addWidget(self.item)
        filters.addWidget(QLabel(self.tr("窗口"), self))
        self.window = QComboBox(self)
        self.window.addItem(self.tr("全部窗口"), "")
        filters.addWidget(self.window)
        filters.addWidget(QLabel(self.tr("期限"), self))
        self.due = QComboBox(self)
        for text, key in ((self.tr("不限"), ""), (self.tr("⚠ 已超期"), "overdue"), (self.tr("今天到期"), "today"),
                          (self.tr("三天内到期"), "soon")):
            self.due.addItem(text, key)
        filters.addWidget(self.due)
        filters.addStretch(1)
        self.layout_.addLayout(filters)
        columns = [
            Column(self.tr("件号"), lambda r: r["case_no"]),
            Column(self.tr("状态"), lambda r: label("case_status", r["status"])),
            Column(self.tr("期限"), lambda r: (self.tr("⚠ 超期 {0}") if r["overdue"] else "{0}").format(r["deadline"] or "")),
            Column(self.tr("服务站"), lambda r: r.get("station_name") or r["station_code"]),
            Column(self.tr("事项"), lambda r: r.get("item_name") or r["item_code"]),
            Column(self.tr("村民"), lambda r: r.get("villager_name") or ""),
            Column(self.tr("说明"), lambda r: r.get("note") or ""),
        ]

        self.model = RecordModel(self.db, columns, WORKLIST, parent=self)
        chips = {"all": self.tr("全部"), "open": self.tr("未办结"), "sent_to_town": self.tr("待受理"),
                 "accepted": self.tr("已受理"), "needs_correction": self.tr("待补正")}
        self.list = ListPanel(self.model, self.tr("筛选用上面的选项"), chips=chips, parent=self)
        self.list.search.hide()  # case_worklist filters by station/status/deadline, not by words
        self.list.extra_filters = lambda: {"station": self.station.currentData(), "item": self.item.currentData(),
                                           "window": self.window.currentData(), "due": self.due.currentData()}
        for box in (self.station, self.item, self.window, self.due):
            box.currentIndexChanged.connect(lambda _: self.list.apply_filters())
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))

        side = QWidget(self)
        column = QVBoxLayout(side)
        self.chosen = QLabel(self.tr("请在左边选一件"), side)
        self.chosen.setWordWrap(True)
        column.addWidget(self.chosen)
        self.form = Form(side)
        self.to_status = QComboBox(side)
        self.note = QLineEdit(side)
        self.note.setPlaceholderText(self.tr("待补正须写明缺的材料"))
        self.form.add("to_status", self.tr("改为"), self.to_status)
        self.form.add("note", self.tr("说明"), self.note)
        column.addWidget(self.form)
        self.save_button = primary_button(self.tr("保存状态"), side)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        column.addWidget(self.save_button)
        column.addWidget(hint(self.tr("改动在服务站下次同步时送到站里"), side))
        column.addSpacing(8)
        self.history = QLabel(side)  # the case's moves so far, and who at the town made each
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.PlainText)
        column.addWidget(self.history)
        column.addStretch(1)
        self.layout_.addWidget(list_and_side(self.list, side, self, 310), 1)
        self.list.selected.connect(self.choose)
        self.note.returnPressed.connect(self.save)
        read(self.db, case_filter_choices, self._show_choices, self)
        self.list.apply_filters()

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading()

    def _show_choices(self, choices: dict) -> None:
        for code, name in choices["stations"]:
            self.station.addItem(f"{name}（{code}）", code)
        for code, name in choices["items"]:
            self.item.addItem(name, code)
        for window in choices["windows"]:
            self.window.addItem(window, window)

    def choose(self, row: dict) -> None:
        self.current = row
        self.to_status.clear()
        self.form.clear_errors()
        self.history.clear()
        if not row:
            self.chosen.setText(self.tr("请在左边选一件"))
            self.save_button.setEnabled(False)
            return
        case_id = row["id"]
        read(self.db, lambda store: case_history(store, case_id), lambda moves: self._show_history(case_id, moves),
             self)
        self.chosen.setText(self.tr("{0} · {1} · {2}\n现在：{3}").format(
            row["case_no"], row.get("station_name") or row["station_code"], row.get("item_name") or row["item_code"],
            label("case_status", row["status"])))
        for status in TOWN_MOVES:
            if status in allowed_next(row["status"]):
                self.to_status.addItem(label("case_status", status), status)
        self.save_button.setEnabled(self.to_status.count() > 0)

    def _show_history(self, case_id: str, moves: list[dict]) -> None:
        if self.current.get("id") != case_id:
            return  # another case was chosen meanwhile
        lines = [self.tr("办理经过：")]
        for move in moves:
            who = (self.tr("镇中心 {0}").format(move["staff"]) if move["staff"] else self.tr("镇中心")) \
                if move["by_side"] == "town" else self.tr("服务站")
            lines.append(self.tr("{0} {1}（{2}）").format(format_local(move["at"])[5:], label("case_status", move["to_status"]),
                                                        who))
        self.history.setText("\n".join(lines))

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: a case the town moved, with its history."""
        from ...boot import wait_idle

        moved = [r for r in self.model.rows if r["status"] == "accepted"] or self.model.rows
        if not moved:
            return {}

        def show() -> None:
            self.select_case(moved[0]["id"])
            wait_idle(self.db)

        return {f"{self.key}_chosen": show}

    def select_case(self, case_id: str) -> bool:
        row = self.list.select("id", case_id)
        if row is not None:
            self.choose(row)
        return row is not None

    def save(self) -> None:
        row, status = self.current, self.to_status.currentData()
        if not row or not status:
            return
        note = self.note.text()

        def done(result: dict) -> None:
            self.note.clear()
            words = self.tr("{0} 已改为“{1}”").format(row["case_no"], label("case_status", result["status"], ""))
            if result.get("conflict"):
                words += self.tr("（与服务站的改动冲突，已记入问题）")
            self.ctx.say(words)
            self.chosen.setText(words)
            self.current = {}
            self.save_button.setEnabled(False)

        staff = self.ctx.agent_name  # the staff member logged in: the move is theirs in the assessment
        write(self.db, lambda store: set_case_status(
            store, row["id"], status, note=note, base_version=row["version"], seen_status=row["status"], staff=staff),
            form=self.form, on_done=done, parent=self)
