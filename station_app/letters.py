"""Word both ways between a station and the town (today a WeChat group): an agent writes
to the town — a question, a problem, a report, with a photo or a file if needed — and the
town answers or writes first. One thread per station, synced, with unread counts on both
sides (each side keeps what it has read). Which town notices the station read is synced
too, so the town sees who read a notice and when.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from .agents import require_agent
from .errors import NotFoundError, ValidationError
from .store import Store
from .timeutil import format_local
from .validation import choice, optional_text, required_text

KINDS = {"question": "咨询", "problem": "反映问题", "report": "报告"}
# A photo from a phone, shrunk, or a short document: it travels inside one sync page.
MAX_ATTACHMENT_BYTES = 150 * 1024


def attachment_from(path: Path) -> tuple[str, str]:
    """A file chosen to go with a letter: (its name, its bytes as base64)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("unreadable_attachment", "读不了这个文件", "attachment") from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError("attachment_too_large", f"附件不能超过 {MAX_ATTACHMENT_BYTES // 1024} KB，"
                              f"照片请先缩小", "attachment")
    return path.name[-60:], base64.b64encode(data).decode("ascii")


def write_letter(store: Store, agent_id: str, kind: str, subject: str, body: str,
                 attachment: tuple[str, str] | None = None) -> str:
    require_agent(store, agent_id)
    fields = {"kind": choice(kind, "kind", KINDS, "类别"), "subject": required_text(subject, "subject", "标题", 60),
              "body": required_text(body, "body", "内容", 2000), "written_at": store.now_iso(),
              "attachment_name": None, "attachment": None}
    if attachment:
        name, data = attachment
        try:
            size = len(base64.b64decode(data, validate=True))
        except (binascii.Error, ValueError):
            raise ValidationError("bad_attachment", "附件损坏", "attachment") from None
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("attachment_too_large", f"附件不能超过 {MAX_ATTACHMENT_BYTES // 1024} KB", "attachment")
        fields["attachment_name"], fields["attachment"] = optional_text(name, "attachment", "附件名", 60), data
    with store.write(agent_id) as w:
        return w.insert("station_letters", fields)


def thread(store: Store) -> list[dict]:
    """The station's letters and the town's messages, oldest first (newest at the bottom)."""
    items = [{"id": r["id"], "from": "station", "kind": r["kind"], "kind_label": KINDS[r["kind"]],
              "subject": r["subject"], "body": r["body"], "at": r["written_at"], "author": r["author"],
              "attachment_name": r["attachment_name"], "in_reply_to": None, "read": True}
             for r in store.all("SELECT l.*, a.name AS author FROM station_letters l"
                                " LEFT JOIN agents a ON a.id = l.created_by")]
    items += [{"id": r["id"], "from": "town", "kind": None, "kind_label": "", "subject": "", "body": r["body"],
               "at": r["sent_at"], "author": r["staff_name"], "attachment_name": None,
               "in_reply_to": r["in_reply_to"], "read": r["read_at"] is not None}
              for r in store.all("SELECT m.*, r.read_at FROM town_messages m LEFT JOIN message_reads r"
                                 " ON r.message_id = m.id WHERE m.to_station = ?", (store.station_code,))]
    items.sort(key=lambda item: item["at"])
    for item in items:
        item["when"] = format_local(item["at"])
    return items


def unread(store: Store) -> int:
    return store.scalar("SELECT COUNT(*) FROM town_messages m WHERE m.to_station = ? AND NOT EXISTS"
                        " (SELECT 1 FROM message_reads r WHERE r.message_id = m.id)", (store.station_code,))


def mark_read(store: Store) -> int:
    """Everything the town sent is read now (the agent opened the thread)."""
    with store.transaction():
        return store.conn.execute(
            "INSERT INTO message_reads (message_id, read_at) SELECT m.id, ? FROM town_messages m WHERE m.to_station = ?"
            " AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_id = m.id)",
            (store.now_iso(), store.station_code)).rowcount


def attachment(store: Store, letter_id: str) -> tuple[str, bytes]:
    row = store.one("SELECT attachment_name, attachment FROM station_letters WHERE id = ?", (letter_id,))
    if row is None or not row["attachment"]:
        raise NotFoundError("no_attachment", "这封信没有附件", "letter")
    return row["attachment_name"], base64.b64decode(row["attachment"])


def notice_read(store: Store, agent_id: str, notice_id: str) -> str | None:
    """The station read a notice (once: later readings change nothing). Returns the record."""
    require_agent(store, agent_id)
    notice_id = required_text(notice_id, "notice", "通知", 64)
    with store.write(agent_id) as w:
        if store.one("SELECT 1 FROM notice_reads WHERE notice_id = ?", (notice_id,)):
            return None
        return w.insert("notice_reads", {"notice_id": notice_id, "read_at": store.now_iso()})


def notices_read(store: Store) -> set[str]:
    return {r[0] for r in store.all("SELECT notice_id FROM notice_reads")}
