"""One case: its history (station's and town's steps), the materials still missing, the
status changes the process allows from here (and only those), and the villager's rating
once it is delivered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from station_app.case_rules import DONE, STATUSES, allowed_next
from station_app.cases import CASE_SHOWS, case_detail, change_status, tick_materials

from ...forms import Form
from ...labels import label
from ...ops import read, write
from ...printing import print_html
from ...printouts_cases import notice_html
from ...told import ToldLabel
from .extend import ExtendDialog
from ..feedback import RatingPanel, stars
from ...dates import cn_date, cn_moment
from .common import urgency_text


def status_word(status: str | None) -> str:
    return label("case_status", status)


class CaseDetailView(QWidget):
    back = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.case_id: str | None = None
        self.data: dict = {}
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回列表"), self)
        back.clicked.connect(self.back)
        top.addWidget(back)
        self.case_no = QLabel(self)
        self.case_no.setObjectName("bigMoney")
        self.case_no.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top.addWidget(self.case_no)
        self.status = QLabel(self)
        self.status.setObjectName("bigMoney")
        top.addWidget(self.status)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("办理经过"), self))
        self.timeline = QListWidget(self)
        self.timeline.setWordWrap(True)
        self.timeline.setStyleSheet("QListWidget::item { padding: 6px 2px; border-bottom: 1px solid #d5d5d0; }")
        left.addWidget(self.timeline, 1)
        self.told = ToldLabel(self.db, "cases", self)  # the result message, the materials notice…
        left.addWidget(self.told)
        row.addLayout(left, 4)
        side = QWidget(self)
        self.side = QVBoxLayout(side)
        self.side.setContentsMargins(0, 0, 8, 0)
        # Once delivered, the villager's rating is the next step: it comes first.
        self.rating = RatingPanel(ctx, side, per_row=3)
        self.rating_box = self._group(side, self.tr("请村民评价这次代办"), self.rating)
        self.rated = QLabel(side)
        self.rated.setWordWrap(True)
        self.rating_box.layout().addWidget(self.rated)
        self._build_status_box(side)
        self._build_materials_box(side)
        self.side.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        row.addWidget(scroll, 5)
        self.db.watch(self, CASE_SHOWS, self.reload)
        self.setStyleSheet("QCheckBox::indicator, QListWidget::indicator { width: 24px; height: 24px; }")

    def _group(self, parent, title: str, widget: QWidget | None = None) -> QGroupBox:
        box = QGroupBox(title, parent)
        QVBoxLayout(box)
        if widget is not None:
            box.layout().addWidget(widget)
        self.side.addWidget(box)
        return box

    def _build_status_box(self, side: QWidget) -> None:
        box = self.status_box = self._group(side, self.tr("办理进度"))
        self.closed_label = QLabel(box)
        self.closed_label.setWordWrap(True)
        box.layout().addWidget(self.closed_label)
        self.form = Form(box)
        self.note = self.form.add("note", self.tr("说明"), QLineEdit(box), aliases=("status",))
        self.note.setPlaceholderText(self.tr("改为“待补正”时必须写明缺什么"))
        self.from_town = QCheckBox(self.tr("这是镇中心窗口通知的（如电话告知）"), box)
        self.form.add("by_side", "", self.from_town)
        box.layout().addWidget(self.form)
        self.buttons_row = QVBoxLayout()
        box.layout().addLayout(self.buttons_row)
        self.status_buttons: dict[str, QPushButton] = {}
        self.print_button = QPushButton(self.tr("打印告知单"), box)
        self.print_button.clicked.connect(self.print_notice)
        box.layout().addWidget(self.print_button)
        self.extend_button = QPushButton(self.tr("延期…"), box)
        self.extend_button.setToolTip(self.tr("办不完时延长期限：写明原因，并通知村民"))
        self.extend_button.clicked.connect(self.extend)
        self.extend_dialog: ExtendDialog | None = None
        box.layout().addWidget(self.extend_button)

    def _build_materials_box(self, side: QWidget) -> None:
        self.materials_box = self._group(side, self.tr("还缺的材料"))
        self.materials = QListWidget(self.materials_box)
        self.materials.setMaximumHeight(170)
        self.materials.setWordWrap(True)
        self.materials.setStyleSheet("QListWidget::indicator { width: 24px; height: 24px; }")
        self.materials_box.layout().addWidget(self.materials)
        self.tick_button = QPushButton(self.tr("登记村民补交的材料"), self.materials_box)
        self.tick_button.clicked.connect(self.tick)
        self.materials_box.layout().addWidget(self.tick_button)

    # -- loading ----------------------------------------------------------------------
    def show_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.note.clear()
            self.from_town.setChecked(False)
            self.form.clear_errors()
        self.case_id = case_id
        self.loaded = False
        self.told.show_for(case_id)
        self.reload()

    def reload(self) -> None:
        if self.case_id:
            case_id = self.case_id
            read(self.db, lambda store: case_detail(store, case_id), lambda data: self._fill(case_id, data), self)

    def _fill(self, case_id: str, data: dict) -> None:
        if case_id != self.case_id:
            return
        self.data = data
        case = data["case"]
        self.case_no.setText(case["case_no"])
        self.status.setText(f"· {status_word(case['status'])}")
        self.summary.setText(self.tr("村民：{0}　事项：{1} {2}\n收件：{3}　办结期限：{4}　{5}").format(
            case["villager_name"], case["item_code"], case["item_name"] or "", cn_date(case["received_at"]),
            cn_date(case["deadline"]), urgency_text(case)))
        self._fill_timeline(data["history"])
        self._fill_buttons(case["status"])
        self._fill_materials(data["missing"], case["status"])
        self._fill_rating(case, data["rating"])
        self.loaded = True

    def _fill_timeline(self, events: list[dict]) -> None:
        self.timeline.clear()
        for event in events:
            side = self.tr("⇦ 镇中心") if event["by_side"] == "town" else self.tr("服务站")
            who = f" · {event['agent_name']}" if event.get("agent_name") else ""
            change = status_word(event["to_status"])
            if event["from_status"]:
                change = f"{status_word(event['from_status'])} → {change}"
            text = f"{cn_moment(event['at'])}　{change}\n{side}{who}"
            if event["note"]:
                text += self.tr("　说明：{0}").format(event["note"])
            QListWidgetItem(text, self.timeline)

    def _fill_buttons(self, status: str) -> None:
        for button in self.status_buttons.values():
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        nexts = allowed_next(status)
        for index, target in enumerate(sorted(nexts, key=lambda s: (s == "withdrawn", STATUSES.index(s)))):
            button = QPushButton(self.tr("改为“{0}”").format(status_word(target)), self.status_box)
            if target == "withdrawn":
                button.setObjectName("danger")
            elif index == 0:
                button.setObjectName("primary")
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            self.buttons_row.addWidget(button)
            button.show()
            self.status_buttons[target] = button
        self.form.setVisible(bool(nexts))
        self.closed_label.setVisible(not nexts)
        self.extend_button.setVisible(status not in DONE)  # a decided case has no deadline to move
        self.closed_label.setText(self.tr("这件代办已经“{0}”，办理结束。").format(status_word(status)))

    def _fill_materials(self, missing: dict, status: str) -> None:
        self.materials.clear()
        for material in missing["required"] + missing["may_follow"]:
            mark = self.tr("【必需】") if material.required else self.tr("【容缺·可后补】")
            entry = QListWidgetItem(f"{mark}{material.name}（{label('material_form', material.form)}）", self.materials)
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Unchecked)
            entry.setData(Qt.UserRole, material.name)
        empty = not (missing["required"] or missing["may_follow"])
        self.materials_box.setTitle(self.tr("材料：✓ 已经齐全") if empty else self.tr("还缺的材料"))
        self.materials_box.setFlat(empty)
        self.materials.setVisible(not empty)
        self.tick_button.setVisible(not empty)
        self.materials_box.setVisible(status not in DONE)  # no more materials once the town decided

    def _fill_rating(self, case: dict, rating: dict | None) -> None:
        self.rating_box.setVisible(case["status"] == "delivered")
        self.rating.setVisible(rating is None)
        self.rated.setVisible(rating is not None)
        if rating is None:
            if self.rating.target != ("cases", case["id"]):
                self.rating.set_target("cases", case["id"], f"{case['case_no']} {case['item_name'] or ''}")
        else:
            text = f"{stars(rating['level'])} {label('feedback_level', rating['level'])}"
            self.rated.setText(text + (f"\n{rating['comment']}" if rating["comment"] else ""))

    # -- actions ----------------------------------------------------------------------
    def move_to(self, target: str) -> None:
        case = self.data["case"]
        if target == "withdrawn" and not self.confirm_withdraw(case):
            return
        agent, case_id, note = self.ctx.agent_id, case["id"], self.note.text()
        side = "town" if self.from_town.isChecked() else "station"
        write(self.db, lambda store: change_status(store, agent, case_id, target, note, side), form=self.form,
              parent=self, on_done=lambda _: self._moved(case["case_no"], target))

    def confirm_withdraw(self, case: dict) -> bool:
        answer = QMessageBox.question(self, self.tr("撤回代办件"),
                                      self.tr("确定撤回代办件 {0}（{1}）吗？撤回后不能恢复。").format(
                                          case["case_no"], case["villager_name"]))
        return answer == QMessageBox.Yes

    def _moved(self, case_no: str, target: str) -> None:
        self.note.clear()
        self.from_town.setChecked(False)
        self.ctx.say(self.tr("代办件 {0} 已改为“{1}”").format(case_no, status_word(target)))

    def tick(self) -> None:
        names = [self.materials.item(i).data(Qt.UserRole) for i in range(self.materials.count())
                 if self.materials.item(i).checkState() == Qt.Checked]
        if not names or not self.case_id:
            return
        agent, case_id = self.ctx.agent_id, self.case_id
        write(self.db, lambda store: tick_materials(store, agent, case_id, names), parent=self,
              on_done=lambda left: self.ctx.say(self.tr("已登记补交：{0}；还缺 {1} 项必需材料").format(
                  "、".join(names), len(left["required"]))))

    def notice_html(self) -> str:
        return notice_html(self.data.get("notice", ""), self.ctx.station.name, self.ctx.station.phone)

    def extend(self) -> ExtendDialog | None:
        if not self.data:
            return None
        self.extend_dialog = ExtendDialog(self.db, self.ctx.agent_id, self.data["case"], self)
        self.extend_dialog.accepted.connect(lambda: self.ctx.say(self.tr("已延期到 {0}，并通知村民").format(
            cn_date(self.extend_dialog.result_value["deadline"]))))
        self.extend_dialog.open()
        return self.extend_dialog

    def print_notice(self) -> None:
        if self.data:
            print_html(self, self.notice_html(), self.tr("告知单-{0}").format(self.data["case"]["case_no"]), "a4")
