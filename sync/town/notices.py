"""The town's notices: publishing one to every station or to some, in a category,
withdrawing it, the town's list of the notices it has published, and which stations have
read each one and when (their ``notice_reads`` records, synced up).

A notice goes to every station (no ``hub_notice_audience`` rows) or only to the stations
listed there; ``publish_notice`` / ``withdraw_notice`` write it through the town's write
path, which logs one change per addressed station, so a station never pulls a notice
meant for another.
"""

from __future__ import annotations

import re
from typing import Iterable

from station_app.errors import NotFoundError, ValidationError
from station_app.ids import new_id
from station_app.queries import LIKE, like
from station_app.store import Store
from station_app.validation import choice, required_text

from ..hub.changes import town_write
from ..protocol import NOTICE_CATEGORIES
from ..hub.stations import list_stations

EVERY_STATION = "全部服务站"
# A notice's category (村务公开: the village affairs the law says must be made public), named
# as both sides name it.
CATEGORIES = NOTICE_CATEGORIES
NAMED_IN_LABEL = 4  # more than this and the label says how many instead


def audience_codes(hub: Store, audience: Iterable[str] | str | None) -> list[str] | None:
    """None for every station, else the chosen registered, working stations' codes.
    A string may list codes separated by commas (as typed on the command line)."""
    if audience is None:
        return None
    if isinstance(audience, str):
        audience = re.split(r"[,，、\s]+", audience)
    codes = sorted({str(code).strip().upper() for code in audience if code and str(code).strip()})
    if not codes:
        raise ValidationError("empty_audience", "请至少选一个服务站，或者发给全部服务站", "audience")
    marks = ",".join("?" * len(codes))
    known = {r["code"]: r["revoked_at"] for r in hub.all(
        f"SELECT code, revoked_at FROM hub_stations WHERE code IN ({marks})", codes)}
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError("unknown_station", f"没有登记过这些服务站：{'、'.join(unknown)}", "audience")
    stopped = [code for code in codes if known[code]]
    if stopped:
        raise ValidationError("station_revoked", f"这些服务站已停用，收不到通知：{'、'.join(stopped)}", "audience")
    return codes


def category_code(category: str | None) -> str | None:
    """A category by its code or its Chinese name (as typed on the command line); None: none."""
    if category is None or not str(category).strip():
        return None
    text = str(category).strip()
    by_name = {name: code for code, name in CATEGORIES.items()}
    return choice(by_name.get(text, text), "category", CATEGORIES, "通知类别")


def publish_notice(hub: Store, title: str, body: str, audience: Iterable[str] | str | None = None,
                   category: str | None = None) -> str:
    """A notice to every station (``audience`` None) or only to the listed station codes,
    in one of ``CATEGORIES`` (or none, as notices before categories)."""
    title = required_text(title, "title", "标题", 60)
    body = required_text(body, "body", "内容", 4000)
    category = category_code(category)
    notice_id = new_id()
    with town_write(hub) as w:
        codes = audience_codes(hub, audience)  # inside: a station revoked meanwhile is seen
        w.put_notice(notice_id, {"title": title, "body": body, "published_at": w.now, "category": category}, codes)
        hub.conn.executemany("INSERT INTO hub_notice_audience (notice_id, station_code) VALUES (?, ?)",
                             [(notice_id, code) for code in codes or ()])
    return notice_id


def withdraw_notice(hub: Store, notice_id: str) -> None:
    """Withdrawn for the same stations it was sent to (their copies are marked withdrawn)."""
    with town_write(hub) as w:
        if hub.one("SELECT 1 FROM town_notices WHERE id = ? AND withdrawn_at IS NULL", (notice_id,)) is None:
            raise NotFoundError("unknown_notice", "没有这条通知，或已撤回", "notice")
        w.put_notice(notice_id, {"withdrawn_at": w.now}, _audience(hub, notice_id))


def _audience(hub: Store, notice_id: str) -> list[str] | None:
    codes = [r[0] for r in hub.all("SELECT station_code FROM hub_notice_audience WHERE notice_id = ?"
                                   " ORDER BY station_code", (notice_id,))]
    return codes or None


