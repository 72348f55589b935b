"""Telling villagers, and keeping a log of it.

Each message is a record: who, which phone, the text, why (its purpose and the record it
concerns), the channel and what came of it (sent, delivered, failed with the reason,
copied for WeChat, printed). ``event_key`` names the event it tells of (this parcel's
arrival, its second reminder…): a second message for the same event is never made.

``due`` finds what should be told today and queues it; ``dispatch`` sends the queue in
the background through the station's channels in order — its own modem (``send_sms``),
then the town's SMS gateway (the message waits for sync; the hub sends it and its
outcome comes back) — and whatever cannot go by SMS is left for the agent to copy into
WeChat or print as a slip. A villager with no phone, or who said no to messages, is
never sent one (the record says why).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from . import message_truth
from .errors import NotFoundError, ValidationError
from .parcel_lookups import retention_days
from .queries import Listing, Query, Where
from .settings import MESSAGE_CHANNELS, PARCEL_REMINDER_DAYS
from .station_profile import profile
from .store import Store
from .timeutil import LOCAL_TZ, from_iso, local_date, local_day_bounds

PURPOSES = {
    "parcel_arrived": "快递到站", "parcel_reminder": "快递催领", "parcel_last_call": "快递退回前提醒",
    "case_ready": "办理结果可领取", "case_materials": "补交材料", "case_extended": "办理延期",
    "appointment_tomorrow": "明天预约",
    "advance_statement": "垫付对账",
}
STATUSES = {"queued": "待发送", "sent": "已发送", "delivered": "已送达", "failed": "发送失败", "copied": "已复制到微信",
            "printed": "已打印", "not_sent": "不发送"}
CHANNELS = {"modem": "本站短信猫", "town": "镇中心短信", "wechat": "微信", "print": "打印纸条"}
DEFAULT_REMINDER_DAYS = PARCEL_REMINDER_DAYS.default
MAX_ATTEMPTS = 3


def channels(store: Store) -> list[str]:
    wanted = MESSAGE_CHANNELS.get(store).split(",")
    return [c for c in wanted if c in ("modem", "town")]


def set_channels(store: Store, order: list[str]) -> None:
    if any(c not in ("modem", "town") for c in order):
        raise ValidationError("bad_channel", "短信通道只能是本站短信猫或镇中心短信", "channels")
    with store.transaction():
        MESSAGE_CHANNELS.put(store, ",".join(dict.fromkeys(order)))


def reminder_days(store: Store) -> int:
    return PARCEL_REMINDER_DAYS.get(store)


# -- making messages ---------------------------------------------------------------------
def queue(store: Store, agent_id: str | None, purpose: str, event_key: str, *, name: str, phone: str | None,
          text: str, villager_id: str | None = None, concerns: tuple[str, str] | None = None) -> str:
    """A message about one event (made once: the same event gives back the same message)."""
    if purpose not in PURPOSES:
        raise ValidationError("bad_purpose", "没有这种通知", "purpose")
    existing = store.scalar("SELECT id FROM villager_messages WHERE event_key = ?", (event_key,))
    if existing:
        return existing
    status, error = "queued", None
    if not phone:
        status, error = "not_sent", "没有手机号：请打电话或当面告知"
    elif villager_id and store.scalar("SELECT messages_ok FROM villagers WHERE id = ?", (villager_id,)) == 0:
        status, error = "not_sent", "村民说过不要发短信"
    with store.write(agent_id) as w:
        return w.insert("villager_messages", {
            "event_key": event_key, "purpose": purpose, "villager_id": villager_id, "name": name, "phone": phone,
            "concerns_entity": concerns[0] if concerns else None, "concerns_id": concerns[1] if concerns else None,
            "text": text, "status": status, "last_error": error, "modem_refs": []})


def _station_words(store: Store) -> tuple[str, str]:
    shown = profile(store)
    return shown["name"] or "便民服务站", (f"，电话 {shown['phone']}" if shown["phone"] else "")


def due(store: Store, today: date | None = None) -> list[str]:
    """Queue what should be told today; returns the new messages' ids."""
    from .parcels import notice_text  # the arrival notice is the parcel module's own words

    today = today or local_date(store.now_iso())
    station, call = _station_words(store)
    made = []
    keep = retention_days(store)
    remind = reminder_days(store)
    for p in store.all("SELECT * FROM parcels WHERE status = 'in_stock'"):
        waited = (today - local_date(p["checked_in_at"])).days
        steps = [("parcel_arrived", notice_text(store, p))]
        if waited >= remind:
            steps.append(("parcel_reminder", f"【{station}】{p['recipient_name']}您好，您的包裹已在服务站放了{waited}天，"
                                             f"取件码 {p['pickup_code']}，请尽快来取{call}。"))
        if waited >= keep - 1:
            steps.append(("parcel_last_call", f"【{station}】{p['recipient_name']}您好，您的包裹（取件码 {p['pickup_code']}）"
                                              f"明天还没人取就要退回快递公司了{call}。"))
        for purpose, text in steps:
            made.append(_queue_new(store, purpose, f"{purpose}:{p['id']}", p["recipient_name"], p["recipient_phone"],
                                   text, p["villager_id"], ("parcels", p["id"])))
    for c in store.all("SELECT c.*, v.name, v.phone, i.name AS item_name FROM cases c JOIN villagers v"
                       " ON v.id = c.villager_id LEFT JOIN catalogue_items i ON i.code = c.item_code"
                       " WHERE c.status IN ('completed_approved', 'completed_rejected')"):
        text = (f"【{station}】{c['name']}您好，您托办的“{c['item_name'] or c['item_code']}”（{c['case_no']}）"
                f"镇里已经办好，请到服务站领取结果{call}。")
        made.append(_queue_new(store, "case_ready", f"case_ready:{c['id']}:{c['status']}", c["name"], c["phone"],
                               text, c["villager_id"], ("cases", c["id"])))
    start, end = local_day_bounds(today + timedelta(days=1))
    for a in store.all("SELECT * FROM appointments WHERE status = 'scheduled' AND scheduled_at >= ?"
                       " AND scheduled_at < ?", (start, end)):
        when = from_iso(a["scheduled_at"]).astimezone(LOCAL_TZ).strftime("%H:%M")
        text = f"【{station}】{a['name']}您好，提醒您明天 {when} 到服务站办理：{a['purpose']}{call}。"
        made.append(_queue_new(store, "appointment_tomorrow", f"appointment:{a['id']}", a["name"], a["phone"], text,
                               a["villager_id"], ("appointments", a["id"])))
    return [m for m in made if m]


