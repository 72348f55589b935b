"""The core's fixed refusals reach the English window in English: every sentence the core
raises the same way every time is listed for translation (ui/core_sentences.py), has an
English translation, and a refusal shown in a dialog goes through the same lookup as one
shown beside a field."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from station_app.errors import StateError, ValidationError
from station_app.paths import resource_path
from ui import i18n
from ui.core_sentences import SENTENCES
from ui.messages import message

ROOT = Path(__file__).resolve().parents[2]
REFUSALS = {"DomainError", "ValidationError", "NotFoundError", "StateError", "BatchRefused"}


def fixed_sentences() -> dict[str, str]:
    """Every refusal sentence written as a plain string in station_app/ and sync/, with
    where it is raised."""
    found: dict[str, str] = {}
    for path in sorted([*(ROOT / "station_app").rglob("*.py"), *(ROOT / "sync").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            sentence = node.args[1]
            if name in REFUSALS and isinstance(sentence, ast.Constant) and isinstance(sentence.value, str):
                found.setdefault(sentence.value, str(path.relative_to(ROOT)))
    return found


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_fixed_refusal_of_the_core_is_listed_for_translation_and_none_that_is_gone():
    raised, listed = fixed_sentences(), set(SENTENCES)
    assert len(raised) > 150  # the scan finds them
    missing = {sentence: where for sentence, where in raised.items() if sentence not in listed}
    assert not missing, f"add these to ui/core_sentences.py and translate them: {missing}"
    assert not listed - set(raised), "ui/core_sentences.py lists sentences the core no longer raises"


def test_every_listed_sentence_has_english():
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "station_en.qm")))
    for sentence in SENTENCES:
        english = translator.translate("CoreMessages", sentence)
        assert english and not has_chinese(english), f"{sentence!r} has no English"
        assert english.count("{text}") == sentence.count("{text}"), sentence


@pytest.fixture
def english(gui):
    i18n.install(gui, "en")
    yield gui
    i18n.install(gui, "zh_CN")


def test_a_refusal_shows_in_english_in_a_dialog_too(english, monkeypatch):
    from ui.ops import show_failure

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    show_failure(None, StateError("voided", "这条记录已经作废过了", "record"))
    show_failure(None, ValidationError("a_new_rule", "一条还没有译文的新规则", "x"))
    assert shown == ["This record has already been voided", "一条还没有译文的新规则"]  # never empty
    assert message(ValidationError("bad_phone", "手机号应为11位数字，以1开头", "phone")) != "手机号应为11位数字，以1开头"
