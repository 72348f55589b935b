"""What a write changed, as the window hears of it (Anki's ``OpChanges``, by table).

The writer knows which record types a transaction touched (and whether a setting a
window shows changed); the store gathers them as transactions commit, and the window's
database worker hands them to every view, which reloads only if it shows one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Changes:
    names: frozenset[str] = frozenset()  # tables, and ``settings``
    everything: bool = False  # a store put back from a backup, or a write nobody described

    def touches(self, shown: Iterable[str]) -> bool:
        return self.everything or not self.names.isdisjoint(shown)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.names | other.names, self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.names)


NOTHING = Changes()
EVERYTHING = Changes(everything=True)