def _queue_new(store: Store, purpose: str, key: str, name: str, phone: str | None, text: str,
               villager_id: str | None, concerns: tuple[str, str]) -> str | None:
    if store.scalar("SELECT 1 FROM villager_messages WHERE event_key = ?", (key,)):
        return None
    return queue(store, None, purpose, key, name=name, phone=phone, text=text, villager_id=villager_id,
                 concerns=concerns)


def tell_once(store: Store, agent_id: str, purpose: str, event_key: str, *, name: str, phone: str | None,
              text: str, villager_id: str | None = None, concerns: tuple[str, str] | None = None) -> dict:
    """A message the agent asks for now (materials to bring, a year-end statement)."""
    message_id = queue(store, agent_id, purpose, event_key, name=name, phone=phone, text=text,
                       villager_id=villager_id, concerns=concerns)
    return get(store, message_id)


# -- sending -----------------------------------------------------------------------------
def dispatch(store: Store, send_sms: Callable[[str, str], list[int]] | None, limit: int = 50) -> dict:
    """Send what is queued through the channels in order. ``send_sms(phone, text)``: the
    modem (returns the parts' references), or None when there is none; it raises with a
    ``message`` on failure. A message no longer true (the parcel was collected meanwhile)
    is closed as not sent instead, one left for the town too (``message_truth``); one to
    hold back waits. Returns counts by outcome."""
    order = channels(store)
    done = {"sent": 0, "town": 0, "failed": 0, "dropped": 0}
    today = local_date(store.now_iso())
    tried = 0
    for m in store.all(f"SELECT m.* FROM {SHOWN_FROM} WHERE m.status = 'queued' AND o.id IS NULL"
                       " ORDER BY m.created_at"):
        m = dict(m)
        verdict, why = message_truth.judge(store, m, today)
        if verdict == message_truth.DROP:
            _update(store, m["id"], status="not_sent", last_error=why)
            done["dropped"] += 1
            continue
        held = why if verdict == message_truth.WAIT else None
        if (m["last_error"] in message_truth.WAIT_REASONS or held) and m["last_error"] != held:
            _update(store, m["id"], last_error=held)  # the list says why it waits, and no longer once it goes
            m["last_error"] = held
        if verdict == message_truth.SEND and m["channel"] in (None, "modem") and tried < limit:
            tried += 1
            done[_try_channels(store, m, order, send_sms)] += 1
    return done


