"""Feedback and call-backs (评价回访): the villager rates a service they just had on the
screen turned toward them (or the agent notes what the villager said: marked so, and not
counted toward the award), close the call-backs a poor rating opened with a note of what
was fixed, and read the recent ratings."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from station_app.feedback import CALLBACKS, LEVELS, RATINGS, UNRATED, complete_callback, give_feedback

from ..dates import cn_moment
from ..dialogs.rating_screen import RatingScreen
from ..forms import Form
from ..labels import label
from ..models import Column, RecordModel
from ..ops import write
from ..widgets import ListPanel, primary_button
from .base import Page
from ..i18n import context

FeedbackText = context("FeedbackText")  # lupdate context of this module's strings


def kinds() -> dict[str, str]:
    """The kinds of service a villager may rate, as the agent calls them."""
    return {"receptions": FeedbackText.tr("接待"), "cases": FeedbackText.tr("代办"), "appointments": FeedbackText.tr("预约"),
            "payments": FeedbackText.tr("代缴"), "parcels": FeedbackText.tr("快递"), "parcels_out": FeedbackText.tr("代寄")}


def stars(level: int) -> str:
    return "★" * level + "☆" * (5 - level)


def what_text(service: dict) -> str:
    """What the service was, a parcel's courier by its name (圆通速递), never its code (YTO)."""
    courier = service.get("courier")
    return f"{label('courier', courier)} {service['what']}" if courier else service["what"]


def target_text(row: dict) -> str:
    """A rated service as the lists show it: 代缴：张桂兰 · ZHUPO-2026-00012."""
    kind, service = kinds().get(row["target_entity"], row["target_entity"]), row.get("service")
    return f"{kind}：{service['who']} · {what_text(service)}" if service else kind


