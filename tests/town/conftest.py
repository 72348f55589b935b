"""Town fixtures: one demo town (3 stations × 10 days) made once per session by the real
``station-hub demo`` command, and fast staff password hashing."""

from __future__ import annotations

import pytest

from sync.town import staff as town_staff
from town_support import local_today, station_hub


@pytest.fixture(autouse=True)
def fast_staff_hashing(monkeypatch):
    monkeypatch.setattr(town_staff, "PASSWORD_ITERATIONS", 1_000)


@pytest.fixture(scope="session")
def demo_town(tmp_path_factory) -> dict:
    """``station-hub demo --stations 3 --days 10`` from the command line."""
    hub_dir = tmp_path_factory.mktemp("town") / "hub"
    done = station_hub("demo", "--data-dir", hub_dir, "--stations", 3, "--days", 10)
    return {"hub": hub_dir, "stations": hub_dir / "demo-stations", "out": done.stdout, "today": local_today()}
