"""来信: the station's thread with the town. An agent writes (a question, a problem, a
report) with a photo or a file if need be; the town's answers appear in the same thread
after a sync, the unread ones marked until the thread is opened."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from station_app import letters

from ...forms import Form, combo
from ...labels import labels
from ...ops import read, show_failure, write
from ...widgets import hint, primary_button


class LettersTab(QWidget):
    unread_changed = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self._loaded = False
        self.items: list[dict] = []
        self.attachment: tuple[str, str] | None = None  # (name, base64) chosen for the next letter
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        self.thread = QTextBrowser(self)
        self.thread.setOpenLinks(False)
        self.thread.anchorClicked.connect(lambda url: self.save_attachment(url.toString()))
        left.addWidget(self.thread, 1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        f = self.form = Form(self)
        self.kind = f.add("kind", self.tr("类别"), combo(labels("letter_kind"), self))
        self.subject = f.add("subject", self.tr("标题"), QLineEdit(self))
        self.body = QPlainTextEdit(self)
        f.add("body", self.tr("内容"), self.body)
        files = QWidget(self)
        line = QHBoxLayout(files)
        line.setContentsMargins(0, 0, 0, 0)
        self.attach_button = QPushButton(self.tr("附上照片或文件…"), files)
        self.attach_button.clicked.connect(lambda: self.choose_attachment())
        self.attached = QLabel(files)
        line.addWidget(self.attach_button)
        line.addWidget(self.attached, 1)
        f.add("attachment", self.tr("附件"), files)
        right.addWidget(f, 1)
        self.send_button = primary_button(self.tr("发给镇中心"), self)
        self.send_button.clicked.connect(self.send)
        right.addWidget(self.send_button)
        right.addWidget(hint(self.tr("信在下次同步时送到镇中心，镇里的回复同步后出现在左边。附件不超过 150 KB。"), self))
        row.addLayout(right, 2)
        self.db.watch(self, frozenset({"station_letters", "town_messages"}), self.refresh)
        self.refresh()

    def ready(self) -> bool:
        return self._loaded

    def refresh(self, *_changes) -> None:
        read(self.db, lambda store: {"thread": letters.thread(store), "unread": letters.unread(store)}, self._show, self)

    def _show(self, got: dict) -> None:
        self.items = got["thread"]
        empty = self.tr("还没有来往的信。有问题、要反映情况，在右边写给镇中心。")
        self.thread.setHtml("".join(self._entry(item) for item in self.items)
                            or f"<p style='color:#555'>{escape(empty)}</p>")
        self.thread.verticalScrollBar().setValue(self.thread.verticalScrollBar().maximum())
        self.unread_changed.emit(got["unread"])
        self._loaded = True

    def _entry(self, item: dict) -> str:
        town = item["from"] == "town"
        who = self.tr("镇中心 {0}").format(item["author"] or "") if town else self.tr("本站 {0}").format(item["author"] or "")
        mark = self.tr("新")
        new = f" <b style='color:#b00020'>{escape(mark)}</b>" if town and not item["read"] else ""
        head = f"<b>{escape(who)}</b>　<span style='color:#555'>{escape(item['when'])}</span>{new}"
        if item["kind_label"]:
            head += f"　[{escape(item['kind_label'])}] <b>{escape(item['subject'])}</b>"
        body = escape(item["body"]).replace("\n", "<br>")
        if item["attachment_name"]:
            body += (f"<br><a href='{escape(item['id'])}'>📎 {escape(item['attachment_name'])}</a>")
        colour = "#eef4fb" if town else "#f6f6f2"
        return (f"<table width='100%' cellpadding='8' style='margin:4px 0;background:{colour}'><tr><td>"
                f"{head}<br>{body}</td></tr></table>")

    def opened(self) -> None:
        """The agent looks at the thread: the town's messages count as read."""
        write(self.db, letters.mark_read, parent=self, on_done=lambda n: n and self.refresh())

    def choose_attachment(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("附上照片或文件"), str(Path.home()))
        if not path:
            return
        try:
            self.attachment = letters.attachment_from(Path(path))
        except Exception as err:  # a refusal (too large, unreadable) goes next to the field
            self.attachment = None
            self.attached.setText("")
            if hasattr(err, "field"):
                self.form.show_error(err)
            else:
                show_failure(self, err)
            return
        self.form.clear_error("attachment")
        self.attached.setText(self.attachment[0])

    def send(self) -> None:
        agent, kind, subject, body = self.ctx.agent_id, self.kind.currentData(), self.subject.text(), self.body.toPlainText()
        attachment = self.attachment
        write(self.db, lambda store: letters.write_letter(store, agent, kind, subject, body, attachment), form=self.form,
              parent=self, on_done=lambda _: self._sent())

    def _sent(self) -> None:
        self.ctx.say(self.tr("信已写好，下次同步时送到镇中心"))
        self.subject.clear()
        self.body.clear()
        self.attachment = None
        self.attached.setText("")

    def save_attachment(self, letter_id: str, target: str | None = None) -> None:
        def save(found: tuple[str, bytes]) -> None:
            name, data = found
            where = target
            if where is None:
                where, _ = QFileDialog.getSaveFileName(self, self.tr("保存附件"), str(Path.home() / name))
            if where:
                Path(where).write_bytes(data)
                self.ctx.say(self.tr("附件已保存：{0}").format(where))

        read(self.db, lambda store: letters.attachment(store, letter_id), save, self)
