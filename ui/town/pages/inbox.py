"""收件箱: every batch the hub received, and importing a station's USB file."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton

from station_app.errors import DomainError
from station_app.timeutil import format_local, local_date
from sync.hub.apply import import_held_batches
from sync.hub import review as hub_review
from sync.hub.usb import import_at_hub
from sync.town.lists import INBOX

from ...labels import label
from ...models import Column, RecordModel, right
from ...ops import read, show_failure, write
from ...pages.base import Page
from ...widgets import ListPanel, primary_button


# A mark beside each outcome's word, so the list never speaks by colour alone.
OUTCOME_MARKS = {"ok": "✓", "rejected": "⚠", "conflict": "⚠", "held": "⏳", "merged": "✓"}


def _when(text: str | None) -> str:
    return format_local(text) if text else ""  # stored in UTC, read in Beijing time


def _range(row: dict) -> str:
    first, last = (local_date(row[k]).isoformat() if row.get(k) else "" for k in ("first_at", "last_at"))
    if not first:
        return ""
    return first if first == last else f"{first} ～ {last}"


def _refusals(row: dict) -> str:
    return "；".join(f"{label('sync_problem', r['kind'])}：{r['reason']}" for r in row.get("refusals") or [])


class InboxPage(Page):
    key = "inbox"

    def title(self) -> str:
        return self.tr("收件箱")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        bar = QHBoxLayout()
        hint = QLabel(self.tr("各站送来的数据（网络同步或U盘文件），最新的在上面"), self)
        hint.setObjectName("hint")
        bar.addWidget(hint, 1)
        self.import_button = primary_button(self.tr("导入U盘文件…"), self)
        self.import_button.clicked.connect(lambda: self.import_file())
        bar.addWidget(self.import_button)
        self.layout_.addLayout(bar)
        review = QHBoxLayout()
        self.review_box = QCheckBox(self.tr("网络收到的数据先审核，再由工作人员导入"), self)
        self.review_box.setToolTip(self.tr("打开后，各站网络同步送来的数据先放在这里（“待审核”），"
                                           "看过再导入；U盘文件总是由人导入"))
        self.review_box.toggled.connect(self.set_review)
        review.addWidget(self.review_box)
        # What the import buttons would do now, in words: a button with nothing to do says why.
        self.review_state = QLabel(self)
        self.review_state.setObjectName("hint")
        review.addWidget(self.review_state, 1)
        self.import_held_button = QPushButton(self.tr("导入选中的一批"), self)
        self.import_held_button.clicked.connect(lambda: self.import_selected())
        self.import_all_button = QPushButton(self.tr("全部导入"), self)
        self.import_all_button.setToolTip(self.tr("按各站的先后顺序导入所有待审核的数据"))
        self.import_all_button.clicked.connect(lambda: self.import_all())
        review.addWidget(self.import_held_button)
        review.addWidget(self.import_all_button)
        self.layout_.addLayout(review)
        columns = [
            Column(self.tr("服务站"), lambda r: r.get("station_name") or r["station_code"]),
            Column(self.tr("收到时间"), lambda r: _when(r["received_at"])),
            Column(self.tr("方式"), lambda r: label("batch_via", r["via"])),
            right(self.tr("记录数"), lambda r: r["op_count"]),
            Column(self.tr("记录日期"), _range),
            Column(self.tr("结果"), self._outcome),
            Column(self.tr("拒收与冲突（原因）"), _refusals),
        ]

        self.model = RecordModel(self.db, columns, INBOX, parent=self)
        self.list = ListPanel(self.model, self.tr("按站号筛选，如 ZHUPO"), parent=self)
        self.layout_.addWidget(self.list, 1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.layout_.addWidget(self.detail)
        self.list.selected.connect(self._show_detail)
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))
        self.model.loaded.connect(self._count_held)
        self.model.reload()
        self.setAcceptDrops(True)  # a station's file may be dragged onto the page
        self.held = 0
        read(self.db, hub_review.review_enabled, self._show_review, parent=self)

    def _show_review(self, on: bool) -> None:
        self.review_box.blockSignals(True)
        self.review_box.setChecked(on)
        self.review_box.blockSignals(False)

    def set_review(self, on: bool) -> None:
        def done(_result) -> None:
            self.ctx.say(self.tr("网络数据将先审核再导入") if on else self.tr("网络数据收到即入账"))

        write(self.db, lambda store: hub_review.set_review(store, on), on_done=done, parent=self)

    def _count_held(self) -> None:
        def show(count: int) -> None:
            self.held = count
            self.import_all_button.setText(self.tr("全部导入（{0} 批）").format(count) if count else self.tr("全部导入"))
            self.review_state.setText(self.tr("{0} 批待审核").format(count) if count else self.tr("没有待审核的数据"))

        read(self.db, lambda store: len(hub_review.held_batches(store)), show, parent=self)

    def import_selected(self) -> None:
        row = self.list.current()
        if row and row["outcome"] == "held":
            self._import_held([row["id"]])
        else:
            self._say(self.tr("请先在列表里选中一批“⏳ 待审核”的数据") if self.held
                      else self.tr("没有待审核的数据：网络收到的数据已经入账"))

    def _say(self, text: str) -> None:
        self.review_state.setText("⚠ " + text)
        self.ctx.say(text)

    def import_all(self) -> None:
        if not self.held:
            self._say(self.tr("没有待审核的数据：网络收到的数据已经入账"))
            return
        read(self.db, lambda store: [b["batch_id"] for b in hub_review.held_batches(store)], self._import_held,
             parent=self)

    def _import_held(self, batch_ids: list[str]) -> None:
        """Held batches in order, each in its own transaction; a station whose earlier batch
        could not be imported is skipped for the rest (its later ones would not fit)."""
        staff = self.ctx.agent_name or self.tr("镇中心")

        def finished(done: dict) -> None:
            self.last_result = done
            self.ctx.say(self.tr("已导入 {0} 批，入账 {1} 条，拒收 {2} 条").format(
                done["batches"], done["applied"], done["rejected"]))
            if done["problems"]:
                show_failure(self, DomainError("not_imported", "\n".join(done["problems"])))
            self.model.reload()

        self.review_state.setText(self.tr("正在导入……"))
        write(self.db, lambda store: import_held_batches(store, batch_ids, staff), on_done=finished, parent=self)

    def _outcome(self, row: dict) -> str:
        mark = OUTCOME_MARKS.get(row["outcome"])
        words = label("batch_outcome", row["outcome"])
        return f"{mark} {words}" if mark else words

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_file(files[0])

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading()

    def _show_detail(self, row: dict) -> None:
        if not row:
            self.detail.clear()
            return
        if row["outcome"] == "held":
            self.detail.setText(self.tr("{0}：{1} 条记录（{2}）等待审核；导入后，该站下次同步时确认").format(
                row.get("station_name") or row["station_code"], row["op_count"], _range(row)))
            return
        lines = [self.tr("{0}：收到 {1} 条，入账 {2} 条，跳过 {3} 条，拒收 {4} 条，冲突 {5} 条").format(
            row.get("station_name") or row["station_code"], row["op_count"], row["applied"], row["skipped"],
            row["rejected"], row["conflicts"])]
        if row.get("reviewed_by"):
            lines.append(self.tr("审核导入：{0}，{1}").format(row["reviewed_by"], _when(row["reviewed_at"])))
        if row.get("clock_warning"):
            lines.append("⚠ " + row["clock_warning"])
        lines += [f"⚠ {label('sync_problem', r['kind'])}：{r['reason']}" for r in row.get("refusals") or []]
        self.detail.setText("\n".join(lines))

    def import_file(self, path: str | Path | None = None, reply_path: str | Path | None = None) -> None:
        """Import a station's batch file; then save the reply file for the station.
        Tests pass both paths; a person picks them in file dialogs."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择服务站的U盘文件"), "",
                                                  self.tr("服务站同步文件 (*.vsbatch);;所有文件 (*)"))
            if not path:
                return
        path = Path(path)
        ask = reply_path is None
        target = Path(tempfile.mkdtemp(prefix="reply-")) / "reply.vsreply" if ask else Path(reply_path)
        self.import_button.setEnabled(False)

        def done(result: dict) -> None:
            self.import_button.setEnabled(True)
            self.last_result = result
            saved = target
            if ask:
                name, _ = QFileDialog.getSaveFileName(
                    self, self.tr("保存给服务站的回执文件"), str(path.with_name(f"reply-{result['station']}.vsreply")),
                    self.tr("回执文件 (*.vsreply)"))
                if name:
                    saved = Path(shutil.move(str(target), name))
            self.ctx.say(self.tr("已导入 {0} 的 {1} 条记录（入账 {2}，拒收 {3}）；回执文件：{4}").format(
                result["station"], result["ops"], result["applied"], result["rejected"], saved))

        def failed(err: Exception) -> None:
            self.import_button.setEnabled(True)
            self.last_error = err
            show_failure(self, err)

        self.last_result, self.last_error = None, None
        write(self.db, lambda store: import_at_hub(store, path, target), on_done=done, on_error=failed, parent=self)
