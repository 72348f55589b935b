"""Typed errors of the core.

Every rule a user relies on raises one of these with a stable ``code``, the ``field``
it concerns (so a form can show the message next to that field) and a Chinese sentence
an agent understands. The UI may translate by ``code``; the CLI prints ``field: message``.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the core refuses; nothing was written."""

    def __init__(self, code: str, message: str, field: str | None = None, **params):
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message
        self.params = params

    def one_line(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{where}{self.message}"

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, {self.message!r})"


class ValidationError(DomainError):
    """A field value is malformed or out of range."""


class NotFoundError(DomainError):
    """A referenced record (agent, villager, catalogue item, parcel...) does not exist."""


class StateError(DomainError):
    """The record is not in a state that allows this action (illegal transition, already voided...)."""
