"""A reply for a widget deleted while its job ran (a page rebuilt in another language, a
dialog closed) is dropped: nothing is drawn on a dead widget, and a write still lands."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from gui_helpers import stored
from station_app.agents import list_agents
from station_app.station import open_station
from station_app.villagers import add_villager


def test_replies_to_a_deleted_widget_are_dropped_and_the_write_is_kept(qtbot, station_ctx, station_folder):
    from ui.ops import read, write

    db, gate = station_ctx.db, threading.Event()
    label = QLabel()
    shown = []

    def slow_read(store):
        gate.wait(5)  # the widget goes away while the worker is on it
        return store.scalar("SELECT COUNT(*) FROM villagers")

    read(db, slow_read, lambda n: (shown.append(n), label.setText(str(n))), label)
    with open_station(station_folder) as store:
        agent = list_agents(store)[0].id
    write(db, lambda store: add_villager(store, agent, "王新来"), on_done=lambda _: label.setText("saved"),
          parent=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label))
    gate.set()
    qtbot.waitUntil(db.idle)
    assert shown == []  # the reply was dropped, not drawn on the deleted label
    assert [r["name"] for r in stored(station_folder, "SELECT name FROM villagers WHERE name = '王新来'")] == ["王新来"]

