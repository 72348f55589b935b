"""Look and feel: a CJK font, large type, the stylesheet, and resources paths."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station_app.paths import resource_path

CJK_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei", "Source Han Sans SC")


def apply_style(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    font = QFont(next((f for f in CJK_FAMILIES if f in families), app.font().family()))
    font.setPointSize(15)
    app.setFont(font)
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
