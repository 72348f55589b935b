"""收件箱: every batch the hub received, and importing a station's USB file."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel

from sync import town_queries, usb

from ...models import Column, RecordModel, right
from ...ops import show_failure, write
from ...pages.base import Page
from ...widgets import ListPanel, primary_button


def _when(text: str | None) -> str:
    return (text or "")[:16].replace("T", " ")


def _range(row: dict) -> str:
    first, last = (row.get("first_at") or "")[:10], (row.get("last_at") or "")[:10]
    if not first:
        return ""
    return first if first == last else f"{first} ～ {last}"


def _refusals(row: dict) -> str:
    return "；".join(f"{r['kind_label']}：{r['reason']}" for r in row.get("refusals") or [])


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
        columns = [
            Column(self.tr("服务站"), lambda r: r.get("station_name") or r["station_code"]),
            Column(self.tr("收到时间"), lambda r: _when(r["received_at"])),
            Column(self.tr("方式"), lambda r: r["via_label"]),
            right(self.tr("记录数"), lambda r: r["op_count"]),
            Column(self.tr("记录日期"), _range),
            Column(self.tr("结果"), lambda r: (self.tr("✓ {0}") if r["outcome"] == "ok" else self.tr("⚠ {0}")).format(
                r["outcome_label"])),
            Column(self.tr("拒收与冲突（原因）"), _refusals),
        ]

        def fetch(store, filters, limit, offset):
            return town_queries.inbox(store, limit, offset, station=filters.get("search", "").upper() or None)["items"]

        def count(store, filters):
            return town_queries.inbox(store, 0, 0, station=filters.get("search", "").upper() or None)["total"]

        self.model = RecordModel(self.db, columns, fetch, count, parent=self)
        self.list = ListPanel(self.model, self.tr("按站号筛选，如 ZHUPO"), parent=self)
        self.layout_.addWidget(self.list, 1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.layout_.addWidget(self.detail)
        self.list.selected.connect(self._show_detail)
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))
        self.model.reload()
        self.setAcceptDrops(True)  # a station's file may be dragged onto the page

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
        lines = [self.tr("{0}：收到 {1} 条，入账 {2} 条，跳过 {3} 条，拒收 {4} 条，冲突 {5} 条").format(
            row.get("station_name") or row["station_code"], row["op_count"], row["applied"], row["skipped"],
            row["rejected"], row["conflicts"])]
        if row.get("clock_warning"):
            lines.append("⚠ " + row["clock_warning"])
        lines += [f"⚠ {r['kind_label']}：{r['reason']}" for r in row.get("refusals") or []]
        self.detail.setText("\n".join(lines))

    def import_file(self, path: str | Path | None = None, reply_path: str | Path | None = None) -> None:
        """Import a station's batch file; then save the reply file for the station.
        Tests pass both paths; a person picks them in file dialogs."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择服务站的U盘文件"), "",
                                                  self.tr("同步文件 (*.vsb);;所有文件 (*)"))
            if not path:
                return
        path = Path(path)
        ask = reply_path is None
        target = Path(tempfile.mkdtemp(prefix="reply-")) / "reply.vsb" if ask else Path(reply_path)
        self.import_button.setEnabled(False)

        def done(result: dict) -> None:
            self.import_button.setEnabled(True)
            self.last_result = result
            saved = target
            if ask:
                name, _ = QFileDialog.getSaveFileName(
                    self, self.tr("保存给服务站的回执文件"), str(path.with_name(f"reply-{result['station']}.vsb")),
                    self.tr("同步文件 (*.vsb)"))
                if name:
                    saved = Path(shutil.move(str(target), name))
            self.ctx.say(self.tr("已导入 {0} 的 {1} 条记录（入账 {2}，拒收 {3}）；回执文件：{4}").format(
                result["station"], result["ops"], result["applied"], result["rejected"], saved))

        def failed(err: Exception) -> None:
            self.import_button.setEnabled(True)
            self.last_error = err
            show_failure(self, err)

        self.last_result, self.last_error = None, None
        write(self.db, lambda store: usb.import_at_hub(store, path, target), on_done=done, on_error=failed, parent=self)
