"""Shelves and pickup codes (取件码) ``shelf-layer-sequence``, e.g. ``3-2-1024``.

Villagers know this format from town parcel stations: the first two numbers send the
agent to the right shelf and layer, the sequence tells two parcels on one layer apart.
The sequence is a running counter kept in the station's local settings; it wraps from
9999 back to 1, so a code is unique only among the parcels still on the shelf, and a
code is freed again when its parcel leaves.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Iterator

from .errors import StateError, ValidationError
from .settings import PICKUP_SEQ, SHELF_LAYOUT
from .store import Store

# Statuses in which a parcel sits on a shelf and holds its code.
ON_SHELF = ("in_stock", "problem")
ON_SHELF_SQL = "('in_stock', 'problem')"

SEQ_MAX = 9999

_CODE_RE = re.compile(r"^\s*(\d{1,2})\s*[-－—_.\s]\s*(\d{1,2})\s*[-－—_.\s]\s*(\d{1,4})\s*$")


@dataclass(frozen=True)
class ShelfLayout:
    shelves: int
    layers: int
    capacity: int  # parcels per layer

    @property
    def total(self) -> int:
        return self.shelves * self.layers * self.capacity

    def slots(self) -> Iterator[tuple[int, int]]:
        for shelf in range(1, self.shelves + 1):
            for layer in range(1, self.layers + 1):
                yield shelf, layer


DEFAULT_LAYOUT = ShelfLayout(shelves=6, layers=4, capacity=50)
LIMITS = {"shelves": 99, "layers": 20, "capacity": 999}
LABELS = {"shelves": "货架数", "layers": "每架层数", "capacity": "每层容量"}


def shelf_layout(store: Store) -> ShelfLayout:
    stored = SHELF_LAYOUT.get(store)
    return ShelfLayout(**stored) if stored else DEFAULT_LAYOUT


def set_shelf_layout(store: Store, shelves: int, layers: int, capacity: int) -> ShelfLayout:
    """Change the station's shelves. Refused if parcels sit on a shelf or layer being removed."""
    layout = ShelfLayout(
        shelves=_count(shelves, "shelves"), layers=_count(layers, "layers"), capacity=_count(capacity, "capacity")
    )
    with store.transaction():
        _check_nothing_left_outside(store, layout)
        SHELF_LAYOUT.put(store, asdict(layout))
    return layout


def _count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= LIMITS[field]:
        raise ValidationError("bad_layout", f"{LABELS[field]}应为1到{LIMITS[field]}之间的整数", field)
    return value


def _check_nothing_left_outside(store: Store, layout: ShelfLayout) -> None:
    row = store.one(
        f"SELECT shelf, layer FROM parcels WHERE status IN {ON_SHELF_SQL}"
        " AND (shelf > ? OR layer > ?) LIMIT 1",
        (layout.shelves, layout.layers),
    )
    if row:
        raise StateError(
            "shelf_not_empty", f"{row['shelf']}号货架第{row['layer']}层还有快递，先取走或移走再改货架",
            "shelves" if row["shelf"] > layout.shelves else "layers",
        )


def occupancy(store: Store) -> dict[tuple[int, int], int]:
    """Parcels on each (shelf, layer), counted in the small index of parcels on the shelf alone."""
    # Named, because without statistics SQLite would take the status index and read every row.
    rows = store.all(
        f"SELECT shelf, layer, COUNT(*) FROM parcels INDEXED BY parcels_shelf_slot"
        f" WHERE status IN {ON_SHELF_SQL} GROUP BY shelf, layer"
    )
    return {(r[0], r[1]): r[2] for r in rows}


def choose_slot(store: Store, shelf: int | None = None, layer: int | None = None) -> tuple[int, int]:
    """The layer asked for, or the first layer (shelf by shelf) that still has room."""
    layout = shelf_layout(store)
    used = occupancy(store)
    if shelf is None:
        if layer is not None:
            raise ValidationError("shelf_required", "指定层时也要指定货架", "shelf")
        for slot in layout.slots():
            if used.get(slot, 0) < layout.capacity:
                return slot
        raise StateError("shelves_full", f"所有货架都满了（共{layout.total}件），请先处理超期快递", "shelf")
    _in_range(shelf, layout.shelves, "shelf", "货架号")
    layers = [layer] if layer is not None else list(range(1, layout.layers + 1))
    if layer is not None:
        _in_range(layer, layout.layers, "layer", "层号")
    for candidate in layers:
        if used.get((shelf, candidate), 0) < layout.capacity:
            return shelf, candidate
    where = f"{shelf}号货架第{layer}层" if layer is not None else f"{shelf}号货架"
    raise StateError("slot_full", f"{where}已满，请换一个位置", "layer" if layer is not None else "shelf")


def _in_range(value: object, top: int, field: str, label: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
        raise ValidationError("bad_slot", f"{label}应在1到{top}之间", field)


def format_code(shelf: int, layer: int, seq: int) -> str:
    return f"{shelf}-{layer}-{seq}"


def next_code(store: Store, shelf: int, layer: int) -> tuple[int, str]:
    """Advance the running counter to the next code not held by a parcel on the shelf.

    Call inside the write transaction: the counter moves with the parcel it numbers.
    """
    seq = PICKUP_SEQ.get(store)
    for _ in range(SEQ_MAX):
        seq = seq % SEQ_MAX + 1
        code = format_code(shelf, layer, seq)
        if not code_in_use(store, code):
            PICKUP_SEQ.put(store, seq)
            return seq, code
    # Only reachable with 9999 parcels on one layer, which the capacity limit forbids.
    raise StateError("codes_exhausted", "这一层的取件码已用完，请换一层", "layer")


def code_in_use(store: Store, code: str) -> bool:
    return store.one(
        f"SELECT 1 FROM parcels WHERE pickup_code = ? AND status IN {ON_SHELF_SQL}", (code,)
    ) is not None


def parse_pickup_code(text: str | None) -> str | None:
    """``3-2-1024``, ``3 2 1024`` or ``3－2－1024`` (typed with a Chinese IME) -> ``3-2-1024``."""
    match = _CODE_RE.match(text or "")
    if not match:
        return None
    return format_code(*(int(g) for g in match.groups()))
