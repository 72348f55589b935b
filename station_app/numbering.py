"""The station's number series: receipts ``ZHUPO-2026-00037`` and cases ``ZHUPO-2026-D0012``.

A number once printed for a villager must never be given to another record, even after
the PC is replaced or an old backup is restored. So the next number of a series is one
after the highest of two things: the numbers in this store, and the *floor* the station
was told by the hub (the highest number the hub holds from it) or carried over from the
store a restore replaced. Floors live in ``meta.number_floors`` and only ever rise.
"""

from __future__ import annotations

from .settings import NUMBER_FLOORS
from .store import Store

RECEIPT_DIGITS = 5
CASE_DIGITS = 4

# entity -> (number column, the part between "{station}-{year}-" and the digits, digits)
SERIES = {
    "payments": ("receipt_no", "", RECEIPT_DIGITS),
    "cases": ("case_no", "D", CASE_DIGITS),
}


def prefix(station: str, entity: str, year: int) -> str:
    return f"{station}-{year:04d}-{SERIES[entity][1]}"


def floors(store: Store) -> dict[str, int]:
    return NUMBER_FLOORS.get(store)


def raise_floors(store: Store, numbers: dict[str, int] | None) -> None:
    """Take the higher of each known floor and ``numbers`` (call inside a transaction)."""
    if not numbers:
        return
    merged = floors(store)
    for key, value in numbers.items():
        if isinstance(value, int) and not isinstance(value, bool) and value > merged.get(key, 0):
            merged[key] = value
    NUMBER_FLOORS.put(store, merged)


def highest(store: Store, entity: str, series_prefix: str, station: str | None = None) -> int:
    """The highest number of one series among the records of this store (0 if none).

    A text range instead of LIKE so the unique index is used; compared as an integer so a
    100000th receipt would still sort after 99999. ``station`` scopes a hub's store."""
    column = SERIES[entity][0]
    scope, params = ("", []) if station is None else (" AND station_code = ?", [station])
    last = store.scalar(
        f"SELECT MAX(CAST(substr({column}, ?) AS INTEGER)) FROM {entity}"
        f" WHERE {column} >= ? AND {column} < ?{scope}",
        [len(series_prefix) + 1, series_prefix, series_prefix[:-1] + chr(ord(series_prefix[-1]) + 1), *params],
    )
    return last or 0


def next_number(store: Store, entity: str, year: int) -> str:
    """The next number of ``entity``'s series for ``year``; call inside the write transaction."""
    series = prefix(store.station_code, entity, year)
    last = max(highest(store, entity, series), floors(store).get(series, 0))
    return f"{series}{last + 1:0{SERIES[entity][2]}d}"


def all_highs(store: Store, station: str) -> dict[str, int]:
    """The highest number of every series of ``station`` in this store (a hub holds many
    stations; a station only its own)."""
    found: dict[str, int] = {}
    for entity, (column, middle, _digits) in SERIES.items():
        width = len(station) + 6 + len(middle)  # "ZHUPO-2026-" + "D"
        rows = store.all(
            f"SELECT substr({column}, 1, ?) AS series, MAX(CAST(substr({column}, ?) AS INTEGER)) AS top"
            f" FROM {entity} WHERE station_code = ? AND {column} LIKE ? GROUP BY series",
            (width, width + 1, station, f"{station}-____-{middle}%"))
        found.update({r["series"]: r["top"] for r in rows if r["top"]})
    return found


def local_highs(store: Store, years: tuple[int, ...]) -> dict[str, int]:
    """This store's highest number in each series of ``years`` (what a push declares)."""
    found = {}
    for entity in SERIES:
        for year in years:
            series = prefix(store.station_code, entity, year)
            top = max(highest(store, entity, series), floors(store).get(series, 0))
            if top:
                found[series] = top
    return found
