"""站点: the stations registered at the hub, each with its agents on posts A and B, its
phone and opening hours; registering one (its one-time enrolment code shown large, and an
enrolment file for a station with no network), re-issuing the code, stopping (revoking)
a station, and a one-time PIN reset code for an agent who forgot theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from station_app.errors import DomainError
from station_app.timeutil import format_local
from sync.hub.stations import add_station, revoke_station
from sync.town.lists import STATIONS
from sync.town.notices import short_name
from sync.town.pin_resets import RESET_VALID_HOURS, issue_pin_reset

from ...forms import Form
from ...labels import label
from ...models import Column, RecordModel, right
from ...ops import write
from ...pages.base import Page
from ...widgets import ListPanel, primary_button
from ..words import age_words, hours_words


class StationsPage(Page):
    key = "stations"

    def title(self) -> str:
        return self.tr("站点")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.current: dict = {}
        self.last_code = ""  # the enrolment code shown last (tests read it)
        # Hooks a test replaces: where to save an enrolment file, and the yes/no question.
        self.ask_file: Callable[[str], str] = self._ask_file
        self.confirm: Callable[[str], bool] = self._confirm
        columns = [
            Column(self.tr("编号"), lambda r: r["code"]),
            Column(self.tr("名称"), lambda r: short_name(r["name"])),  # the village: the full name is beside
            Column(self.tr("登记"), self._state),
            Column(self.tr("A岗 / B岗"), self._posts),
            Column(self.tr("最近同步"), lambda r: self._age(r)),
            Column(self.tr("时钟"), self._clock),
            Column(self.tr("程序版本"), lambda r: r["versions"] or self.tr("未知")),
            right(self.tr("待上传"), lambda r: "" if r["waiting_ops"] is None else r["waiting_ops"]),
        ]

        self.model = RecordModel(self.db, columns, STATIONS, counted=False, parent=self)
        self.list = ListPanel(self.model, self.tr("按编号或名称找"), parent=self)
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self._bold(self.tr("选中的站点"), side))
        self.chosen = QLabel(self.tr("请在左边选一个站点"), side)
        self.chosen.setWordWrap(True)
        column.addWidget(self.chosen)
        self.people = QLabel(side)  # its agents, posts, phone and hours
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.PlainText)
        column.addWidget(self.people)
        buttons = QHBoxLayout()
        self.reissue_button = QPushButton(self.tr("重发登记码"), side)
        self.reissue_button.clicked.connect(lambda: self.reissue())
        self.revoke_button = QPushButton(self.tr("停用"), side)
        self.revoke_button.setObjectName("danger")
        self.revoke_button.clicked.connect(lambda: self.revoke())
        buttons.addWidget(self.reissue_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.station_form = Form(side)  # errors about the chosen station
        self.reset_agent = QComboBox(side)
        self.reset_agent.setMinimumContentsLength(6)
        self.station_form.add("agent", self.tr("忘了密码的"), self.reset_agent)
        column.addWidget(self.station_form)
        self.reset_button = QPushButton(self.tr("发密码重置码"), side)
        self.reset_button.setToolTip(self.tr("代办员忘了密码、另一位又不在时：给他一个一次性重置码，在电话里念给他"))
        self.reset_button.clicked.connect(lambda: self.reset_code())
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        column.addLayout(reset_row)

        column.addSpacing(8)
        self.code_caption = QLabel(side)
        self.code_caption.setWordWrap(True)
        column.addWidget(self.code_caption)
        self.code_label = QLabel(side)
        self.code_label.setObjectName("bigMoney")  # the large bold figure style
        self.code_label.setWordWrap(True)  # a narrow window breaks it at a dash rather than cut it
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        column.addWidget(self.code_label)
        self.code_hint = QLabel(side)
        self.code_hint.setObjectName("hint")
        self.code_hint.setWordWrap(True)
        column.addWidget(self.code_hint)

        column.addSpacing(12)
        column.addWidget(self._bold(self.tr("登记新站点"), side))
        self.form = Form(side)
        self.code = QLineEdit(side)
        self.code.setPlaceholderText(self.tr("例如 ZHUPO"))
        self.name = QLineEdit(side)
        self.name.setPlaceholderText(self.tr("例如 朱坡村便民服务站"))
        self.form.add("code", self.tr("站点编号"), self.code, aliases=("station_code",))
        self.form.add("name", self.tr("站点名称"), self.name)
        column.addWidget(self.form)
        self.with_file = QCheckBox(self.tr("同时保存离线登记文件"), side)
        self.with_file.setToolTip(self.tr("给没有网络的站：文件用U盘带过去，在站里登记"))
        column.addWidget(self.with_file)
        self.register_button = primary_button(self.tr("登记新站点"), side)
        self.register_button.clicked.connect(lambda: self.register())
        column.addWidget(self.register_button)
        column.addStretch(1)
        scroll = QScrollArea(self)  # a long list of agents or a code and its hint never push anything off
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # As wide as its widest line (a checkbox does not wrap): the list gives way, as it did before.
        scroll.setMinimumWidth(side.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(scroll)
        split.setSizes([800, 320])
        self.layout_.addWidget(split, 1)
        self.list.selected.connect(self.choose)
        self.name.returnPressed.connect(lambda: self.register())
        self._show("", "", "")  # no code yet: its lines take no room
        self.choose({})
        self.list.apply_filters()

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading()

    @staticmethod
    def _bold(text: str, parent) -> QLabel:
        title = QLabel(text, parent)
        title.setStyleSheet("font-weight: bold;")
        return title

    def _posts(self, row: dict) -> str:
        """Who holds post A and post B now: 王秀英 / 李建国."""
        held = {a["post"]: a["name"] for a in row.get("agents", []) if a["active"] and a["post"]}
        return " / ".join(held.get(post, "—") for post in ("A", "B")) if held else self.tr("未设岗位")

    def _people(self, row: dict) -> str:
        lines = []
        for agent in row.get("agents", []):
            post = label("post", agent["post"]) if agent["post"] else self.tr("未设岗位")
            state = "" if agent["active"] else self.tr("（已离岗）")
            lines.append(self.tr("{0}：{1}{2}").format(post, agent["name"], state))
        if not lines:
            lines.append(self.tr("还没有同步来代办员"))
        lines.append(self.tr("电话：{0}").format(row.get("phone") or self.tr("未填")))
        hours = hours_words(row["opening_hours"], row["open_weekdays"]) if row.get("opening_hours") else ""
        lines.append(self.tr("营业时间：{0}").format(hours) if row.get("hours_set")
                     else self.tr("营业时间：站里还没设置（按 {0}）").format(hours))
        return "\n".join(lines)

    def _state(self, row: dict) -> str:
        if row.get("revoked_at"):
            return self.tr("已停用")
        if row.get("recovering"):
            return self.tr("恢复中")
        return self.tr("已登记") if row["enrolled"] else self.tr("待登记")

    def _recovery(self, row: dict) -> str:
        """A new PC or an old backup that got the station's records back from the hub."""
        if row.get("recovering"):
            return self.tr("正在从镇中心取回记录（{0}开始）").format(format_local(row["recovery_started_at"]))
        if row.get("recovered_at"):
            return self.tr("{0} 从镇中心取回了全部记录（换电脑或恢复备份）").format(format_local(row["recovered_at"]))
        return self.tr("从未恢复过")

    def _clock(self, row: dict) -> str:
        """Skew in words, ⚠ when it is enough to put dates wrong; the hub's day-or-more
        warning from the last batch wins (it is what the agent was told)."""
        if row.get("clock_warning"):
            return "⚠ " + row["clock_warning"]
        skew = row.get("clock_skew_seconds")
        if skew is None:
            return self.tr("未知")
        size = abs(skew)
        if size < 60:
            return self.tr("准")
        if size >= 86400:
            amount = self.tr("{0} 天").format(size // 86400)
        elif size >= 3600:
            amount = self.tr("{0} 小时").format(size // 3600)
        else:
            amount = self.tr("{0} 分钟").format(size // 60)
        words = (self.tr("快 {0}") if skew > 0 else self.tr("慢 {0}")).format(amount)
        return ("⚠ " + words) if size >= 600 else words

    def _age(self, row: dict) -> str:
        if not row.get("last_seen_at"):
            return self.tr("从未同步")
        text = age_words(row["age_days"])
        return ("⚠ " + text) if row.get("stale") else text

    def choose(self, row: dict) -> None:
        self.current = row or {}
        self.station_form.clear_errors()
        has = bool(self.current)
        working = has and not self.current.get("revoked_at")
        self.reissue_button.setEnabled(has)
        self.revoke_button.setEnabled(working)
        self.reset_agent.clear()
        for agent in self.current.get("agents", []):
            if agent["active"]:
                self.reset_agent.addItem(agent["name"], agent["id"])
        self.reset_button.setEnabled(working and self.reset_agent.count() > 0)
        self.people.setText(self._people(self.current) if has else "")
        if not has:
            self.chosen.setText(self.tr("请在左边选一个站点"))
            return
        text = self.tr("{0}（{1}）· {2}\n最近同步：{3}；时钟：{4}；程序版本：{5}").format(
            row["name"], row["code"], self._state(row), self._age(row), self._clock(row),
            row["versions"] or self.tr("未知"))
        text += "\n" + self.tr("恢复：{0}").format(self._recovery(row))
        if row.get("pin_lockouts"):
            text += "\n⚠ " + self.tr("近30天代办员密码输错被锁定 {0} 次").format(row["pin_lockouts"])
        self.chosen.setText(text)

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: a station chosen, with its people."""
        if not self.model.rows:
            return {}
        return {f"{self.key}_chosen": lambda: self.select_station(self.model.rows[0]["code"])}

    def select_station(self, code: str) -> bool:
        row = self.list.select("code", code)
        if row is not None:
            self.choose(row)
        return row is not None

    # -- actions ------------------------------------------------------------------------
    def _ask_file(self, code: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存离线登记文件"), f"enrol-{code}.json",
                                              self.tr("登记文件 (*.json)"))
        return path

    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("停用站点"), text) == QMessageBox.Yes

    def _show_code(self, code: str, name: str, enrol: str, enrol_file: str) -> None:
        hint = self.tr("请抄给站点，在站点的“设置”页登记时输入。只显示这一次。")
        if enrol_file:
            hint += self.tr("\n离线登记文件已保存：{0}（内含密钥，请用U盘交给站点，妥善保管）").format(enrol_file)
        self._show(self.tr("{0}（{1}）的一次性登记码，14天内有效：").format(name, code), enrol, hint)

    def _show(self, caption: str, code: str, hint: str) -> None:
        self.last_code = code
        self.code_caption.setText(caption)
        self.code_label.setText(code)
        self.code_hint.setText(hint)
        for line in (self.code_caption, self.code_label, self.code_hint):
            line.setVisible(bool(code))

    def _file_for(self, code: str) -> str | None:
        """'' for no file, None when the user cancelled the file dialog."""
        if not self.with_file.isChecked():
            return ""
        return self.ask_file(code) or None

    def register(self) -> None:
        code, name = self.code.text().strip().upper(), self.name.text().strip()
        try:
            from station_app.station import check_station_code
            check_station_code(code)
        except DomainError as err:
            self.form.show_error(err)
            return
        enrol_file = self._file_for(code)
        if enrol_file is None:
            return

        def done(enrol: str) -> None:
            self.code.clear()
            self.name.clear()
            self._show_code(code, name, enrol, enrol_file)
            self.ctx.say(self.tr("已登记站点 {0}").format(name))

        def failed(err: Exception) -> None:
            if isinstance(err, DomainError) and err.code == "station_exists":
                self.form.errors["code"].show_text(
                    self.tr("站点 {0} 已经登记过；要换电脑重新登记，请在左边选中它，点“重发登记码”").format(code))
                self.code.setFocus()
            elif isinstance(err, DomainError):
                self.form.show_error(err)
            else:
                from ...ops import show_failure
                show_failure(self, err)

        self.form.clear_errors()
        write(self.db, lambda store: add_station(
            store, code, name, enrol_file=Path(enrol_file) if enrol_file else None),
            form=self.form, on_done=done, on_error=failed, parent=self)

    def reissue(self) -> None:
        row = self.current
        if not row:
            return
        enrol_file = self._file_for(row["code"])
        if enrol_file is None:
            return

        def done(enrol: str) -> None:
            self._show_code(row["code"], row["name"], enrol, enrol_file)
            self.ctx.say(self.tr("已给 {0} 重发登记码").format(row["name"]))

        write(self.db, lambda store: add_station(
            store, row["code"], row["name"], enrol_file=Path(enrol_file) if enrol_file else None, reissue=True),
            form=self.station_form, on_done=done, parent=self)

    def reset_code(self) -> None:
        """A one-time PIN reset code for the chosen agent, shown once, large."""
        row, agent = self.current, self.reset_agent.currentData()
        if not row or not agent:
            return

        def done(made: dict) -> None:
            self._show(self.tr("{0}（{1}）的一次性密码重置码，{2}小时内有效（到 {3}）：").format(
                made["agent"], row["name"], RESET_VALID_HOURS, format_local(made["expires_at"])), made["code"],
                self.tr("请在电话里念给代办员。站里同步一次后，他用这个重置码设一个新密码。只显示这一次。"))
            self.ctx.say(self.tr("已给 {0} 的 {1} 发密码重置码").format(row["name"], made["agent"]))

        write(self.db, lambda store: issue_pin_reset(store, row["code"], agent), form=self.station_form, on_done=done,
              parent=self)

    def revoke(self) -> None:
        row = self.current
        if not row:
            return
        question = self.tr("停用站点 {0}（{1}）？\n停用后它的同步和U盘文件都不再接收，已收到的记录保留。"
                           "\n要恢复，给它重发登记码。").format(row["name"], row["code"])
        if not self.confirm(question):
            return

        def done(_station: dict) -> None:
            words = self.tr("已停用站点 {0}（{1}）").format(row["name"], row["code"])
            self.chosen.setText(words)
            self.ctx.say(words)
            self.current = {}
            self.revoke_button.setEnabled(False)

        write(self.db, lambda store: revoke_station(store, row["code"]),
              form=self.station_form, on_done=done, parent=self)
