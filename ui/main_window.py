"""The station window. It only composes: navigation, pages, status bar, agent session.

It fits the screen it opens on (a village office's 1366×768, an old 1024×768, at 100% or
125%): it opens on the screen's free area, the navigation is as wide as its words need,
each page sits in a scroll area that scrolls only when the screen is too short for it,
and the status bar's sync line gives way before the agent's buttons do. Typed work is
never lost without a word: closing asks when a form holds an unsaved draft, and a lock
or a change of agent keeps the forms as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QPushButton, QScrollArea, QStackedWidget, QStyle, QWidget)

from .context import AppContext
from .dialogs.counter_search import CounterSearch
from .dialogs.login import LoginDialog
from .pages import STATION_PAGES, Registry
from .pages.base import Page
from .session import InactivityLock
from .fitting import ElidedLabel

PREFERRED = (1366, 768)  # the size the window is laid out for; a smaller screen gets what it has
FRAME_ROOM = (16, 40)  # a title bar and borders, which the window manager adds around that size


def window_title(station_name: str, role: str) -> str:
    """The station's name once: "朱坡村便民服务站", not "朱坡村便民服务站 · 便民服务站"."""
    return station_name if not station_name or role in station_name else f"{station_name} · {role}"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, lock_minutes: float | None = None, registry: Registry | None = None):
        super().__init__()
        self.ctx = ctx
        self.registry = registry or STATION_PAGES  # which pages: the station's, or the town's
        self.closing_asked = False  # the agent chose to close and lose the drafts
        self.close_question: QMessageBox | None = None
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(body)
        self.nav.setObjectName("nav")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(body)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.pages: dict[str, Page] = {}  # built on first show
        self.holders: dict[str, QScrollArea] = {}
        self.page_keys_: list[str] = []
        self._shortcuts: list[QShortcut] = []
        self._build_pages()
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_status_bar()
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        ctx.agent_changed.connect(self._show_agent)
        self._show_agent()
        if ctx.sync is not None:
            self.attach_sync(ctx.sync)
        self.lock = InactivityLock(**({"minutes": lock_minutes} if lock_minutes else {}), parent=self)
        QApplication.instance().installEventFilter(self.lock)
        self.lock.locked.connect(self.lock_now)
        self.nav.setCurrentRow(0)
        self.fit_screen()

    # -- size ----------------------------------------------------------------------------
    def fit_screen(self) -> None:
        """Open at 1366×768, or at the screen's free area when that is smaller."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = PREFERRED
        if room is not None:
            width, height = min(width, room.width()), min(height, room.height())
            self.move(room.topLeft())
        self.resize(width, height)
        self.open_maximised = fills(room)

    def show_on_screen(self) -> None:
        """Shown maximised where the window and its title bar would not fit the free area
        (``fills``), else at its size."""
        if self.open_maximised:
            self.showMaximized()
        else:
            self.show()

    def _fit_nav(self) -> None:
        """As wide as the longest entry needs (English is wider than Chinese), no wider."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        # Room for its scroll bar too: on a short screen (125%, 1280×720) the entries scroll.
        scroll_bar = self.nav.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        self.nav.setFixedWidth(min(max(widest + 40 + scroll_bar, 150), 250))

    def _build_pages(self) -> None:
        for number, (key, title) in enumerate(self.registry.nav_entries(), start=1):
            self.page_keys_.append(key)
            shortcut = f"F{number}" if number <= 12 else ""
            item = QListWidgetItem(f"{title}  {shortcut}".rstrip(), self.nav)
            item.setData(Qt.UserRole, key)
            if shortcut:
                self._shortcuts.append(QShortcut(QKeySequence(shortcut), self, activated=lambda k=key: self.show_page(k)))
        self._fit_nav()

    def page(self, key: str) -> Page:
        """The page, imported and built the first time it is asked for."""
        if key not in self.pages:
            holder = QScrollArea(self.stack)  # scrolls only when the screen is shorter than the page
            holder.setObjectName("pageHolder")
            holder.setFrameShape(QFrame.NoFrame)
            holder.setWidgetResizable(True)
            page = self.registry.page_class(key)(self.ctx, holder)
            holder.setWidget(page)
            self.pages[key] = page
            self.holders[key] = holder
            self.stack.addWidget(holder)
        return self.pages[key]

    def page_keys(self) -> list[str]:
        return list(self.page_keys_)

    def retranslate(self, language: str) -> None:
        """Switch the language: install the translators, then rebuild every page in it."""
        from . import i18n

        current = self.current_page().key if self.current_page() else self.page_keys_[0]
        i18n.install(QApplication.instance(), language)
        self.nav.blockSignals(True)
        self.nav.clear()
        for holder in self.holders.values():
            self.stack.removeWidget(holder)
            holder.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.pages, self.holders, self.page_keys_, self._shortcuts = {}, {}, [], []
        self._build_pages()
        self.nav.blockSignals(False)
        self._texts()
        self.show_page(current)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.sync_label = ElidedLabel(self)  # gives way first: the agent's buttons are never cut
        bar.addWidget(self.sync_label, 1)
        self.search_button = None
        if self.registry is STATION_PAGES:  # the counter's villager search: the town window has none
            self.search_button = QPushButton(self)
            self.search_button.clicked.connect(self.counter_search)
            bar.addPermanentWidget(self.search_button)
            self.search_shortcut = QShortcut(QKeySequence("Ctrl+F"), self, activated=self.counter_search)
        self.agent_label = QLabel(self)
        bar.addPermanentWidget(self.agent_label)
        self.switch_button = QPushButton(self)
        self.switch_button.clicked.connect(self.switch_agent)
        bar.addPermanentWidget(self.switch_button)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.lock_now)
        bar.addPermanentWidget(self.lock_button)
        self._texts()

    def _texts(self) -> None:
        self.setWindowTitle(window_title(self.ctx.station.name, self.tr("便民服务站")))
        self._show_sync(self.ctx.sync.state if getattr(self.ctx, "sync", None) else {})
        self.switch_button.setText(self.tr("换人"))
        self.switch_button.setToolTip(self.tr("AB岗换班：换另一位代办员登录"))
        self.lock_button.setText(self.tr("锁定"))
        if self.search_button is not None:
            self.search_button.setText(self.tr("查村民（Ctrl+F）"))
        self._show_agent()

    def attach_sync(self, controller) -> None:
        controller.state_changed.connect(self._show_sync)
        self._show_sync(controller.state)
        sync_page = self.pages.get("sync")
        if sync_page is not None:
            sync_page.attach_sync(controller)

    def _show_sync(self, state: dict) -> None:
        from .sync_status import status_line

        self.sync_label.setText(status_line(state))

    def _show_agent(self) -> None:
        self.agent_label.setText(self.tr("当班：{0}").format(self.ctx.agent_name or "—"))

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _show_row(self, row: int) -> None:
        key = self.nav.item(row).data(Qt.UserRole)
        page = self.page(key)
        self.stack.setCurrentWidget(self.holders[key])
        page.activated()

    def current_page(self) -> Page:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def counter_search(self) -> None:
        """One search for the villager at the counter, and everything the station holds for them."""
        self.search_dialog = CounterSearch(self.ctx.db, self)
        self.search_dialog.go.connect(self.show_page)
        self.search_dialog.open()


    # -- drafts --------------------------------------------------------------------------
    def drafts(self) -> list[str]:
        """What is typed and not saved, one line a page: "代缴费（缴费人、金额）"."""
        lines = []
        for key in self.page_keys_:
            page = self.pages.get(key)
            fields = page.unsaved() if page is not None else []
            if fields:
                lines.append(self.tr("{0}（{1}）").format(page.title(), "、".join(fields)))
        return lines

    def closeEvent(self, event) -> None:
        drafts = [] if self.closing_asked else self.drafts()
        if drafts:
            event.ignore()
            self.ask_before_closing(drafts)
            return
        self.ctx.go_off_duty("logout")
        QApplication.instance().removeEventFilter(self.lock)
        super().closeEvent(event)

    def ask_before_closing(self, drafts: list[str]) -> QMessageBox:
        """Closing (the ✕, Alt+F4) with a half-filled form: go back to it, or close and lose it."""
        box = QMessageBox(QMessageBox.Warning, self.tr("还有没保存的内容"),
                          self.tr("下面填了一半，还没有保存：\n{0}\n\n关闭程序，这些内容就没有了。").format(
                              "\n".join("• " + line for line in drafts)), parent=self)
        self.back_button = box.addButton(self.tr("回去接着填"), QMessageBox.RejectRole)
        self.discard_button = box.addButton(self.tr("不保存，关闭程序"), QMessageBox.DestructiveRole)
        box.setDefaultButton(self.back_button)
        box.setEscapeButton(self.back_button)
        box.buttonClicked.connect(self._close_answered)
        self.close_question = box
        box.open()
        return box

    def _close_answered(self, button) -> None:
        if button is self.discard_button:
            self.closing_asked = True
            self.close()
        else:
            self._go_to_first_draft()

    def _go_to_first_draft(self) -> None:
        for key in self.page_keys_:
            page = self.pages.get(key)
            if page is not None and page.unsaved():
                self.show_page(key)
                return

    # -- agents --------------------------------------------------------------------------
    def switch_agent(self) -> None:
        self._login(locked=False)

    def lock_now(self) -> None:
        self.ctx.go_off_duty("lock")
        self._login(locked=True)

    def _login(self, locked: bool) -> None:
        """The forms stay as they are behind the login: the same agent carries on; another
        agent is told what the one before left unsaved."""
        before = self.ctx.agent_id
        dialog = LoginDialog(self.ctx.db, self.ctx.station.name, locked=locked, parent=self,
                             current=self.ctx.agent_name)
        if dialog.exec() and dialog.agent:
            self.ctx.come_on_duty(dialog.agent.id, dialog.agent.name, "unlock" if locked else "switch")
            drafts = self.drafts()
            if drafts and dialog.agent.id != before:
                self.ctx.say(self.tr("上一位代办员有没保存的内容，请接着填或清空：{0}").format("；".join(drafts)))
        self.lock.timer.start()


def fills(room: QRect | None) -> bool:
    """Whether a window of the preferred size and its frame need more than the screen's
    free area ``room``. A 1366×768 PC is such a screen: its taskbar leaves 1366×728, and a
    window resized to that has its title bar on top, so its bottom row (the agent's name,
    查村民, 锁定) would sit under the taskbar. Maximised, the window manager fits it, frame
    and all."""
    return room is not None and (PREFERRED[0] + FRAME_ROOM[0] > room.width()
                                 or PREFERRED[1] + FRAME_ROOM[1] > room.height())
