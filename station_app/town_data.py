"""Town-owned reference data a station starts with: the service catalogue and the
working-day calendar. The town publishes newer versions by sync; until the first sync a
station works from the copies bundled in ``resources/``.

These rows are not the station's own changes, so they are applied without an outbox row.
"""

from __future__ import annotations

import json
import re

from .catalogue import FORMS
from .errors import ValidationError
from .ids import new_id
from .paths import resource_path
from .store import Op, Store, apply_op
from .store.schema import SCHEMA_VERSION
from .validation import optional_text, required_text

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")


def load_json(name: str) -> dict:
    return json.loads(resource_path(name).read_text(encoding="utf-8"))


def _seed_op(store: Store, entity: str, record_id: str, fields: dict) -> Op:
    now = store.now_iso()
    return Op(new_id(), entity, record_id, "insert", {**fields, "created_at": now},
              0, store.hlc.tick().encode(), None, SCHEMA_VERSION, now)


def catalogue_fields(item: dict) -> dict:
    """A catalogue item as stored, checked field by field (each error names its field,
    so the town's form shows it in place). The code is the record id cases refer to."""
    code = (item.get("code") or "").strip().upper()
    if not code:
        raise ValidationError("required", "请填写事项编号", "code")
    if not CODE_RE.match(code):
        raise ValidationError("bad_item_code", "事项编号只能用字母、数字和短横线，2到16位，如 MZ-08", "code")
    return {
        "code": code,
        "name": required_text(item.get("name"), "name", "事项名称", 60),
        "window": required_text(item.get("window"), "window", "受理窗口", 20),
        "serves": optional_text(item.get("serves"), "serves", "服务对象", 200),
        "basis": optional_text(item.get("basis"), "basis", "政策依据", 1000),
        "procedure": optional_text(item.get("procedure"), "procedure", "办事程序", 1000),
        "time_limit_days": _whole(item.get("time_limit_days"), "time_limit_days", "承诺时限（工作日）", 1, 365),
        "materials": json.dumps(_materials(item.get("materials") or []), ensure_ascii=False, sort_keys=True),
        "fee_fen": _whole(item.get("fee_fen", 0), "fee_fen", "收费标准", 0, 10_000_000, "收费标准应在0到10万元之间"),
        "fee_note": optional_text(item.get("fee_note"), "fee_note", "收费说明", 100),
        "active": 1 if item.get("active", True) else 0,
        "item_version": _whole(item.get("version", 1), "version", "版本", 1, 1_000_000),
    }


def _whole(value, field: str, label: str, low: int, high: int, too_far: str | None = None) -> int:
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    try:
        number = int(value) if whole or isinstance(value, str) else None
    except ValueError:
        number = None
    if number is None:
        raise ValidationError("not_a_number", f"{label}应为整数", field)
    if not low <= number <= high:
        raise ValidationError("out_of_range", too_far or f"{label}应在{low}到{high}之间", field)
    return number


def _materials(listed: list) -> list[dict]:
    """Each material needs a name and one of ``FORMS``; names are trimmed, nothing else changes."""
    checked = []
    for index, material in enumerate(listed, 1):
        if not isinstance(material, dict):
            raise ValidationError("bad_material", f"第 {index} 项材料的写法不对", "materials")
        name = str(material.get("name") or "").strip()
        if not name:
            raise ValidationError("material_name", f"第 {index} 项材料没有写名称", "materials")
        if len(name) > 60:
            raise ValidationError("too_long", f"第 {index} 项材料的名称不能超过60个字", "materials")
        if material.get("form", FORMS[0]) not in FORMS:
            raise ValidationError("bad_form", f"第 {index} 项材料应为：{'、'.join(FORMS)}", "materials")
        checked.append({**material, "name": name})
    return checked


def seed_town_data(store: Store) -> None:
    """Load the bundled catalogue and calendar into an empty store (idempotent)."""
    with store.transaction():
        if not store.scalar("SELECT COUNT(*) FROM catalogue_items"):
            for item in load_json("catalogue.json")["items"]:
                apply_op(store.conn, store.columns, _seed_op(store, "catalogue_items", item["code"], catalogue_fields(item)))
        if not store.scalar("SELECT COUNT(*) FROM calendar_days"):
            for day in load_json("calendar.json")["days"]:
                fields = {"day": day["day"], "kind": day["kind"], "name": day.get("name")}
                apply_op(store.conn, store.columns, _seed_op(store, "calendar_days", day["day"], fields))
