"""Couriers and their tracking-number formats, read from ``resources/couriers.json``.

The formats are data, not code: when a courier changes its numbering the station gets a
new JSON file, not a new program. A guess is only made when exactly one courier's format
fits; several numeric formats overlap, and a wrong guess printed on a notice is worse
than asking the agent.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .paths import resource_path

TRACKING_MIN = 8
TRACKING_MAX = 32
_TRACKING_RE = re.compile(r"^[0-9A-Z]+$")


@dataclass(frozen=True)
class Courier:
    code: str
    name: str
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, tracking_no: str) -> bool:
        return any(p.match(tracking_no) for p in self.patterns)


def _load() -> tuple[Courier, ...]:
    data = json.loads(resource_path("couriers.json").read_text(encoding="utf-8"))
    return tuple(
        Courier(c["code"], c["name"], tuple(re.compile(p) for p in c.get("patterns", [])))
        for c in data["couriers"]
    )


_ALL = _load()
# Code -> Chinese name, in the order the courier list shows them.
COURIERS: dict[str, str] = {c.code: c.name for c in _ALL}


def normalize_tracking(text: str | None, field: str = "tracking_no") -> str:
    """A scanned or typed tracking number: trimmed, upper case, letters and digits only."""
    # NFKC turns full-width digits and letters typed with a Chinese IME into ASCII.
    value = unicodedata.normalize("NFKC", text or "").strip().upper()
    if not value:
        raise ValidationError("required", "请扫描或填写快递单号", field)
    if any(ch.isspace() for ch in value):
        raise ValidationError("bad_tracking_no", "快递单号中间不能有空格", field)
    if not _TRACKING_RE.match(value):
        raise ValidationError("bad_tracking_no", "快递单号只能包含字母和数字", field)
    if len(value) < TRACKING_MIN:
        raise ValidationError("tracking_too_short", f"快递单号太短（至少{TRACKING_MIN}位），请核对", field, digits=TRACKING_MIN)
    if len(value) > TRACKING_MAX:
        raise ValidationError("tracking_too_long", f"快递单号太长（最多{TRACKING_MAX}位），请核对", field, digits=TRACKING_MAX)
    return value


def matching_couriers(tracking_no: str) -> list[str]:
    """Codes of every courier whose format fits, so the UI can offer only those."""
    value = (tracking_no or "").strip().upper()
    return [c.code for c in _ALL if c.matches(value)]


def guess_courier(tracking_no: str) -> str | None:
    """The courier code when exactly one format fits, else None (the agent chooses)."""
    found = matching_couriers(tracking_no)
    return found[0] if len(found) == 1 else None


def check_courier(code: str | None, field: str = "courier") -> str:
    if code not in COURIERS:
        raise ValidationError("unknown_courier", "无法识别快递公司，请选择", field)
    return code


def courier_name(code: str | None) -> str:
    return COURIERS.get(code or "", code or "")
