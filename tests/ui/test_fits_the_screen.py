"""The window on the PCs village offices have: 1366×768, 1280×720 and old 1024×768 monitors,
at 100% and at 125% scaling (the same screens, a quarter fewer pixels for the window).
The sizes are the window's inside once the taskbar and the title bar have taken theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QTableView

from ui.main_window import MainWindow, fills
from ui.screenshots import settle

AT_100 = [(1366, 698), (1280, 650), (1024, 698)]
AT_125 = [(1093, 558), (1024, 516), (819, 558)]  # 1366×768, 1280×720 and 1024×768 at 125%


def inside(window, widget) -> bool:
    corner = widget.mapTo(window, widget.rect().bottomRight())
    return widget.isVisible() and window.rect().contains(corner) and window.rect().contains(
        widget.mapTo(window, widget.rect().topLeft()))


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx, lock_minutes=600)
    qtbot.addWidget(window)
    window.show()
    return window


def visit(qtbot, window, ctx, key, size):
    window.resize(*size)
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: ctx.db.idle() and page.ready(), timeout=10_000)
    settle()
    return page


def test_the_window_opens_within_the_screen(window):
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.minimumSizeHint().height() <= 516 and window.minimumSizeHint().width() <= 819
    assert window.open_maximised == fills(room)


def test_where_the_title_bar_would_not_fit_too_the_window_opens_maximised():
    """Seen on a 1366×768 screen: resized to the free area, the window's title bar came on
    top of it and its bottom row (查村民, 换人, 锁定) went under the screen's edge."""
    assert fills(QRect(0, 0, 1366, 728))  # 1366×768 with a 40 px taskbar
    assert fills(QRect(0, 0, 1366, 768))  # no taskbar: the title bar still needs room
    assert fills(QRect(0, 0, 1024, 728)) and fills(QRect(0, 0, 1280, 680))
    assert not fills(QRect(0, 0, 1920, 1040))  # a large screen: a window of its own size
    assert not fills(None)


@pytest.mark.parametrize("size", AT_100, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_width_and_no_table_scrolls_sideways(qtbot, window, ctx, size):
    for key in window.page_keys():
        page = visit(qtbot, window, ctx, key, size)
        holder = window.holders[key]
        assert not holder.horizontalScrollBar().isVisible(), f"{key} scrolls sideways at {size}"
        for table in page.findChildren(QTableView):
            if table.isVisible():
                assert not table.horizontalScrollBar().isVisible(), f"a table on {key} scrolls sideways at {size}"
        for part in (window.agent_label, window.switch_button, window.lock_button, window.sync_label):
            assert inside(window, part), f"the status bar is cut on {key} at {size}"


@pytest.mark.parametrize("size", AT_125, ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_125_percent_nothing_is_cut_off(qtbot, window, ctx, size):
    """A page may scroll when the screen has too few pixels for it, but the status bar
    and the navigation stay whole and no everyday list scrolls sideways."""
    for key in window.page_keys():
        page = visit(qtbot, window, ctx, key, size)
        for part in (window.agent_label, window.switch_button, window.lock_button):
            assert inside(window, part), f"the status bar is cut on {key} at {size}"
        for table in page.findChildren(QTableView):
            if table.isVisible():
                assert not table.horizontalScrollBar().isVisible(), f"a table on {key} scrolls sideways at {size}"
        assert inside(window, window.nav)
        assert isinstance(window.holders[key], QAbstractScrollArea)  # what does not fit scrolls, never cut


def test_a_long_cell_is_elided_to_fit_with_its_whole_text_as_tooltip(qtbot, window, ctx):
    page = visit(qtbot, window, ctx, "reception", (1024, 698))
    table = page.log_list.table
    header = table.horizontalHeader()
    assert sum(header.sectionSize(i) for i in range(header.count())) <= table.viewport().width() + 1
    model = page.log
    long_rows = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if len(model.data(model.index(r, c)) or "") > 8]
    if long_rows:
        row, column = long_rows[0]
        assert model.data(model.index(row, column), 0x03) == model.data(model.index(row, column))  # ToolTipRole


def test_in_english_too_no_page_scrolls_sideways_on_a_1024_screen(qtbot, window, ctx):
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    window.retranslate("en")  # English words are longer than Chinese ones
    try:
        for key in window.page_keys():
            visit(qtbot, window, ctx, key, (1024, 698))
            assert not window.holders[key].horizontalScrollBar().isVisible(), f"{key} scrolls sideways in English"
            for part in (window.agent_label, window.switch_button, window.lock_button):
                assert inside(window, part), f"the status bar is cut on {key} in English"
    finally:
        window.retranslate("zh_CN")
        i18n.install(QApplication.instance(), "zh_CN")


def test_a_big_sum_on_a_today_card_is_drawn_smaller_not_cut_and_the_page_keeps_its_width(qtbot, window, ctx):
    """The figures come from the day's work: a busy day's cash must not widen the page."""
    from PySide6.QtGui import QImage

    page = visit(qtbot, window, ctx, "today", (1024, 698))
    card = page.cards["cash"]
    card.set_value("¥123,456.78")
    settle()
    number = card.number
    need = number.fontMetrics().horizontalAdvance(number.text())
    assert need > number.contentsRect().width()  # short of room at 1024 wide: drawn smaller
    assert not window.holders["today"].horizontalScrollBar().isVisible()
    image = QImage(number.size(), QImage.Format_ARGB32)
    number.render(image)
    ink = number.palette().color(number.foregroundRole())
    inked = [x for x in range(image.width()) for y in range(image.height())
             if abs(image.pixelColor(x, y).blue() - ink.blue()) + abs(image.pixelColor(x, y).red() - ink.red()) < 60]
    assert inked and max(inked) < number.contentsRect().right()  # the last digit is drawn inside the label
