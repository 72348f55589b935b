"""通知来信 page: every town notice with its category and read state, one opened (read now,
for the town to see) and printed for the notice board; a letter to the town with a file
(one too large refused next to the field), the town's answer shown as new until the
thread is looked at, and the file saved back out. Checked in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import show_page, stored, type_text
from station_app.ids import new_id
from station_app.station import open_station
from sync.station.state import ensure_station_tables


def publish(folder, title, body, category, published_at):
    """A town notice as sync brings it down."""
    with open_station(folder) as store:
        ensure_station_tables(store)
        store.conn.execute("INSERT INTO town_notices (id, title, body, published_at, category, version, hlc)"
                           " VALUES (?, ?, ?, ?, ?, 1, '000000000000000-00000-TOWN')",
                           (new_id(), title, body, published_at, category))


def test_every_notice_is_there_to_open_and_print(station_ctx, station_folder, qtbot, monkeypatch):
    from ui.pages.town_word import TownWordPage, notices

    for n in range(7):  # more than Today's five
        publish(station_folder, f"通知{n}", f"第{n}条通知的内容\n第二段", "policy", f"2026-11-{10 + n}T02:00:00.000Z")
    publish(station_folder, "2026年第四季度村务公开", "一、集体收入……", "village_affairs", "2026-11-30T02:00:00.000Z")
    page = show_page(qtbot, station_ctx, TownWordPage)
    tab = page.notices
    qtbot.waitUntil(lambda: len(tab.model.rows) == 8)
    assert tab.model.data(tab.model.index(0, 1)) == "村务公开" and "未读" in tab.model.data(tab.model.index(0, 2))
    tab.list.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog.heading.text() == "2026年第四季度村务公开"
    (read,) = stored(station_folder, "SELECT r.notice_id, n.title FROM notice_reads r JOIN town_notices n"
                                     " ON n.id = r.notice_id")
    assert read["title"] == "2026年第四季度村务公开"
    assert stored(station_folder, "SELECT COUNT(*) AS n FROM outbox WHERE entity = 'notice_reads'")[0]["n"] == 1
    tab.dialog.close()
    tab.list.chips.buttons()[-1].click()  # 未读
    qtbot.waitUntil(lambda: not tab.model.is_loading() and len(tab.model.rows) == 7)

    printed = {}
    monkeypatch.setattr(notices, "print_html", lambda parent, html, name: printed.update(html=html))
    tab.list.table.selectRow(0)
    qtbot.mouseClick(tab.print_button, Qt.LeftButton)
    assert "font-size:26pt" in printed["html"] and "第6条通知的内容" in printed["html"]


def test_a_letter_with_a_file_and_the_towns_answer(station_ctx, station_folder, qtbot, tmp_path):
    from ui.pages.town_word import TownWordPage

    page = show_page(qtbot, station_ctx, TownWordPage)
    page.tabs.setCurrentWidget(page.letters)
    tab = page.letters
    big = tmp_path / "big.jpg"
    big.write_bytes(b"x" * 200_000)
    tab.choose_attachment(str(big))
    assert "150 KB" in tab.form.errors["attachment"].text() and tab.attachment is None
    photo = tmp_path / "路灯.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    tab.choose_attachment(str(photo))
    assert tab.attached.text() == "路灯.jpg"
    tab.kind.setCurrentIndex(tab.kind.findData("problem"))
    qtbot.mouseClick(tab.send_button, Qt.LeftButton)  # no subject yet
    qtbot.waitUntil(lambda: station_ctx.db.idle() and tab.form.errors["subject"].text() != "")
    type_text(tab.subject, "三组路灯不亮")
    tab.body.setPlainText("三盏路灯坏了一周。")
    qtbot.mouseClick(tab.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: station_ctx.db.idle() and tab.subject.text() == "" and len(tab.items) == 1)
    (letter,) = stored(station_folder, "SELECT * FROM station_letters")
    assert letter["kind"] == "problem" and letter["attachment_name"] == "路灯.jpg"

    with open_station(station_folder) as store:  # the town's answer, as sync brings it
        store.conn.execute(
            "INSERT INTO town_messages (id, to_station, in_reply_to, body, staff_name, sent_at, created_at, version, hlc)"
            " VALUES (?, ?, ?, '已通知供电所，明天修。', '孙丽', ?, ?, 1, '000000000000000-00000-TOWN')",
            (new_id(), store.station_code, letter["id"], store.now_iso(), store.now_iso()))
        store.note_change("town_messages")
    page.tabs.setCurrentWidget(page.notices)
    tab.refresh()
    qtbot.waitUntil(lambda: "1 条新回复" in page.tabs.tabText(1))
    page.tabs.setCurrentWidget(tab)  # looking at the thread reads it
    qtbot.waitUntil(lambda: station_ctx.db.idle() and page.tabs.tabText(1) == "给镇里写信")
    assert "已通知供电所" in tab.thread.toPlainText()
    saved = tmp_path / "back.jpg"
    tab.save_attachment(letter["id"], str(saved))
    qtbot.waitUntil(lambda: saved.exists())
    assert saved.read_bytes() == b"\xff\xd8photo"
