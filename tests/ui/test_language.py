"""Language: Qt's own dialogs speak Chinese in the Chinese window; in English, the lines
the core makes (Today's to-do, a statement's repayments, refusals) are English too, "1
household" is singular; and each data folder keeps the language chosen there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from gui_helpers import show_page, type_text
from station_app import advances, agents
from station_app.station import open_station
from ui import i18n
from ui.pages.advances.dialogs import CollectionDialog


@pytest.fixture
def english(gui):
    i18n.install(QApplication.instance(), "en")
    yield
    i18n.install(QApplication.instance(), "zh_CN")


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_qt_s_file_dialog_is_chinese_in_the_chinese_window(gui):
    dialog = QFileDialog(None, "选择")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"].startswith("查找范围") and labels["fileTypeLabel"].startswith("文件类型")
    dialog.deleteLater()


def test_today_s_todo_lines_are_english_in_english(qtbot, ctx, english):
    from ui.pages.today import TodayPage

    page = show_page(qtbot, ctx, TodayPage)
    lines = [page.todo.item(i).text() for i in range(page.todo.count())]
    assert lines and any(line.startswith(("⚠ Overdue parcel", "• Case", "⚠ Case", "⚠ Call back")) for line in lines)
    for words in ("超期快递", "代办件", "待回访", "待补正", "入库", "期限", "已报名"):  # the core's own words
        assert not any(words in line for line in lines), words


def test_a_statement_s_repayment_and_a_refusal_are_english_and_one_household_is_singular(
        qtbot, station_ctx, station_folder, english):
    from ui.pages.advances import AdvancesPage

    with open_station(station_folder) as store:
        agent = agents.list_agents(store)[0].id
        elder = store.scalar("SELECT id FROM villagers WHERE name = '张桂兰'")
        advances.give_advance(store, agent, elder, 5000, "代买药")
        advances.record_repayment(store, agent, elder, 2000, "cash", "张建军")
    page = show_page(qtbot, station_ctx, AdvancesPage)
    qtbot.waitUntil(lambda: page.statement is not None and page.lines.rowCount() == 2)
    described = [page.lines.data(page.lines.index(r, 1)) for r in range(2)]
    assert "Repayment (张建军, Cash)" in described

    type_text(page.amount, "99")
    qtbot.keyClick(page.amount, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None)
    page.confirm_dialog.accept()
    error = page.form.errors["amount"]
    qtbot.waitUntil(lambda: station_ctx.db.idle() and not error.isHidden())
    assert "more than is owed" in error.text() and not has_chinese(error.text())

    dialog = CollectionDialog(page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and dialog.total.text() != "")
    assert dialog.total.text().startswith("1 household,")


def test_each_data_folder_keeps_its_own_language(gui, tmp_path):
    real, demo = tmp_path / "station", tmp_path / "demo"
    i18n.set_language("en", real)
    try:
        assert i18n.current_language(real) == "en"
        assert i18n.current_language(demo) == "zh_CN"  # the demo does not follow the real station
    finally:
        i18n.set_language("zh_CN", real)
