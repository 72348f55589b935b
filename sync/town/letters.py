"""Word both ways, the town's side: the stations' letters (a question, a problem, a report,
sometimes with a photo or a file) as one thread per station with what the town has not
read yet, and the town's answers.

An answer is a ``town_messages`` record written through the town's write path for that
station alone, threaded to the letter it answers. What the town has read is the town's
own mark (``hub_letter_reads``): it never travels, as a station's reads of the town's
messages stay on its PC.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station_app import letters as station_letters
from station_app.errors import NotFoundError, StateError
from station_app.queries import Query
from station_app.store import Store
from station_app.timeutil import format_local
from station_app.validation import optional_text, required_text

from ..hub.changes import town_write
from ..hub.stations import get_station

KINDS = station_letters.KINDS


@dataclass(frozen=True)
class ThreadQuery(Query):
    """``search`` matches a station's code or name; ``status`` "unread": threads with letters not read yet."""

    status: str | None = None


def _threads(hub: Store, q: ThreadQuery) -> list[dict]:
    rows = hub.all(
        "SELECT s.code, s.name, s.revoked_at,"
        " (SELECT COUNT(*) FROM station_letters l WHERE l.station_code = s.code) AS letters,"
        " (SELECT COUNT(*) FROM station_letters l WHERE l.station_code = s.code"
        "   AND NOT EXISTS (SELECT 1 FROM hub_letter_reads r WHERE r.letter_id = l.id)) AS unread,"
        " (SELECT COUNT(*) FROM town_messages m WHERE m.to_station = s.code) AS answers,"
        " (SELECT MAX(written_at) FROM station_letters l WHERE l.station_code = s.code) AS last_letter_at,"
        " (SELECT MAX(sent_at) FROM town_messages m WHERE m.to_station = s.code) AS last_answer_at,"
        " (SELECT l.subject FROM station_letters l WHERE l.station_code = s.code"
        "   ORDER BY l.written_at DESC LIMIT 1) AS last_subject"
        " FROM hub_stations s ORDER BY s.code")
    words = q.search.strip().upper()
    threads = []
    for row in rows:
        thread = dict(row)
        if words and words not in thread["code"] and words not in (thread["name"] or "").upper():
            continue
        if q.status == "unread" and not thread["unread"]:
            continue
        thread["last_at"] = max(filter(None, (thread["last_letter_at"], thread["last_answer_at"])), default=None)
        threads.append(thread)
    # Unread first, then the liveliest; stations that never wrote at the end, by code (stable sorts).
    threads.sort(key=lambda t: t["last_at"] or "", reverse=True)
    threads.sort(key=lambda t: not t["unread"])
    return threads


def list_threads(hub: Store, q: ThreadQuery = ThreadQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    """One row per station: its letters, how many the town has not read, the last subject."""
    return _threads(hub, q)[offset:offset + limit]


def count_threads(hub: Store, q: ThreadQuery = ThreadQuery()) -> int:
    return len(_threads(hub, q))


def unread_total(hub: Store) -> int:
    return hub.scalar("SELECT COUNT(*) FROM station_letters l WHERE NOT EXISTS"
                      " (SELECT 1 FROM hub_letter_reads r WHERE r.letter_id = l.id)")


def thread(hub: Store, station: str) -> dict:
    """A station's letters and the town's answers, oldest first (the newest at the bottom)."""
    known = get_station(hub, (station or "").strip().upper())
    code = known["code"]
    items = [{"id": r["id"], "from": "station", "kind": r["kind"], "kind_label": KINDS.get(r["kind"], r["kind"]),
              "subject": r["subject"], "body": r["body"], "at": r["written_at"], "author": r["author"] or "",
              "attachment_name": r["attachment_name"], "in_reply_to": None, "read_at": r["read_at"],
              "read_by": r["read_by"]}
             for r in hub.all("SELECT l.id, l.kind, l.subject, l.body, l.written_at, l.attachment_name,"
                              " a.name AS author, r.read_at, r.staff_name AS read_by FROM station_letters l"
                              " LEFT JOIN agents a ON a.id = l.created_by"
                              " LEFT JOIN hub_letter_reads r ON r.letter_id = l.id WHERE l.station_code = ?", (code,))]
    subjects = {item["id"]: item["subject"] for item in items}
    items += [{"id": r["id"], "from": "town", "kind": None, "kind_label": "", "subject": "", "body": r["body"],
               "at": r["sent_at"], "author": r["staff_name"], "attachment_name": None,
               "in_reply_to": r["in_reply_to"], "reply_subject": subjects.get(r["in_reply_to"] or ""),
               "read_at": None, "read_by": None}
              for r in hub.all("SELECT * FROM town_messages WHERE to_station = ?", (code,))]
    items.sort(key=lambda item: (item["at"], item["from"] == "town"))
    for item in items:
        item["when"] = format_local(item["at"])
    return {"station": code, "name": known["name"], "revoked_at": known["revoked_at"], "items": items,
            "unread": sum(1 for i in items if i["from"] == "station" and not i["read_at"])}


def mark_read(hub: Store, station: str, staff: str | None) -> int:
    """The town opened the station's thread: every letter in it is read now, by ``staff``."""
    code = get_station(hub, (station or "").strip().upper())["code"]
    with hub.transaction():
        done = hub.conn.execute(
            "INSERT INTO hub_letter_reads (letter_id, staff_name, read_at) SELECT l.id, ?, ? FROM station_letters l"
            " WHERE l.station_code = ? AND NOT EXISTS (SELECT 1 FROM hub_letter_reads r WHERE r.letter_id = l.id)",
            (optional_text(staff, "staff", "工作人员", 20), hub.now_iso(), code)).rowcount
        if done:
            hub.note_change("hub_letter_reads")
    return done


def answer(hub: Store, station: str, body: str, staff: str, in_reply_to: str | None = None) -> str:
    """The town writes to a station (an answer to ``in_reply_to``, one of its letters, or a
    message of its own); the station receives it at its next sync, and only that station."""
    body = required_text(body, "body", "回复内容", 2000)
    staff = required_text(staff, "staff", "工作人员姓名", 20)
    code = (station or "").strip().upper()
    with town_write(hub) as w:
        known = get_station(hub, code)
        if known["revoked_at"]:
            raise StateError("station_revoked", f"服务站 {code} 已停用，收不到回复", "station")
        if in_reply_to and not hub.one("SELECT 1 FROM station_letters WHERE id = ? AND station_code = ?",
                                       (in_reply_to, code)):
            raise NotFoundError("unknown_letter", "要回复的信不是这个服务站的", "in_reply_to")
        message_id = w.insert("town_messages", {"to_station": code, "in_reply_to": in_reply_to or None, "body": body,
                                                "staff_name": staff, "sent_at": w.now}, audience=code)
        hub.note_change("town_messages")
    return message_id


def save_attachment(hub: Store, letter_id: str, target: Path) -> Path:
    """Write a letter's attachment (a photo, a file) to ``target``; returns the path."""
    _name, data = station_letters.attachment(hub, letter_id)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def attachment_name(hub: Store, letter_id: str) -> str:
    row = hub.one("SELECT attachment_name FROM station_letters WHERE id = ? AND attachment IS NOT NULL", (letter_id,))
    if row is None:
        raise NotFoundError("no_attachment", "这封信没有附件", "letter")
    return row["attachment_name"] or "attachment"
