"""A write says what it changed, and only the views showing it read again: a parcel
scanned at the counter does not reload the payments list, a payment does."""

from __future__ import annotations

import pytest

from gui_helpers import show_page
from station_app import parcels, payments
from station_app.store.changes import Changes
from ui.pages.parcels import ParcelsPage
from ui.pages.payments import PaymentsPage
from ui.pages.today import TodayPage


@pytest.fixture
def pages(qtbot, station_ctx):
    shown = {cls: show_page(qtbot, station_ctx, cls) for cls in (PaymentsPage, ParcelsPage, TodayPage)}
    heard: list[Changes] = []
    station_ctx.db.changed.connect(heard.append)
    resets = {"payments": 0, "shelf": 0}
    shown[PaymentsPage].model.modelReset.connect(lambda: resets.__setitem__("payments", resets["payments"] + 1))
    recent = shown[ParcelsPage].checkin.recent_model
    recent.modelReset.connect(lambda: resets.__setitem__("shelf", resets["shelf"] + 1))
    return shown, heard, resets


def write(qtbot, ctx, fn) -> None:
    agent = ctx.agent_id
    ctx.db.run(lambda store, job: fn(store, agent), writes=True)
    qtbot.waitUntil(ctx.db.idle)


def test_a_scan_reloads_the_shelf_and_not_the_payments(qtbot, station_ctx, pages):
    shown, heard, resets = pages
    write(qtbot, station_ctx, lambda store, agent: parcels.check_in(
        store, agent, "SF1234567890123", recipient_name="王大爷", recipient_phone="13700001111"))
    assert heard[-1].names == {"parcels", "parcel_events"}
    assert resets == {"payments": 0, "shelf": 1}
    assert shown[ParcelsPage].checkin.recent_model.rows[0]["recipient_name"] == "王大爷"


def test_a_payment_reloads_the_payments_list(qtbot, station_ctx, pages):
    shown, heard, resets = pages
    write(qtbot, station_ctx, lambda store, agent: payments.record_payment(
        store, agent, payer_name="张桂兰", bill_kind="electricity", account_no="4101234567", amount_fen=12050,
        method="cash"))
    assert heard[-1].names == {"payments"} and resets == {"payments": 1, "shelf": 0}
    qtbot.waitUntil(lambda: station_ctx.db.idle() and len(shown[PaymentsPage].model.rows) == 1)


def test_a_write_nobody_described_reloads_everything(qtbot, station_ctx, pages):
    _shown, heard, resets = pages
    write(qtbot, station_ctx, lambda store, agent: None)  # wrote nothing the store could name
    assert heard[-1].everything and resets == {"payments": 1, "shelf": 1}
