"""What a page is: a titled screen in the navigation, reachable by its function key."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..forms import Form


class Page(QWidget):
    key = ""  # file-name-safe id, used for screenshots and tests

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 12, 20, 12)
        self.title_label = QLabel(self.title(), self)
        self.title_label.setObjectName("pageTitle")
        self.layout_.addWidget(self.title_label)

    def title(self) -> str:
        raise NotImplementedError

    def activated(self) -> None:
        """Called each time the page is shown: put the focus where the next input goes."""

    def ready(self) -> bool:
        """True once the page shows its data (screenshots and tests wait for it)."""
        return True

    def unsaved(self) -> list[str]:
        """The fields typed into and not saved, on every form of the page (its tabs too, not
        its dialogs): closing the window asks before they are lost. A page whose drafts are
        not in a ``Form`` says so by overriding this."""
        fields: list[str] = []
        mine = QWidget.window(self)  # a page may name a field "window" (the town's service windows)
        for form in self.findChildren(Form):
            if QWidget.window(form) is mine:
                fields += [name for name in form.draft() if name not in fields]
        return fields
