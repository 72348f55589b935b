"""Languages: Chinese (zh_CN) is the source language of every string and the default;
English comes from ``resources/translations/station_en.qm``. Qt's own translations are
installed too, so standard dialogs (print, file, message box buttons) speak the same."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from station_app.paths import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}
_installed: list[QTranslator] = []


def context(name: str) -> type:
    """A translation context for module-level strings: ``Text = context("Text")`` then
    ``Text.tr("中文")``. lupdate reads the name before ``.tr`` as the context, so the
    strings are extracted exactly as the run-time lookup asks for them."""
    return type(name, (), {"tr": staticmethod(lambda text, disambiguation=None, n=-1:
                                              QCoreApplication.translate(name, text, disambiguation, n))})


def settings() -> QSettings:
    return QSettings("village-station", "station-app")


def _key(folder) -> str:
    """The language is kept per data folder, on purpose: the demo, a real station and the
    town's folder each open in the language chosen there (a folder never opened in another
    language opens in Chinese). Kept in the user's settings, keyed by the folder's path."""
    if folder is None:
        return "language"
    path = str(Path(folder).expanduser().resolve())
    return "language/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def current_language(folder=None) -> str:
    value = settings().value(_key(folder), "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def set_language(code: str, folder=None) -> None:
    settings().setValue(_key(folder), code)


class QtGaps(QTranslator):
    """Strings Qt's own Chinese catalogue lacks: its file dialog asks "&Look in:" and
    "Files of &type:" (with their shortcut letters) while the catalogue has them without."""

    WORDS = {("QFileDialog", "&Look in:"): "查找范围(&L)：", ("QFileDialog", "Files of &type:"): "文件类型(&T)："}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        # Installed first, so asked last: what no catalogue had stays as it was written
        # (never None: PySide 6.12 mishandles a None returned from a virtual).
        return self.WORDS.get((context, source), source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def install(app: QCoreApplication, code: str | None = None, folder=None) -> str:
    code = code or current_language(folder)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if code == "zh_CN" else QLocale(QLocale.English))
    if code == "zh_CN":
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    candidates = [(f"qtbase_{code}", qt_dir)]
    if code != "zh_CN":
        candidates.append((f"station_{code}", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
