from datetime import date

from station_app.demo import make_demo
from station_app.station import open_station
from station_app.stats import station_stats
from station_app.store import Store
from station_app.store.replay import differences, outbox_ops, replay
from station_app.town_data import seed_town_data


def test_demo_fills_every_module_consistently(tmp_path):
    data = tmp_path / "demo"
    make_demo(data, days=60, seed=7, today=date(2026, 11, 27))
    with open_station(data) as store:
        stats = station_stats(store, today=date(2026, 11, 27))
        assert stats["villagers"] > 100
        assert stats["payments"]["count"] > 0 and stats["payments"]["amount_fen"] > 0
        assert stats["advances"]["given_fen"] > stats["advances"]["outstanding_fen"] > 0
        assert stats["parcels"]["outgoing_count"] > 0
        assert all(n > 0 for n in stats["parcels"]["by_status"].values()), stats["parcels"]
        assert all(n > 0 for n in stats["cases"]["by_status"].values()), stats["cases"]
        assert stats["receptions"]["count"] > 0 and stats["daily_closes"]["count"] == 59
        assert sum(stats["feedback"]["by_level"].values()) > 0
        # The demo goes through the services, so its outbox rebuilds it exactly.
        with Store(tmp_path / "replayed.db") as copy:
            with copy.transaction():
                copy.set_meta("station_code", store.station_code)
                seed_town_data(copy)
            replay(outbox_ops(store), copy)
            assert differences(store, copy) == []


def test_demo_is_reproducible_from_its_seed(tmp_path):
    figures = []
    for name in ("a", "b"):
        make_demo(tmp_path / name, days=10, seed=3, today=date(2026, 11, 27))
        with open_station(tmp_path / name) as store:
            figures.append(station_stats(store, today=date(2026, 11, 27)))
    assert figures[0] == figures[1]


def test_the_demo_season_of_the_cooperative_and_its_service_days(tmp_path):
    from station_app import coop_accounts, coop_stock, service_days
    from station_app.daily_close import day_sheet

    data = tmp_path / "shimen"
    make_demo(data, days=240, seed=7, today=date(2026, 11, 27), coop=True, service_days=True)
    with open_station(data) as store:
        figures = station_stats(store, today=date(2026, 11, 27))
        desk = figures["coop"]
        assert desk["members"] > 10 and desk["handed_out"] > 50 and desk["settlements"] > 0 and desk["trainings"] > 0
        assert all(item["stock"] >= 0 for item in coop_stock.stock_list(store))
        assert sum(m["owed_fen"] for m in coop_accounts.owing_members(store)) == desk["owed_fen"]
        held, coming = service_days.days_for_station(store)
        assert figures["service_days"]["outcomes"]["done"] > 0 and held["signed_up"] > 0
        assert coming["day"] > "2026-11-27" and all(s["outcome"] is None for s in service_days.signups(store, coming["id"]))
        # The desk's money is in each day's close: a close still matches what it counted.
        closed = store.all("SELECT business_date FROM daily_closes ORDER BY business_date DESC LIMIT 30")
        assert all(day_sheet(store, date.fromisoformat(r[0]))["close"]["matches_current"] for r in closed)
        with Store(tmp_path / "replayed.db") as copy:
            with copy.transaction():
                copy.set_meta("station_code", store.station_code)
                seed_town_data(copy)
                for row in store.all("SELECT * FROM service_days"):  # the town's own records, as pulled
                    copy.conn.execute(f"INSERT INTO service_days VALUES ({','.join('?' * len(row))})", tuple(row))
            replay(outbox_ops(store), copy)
            assert differences(store, copy) == []
