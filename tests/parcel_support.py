"""Parcels made for tests: fresh tracking numbers."""

from __future__ import annotations

from itertools import count

_numbers = count(1)


def sf() -> str:
    """A fresh SF tracking number (the courier is guessed from it)."""
    return f"SF{next(_numbers):013d}"
