"""Hybrid logical clock (HLC), one per node, persisted with every write.

An HLC timestamp never goes backwards even when the PC's wall clock does (a village PC
whose CMOS battery died boots in 2009), and it orders causally related events across
nodes. Remote timestamps too far in the future are clamped and reported instead of
dragging this node's clock along.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

MAX_FORWARD_DRIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    ms: int
    counter: int
    node: str

    def encode(self) -> str:
        # Fixed-width numbers so the text sorts in timestamp order.
        return f"{self.ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> "HlcTimestamp":
        ms, counter, node = text.split("-", 2)
        return cls(int(ms), int(counter), node)


@dataclass
class Received:
    timestamp: HlcTimestamp
    clamped: bool


class HybridClock:
    def __init__(self, node: str, wall_ms: Callable[[], int], last: HlcTimestamp | None = None):
        self.node = node
        self.wall_ms = wall_ms
        self.last = last or HlcTimestamp(0, 0, node)

    def tick(self) -> HlcTimestamp:
        """Timestamp for a local event."""
        wall = self.wall_ms()
        if wall > self.last.ms:
            self.last = HlcTimestamp(wall, 0, self.node)
        else:
            self.last = HlcTimestamp(self.last.ms, self.last.counter + 1, self.node)
        return self.last

    def receive(self, remote: HlcTimestamp) -> Received:
        """Merge a timestamp seen from another node; clamp it if it is implausibly ahead."""
        wall = self.wall_ms()
        clamped = remote.ms > wall + MAX_FORWARD_DRIFT_MS
        remote_ms = wall if clamped else remote.ms
        top = max(wall, self.last.ms, remote_ms)
        if top == self.last.ms and top == remote_ms:
            counter = max(self.last.counter, remote.counter) + 1
        elif top == self.last.ms:
            counter = self.last.counter + 1
        elif top == remote_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = HlcTimestamp(top, counter, self.node)
        return Received(self.last, clamped)

    def catch_up_with_wall(self, tolerance_ms: int) -> bool:
        """The wall clock was put right after running ahead (someone else confirmed it is
        right now): continue from it, or every later event would carry the old future
        time and win every decision by time until that day comes. Only this node's own
        order is affected, and that is kept by the outbox seq, not by the clock."""
        wall = self.wall_ms()
        if self.last.ms <= wall + tolerance_ms:
            return False
        self.last = HlcTimestamp(wall, 0, self.node)
        return True