def _try_channels(store: Store, m: dict, order: list[str], send_sms) -> str:
    error = None
    for channel in order:
        if channel == "modem" and send_sms is not None and m["attempts"] < MAX_ATTEMPTS:
            try:
                refs = send_sms(m["phone"], m["text"])
            except Exception as err:  # noqa: BLE001 - any failure of the modem: try the next channel
                error = getattr(err, "message", None) or str(err)
                _update(store, m["id"], attempts=m["attempts"] + 1, last_error=error, channel="modem")
                m["attempts"] += 1
                continue
            _update(store, m["id"], status="sent", channel="modem", modem_refs=refs, sent_at=store.now_iso(),
                    attempts=m["attempts"] + 1, last_error=None)
            return "sent"
        if channel == "town":
            # The hub sends it (its SMS gateway) once this record reaches it; its outcome comes back.
            _update(store, m["id"], channel="town", last_error=error)
            return "town"
    if m["attempts"] >= MAX_ATTEMPTS:
        _update(store, m["id"], status="failed", last_error=error or "多次发送失败")
    return "failed"


def _update(store: Store, message_id: str, **changes) -> None:
    with store.write(None) as w:
        w.update("villager_messages", message_id, changes)


def take_report(store: Store, reference: int, delivered: bool, final: bool) -> bool:
    """A delivery report from the modem, matched by the part's reference."""
    for m in store.all("SELECT id, modem_refs FROM villager_messages WHERE status = 'sent' AND channel = 'modem'"
                       " ORDER BY sent_at DESC LIMIT 200"):
        if reference in json.loads(m["modem_refs"]):
            if delivered:
                _update(store, m["id"], status="delivered", delivered_at=store.now_iso())
            elif final:
                _update(store, m["id"], status="failed", last_error="对方手机长时间关机或号码有误，没有送达")
            return True
    return False


def mark_handled(store: Store, agent_id: str, message_id: str, how: str) -> None:
    """The agent copied the text into WeChat, or printed it as a slip."""
    if how not in ("copied", "printed"):
        raise ValidationError("bad_outcome", "只能标记为已复制或已打印", "how")
    get(store, message_id)
    with store.write(agent_id) as w:
        w.update("villager_messages", message_id, {"status": how, "channel": "wechat" if how == "copied" else "print",
                                                   "sent_at": store.now_iso()})


