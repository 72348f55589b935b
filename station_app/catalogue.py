"""The town's service catalogue (服务目录) and its "six publics" (六公开).

The town owns the catalogue and sends it down by sync; a station only reads it, so this
module has no write functions (the store refuses station writes to town-owned tables).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .errors import NotFoundError
from .queries import Listing, Query, Where
from .store import Store

FORMS = ("原件", "复印件", "原件及复印件")

# The six things the town publishes about every item, in the order of its notice board.
SIX_PUBLICS_LABELS = {
    "service": "服务事项",
    "procedure": "办事程序",
    "basis": "政策依据",
    "time_limit": "承诺时限",
    "materials": "办事资料",
    "fee": "收费标准",
}


@dataclass(frozen=True)
class Material:
    name: str
    form: str  # one of FORMS
    required: bool  # False: 容缺, the application is taken and this may follow later

    def __getitem__(self, key: str):
        return getattr(self, key)  # row-style access, like the store's rows


@dataclass(frozen=True)
class CatalogueItem:
    code: str
    name: str
    window: str
    serves: str | None
    basis: str | None
    procedure: str | None
    time_limit_days: int
    materials: tuple[Material, ...]
    fee_fen: int
    fee_note: str | None
    active: bool
    version: int

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"

    def __getitem__(self, key: str):
        return getattr(self, key)  # row-style access, like the store's rows


def _item(row) -> CatalogueItem:
    return CatalogueItem(
        code=row["code"], name=row["name"], window=row["window"], serves=row["serves"],
        basis=row["basis"], procedure=row["procedure"], time_limit_days=row["time_limit_days"],
        materials=tuple(_material(m) for m in json.loads(row["materials"] or "[]")),
        fee_fen=row["fee_fen"], fee_note=row["fee_note"], active=bool(row["active"]),
        version=row["item_version"],
    )


def _material(data: dict) -> Material:
    return Material(str(data["name"]), str(data.get("form") or "原件"), bool(data.get("required", True)))


def _items_where(active_only: bool, window: str | None, search: str | None) -> tuple[str, list]:
    where = Where().search(("code", "name", "window", "serves"), search)
    if active_only:
        where.add("active = 1")
    if window:
        where.add("window = ?", window)
    return where.sql, where.params


_ORDER = " ORDER BY (SELECT MIN(rowid) FROM catalogue_items w WHERE w.window = catalogue_items.window), code"


def list_items(store: Store, active_only: bool = True, window: str | None = None,
               search: str | None = None) -> list[CatalogueItem]:
    """Items grouped by window (in ``windows`` order), then by code; ``search`` matches
    code, name, window or who it serves."""
    sql, params = _items_where(active_only, window, search)
    return [_item(r) for r in store.all("SELECT * FROM catalogue_items" + sql + _ORDER, params)]


@dataclass(frozen=True)
class CatalogueQuery(Query):
    """The catalogue as the window lists it: ``search`` as in ``list_items``, every item or
    the ones taken in now (``active_only``)."""

    active_only: bool = False


def list_catalogue(store: Store, q: CatalogueQuery = CatalogueQuery(), limit: int = 200,
                   offset: int = 0) -> list[dict]:
    """Rows in ``list_items`` order, each the item (``item_row``) with ``first``: it opens
    its window's group (so the list reads in groups, a page at a time)."""
    sql, params = _items_where(q.active_only, None, q.search)
    start = max(offset - 1, 0)  # the row before the page says whether its first row opens a group
    rows = [_item(r) for r in store.all("SELECT * FROM catalogue_items" + sql + _ORDER + " LIMIT ? OFFSET ?",
                                        [*params, limit + offset - start, start])]
    previous = rows.pop(0).window if offset and rows else None
    shown = []
    for item in rows:
        shown.append({**item_row(item), "first": item.window != previous, "item": item})
        previous = item.window
    return shown


def count_catalogue(store: Store, q: CatalogueQuery = CatalogueQuery()) -> int:
    sql, params = _items_where(q.active_only, None, q.search)
    return store.scalar("SELECT COUNT(*) FROM catalogue_items" + sql, params)


def item_row(item: CatalogueItem) -> dict:
    """An item as plain data (what the town's editor fills in and publishes)."""
    return {"code": item.code, "name": item.name, "window": item.window, "serves": item.serves,
            "basis": item.basis, "procedure": item.procedure, "time_limit_days": item.time_limit_days,
            "materials": [{"name": m.name, "form": m.form, "required": m.required} for m in item.materials],
            "fee_fen": item.fee_fen, "fee_note": item.fee_note, "active": item.active, "version": item.version}


CATALOGUE = Listing(CatalogueQuery(), list_catalogue, count_catalogue, frozenset({"catalogue_items"}))


def get_item(store: Store, code: str) -> CatalogueItem:
    """One item, active or paused (an open case may refer to an item paused since)."""
    row = store.one("SELECT * FROM catalogue_items WHERE code = ?", ((code or "").strip().upper(),))
    if row is None:
        raise NotFoundError("unknown_item", "服务目录里没有这个事项", "item_code")
    return _item(row)


def materials(item: CatalogueItem) -> list[Material]:
    return list(item.materials)


def windows(store: Store, active_only: bool = True) -> list[str]:
    """The town's windows, in the order the catalogue first lists them."""
    sql = "SELECT window FROM catalogue_items"
    if active_only:
        sql += " WHERE active = 1"
    return [r[0] for r in store.all(sql + " GROUP BY window ORDER BY MIN(rowid)")]


def fee_text(item: CatalogueItem) -> str:
    if item.fee_fen == 0:
        return item.fee_note or "免费"
    amount = f"{item.fee_fen // 100}.{item.fee_fen % 100:02d}元"
    return f"{amount}（{item.fee_note}）" if item.fee_note else amount


def material_text(material: Material) -> str:
    later = "，可容缺后补" if not material.required else ""
    return f"{material.name}（{material.form}{later}）"


def six_publics(item: CatalogueItem) -> dict[str, str]:
    """The item as the town's notice board shows it, keyed as ``SIX_PUBLICS_LABELS``."""
    listed = "\n".join(f"{i}. {material_text(m)}" for i, m in enumerate(item.materials, 1))
    service = item.name if not item.serves else f"{item.name}\n服务对象：{item.serves}"
    return {
        "service": f"{service}\n受理窗口：{item.window}",
        "procedure": item.procedure or "",
        "basis": item.basis or "",
        "time_limit": f"{item.time_limit_days}个工作日",
        "materials": listed or "无需材料",
        "fee": fee_text(item),
    }
