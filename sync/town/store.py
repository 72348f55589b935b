"""The town window's own tables in the hub database (staff accounts, report indexes).

Versioned like sync's station tables: ``settings.TOWN_SCHEMA`` counts the steps of
``TOWN_MIGRATIONS`` already run, so these tables evolve apart from the record schema
(``PRAGMA user_version``) and the sync tables (``settings.HUB_SCHEMA``).

The indexes live only in the hub's file: they serve the town's per-station, per-period
queries (the record schema on a station PC is unchanged).
"""

from __future__ import annotations

from station_app.settings import TOWN_SCHEMA
from station_app.store import Store, migrate_side_tables

TOWN_V1 = [
    """CREATE TABLE IF NOT EXISTS town_staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        salt TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        iterations INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    # Per station and period: the report, the dashboard and the charts.
    "CREATE INDEX IF NOT EXISTS town_payments_station ON payments(station_code, paid_at)",
    "CREATE INDEX IF NOT EXISTS town_advances_station ON advances(station_code, advanced_at)",
    "CREATE INDEX IF NOT EXISTS town_repayments_station ON repayments(station_code, received_at)",
    "CREATE INDEX IF NOT EXISTS town_parcels_in_station ON parcels(station_code, checked_in_at)",
    "CREATE INDEX IF NOT EXISTS town_parcels_closed_station ON parcels(station_code, closed_at)",
    "CREATE INDEX IF NOT EXISTS town_parcels_out_station ON parcels_out(station_code, sent_at)",
    "CREATE INDEX IF NOT EXISTS town_cases_station ON cases(station_code, received_at)",
    "CREATE INDEX IF NOT EXISTS town_case_events_station ON case_events(station_code, at)",
    "CREATE INDEX IF NOT EXISTS town_receptions_station ON receptions(station_code, at)",
    "CREATE INDEX IF NOT EXISTS town_feedback_station ON feedback(station_code, at)",
    "CREATE INDEX IF NOT EXISTS town_batches_received ON hub_batches(received_at)",
    "CREATE INDEX IF NOT EXISTS town_problem_stations_code ON hub_problem_stations(station_code)",
]

TOWN_MIGRATIONS: list[tuple[int, list[str]]] = [(1, TOWN_V1)]
TOWN_SCHEMA_VERSION = TOWN_MIGRATIONS[-1][0]


def ensure_town_tables(hub: Store) -> int:
    """Run the missing steps (each in its own transaction); cheap when up to date."""
    return migrate_side_tables(hub, TOWN_SCHEMA.key, TOWN_MIGRATIONS, "镇中心窗口数据")
