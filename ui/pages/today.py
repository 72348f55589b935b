"""Today (今日): the agent's to-do list. Each figure and each line is one click from its page.
Beside the to-do list, the town's newest notices (``today_notices``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from station_app.money import format_yuan
from station_app.today import today_summary
from sync.station.notices import recent_notices

from ..i18n import context
from ..labels import label
from ..ops import read
from ..widgets import Card
from .base import Page
from .today_notices import TownNoticesPanel


TodoText = context("TodoText")  # lupdate context of the to-do lines


def todo_text(line: dict) -> str:
    """A to-do line in the window's language: the core gives its kind and params (and its
    Chinese text, shown as it is in Chinese or for a kind this table does not know)."""
    p, kind = line.get("params") or {}, line.get("kind")
    words = {
        "case_due": lambda: TodoText.tr("代办件 {0} {1}：{2}，期限 {3}").format(
            p["case_no"], p["item"], label("urgency", p["urgency"]), p["deadline"]),
        "case_to_hand_over": lambda: TodoText.tr("代办件 {0} {1}：{2}，待交给村民").format(
            p["case_no"], p["villager"], label("case_status", p["status"])),
        "case_to_chase": lambda: TodoText.tr("代办件 {0} {1} 待补正：{2}").format(p["case_no"], p["villager"], p["asked_for"]),
        "appointment": lambda: TodoText.tr("预约 {0} {1}：{2}").format(p["time"], p["name"], p["purpose"]),
        "parcel_overdue": lambda: TodoText.tr("超期快递 {0} {1}，{2} 入库").format(p["code"], p["name"], p["since"]),
        "callback": lambda: TodoText.tr("待回访：{0}").format(p["comment"] or TodoText.tr("不满意评价")),
        "service_day": lambda: TodoText.tr("镇里进驻服务 {0} {1}–{2}：已报名 {3} 人").format(
            TodoText.tr("今天") if p["today"] else p["day"], p["starts"], p["ends"], p["signed_up"]),
        "field_request": lambda: TodoText.tr("社员求助 {0}：{1}（{2} 提出）").format(
            p["member"], p["problem"], p["asked_on"]),
        "town_answers": lambda: TodoText.tr("镇中心有 {0} 条新回复，请看“通知来信”").format(p["count"]),
    }
    try:
        return words[kind]() if kind in words else line["text"]
    except KeyError:  # a line from a newer core with other params: its own words
        return line["text"]


class TodayPage(Page):
    key = "today"

    def title(self) -> str:
        return self.tr("今日")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {}
        specs = [
            ("in_stock", self.tr("件快递在架待取"), "parcels"),
            ("overdue_parcels", self.tr("件快递超期未取"), "parcels"),
            ("cases", self.tr("件代办临近期限 / 已超期"), "cases"),
            ("appointments", self.tr("个今日预约"), "reception"),
            ("advances", self.tr("垫付待收回"), "advances"),
            ("cash", self.tr("今日应收现金"), "daily_close"),
            ("callbacks", self.tr("个待回访"), "feedback"),
            ("pending", self.tr("条记录待同步到镇中心"), "sync"),
        ]
        for index, (key, caption, page) in enumerate(specs):
            card = Card(caption, self)
            card.clicked.connect(lambda p=page: self._go(p))
            grid.addWidget(card, index // 4, index % 4)
            self.cards[key] = card
        self.layout_.addLayout(grid)
        below = QHBoxLayout()
        below.setSpacing(16)
        left = QVBoxLayout()
        heading = QLabel(self.tr("待办事项"), self)
        heading.setObjectName("pageTitle")
        left.addWidget(heading)
        self.todo = QListWidget(self)
        self.todo.setWordWrap(True)  # the notices sit beside it now: wrap a long line, never cut it
        self.todo.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.todo.itemActivated.connect(lambda item: self._go(item.data(Qt.UserRole)))
        self.todo.itemClicked.connect(lambda item: self._go(item.data(Qt.UserRole)))
        left.addWidget(self.todo, 1)
        below.addLayout(left, 2)
        self.town_notices = TownNoticesPanel(self)
        below.addWidget(self.town_notices, 1)
        self.layout_.addLayout(below, 1)
        self.db.watch(self, None, self.refresh)  # the waiting count moves with every write
        self.refresh()

    def refresh(self) -> None:
        # One trip to the worker for the figures and the town's notices (one small query):
        # start-up waits for nothing more.
        read(self.db, lambda store: {**today_summary(store), "notices": recent_notices(store)}, self._show, self)

    def _show(self, summary: dict) -> None:
        c = self.cards
        c["in_stock"].set_value(str(summary["parcels"]["in_stock"]))
        c["overdue_parcels"].set_value(str(summary["overdue_parcels"]), warn=summary["overdue_parcels"] > 0)
        due, late = summary["cases_due"], summary["cases_overdue"]
        c["cases"].set_value(f"{due} / {late}", warn=late > 0)
        c["appointments"].set_value(str(summary["appointments"]))
        c["advances"].set_value(summary["advances_outstanding"])
        c["advances"].caption.setText(self.tr("垫付待收回（%n 户）", "", summary["advances_owing"]))
        c["cash"].set_value(format_yuan(summary["cash_expected"]["cash"]))
        late = summary["after_close"]
        if not summary["closed"]:
            caption = self.tr("今日应收现金（未日结）")
        elif late["count"]:
            caption = self.tr("今日已日结；之后又收现金 {0}，记入明天的日结").format(format_yuan(late["income"]["cash"]))
        else:
            caption = self.tr("今日现金（已日结）")
        c["cash"].caption.setText(caption)
        c["callbacks"].set_value(str(summary["callbacks"]), warn=summary["callbacks"] > 0)
        c["pending"].set_value(str(summary["pending_outbox"]))
        self.todo.clear()
        for line in summary["todo"]:
            mark = "⚠ " if line["urgent"] else "• "
            item = QListWidgetItem(mark + todo_text(line), self.todo)
            item.setData(Qt.UserRole, line["page"])
        if not summary["todo"]:
            QListWidgetItem(self.tr("今天没有待办事项。"), self.todo)
        self.town_notices.show_notices(summary["notices"])
        self._loaded = True

    def _go(self, page: str | None) -> None:
        window = self.window()
        if page and hasattr(window, "show_page"):
            window.show_page(page)

    def ready(self) -> bool:
        return self._loaded

    def screenshot_dialogs(self) -> dict:
        """The newest town notice opened, for ``station-app screenshots``."""
        from .today_notices import NoticeDialog

        shown = self.town_notices.notices()
        return {"today_notice": NoticeDialog(shown[0], self)} if shown else {}
