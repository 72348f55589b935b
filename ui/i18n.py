"""Languages: Chinese (zh_CN) is the source language of every string and the default;
English comes from ``resources/translations/station_en.qm``. Qt's own translations are
installed too, so standard dialogs (print, file, message box buttons) speak the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from station_app.paths import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}
_installed: list[QTranslator] = []


def context(name: str) -> type:
    """A translation context for module-level strings: ``Text = context("Text")`` then
    ``Text.tr("中文")``. lupdate reads the name before ``.tr`` as the context, so the
    strings are extracted exactly as the run-time lookup asks for them."""
    return type(name, (), {"tr": staticmethod(lambda text: QCoreApplication.translate(name, text))})


def settings() -> QSettings:
    return QSettings("village-station", "station-app")


def current_language() -> str:
    value = settings().value("language", "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def set_language(code: str) -> None:
    settings().setValue("language", code)


def install(app: QCoreApplication, code: str | None = None) -> str:
    code = code or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if code == "zh_CN" else QLocale(QLocale.English))
    candidates = [(f"qtbase_{code}", qt_dir)]
    if code != "zh_CN":
        candidates.append((f"station_{code}", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