def notice_of(hub: Store, notice_id: str) -> dict:
    """One notice as ``list_notices`` shows it."""
    return list_notices(hub, notice_id=notice_id)[0]


def short_name(name: str) -> str:
    """朱坡村便民服务站 → 朱坡村: the village is what the town staff say."""
    for suffix in ("便民服务站", "服务站"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def audience_label(codes: list[str], names: dict[str, str]) -> str:
    if not codes:
        return EVERY_STATION
    shown = [short_name(names.get(code, code)) for code in codes]
    if len(shown) > NAMED_IN_LABEL:
        return f"{'、'.join(shown[:NAMED_IN_LABEL])}等 {len(shown)} 个服务站"
    return "、".join(shown)


def list_notices(hub: Store, limit: int | None = None, offset: int = 0, notice_id: str | None = None,
                 search: str | None = None, category: str | None = None) -> list[dict]:
    """The town's notices (or the one ``notice_id``; ``search`` matches the title;
    ``category`` keeps one category), newest first, each with its audience (codes and a
    label), its category and how many of its stations have read it (``reads`` of ``addressed``)."""
    words = like((search or "").strip())
    rows = hub.all(
        "SELECT n.id, n.title, n.body, n.published_at, n.withdrawn_at, n.category,"
        " (SELECT group_concat(a.station_code) FROM hub_notice_audience a WHERE a.notice_id = n.id) AS codes"
        f" FROM town_notices n WHERE (? IS NULL OR n.id = ?) AND n.title {LIKE} AND (? IS NULL OR n.category = ?)"
        " ORDER BY n.published_at DESC, n.rowid DESC LIMIT ? OFFSET ?",
        (notice_id, notice_id, words, category, category, -1 if limit is None else limit, offset))
    stations = list_stations(hub)
    names = {s["code"]: s["name"] for s in stations}
    notices = []
    for row in rows:
        codes = sorted(row["codes"].split(",")) if row["codes"] else []
        addressed = codes or _everyone(stations, row["published_at"])
        read_by = {r[0] for r in hub.all("SELECT station_code FROM notice_reads WHERE notice_id = ?", (row["id"],))}
        notices.append({"id": row["id"], "title": row["title"], "body": row["body"],
                        "published_at": row["published_at"], "withdrawn_at": row["withdrawn_at"],
                        "category": row["category"], "category_label": CATEGORIES.get(row["category"] or "", ""),
                        "audience": codes, "audience_label": audience_label(codes, names),
                        "addressed": len(addressed), "reads": len(read_by & set(addressed))})
    return notices


def _everyone(stations: list[dict], published_at: str) -> list[str]:
    """The stations a notice to every station reaches: all but those stopped before it
    (a station registered later pulls it too, from the start of the change log)."""
    return [s["code"] for s in stations if not s["revoked_at"] or s["revoked_at"] > published_at]


def receipts(hub: Store, notice_id: str) -> list[dict]:
    """Each station the notice went to (and any other that read it), with when it read it
    (None: not yet), read ones first in the order they read it, then the rest by code."""
    notice = notice_of(hub, notice_id) if hub.one("SELECT 1 FROM town_notices WHERE id = ?", (notice_id,)) else None
    if notice is None:
        raise NotFoundError("unknown_notice", "没有这条通知", "notice")
    stations = {s["code"]: s for s in list_stations(hub)}
    read = {r["station_code"]: r["read_at"] for r in hub.all(
        "SELECT station_code, read_at FROM notice_reads WHERE notice_id = ?", (notice_id,))}
    codes = notice["audience"] or _everyone(list(stations.values()), notice["published_at"])
    codes = sorted(set(codes) | set(read))
    rows = [{"code": code, "name": stations.get(code, {}).get("name", code), "read_at": read.get(code)}
            for code in codes]
    rows.sort(key=lambda r: (r["read_at"] is None, r["read_at"] or "", r["code"]))
    return rows

