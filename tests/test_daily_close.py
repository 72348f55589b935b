"""Daily close: expected money per channel against what the agent counts."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from station_app.advances import give_advance, record_repayment
from station_app.daily_close import close_day, day_sheet, expected_for_day, get_close, void_close
from station_app.errors import StateError, ValidationError
from station_app.payments import record_payment, void_payment
from station_app.timeutil import LOCAL_TZ
from station_app.voids import void_record

DAY = date(2026, 11, 26)


def outbox_count(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM outbox")


def at(clock, day: date, hour: int, minute: int = 0):
    clock.moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ)


def pay(store, agent, amount_fen, method, **extra) -> str:
    return record_payment(store, agent, payer_name="张桂兰", bill_kind="electricity", account_no="41001",
                          amount_fen=amount_fen, method=method, **extra)


def send_parcel(store, agent, fee_fen, method) -> str:
    # parcels_out belongs to another module; the row is written through the one write path.
    with store.write(agent) as w:
        return w.insert("parcels_out", {
            "sender_name": "王大妈", "receiver_name": "王小明", "receiver_phone": "13800000000",
            "receiver_address": "郑州市金水区", "courier": "EMS", "tracking_no": "9800000000001",
            "fee_fen": fee_fen, "method": method, "sent_at": store.now_iso()})


@pytest.fixture
def busy_day(station, agent, villager, clock):
    """A day with every kind of money line, some voided, and neighbours on either side."""
    at(clock, DAY - date.resolution, 23, 59)
    pay(station, agent, 99999, "cash")  # the evening before: not this day
    at(clock, DAY, 8, 5)
    pay(station, agent, 10000, "cash")
    pay(station, agent, 2500, "wechat")
    wrong = pay(station, agent, 7777, "cash")
    void_payment(station, agent, wrong, "金额错")
    pay(station, agent, 6000, "advance", villager_id=villager)  # station pays: nothing comes in
    record_repayment(station, agent, villager, 3000, "alipay", "张建军")
    send_parcel(station, agent, 1200, "cash")
    void_record(station, agent, "parcels_out", send_parcel(station, agent, 800, "wechat"), "重复登记")
    give_advance(station, agent, villager, 500, "代买药")
    at(clock, DAY + date.resolution, 0, 1)
    pay(station, agent, 88888, "wechat")  # just after midnight: the next day
    at(clock, DAY + date.resolution, 9, 0)  # the close happens the morning after
    return DAY


def test_expected_counts_only_money_that_came_in(station, busy_day):
    assert expected_for_day(station, busy_day) == {"cash": 11200, "wechat": 2500, "alipay": 3000}
    assert all(isinstance(v, int) for v in expected_for_day(station, busy_day).values())


def test_balanced_close_stores_its_lines(station, agent, busy_day):
    close_id = close_day(station, agent, busy_day, {"cash": 11200, "wechat": 2500, "alipay": 3000})
    row = station.get("daily_closes", close_id)
    assert row["business_date"] == "2026-11-26"
    assert row["carried_forward_fen"] == 11200  # defaults to the cash counted
    lines = json.loads(row["lines"])
    assert [(l["channel"], l["expected_fen"], l["counted_fen"], l["variance_fen"], l["reason"]) for l in lines] == [
        ("cash", 11200, 11200, 0, None), ("wechat", 2500, 2500, 0, None), ("alipay", 3000, 3000, 0, None)]
    assert get_close(station, busy_day)["id"] == close_id


def test_variance_needs_a_reason(station, agent, busy_day):
    before = outbox_count(station)
    with pytest.raises(ValidationError) as info:
        close_day(station, agent, busy_day, {"cash": 11000, "wechat": 2500, "alipay": 3000})
    assert info.value.field == "reason_cash"
    assert "现金短款 ¥2.00" in info.value.message and "-" not in info.value.message  # 短款, not 相差-¥2.00
    assert outbox_count(station) == before
    close_id = close_day(station, agent, busy_day, {"cash": 11000, "wechat": 2500, "alipay": 3000},
                         reasons={"cash": "找零多给了2元"}, carried_forward_fen=5000, note="交镇上6000")
    row = station.get("daily_closes", close_id)
    cash = json.loads(row["lines"])[0]
    assert (cash["variance_fen"], cash["reason"]) == (-200, "找零多给了2元")
    assert (row["carried_forward_fen"], row["note"]) == (5000, "交镇上6000")


@pytest.mark.parametrize("counted, kwargs, field", [
    ({"cash": 112.0, "wechat": 2500, "alipay": 3000}, {}, "counted_cash"),
    ({"cash": -1, "wechat": 2500, "alipay": 3000}, {}, "counted_cash"),
    ({"cash": 11200, "wechat": 2500, "alipay": 3000, "card": 1}, {}, "counted"),
    ({"cash": 11200, "wechat": 2500, "alipay": 3000}, {"reasons": {"bank": "x"}}, "reasons"),
    ({"cash": 11200, "wechat": 2500, "alipay": 3000}, {"carried_forward_fen": 11201}, "carried_forward_fen"),
    ({"cash": 11200, "wechat": 2500, "alipay": 3000}, {"carried_forward_fen": 100.0}, "carried_forward_fen"),
    ({"cash": 11200, "wechat": 2400, "alipay": 3000}, {"reasons": {"wechat": "  "}}, "reason_wechat"),
])
def test_bad_close_writes_nothing(station, agent, busy_day, counted, kwargs, field):
    before = outbox_count(station)
    with pytest.raises(ValidationError) as info:
        close_day(station, agent, busy_day, counted, **kwargs)
    assert info.value.field == field
    assert outbox_count(station) == before


def test_missing_channel_counts_as_zero(station, agent):
    close_id = close_day(station, agent, DAY, {})
    assert [l["counted_fen"] for l in get_close(station, DAY)["lines"]] == [0, 0, 0]
    assert station.get("daily_closes", close_id)["carried_forward_fen"] == 0


def test_future_days_cannot_be_closed(station, agent):
    with pytest.raises(ValidationError) as info:
        close_day(station, agent, date(2026, 11, 28), {})  # the clock says the 27th
    assert info.value.field == "day"
    with pytest.raises(ValidationError):
        close_day(station, agent, datetime(2026, 11, 26, 12), {})


def test_one_close_per_day_until_it_is_voided(station, agent, busy_day):
    first = close_day(station, agent, busy_day, {"cash": 11200, "wechat": 2500, "alipay": 3000})
    before = outbox_count(station)
    with pytest.raises(StateError) as info:
        close_day(station, agent, busy_day, {"cash": 11200, "wechat": 2500, "alipay": 3000})
    assert info.value.code == "already_closed"
    assert outbox_count(station) == before
    void_close(station, agent, first, "清点有误，重新日结")
    second = close_day(station, agent, busy_day, {"cash": 11200, "wechat": 2500, "alipay": 3000})
    assert get_close(station, busy_day)["id"] == second


def test_cash_left_in_the_till_is_expected_the_next_day(station, agent, clock):
    at(clock, date(2026, 11, 24), 10)
    pay(station, agent, 4000, "cash")
    at(clock, date(2026, 11, 25), 10)
    pay(station, agent, 1000, "cash")
    at(clock, date(2026, 11, 27), 9)
    monday = close_day(station, agent, date(2026, 11, 24), {"cash": 4000}, carried_forward_fen=3000)
    assert expected_for_day(station, date(2026, 11, 25))["cash"] == 4000  # 3,000 kept + 1,000 taken
    tuesday = close_day(station, agent, date(2026, 11, 25), {"cash": 4000}, carried_forward_fen=500)
    assert expected_for_day(station, date(2026, 11, 26))["cash"] == 500
    with pytest.raises(StateError) as info:
        void_close(station, agent, monday, "重做")  # Tuesday's expectation rests on it
    assert info.value.code == "later_close_exists"
    void_close(station, agent, tuesday, "重做")
    assert expected_for_day(station, date(2026, 11, 26))["cash"] == 3000  # back to Monday's till
    void_close(station, agent, monday, "重做")
    assert expected_for_day(station, date(2026, 11, 25))["cash"] == 1000


def test_day_sheet_lists_every_line_and_flags_a_stale_close(station, agent, busy_day):
    sheet = day_sheet(station, busy_day)
    assert sheet["station"] == {"code": "ZHUPO", "name": "朱坡村便民服务站", "phone": ""}
    assert sheet["date"] == "2026-11-26"
    kinds = [(l["kind"], l["amount_fen"], l["voided"], l["in_totals"]) for l in sheet["lines"]]
    assert kinds == [
        ("payment", 10000, False, True), ("payment", 2500, False, True), ("payment", 7777, True, False),
        ("payment", 6000, False, False), ("repayment", 3000, False, True), ("parcel_out", 1200, False, True),
        ("parcel_out", 800, True, False), ("advance", 500, False, False)]
    assert [l["at"] for l in sheet["lines"]] == sorted(l["at"] for l in sheet["lines"])
    assert sheet["lines"][0]["time"] == "08:05" and sheet["lines"][0]["kind_label"] == "代缴电费"
    assert sheet["lines"][2]["void_reason"] == "金额错"
    assert sheet["lines"][3]["method_label"] == "站点垫付"
    assert sheet["lines"][4]["person"] == "张建军" and sheet["lines"][4]["ref"] == "张桂兰"
    assert sheet["income"] == {"cash": 11200, "wechat": 2500, "alipay": 3000}
    assert sheet["expected"] == sheet["income"] and sheet["carried_in_fen"] == 0
    assert sheet["close"] is None

    close_day(station, agent, busy_day, {"cash": 11200, "wechat": 2500, "alipay": 3000})
    assert day_sheet(station, busy_day)["close"]["matches_current"] is True
    late_void = station.scalar("SELECT id FROM payments WHERE amount_fen = 2500")
    void_payment(station, agent, late_void, "其实没有收到")
    sheet = day_sheet(station, busy_day)
    assert sheet["close"]["matches_current"] is False
    assert sheet["close"]["agent_name"] == "王秀英"
    assert sheet["expected"]["wechat"] == 0


def test_money_taken_after_the_close_belongs_to_the_next_close(station, agent, clock):
    """A cash payment at 18:00 after the 17:00 close: the close stays as it was (no
    "a record was voided after the close"), the day says 1 payment came after it, and the
    next day's close expects it."""
    from station_app.daily_close import after_close, business_window

    at(clock, DAY, 9)
    pay(station, agent, 10000, "cash")
    at(clock, DAY, 17)
    close_day(station, agent, DAY, {"cash": 10000})
    at(clock, DAY, 18)
    pay(station, agent, 3500, "cash")  # after the close: counted in the next day

    sheet = day_sheet(station, DAY)
    assert sheet["close"]["matches_current"] is True  # nothing was voided: no false warning
    assert sheet["expected"]["cash"] == 10000
    after = sheet["after_close"]
    assert (after["count"], after["income"]["cash"], after["next_day"]) == (1, 3500, "2026-11-27")
    late_line, = [line for line in sheet["lines"] if line["amount_fen"] == 3500]
    assert late_line["next_close"] and not late_line["in_totals"]

    next_day = DAY + date.resolution
    assert expected_for_day(station, next_day)["cash"] == 10000 + 3500  # carried over, and the late payment
    next_sheet = day_sheet(station, next_day)
    carried_line, = [line for line in next_sheet["lines"] if line["amount_fen"] == 3500]
    assert carried_line["day_before"] and carried_line["in_totals"]
    assert business_window(station, next_day)[0] == get_close(station, DAY)["closed_at"]

    # Reopening the day (void the close, with its reason) counts it in the day again.
    void_close(station, agent, get_close(station, DAY)["id"], "晚上又收了一笔电费，重新日结")
    assert expected_for_day(station, DAY)["cash"] == 13500 and after_close(station, DAY)["count"] == 0
