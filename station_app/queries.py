"""What a list shows, as a query object, and how a page of it is read.

Every list a window shows is a core ``Listing``: a query (a frozen dataclass of the
list's search, filters and order, with the defaults the list starts from), the function
that reads one page of it (``list_…(store, q, limit, offset)``) and the one that counts
it (``count_…(store, q)``). The window changes the query's fields and asks for pages as
the agent scrolls; the core reads only that page wherever SQL can (a list derived from
every row, like a ledger's running balance, says so where it is built).

``shows`` names the record types (tables) a list is read from: the window reloads a
list only when a write touched one of them (see ``store.changes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, TypeVar

from .errors import ValidationError
from .store import Store
from .sync_marks import sync_marks



@dataclass(frozen=True)
class Query:
    """The base of every list's query: what the search box holds."""

    search: str = ""


Q = TypeVar("Q", bound=Query)


@dataclass(frozen=True)
class Listing(Generic[Q]):
    query: Q  # the list as it opens
    rows: Callable[[Store, Q, int, int], list[dict]]
    count: Callable[[Store, Q], int] | None = None
    shows: frozenset[str] = field(default_factory=frozenset)


def read_page(store: Store, listing: Listing, q: Query, limit: int, offset: int, marks: bool = False) -> list[dict]:
    """One page of a list; ``marks``: each row also carries its sync state (``_sync``)."""
    rows = listing.rows(store, q, limit, offset)
    if marks:
        found = sync_marks(store, [r["id"] for r in rows if "id" in r])
        rows = [{**r, "_sync": found.get(r.get("id"), {})} for r in rows]
    return rows


def check_page(limit: int, offset: int) -> tuple[int, int]:
    if not (0 < int(limit) <= 100_000) or int(offset) < 0:
        raise ValidationError("bad_page", "分页参数不对", "limit")
    return int(limit), int(offset)


def like(text: str, *, start: bool = False, end: bool = False) -> str:
    """The LIKE pattern for ``text`` taken literally (``%``, ``_`` and ``\\`` escaped), to be
    used with ``LIKE ? ESCAPE '\\'``: anywhere in the value, or at its start or end."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return ("" if start else "%") + escaped + ("" if end else "%")


LIKE = "LIKE ? ESCAPE '\\'"


def any_column_like(columns: Iterable[str], text: str) -> tuple[str, list[Any]]:
    """``(a LIKE ? ESCAPE '\\' OR b LIKE ? ...)`` and its parameters: ``text`` anywhere in one of them."""
    columns = list(columns)
    return "(" + " OR ".join(f"{c} {LIKE}" for c in columns) + ")", [like(text)] * len(columns)


class Where:
    """A WHERE clause built condition by condition, with its parameters."""

    def __init__(self, *clauses: str):
        self.clauses, self.params = list(clauses), []

    def add(self, clause: str, *params: Any) -> "Where":
        self.clauses.append(clause)
        self.params += params
        return self

    def search(self, columns: Iterable[str], text: str | None) -> "Where":
        """``text`` (stripped) anywhere in one of ``columns``; nothing when it is empty."""
        text = (text or "").strip()
        if text:
            clause, params = any_column_like(columns, text)
            self.add(clause, *params)
        return self

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""
