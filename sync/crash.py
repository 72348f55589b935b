"""Named crash points for the crash tests: a process started with
``STATION_SYNC_CRASH_AT=after_hub_commit`` (station) or ``STATION_HUB_CRASH_AT=mid_apply``
(hub) kills itself with SIGKILL when it reaches that point, exactly like a power cut.
``name@N`` crashes at the N-th time the point is reached. Unset: a no-op.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_hits: Counter = Counter()


def crash_point(name: str, env: str = "STATION_SYNC_CRASH_AT") -> None:
    wanted = os.environ.get(env)
    if not wanted:
        return
    point, _, nth = wanted.partition("@")
    if point != name:
        return
    _hits[name] += 1
    if _hits[name] >= int(nth or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
