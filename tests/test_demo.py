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
