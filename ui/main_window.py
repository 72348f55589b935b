"""The station window. It only composes: navigation, pages, status bar, agent session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QPushButton, QStackedWidget, QWidget)

from .context import AppContext
from .dialogs.counter_search import CounterSearch
from .dialogs.login import LoginDialog
from .pages import STATION_PAGES, Registry
from .pages.base import Page
from .session import InactivityLock


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, lock_minutes: float | None = None, registry: Registry | None = None):
        super().__init__()
        self.ctx = ctx
        self.registry = registry or STATION_PAGES  # which pages: the station's, or the town's
        self.resize(1366, 800)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(body)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget(body)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.pages: dict[str, Page] = {}  # built on first show
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

    def _build_pages(self) -> None:
        for number, (key, title) in enumerate(self.registry.nav_entries(), start=1):
            self.page_keys_.append(key)
            shortcut = f"F{number}" if number <= 12 else ""
            item = QListWidgetItem(f"{title}   {shortcut}".rstrip(), self.nav)
            item.setData(Qt.UserRole, key)
            if shortcut:
                self._shortcuts.append(QShortcut(QKeySequence(shortcut), self, activated=lambda k=key: self.show_page(k)))

    def page(self, key: str) -> Page:
        """The page, imported and built the first time it is asked for."""
        if key not in self.pages:
            page = self.registry.page_class(key)(self.ctx, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
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
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.pages, self.page_keys_, self._shortcuts = {}, [], []
        self._build_pages()
        self.nav.blockSignals(False)
        self._texts()
        self.show_page(current)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.sync_label = QLabel(self)
        bar.addWidget(self.sync_label)
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
        self.setWindowTitle(self.tr("{0} · 便民服务站").format(self.ctx.station.name))
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
        self.stack.setCurrentWidget(page)
        page.activated()

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def counter_search(self) -> None:
        """One search for the villager at the counter, and everything the station holds for them."""
        self.search_dialog = CounterSearch(self.ctx.db, self)
        self.search_dialog.go.connect(self.show_page)
        self.search_dialog.open()

    def switch_agent(self) -> None:
        self._login(locked=False)

    def lock_now(self) -> None:
        self.ctx.go_off_duty("lock")
        self._login(locked=True)

    def _login(self, locked: bool) -> None:
        dialog = LoginDialog(self.ctx.db, self.ctx.station.name, locked=locked, parent=self)
        if dialog.exec() and dialog.agent:
            self.ctx.come_on_duty(dialog.agent.id, dialog.agent.name, "unlock" if locked else "switch")
        self.lock.timer.start()

    def closeEvent(self, event) -> None:
        self.ctx.go_off_duty("logout")
        QApplication.instance().removeEventFilter(self.lock)
        super().closeEvent(event)
