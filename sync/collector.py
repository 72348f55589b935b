"""Garbage collection tuned for bulk sync work.

Packing or applying a page allocates tens of thousands of small containers (parsed JSON,
decoded ops, rows) that live for the page and are freed by reference counting the moment
it is done. CPython's default collector runs a young pass every 700 new containers and
a full pass every hundred of those: it keeps walking the page's containers and, in a
long-running process, everything the process ever loaded (FastAPI and pydantic alone are
hundreds of thousands of objects). ``bench/sync_hub_apply.py`` measured about a third of
the hub's CPU in it. Collecting less often loses nothing: reference cycles are still
collected, only later, and our code makes few of them.
"""

from __future__ import annotations

import gc

YOUNG = 50_000  # new containers between young passes (CPython: 700)
OLDER = 20  # young passes between passes of the next generation (CPython: 10)


def for_bulk_work(freeze: bool = False) -> None:
    """Collect less often, from now on, in this process. ``freeze``: a service that has
    loaded its modules sets what exists now aside, never to be walked again."""
    if freeze:
        gc.collect()
        gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG), max(middle, OLDER), max(old, OLDER))
