"""拒收与冲突: what the hub refused or decided between two edits, for a person to settle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.timeutil import format_local
from sync.town.lists import PROBLEMS
from sync.town.problems import resolve_problem

from ...forms import Form
from ...labels import label
from ...models import Column, RecordModel
from ...ops import write
from ...pages.base import Page
from ...widgets import ListPanel, hint, list_and_side, primary_button


def _when(text: str | None) -> str:
    return format_local(text) if text else ""  # stored in UTC, read in Beijing time


class ProblemsPage(Page):
    key = "problems"

    def title(self) -> str:
        return self.tr("拒收与冲突")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.current: dict = {}
        columns = [
            Column(self.tr("发生时间"), lambda r: _when(r["created_at"])),
            Column(self.tr("服务站"), lambda r: r.get("station_name") or r["station_code"]),
            Column(self.tr("类型"), lambda r: self._kind(r)),
            Column(self.tr("记录"), lambda r: label("record", r["entity"])),
            Column(self.tr("处理"), lambda r: (self.tr("✓ {0}").format(r["resolved_by"] or "")
                                               if r["resolved_at"] else self.tr("⚠ 未处理"))),
            Column(self.tr("原因"), lambda r: r["reason"]),  # long: last, where the row stretches
        ]

        self.model = RecordModel(self.db, columns, PROBLEMS, parent=self)
        # "all" is the chip ListPanel leaves out of the filters; here the default is "open".
        chips = {"open": self.tr("未处理"), "resolved": self.tr("已处理"), "every": self.tr("全部")}
        self.list = ListPanel(self.model, self.tr("按站号筛选，如 ZHUPO"), chips=chips, parent=self)
        self.model.loaded.connect(lambda: setattr(self, "_loaded", True))

        side = QWidget(self)
        column = QVBoxLayout(side)
        self.chosen = QLabel(self.tr("请在左边选一条"), side)
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextSelectableByMouse)
        column.addWidget(self.chosen)
        self.form = Form(side)
        self.resolution = QLineEdit(side)
        self.resolution.setPlaceholderText(self.tr("例如：已电话联系该站，重新登记了这条记录"))
        self.form.add("resolution", self.tr("处理说明"), self.resolution)
        column.addWidget(self.form)
        self.resolve_button = primary_button(self.tr("标记已处理"), side)
        self.resolve_button.clicked.connect(self.resolve)
        column.addWidget(self.resolve_button)
        column.addWidget(hint(self.tr("镇中心已按规则处理了数据（拒收的没有入账；冲突采用了胜出的一方）。"
                                      "核对后写明怎么处理的，服务站下次同步时会看到。"), side))
        column.addStretch(1)
        self.layout_.addWidget(list_and_side(self.list, side, self, 330), 1)
        self.list.selected.connect(self.choose)
        self.resolution.returnPressed.connect(self.resolve)
        self.choose({})
        self.list.apply_filters()

    def screenshot_variants(self) -> dict:
        """The first one chosen, for ``station-app screenshots``."""
        return {"problems_chosen": lambda: self.model.rows and self.select_problem(self.model.rows[0]["id"])}

    def _kind(self, row: dict) -> str:
        return label("sync_problem", row["kind"])

    def ready(self) -> bool:
        return self._loaded and not self.model.is_loading()

    def choose(self, row: dict) -> None:
        self.current = row or {}
        self.form.clear_errors()
        open_ = bool(row) and not row.get("resolved_at")
        self.resolve_button.setEnabled(open_)
        self.resolution.setEnabled(open_)
        if not row:
            self.chosen.setText(self.tr("请在左边选一条"))
            return
        lines = [self.tr("{0} · {1} · {2}").format(row.get("station_name") or row["station_code"],
                                                   self._kind(row), label("record", row["entity"])),
                 row["reason"]]
        detail = row["detail"]
        if row["kind"] == "conflict" and detail.get("field") != "status":  # the reason names both statuses
            lines.append(self.tr("镇中心的值：{0}\n服务站的值：{1}").format(
                (detail.get("town") or {}).get("value", ""), (detail.get("station") or {}).get("value", "")))
        elif detail.get("seq") is not None:
            lines.append(self.tr("服务站第 {0} 条记录，登记于 {1}").format(detail["seq"], _when(detail.get("created_at"))))
        lines.append(self.tr("记录编号：{0}").format(row["record_id"]))
        if row.get("resolved_at"):
            lines.append(self.tr("已处理：{0}，{1}\n{2}").format(row["resolved_by"] or "", _when(row["resolved_at"]),
                                                             row["resolution"] or ""))
        self.chosen.setText("\n".join(lines))

    def select_problem(self, problem_id: str) -> bool:
        row = self.list.select("id", problem_id)
        if row is not None:
            self.choose(row)
        return row is not None

    def resolve(self) -> None:
        row = self.current
        if not row or row.get("resolved_at"):
            return
        text, staff = self.resolution.text(), self.ctx.agent_name or ""

        def done(_settled: dict) -> None:
            self.resolution.clear()
            self.ctx.say(self.tr("已标记处理：{0}").format(row["reason"][:30]))
            self.current = {}
            self.choose({})
            self.model.reload()

        write(self.db, lambda store: resolve_problem(store, row["id"], staff, text),
              form=self.form, on_done=done, parent=self)