# -- what is shown --------------------------------------------------------------------
# A message sent by the town's SMS gateway stays as its station wrote it (queued, channel
# 'town'): what came of it is the town's own record, ``sms_outcomes``, which the hub sends
# to that station only (the hub refuses any station's write to it, so a station cannot
# forge one). Every list joins the two: the outcome shows as the message's status (已发送,
# or 发送失败 with the reason) unless the agent has since handled the message otherwise.
# Joining rather than copying on pull keeps the station's record its own (pulled records
# never become station ops) and shows the same figures at the station and at the hub.
# A message the station closed as no longer true may have been sent by the town before the
# closure reached it: what the town did is what the villager got, so its outcome shows.
SHOWN_FROM = "villager_messages m LEFT JOIN sms_outcomes o ON o.message_id = m.id"
TOWN_ANSWERED = "(o.status IS NOT NULL AND m.status IN ('queued', 'not_sent'))"
SHOWN_STATUS = f"(CASE WHEN {TOWN_ANSWERED} THEN o.status ELSE m.status END)"
_SELECT = (f"SELECT m.*, o.status AS town_status, o.reason AS town_reason, o.sent_at AS town_sent_at,"
           f" o.provider_id AS town_ref FROM {SHOWN_FROM}")


def get(store: Store, message_id: str) -> dict:
    row = store.one(f"{_SELECT} WHERE m.id = ?", (message_id,))
    if row is None:
        raise NotFoundError("unknown_message", "没有这条通知", "message")
    return _shown(row)


def _shown(row) -> dict:
    data = dict(row)
    town = data.pop("town_status", None)
    reason, at, ref = data.pop("town_reason", None), data.pop("town_sent_at", None), data.pop("town_ref", None)
    if town and data["status"] in ("queued", "not_sent"):  # the town's gateway sent it (or could not)
        data.update(status=town, channel="town", sent_at=at if town == "sent" else data["sent_at"],
                    last_error=reason if town == "failed" else None, town_ref=ref)
    data.update(purpose_label=PURPOSES.get(data["purpose"], data["purpose"]),
                status_label=STATUSES.get(data["status"], data["status"]),
                channel_label=CHANNELS.get(data["channel"] or "", ""))
    return data


def for_villager(store: Store, villager_id: str, limit: int = 5) -> list[dict]:
    """The latest messages to one villager, newest first."""
    return [_shown(r) for r in store.all(f"{_SELECT} WHERE m.villager_id = ? ORDER BY m.created_at DESC LIMIT ?",
                                         (villager_id, limit))]


def for_record(store: Store, entity: str, record_id: str) -> list[dict]:
    """What the villager was told about one record (shown on it), oldest first."""
    return [_shown(r) for r in store.all(f"{_SELECT} WHERE m.concerns_entity = ? AND m.concerns_id = ?"
                                         " ORDER BY m.created_at", (entity, record_id))]


@dataclass(frozen=True)
class MessageQuery(Query):
    """The message log, newest first; ``status``: one status, or "open" for what still
    needs someone (queued, failed); ``search``: a name, a phone's digits or the text."""

    status: str | None = None


def _message_where(q: MessageQuery) -> Where:
    where = Where().search(("m.name", "m.phone", "m.text"), q.search)
    if q.status == "open":
        where.add(f"{SHOWN_STATUS} IN ('queued', 'failed')")
    elif q.status:
        where.add(f"{SHOWN_STATUS} = ?", q.status)
    return where


def list_messages(store: Store, q: MessageQuery = MessageQuery(), limit: int = 100, offset: int = 0) -> list[dict]:
    where = _message_where(q)
    return [_shown(r) for r in store.all(f"{_SELECT}{where.sql} ORDER BY m.created_at DESC LIMIT ? OFFSET ?",
                                         [*where.params, limit, offset])]


def count_messages(store: Store, q: MessageQuery = MessageQuery()) -> int:
    where = _message_where(q)
    return store.scalar(f"SELECT COUNT(*) FROM {SHOWN_FROM}{where.sql}", where.params)


MESSAGES = Listing(MessageQuery(), list_messages, count_messages, frozenset({"villager_messages", "sms_outcomes"}))


def listing(store: Store, status: str | None = None, limit: int = 200, offset: int = 0) -> list[dict]:
    return list_messages(store, MessageQuery(status=status), limit, offset)
