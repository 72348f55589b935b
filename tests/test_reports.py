"""Monthly summary figures checked against sums computed independently from the records."""

from datetime import date

from station_app.daily_close import day_sheet
from station_app.demo import make_demo
from station_app.reports import monthly_summary
from station_app.station import open_station
from station_app.timeutil import local_date


def test_monthly_summary_matches_independent_sums(tmp_path):
    make_demo(tmp_path / "d", days=75, seed=11, today=date(2026, 11, 27))
    with open_station(tmp_path / "d") as store:
        voided = {r[0] for r in store.all("SELECT target_id FROM voids")}
        payments = [r for r in store.all("SELECT * FROM payments") if local_date(r["paid_at"]).month == 10]
        kept = [r for r in payments if r["id"] not in voided]
        parcels_in = [r for r in store.all("SELECT checked_in_at FROM parcels") if local_date(r[0]).month == 10]
        sent = [r for r in store.all("SELECT id, sent_at FROM parcels_out")
                if local_date(r[1]).month == 10 and r[0] not in voided]
        opened = [r for r in store.all("SELECT received_at FROM cases") if local_date(r[0]).month == 10]
        receptions = [r for r in store.all("SELECT at, outcome FROM receptions") if local_date(r[0]).month == 10]

        summary = monthly_summary(store, 2026, 10)

    assert summary["payments"]["count"] == len(kept) > 0
    assert summary["payments"]["amount_fen"] == sum(r["amount_fen"] for r in kept)
    assert summary["payments"]["voided_count"] == len(payments) - len(kept)
    assert sum(summary["payments"]["by_method_fen"].values()) == summary["payments"]["amount_fen"]
    assert summary["parcels"]["checked_in"] == len(parcels_in)
    assert summary["cases"]["opened"] == len(opened)
    answered = sum(1 for r in receptions if r[1] in ("answered", "referred"))
    assert summary["services_handled"] == len(kept) + len(parcels_in) + len(sent) + len(opened) + answered
    assert summary["receptions"]["count"] == len(receptions)


def test_day_sheet_totals_add_up(tmp_path):
    make_demo(tmp_path / "d", days=5, seed=5, today=date(2026, 11, 27))
    with open_station(tmp_path / "d") as store:
        sheet = day_sheet(store, date(2026, 11, 25))
    assert sheet["close"] is not None
    lines = sheet["close"]["lines"]
    assert {l["channel"] for l in lines} == {"cash", "wechat", "alipay"}
    for line in lines:
        assert line["variance_fen"] == line["counted_fen"] - line["expected_fen"]
