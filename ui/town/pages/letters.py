"""站点来信: the stations' letters to the town as one thread per station, those with letters
the town has not read first; opening a thread marks it read (by the staff member logged in),
an attachment is saved to a file, and an answer goes to that station alone at its next
sync. The rules are ``sync.town.letters``; this page collects and shows."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from station_app.letters import attachment as letter_attachment
from station_app.timeutil import format_local
from sync.town.letters import answer, mark_read, save_attachment, thread
from sync.town.lists import LETTER_THREADS
from sync.town.notices import short_name

from ...forms import Form
from ...labels import label
from ...models import Column, RecordModel, right
from ...ops import read, write
from ...pages.base import Page
from ...widgets import ListPanel, hint, list_and_side, primary_button


class TownLettersPage(Page):
    key = "letters"

    def title(self) -> str:
        return self.tr("站点来信")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.code = ""  # the station whose thread is open
        self.talk: dict = {}
        self.last_answer = ""  # id of the answer sent last (tests read it)
        self.ask_file: Callable[[str], str] = self._ask_file  # a test answers for the person
        columns = [
            Column(self.tr("服务站"), lambda r: short_name(r["name"])),
            right(self.tr("未读"), lambda r: f"⚠ {r['unread']}" if r["unread"] else ""),
            right(self.tr("来信"), lambda r: r["letters"]),
            Column(self.tr("最近"), lambda r: format_local(r["last_at"])[5:] if r["last_at"] else ""),
        ]
        self.model = RecordModel(self.db, columns, LETTER_THREADS, parent=self)
        self.list = ListPanel(self.model, self.tr("按站名或编号找"),
                              chips={"all": self.tr("全部"), "unread": self.tr("有未读")}, parent=self)
        self.model.loaded.connect(self._reloaded)
        self.layout_.addWidget(list_and_side(self.list, self._thread_view(), self, 640), 1)
        self.list.selected.connect(self.choose)
        self.list.activated.connect(self.choose)
        self.list.apply_filters()

    def _thread_view(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("请在左边选一个服务站"), side)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setTextFormat(Qt.PlainText)
        column.addWidget(self.heading)
        self.messages = QTextBrowser(side)
        self.messages.setOpenLinks(False)
        column.addWidget(self.messages, 1)
        files = QHBoxLayout()
        self.attachments = QComboBox(side)
        self.attachments.setMinimumContentsLength(14)
        self.view_button = QPushButton(self.tr("看照片"), side)
        self.view_button.clicked.connect(lambda: self.view_attachment())
        self.save_button = QPushButton(self.tr("保存附件…"), side)
        self.save_button.clicked.connect(lambda: self.save_attachment())
        files.addWidget(QLabel(self.tr("附件"), side))
        files.addWidget(self.attachments, 1)
        files.addWidget(self.view_button)
        files.addWidget(self.save_button)
        column.addLayout(files)
        self.form = Form(side)
        self.reply_to = QComboBox(side)
        self.body = QPlainTextEdit(side)
        self.body.setFixedHeight(84)
        self.form.add("in_reply_to", self.tr("回复"), self.reply_to)
        self.form.add("body", self.tr("内容"), self.body)
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.send_button = primary_button(self.tr("发送回复"), side)
        self.send_button.clicked.connect(lambda: self.send())
        row.addWidget(self.send_button)
        row.addWidget(hint(self.tr("只发给这个服务站，它下次同步时收到"), side), 1)
        column.addLayout(row)
        self._enable(False)
        return side

    def _enable(self, on: bool) -> None:
        for widget in (self.reply_to, self.body, self.send_button):
            widget.setEnabled(on)
        for widget in (self.save_button, self.attachments, self.view_button):
            widget.setEnabled(on and self.attachments.count() > 0)

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading() and (not self.code or self.talk.get("station") == self.code)

    def _reloaded(self) -> None:
        self._loaded = True
        if self.code:  # keep the open thread chosen when the list reloads (it was just read)
            self.list.table.blockSignals(True)
            self.list.select("code", self.code)
            self.list.table.blockSignals(False)

    # -- a thread -------------------------------------------------------------------------
    def choose(self, row: dict) -> None:
        if not row or row["code"] == self.code and self.talk.get("station") == self.code:
            return  # a list that reloads drops its selection: the open thread stays
        self.open_thread(row["code"])

    def open_thread(self, code: str, mark: bool = True) -> None:
        """Show a station's thread; ``mark``: its letters are read now (not for a screenshot)."""
        self.code = code
        staff = self.ctx.agent_name

        def opened(talk: dict) -> None:
            if talk["station"] != self.code:
                return
            self._show(talk)
            if talk["unread"] and mark:  # the staff member has seen them now
                write(self.db, lambda store: mark_read(store, code, staff), parent=self)

        read(self.db, lambda store: thread(store, code), opened, self)

    def select_station(self, code: str) -> bool:
        row = self.list.select("code", code)
        if row is not None:
            self.open_thread(code)
        return row is not None

    def _show(self, talk: dict) -> None:
        self.talk = talk
        self.heading.setText(self.tr("{0}（{1}）的来信和回复").format(talk["name"], talk["station"]))
        self.messages.setHtml(self._html(talk["items"]))
        self.messages.verticalScrollBar().setValue(self.messages.verticalScrollBar().maximum())
        letters = [i for i in talk["items"] if i["from"] == "station"]
        self.attachments.clear()
        for item in letters:
            if item["attachment_name"]:
                self.attachments.addItem(f"{item['attachment_name']}（{item['subject']}）", item["id"])
        self.reply_to.clear()
        for item in reversed(letters):  # the newest letter first: what one usually answers
            self.reply_to.addItem(self.tr("“{0}”（{1}）").format(item["subject"], item["when"][5:]), item["id"])
        self.reply_to.addItem(self.tr("不针对哪封信"), "")
        self._enable(not talk["revoked_at"])
        if not talk["items"]:
            self.messages.setHtml(escape(self.tr("这个站还没有来信。也可以直接给它写一条。")))

    def _html(self, items: list[dict]) -> str:
        blocks = []
        for item in items:
            if item["from"] == "station":
                head = self.tr("{0} · {1}").format(item["author"] or self.tr("服务站"), item["when"])
                state = self.tr("已读（{0}）").format(item["read_by"]) if item["read_at"] and item["read_by"] else (
                    self.tr("已读") if item["read_at"] else self.tr("未读"))
                title = self.tr("【{0}】{1}").format(label("letter_kind", item["kind"]), item["subject"])
                extra = ("<br>" + escape(self.tr("附件：{0}").format(item["attachment_name"]))
                         if item["attachment_name"] else "")
                blocks.append(
                    "<table width='100%' cellpadding='6' style='margin:4px 0'><tr><td style='background:#f3f3ef'>"
                    f"<b>{escape(title)}</b><br><span style='color:#555'>{escape(head)} · {escape(state)}</span>"
                    f"<br>{escape(item['body']).replace(chr(10), '<br>')}{extra}</td>"
                    "<td width='15%'></td></tr></table>")
            else:
                head = self.tr("镇中心 {0} · {1}").format(item["author"], item["when"])
                about = self.tr("回复“{0}”").format(item["reply_subject"]) if item.get("reply_subject") else ""
                blocks.append(
                    "<table width='100%' cellpadding='6' style='margin:4px 0'><tr><td width='15%'></td>"
                    "<td style='background:#deebf7'>"
                    f"<span style='color:#555'>{escape(head)}{(' · ' + escape(about)) if about else ''}</span>"
                    f"<br>{escape(item['body']).replace(chr(10), '<br>')}</td></tr></table>")
        return "".join(blocks)

    # -- actions ------------------------------------------------------------------------------
    def _ask_file(self, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存附件"), name)
        return path

    def save_attachment(self) -> None:
        letter = self.attachments.currentData()
        if not letter:
            return
        name = self.attachments.currentText().rsplit("（", 1)[0]
        target = self.ask_file(name)
        if not target:
            return

        def saved(path: Path) -> None:
            self.ctx.say(self.tr("附件已保存：{0}").format(path))

        # The letter is read on the database's thread and written to the file there: a failure comes back in words.
        read(self.db, lambda store: save_attachment(store, letter, Path(target)), saved, self)

    def view_attachment(self) -> None:
        """A photo sent with a letter, shown at once (any other file: save it and open it)."""
        letter = self.attachments.currentData()
        if not letter:
            return

        def show(got: tuple[str, bytes]) -> None:
            name, data = got
            image = QImage.fromData(data)
            if image.isNull():
                QMessageBox.information(self, self.tr("附件"), self.tr("“{0}”不是照片，请保存后用别的程序打开").format(name))
                return
            dialog = QDialog(self)
            dialog.setWindowTitle(name)
            layout = QVBoxLayout(dialog)
            picture = QLabel(dialog)
            picture.setPixmap(QPixmap.fromImage(image).scaled(900, 600, Qt.KeepAspectRatio, Qt.SmoothTransformation)
                              if image.width() > 900 or image.height() > 600 else QPixmap.fromImage(image))
            layout.addWidget(picture)
            self.shown_photo = dialog  # tests look at it
            dialog.open()

        read(self.db, lambda store: letter_attachment(store, letter), show, self)

    def send(self) -> None:
        code, body, reply_to, staff = self.code, self.body.toPlainText(), self.reply_to.currentData(), self.ctx.agent_name
        if not code:
            return

        def sent(message_id: str) -> None:
            self.last_answer = message_id
            self.body.clear()
            self.ctx.say(self.tr("已回复 {0}，它下次同步时收到").format(self.talk.get("name", code)))
            read(self.db, lambda store: thread(store, code), self._show, self)

        write(self.db, lambda store: answer(store, code, body, staff, reply_to or None), form=self.form,
              on_done=sent, parent=self)

    def screenshot_variants(self) -> dict:
        """Extra pictures for ``station-app screenshots``: the first station's thread open."""
        from ...boot import wait_idle

        if not self.model.rows:
            return {}

        def show() -> None:
            self.open_thread(self.model.rows[0]["code"], mark=False)
            wait_idle(self.db)  # the picture is taken right after: let the thread arrive

        return {f"{self.key}_thread": show}