class RatingPanel(QWidget):
    """Five big buttons, a comment (required when poor), and save. Also used on a case."""

    rated = Signal(dict)  # {"id", "callback_id", "level"}

    def __init__(self, ctx, parent=None, per_row: int = 5):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.target: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.what = QLabel(self.tr("请先选一项服务"), self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.form = Form(self)
        buttons = QWidget(self)
        row = QGridLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.levels = QButtonGroup(self)
        self.level_buttons: dict[int, QPushButton] = {}
        for index, level in enumerate(sorted(LEVELS, reverse=True)):
            button = QPushButton(f"{stars(level)}\n{label('feedback_level', level)}", buttons)
            button.setCheckable(True)
            button.setMinimumHeight(72)
            button.setStyleSheet("padding: 4px 6px;")  # five abreast, on a 1024-wide screen too
            self.levels.addButton(button, level)
            self.level_buttons[level] = button
            row.addWidget(button, index // per_row, index % per_row)
        self.form.add("level", self.tr("满意程度"), buttons, above=per_row < 5)
        self.comment = self.form.add("comment", self.tr("村民的意见"), QPlainTextEdit(self))
        self.comment.setMaximumHeight(80)
        self.comment.setPlaceholderText(self.tr("不满意时必须记下村民的意见，便于回访整改"))
        layout.addWidget(self.form)
        actions = QHBoxLayout() if per_row == 5 else QVBoxLayout()  # long words: one above the other
        self.villager_button = primary_button(self.tr("请村民自己评（屏幕转向村民）…"), self)
        self.villager_button.clicked.connect(self.ask_villager)
        self.save_button = QPushButton(self.tr("代村民记下（不计入评比）"), self)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.villager_button)
        if per_row == 5:
            actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.levels.idClicked.connect(lambda _: self.form.clear_error("level"))
        self.set_target(None, None, "")

    def set_target(self, entity: str | None, target_id: str | None, description: str) -> None:
        self.target = (entity, target_id) if entity and target_id else None
        self.what.setText(self.tr("评价：{0}").format(description) if self.target else self.tr("请先选一项服务"))
        self.levels.setExclusive(False)
        for button in self.level_buttons.values():
            button.setChecked(False)
        self.levels.setExclusive(True)
        self.comment.clear()
        self.form.clear_errors()
        self.setEnabled(self.target is not None)

    def choose(self, level: int) -> None:
        self.level_buttons[level].click()

    def save(self) -> None:
        if self.target is None:
            return
        (entity, target_id), agent = self.target, self.ctx.agent_id
        level, comment = self.levels.checkedId(), self.comment.toPlainText()
        write(self.db, lambda store: give_feedback(store, agent, entity, target_id, level, comment),
              form=self.form, parent=self, on_done=lambda made: self._saved({**made, "level": level}))

    def ask_villager(self) -> None:
        """The villager's own rating on the screen turned toward them (it counts toward the award)."""
        if self.target is None:
            return
        (entity, target_id), agent = self.target, self.ctx.agent_id
        action = partial(give_feedback, agent_id=agent, target_entity=entity, target_id=target_id, source="villager")
        self.screen = RatingScreen(self.db, self.what.text(), action, self.window())
        self.screen.accepted.connect(lambda: self._saved(self.screen.result_value))
        self.screen.open()

    def _saved(self, made: dict) -> None:
        text = self.tr("已记录评价：{0}").format(label("feedback_level", made["level"]))
        if made["callback_id"]:
            text += self.tr("。已生成回访任务，请在“待回访”里跟进")
        self.ctx.say(text)
        self.set_target(None, None, "")
        self.rated.emit(made)


class FeedbackPage(Page):
    key = "feedback"

    def title(self) -> str:
        return self.tr("评价回访")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)
        self._build_rating()
        self._build_callbacks()
        self._build_recent()
        self._loaded = False
        self.callbacks.loaded.connect(self._callbacks_loaded)
        self.unrated_list.apply_filters()
        self.callbacks.reload()
        self.recent.reload()

    # -- rating -----------------------------------------------------------------------
    def _build_rating(self) -> None:
        tab = QWidget(self)
        row = QVBoxLayout(tab)
        columns = [
            Column(self.tr("时间"), lambda r: cn_moment(r["at"], year=False)),
            Column(self.tr("服务"), lambda r: kinds()[r["entity"]]),
            Column(self.tr("村民"), lambda r: r["who"]),
            Column(self.tr("内容"), what_text),
        ]
        self.unrated = RecordModel(self.db, columns, UNRATED, parent=self)
        chips = {"all": self.tr("全部"), **kinds()}
        self.unrated_list = ListPanel(self.unrated, self.tr("搜索：姓名或内容"), chips, chip_filter="kind", parent=tab)
        row.addWidget(self.unrated_list, 1)
        # Five abreast in Chinese; English words are longer: three a row, so the page fits 1024.
        wide = any(len(label("feedback_level", level)) > 5 for level in LEVELS)
        self.rating = RatingPanel(self.ctx, tab, per_row=3 if wide else 5)
        row.addWidget(self.rating)
        self.unrated_list.selected.connect(
            lambda r: self.rating.set_target(r.get("entity"), r.get("id"), f"{kinds().get(r.get('entity'), '')}：{r.get('who', '')} · {what_text(r) if r else ''}"))
        self.unrated_list.activated.connect(lambda _: self.rating.ask_villager())  # Enter: the villager rates
        self.tabs.addTab(tab, self.tr("评价服务"))

    # -- call-backs -------------------------------------------------------------------
    def _build_callbacks(self) -> None:
        tab = QWidget(self)
        box = QGridLayout(tab)
        columns = [
            Column(self.tr("评价时间"), lambda r: cn_moment(r["created_at"])),
            Column(self.tr("满意程度"), lambda r: f"⚠ {label('feedback_level', r['level'])}"),
            Column(self.tr("服务"), target_text),
            Column(self.tr("村民的意见"), lambda r: r["comment"] or ""),
        ]
        self.callbacks = RecordModel(self.db, columns, CALLBACKS, parent=self)
        self.callback_list = ListPanel(self.callbacks, parent=tab)
        self.callback_list.search.hide()
        box.addWidget(self.callback_list, 0, 0, 1, 2)
        self.fix_form = Form(tab)
        self.fix_note = self.fix_form.add("fix_note", self.tr("回访和整改情况"), QPlainTextEdit(tab))
        self.fix_note.setMaximumHeight(90)
        self.fix_note.setPlaceholderText(self.tr("例如：已电话回访致歉，下次上门服务"))
        box.addWidget(self.fix_form, 1, 0)
        self.close_button = primary_button(self.tr("回访完成"), tab)
        self.close_button.clicked.connect(self.close_callback)
        box.addWidget(self.close_button, 1, 1)
        box.setRowStretch(0, 1)
        self.callback_list.selected.connect(lambda r: self.fix_form.clear_errors())
        self.tabs.addTab(tab, self.tr("待回访"))

    def close_callback(self) -> None:
        row = self.callback_list.current()
        if not row:
            self.fix_form.general.show_text(self.tr("请先在上面的列表里选一个回访任务"))
            return
        agent, callback_id, note = self.ctx.agent_id, row["id"], self.fix_note.toPlainText()
        write(self.db, lambda store: complete_callback(store, agent, callback_id, note), form=self.fix_form,
              parent=self, on_done=lambda _: self._closed(row))

    def _closed(self, row: dict) -> None:
        self.fix_note.clear()
        self.ctx.say(self.tr("回访已完成：{0}").format(target_text(row)))

    def _callbacks_loaded(self) -> None:
        n = self.callbacks.rowCount()
        self.tabs.setTabText(1, self.tr("⚠ 待回访（{0}）").format(n) if n else self.tr("待回访（0）"))
        self._loaded = True

    # -- recent -----------------------------------------------------------------------
    def _build_recent(self) -> None:
        columns = [
            Column(self.tr("时间"), lambda r: cn_moment(r["at"])),
            Column(self.tr("满意程度"), lambda r: f"{stars(r['level'])} {label('feedback_level', r['level'])}"),
            Column(self.tr("服务"), target_text),
            Column(self.tr("意见"), lambda r: r["comment"] or ""),
            Column(self.tr("回访"), self._callback_text),
        ]
        self.recent = RecordModel(self.db, columns, RATINGS, parent=self)
        self.recent_list = ListPanel(self.recent, parent=self)
        self.recent_list.search.hide()
        self.tabs.addTab(self.recent_list, self.tr("最近评价"))

    def _callback_text(self, row: dict) -> str:
        if row["callback_status"] == "open":
            return self.tr("⚠ 待回访")
        if row["callback_status"] == "done":
            return self.tr("✓ 已回访：{0}").format(row["fix_note"] or "")
        return ""

    def activated(self) -> None:
        if self.callbacks.rowCount() and self.tabs.currentIndex() == 0 and not self.rating.target:
            self.tabs.setCurrentIndex(1)
        self.tabs.currentWidget().setFocus()

    def ready(self) -> bool:
        return self._loaded and self.db.idle()
