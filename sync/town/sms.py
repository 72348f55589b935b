"""SMS through the town: messages stations left for the town's gateway, sent by the hub.

A station whose own modem could not send a message (or has none) and whose channels
include the town's leaves it queued with ``channel = 'town'``; sync brings it here. ``send``
posts each such message once through the gateway the town configured
(``sms_gateway.py``) and records what came of it as a town-owned ``sms_outcomes`` record,
written through the town's one write path and addressed to that message's station only,
which shows it on its next sync (``station_app.villager_messages`` joins it).

Never twice. Before calling the gateway, a mark (``hub_sms_sends``, state ``sending``)
is committed; the outcome and the mark's ``done`` are committed together after. The mark
is the guard: a message with an outcome, or marked ``sending``, is never picked again —
so a second run, a second process (the town window beside the scheduled task) or a rerun
after a failure sends nothing twice. What cannot be avoided is the crash *between* the
gateway's answer and our commit: the gateway may have sent the text. Such a mark is
taken up again only after ``STALE_AFTER_S`` (the run that made it is surely dead), and
the message goes with the same ``ref``, which our provider shape takes as its
idempotency key: a provider that honours it still sends the text once.

A passing error (the gateway down, HTTP 5xx) leaves the message waiting for the next run,
at most ``MAX_TRIES`` tries in all; then it fails with the last reason. A gateway that
does not answer stops the run (the next messages would wait for the same time-out).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Callable

from station_app import message_truth
from station_app.errors import StateError, ValidationError
from station_app.store import Store
from station_app.timeutil import format_local, from_iso, local_date, to_iso
from station_app.villager_messages import PURPOSES

from ..hub.changes import town_write
from .sms_gateway import PROVIDERS, Gateway, GatewayError, check_key, check_template, check_url, fill, masked

MAX_TRIES = 3
STALE_AFTER_S = 15 * 60
# Whoever holds one station's secret could queue texts of their own: the town sends at
# most this many a day for one station; the rest wait for the next day.
DAILY_CAP = 300
DEFAULT_TEMPLATE = "{text}"


# -- the gateway's settings ------------------------------------------------------------
def gateway_settings(hub: Store) -> dict | None:
    row = hub.one("SELECT * FROM hub_sms_gateway WHERE id = 1")
    return dict(row) if row else None


def shown_gateway(hub: Store) -> dict:
    """What may be shown of the settings (the key only as ``****abcd``)."""
    found = gateway_settings(hub)
    if found is None:
        return {"configured": False, "enabled": False, "text": "还没有设置镇中心短信网关"}
    waiting = count_waiting(hub)
    state = "已启用" if found["enabled"] else "已停用"
    return {"configured": True, "enabled": bool(found["enabled"]), "provider": found["provider"],
            "url": found["url"], "key": masked(found["api_key"]), "template": found["template"],
            "updated_at": found["updated_at"], "waiting": waiting,
            "text": f"短信网关{state}：{found['url']}，密钥 {masked(found['api_key'])}，模板“{found['template']}”；"
                    f"待发 {waiting} 条"}


def set_gateway(hub: Store, url: str | None = None, key: str | None = None, template: str | None = None,
                enabled: bool | None = None) -> dict:
    """Set what is given; the first time, the address and the key are required."""
    found = gateway_settings(hub)
    if found is None and (url is None or key is None):
        raise ValidationError("gateway_incomplete", "第一次设置短信网关要同时给出 --url 和 --key", "url")
    values = dict(found or {"provider": "json", "template": DEFAULT_TEMPLATE, "enabled": 1})
    if url is not None:
        values["url"] = check_url(url)
    if key is not None:
        values["api_key"] = check_key(key)
    if template is not None:
        values["template"] = check_template(template)
    if enabled is not None:
        values["enabled"] = int(enabled)
    with hub.transaction():
        hub.conn.execute("INSERT INTO hub_sms_gateway (id, provider, url, api_key, template, enabled, updated_at)"
                         " VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET provider = excluded.provider,"
                         " url = excluded.url, api_key = excluded.api_key, template = excluded.template,"
                         " enabled = excluded.enabled, updated_at = excluded.updated_at",
                         (values["provider"], values["url"], values["api_key"], values["template"],
                          values["enabled"], hub.now_iso()))
        hub.note_change("hub_sms_gateway")
    return shown_gateway(hub)


def make_gateway(settings: dict, timeout: float = 10.0) -> Gateway:
    return PROVIDERS[settings["provider"]](settings["url"], settings["api_key"], timeout=timeout)


# -- the queue --------------------------------------------------------------------------
_OPEN = ("m.channel = 'town' AND m.status = 'queued' AND m.phone IS NOT NULL"
         " AND NOT EXISTS (SELECT 1 FROM sms_outcomes o WHERE o.message_id = m.id)")


def _takeable(stale_before: str) -> tuple[str, list]:
    return (f"{_OPEN} AND (s.state IS NULL OR s.state = 'waiting' OR (s.state = 'sending' AND s.claimed_at < ?))"
            " AND NOT EXISTS (SELECT 1 FROM hub_stations st WHERE st.code = m.station_code"
            " AND st.revoked_at IS NOT NULL)", [stale_before])


def count_waiting(hub: Store) -> int:
    """Messages that will go on the next run (not those kept back as no longer true)."""
    today = local_date(hub.now_iso())
    return sum(message_truth.judge(hub, dict(m), today)[0] == message_truth.SEND
               for m in hub.all(f"SELECT m.* FROM villager_messages m WHERE {_OPEN}"))


def _sent_today(hub: Store, station: str, now: str) -> int:
    return hub.scalar("SELECT COUNT(*) FROM sms_outcomes WHERE to_station = ? AND sent_at >= ?",
                      (station, to_iso(from_iso(now) - timedelta(days=1))))


def _claim(hub: Store, message_id: str, stale_before: str) -> dict | None:
    """Take one message on (committed before the gateway is called), or None if another
    run has it or it was answered meanwhile."""
    where, params = _takeable(stale_before)
    with hub.transaction():
        row = hub.one(f"SELECT m.id, m.station_code, m.phone, m.text, s.state, s.tries FROM villager_messages m"
                      f" LEFT JOIN hub_sms_sends s ON s.message_id = m.id WHERE m.id = ? AND {where}",
                      [message_id, *params])
        if row is None:
            return None
        now = hub.now_iso()
        # A mark left 'sending' by a run that died: that try's outcome is unknown; it counts.
        tries = (row["tries"] or 0) + (row["state"] == "sending")
        hub.conn.execute("INSERT INTO hub_sms_sends (message_id, station_code, state, tries, claimed_at, updated_at)"
                         " VALUES (?, ?, 'sending', ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET"
                         " state = 'sending', tries = excluded.tries, claimed_at = excluded.claimed_at,"
                         " updated_at = excluded.updated_at", (row["id"], row["station_code"], tries, now, now))
    return {**dict(row), "tries": tries}


def _finish(hub: Store, m: dict, status: str | None, provider_id: str | None = None, reason: str | None = None,
            tries: int | None = None) -> None:
    """The outcome (``status`` sent/failed) and the mark, in one transaction; ``status``
    None: the message waits for another run."""
    with town_write(hub) as w:
        if status is not None:
            w.insert("sms_outcomes", {"message_id": m["id"], "to_station": m["station_code"], "status": status,
                                      "provider_id": provider_id or None, "reason": reason, "sent_at": w.now},
                     audience=m["station_code"])
        hub.conn.execute("UPDATE hub_sms_sends SET state = ?, tries = ?, last_error = ?, updated_at = ?"
                         " WHERE message_id = ?", ("waiting" if status is None else "done",
                                                   m["tries"] if tries is None else tries, reason, w.now, m["id"]))
        hub.note_change("hub_sms_sends")


def send(hub: Store, limit: int = 100, gateway: Gateway | None = None,
         progress: Callable[[str], None] | None = None) -> dict:
    """Send up to ``limit`` waiting messages. Returns counts (sent, failed, waiting, held
    over the day's cap, not_true: kept back as no longer true) and ``stopped``: why the run
    stopped early, if it did."""
    settings = gateway_settings(hub)
    if gateway is None:
        if settings is None:
            raise StateError("no_gateway", "还没有设置镇中心短信网关：station-hub sms gateway --url 地址 --key 密钥",
                             "gateway")
        if not settings["enabled"]:
            raise StateError("gateway_off", "镇中心短信网关已停用：station-hub sms gateway --on 再启用", "gateway")
        gateway = make_gateway(settings)
    template = settings["template"] if settings else DEFAULT_TEMPLATE
    now = hub.now_iso()
    stale_before = to_iso(from_iso(now) - timedelta(seconds=STALE_AFTER_S))
    where, params = _takeable(stale_before)
    candidates = hub.all(f"SELECT m.* FROM villager_messages m LEFT JOIN hub_sms_sends s ON s.message_id = m.id"
                         f" WHERE {where} ORDER BY m.created_at, m.id", params)
    done = {"sent": 0, "failed": 0, "waiting": 0, "held": 0, "not_true": 0, "stopped": None}
    today = local_date(now)
    tried = 0
    for message in candidates:
        if tried >= limit:
            break
        message_id, station = message["id"], message["station_code"]
        verdict = message_truth.judge(hub, dict(message), today)[0]
        if verdict != message_truth.SEND:  # kept back until the station closes it, or until it holds again
            done["not_true"] += verdict == message_truth.DROP
            continue
        if _sent_today(hub, station, now) >= DAILY_CAP:
            done["held"] += 1  # over the day's cap: it waits, untouched
            continue
        m = _claim(hub, message_id, stale_before)
        if m is None:
            continue
        tried += 1
        try:
            provider_id = gateway.send(m["phone"].strip(), fill(template, m["text"]), m["id"])
        except GatewayError as err:
            if err.kind == "refused":
                _finish(hub, m, "failed", reason=err.reason)
                done["failed"] += 1
            elif err.kind == "config":  # not the message's fault: no try counted
                _finish(hub, m, None, reason=err.reason)
                done["waiting"] += 1
            elif m["tries"] + 1 >= MAX_TRIES:
                _finish(hub, m, "failed", reason=f"{err.reason}（已试 {m['tries'] + 1} 次，不再重试）",
                        tries=m["tries"] + 1)
                done["failed"] += 1
            else:
                _finish(hub, m, None, reason=err.reason, tries=m["tries"] + 1)
                done["waiting"] += 1
            if progress:
                progress(f"{m['station_code']} {m['phone']}：{err.reason}")
            if err.kind in ("down", "config"):
                done["stopped"] = err.reason
                break
            continue
        except BaseException:  # not the gateway's answer (interrupted): the mark stays 'sending'
            raise
        _finish(hub, m, "sent", provider_id=provider_id)
        done["sent"] += 1
    return done


# -- what the town sees -------------------------------------------------------------------
# Where a message left for the town stands, as a code and its details: the command line
# says it with these words, the town window in its own language (ui.labels "town_sms_state").
STATES = {
    "sent": "已发送 {0}", "failed": "发送失败：{0}", "not_sent": "不发送：{0}", "closed": "不发送",
    "station_copied": "服务站已复制到微信", "station_printed": "服务站已打印纸条", "station_sent": "服务站已发出",
    "station_failed": "服务站标为失败", "kept_back": "不发送：{0}", "on_hold": "暂缓：{0}",
    "sending": "正在发送", "retrying": "等待重试（已试 {0} 次）：{1}", "waiting": "待发送",
}


def _state(hub: Store, d: dict, today) -> tuple[str, list]:
    """(code, details) of a listed message: the town's outcome first, then what the station
    did with it, then whether it still holds, then the town's own mark."""
    if d["outcome"] == "sent":
        return "sent", [d["sent_at"]]
    if d["outcome"] == "failed":
        return "failed", [d["reason"]]
    if d["status"] == "not_sent":  # closed by the station (an older one gives no reason)
        return ("not_sent", [d["station_reason"]]) if d["station_reason"] else ("closed", [])
    if d["status"] != "queued":
        return f"station_{'sent' if d['status'] == 'delivered' else d['status']}", []
    verdict, why = message_truth.judge(hub, d, today)
    if verdict != message_truth.SEND:
        return ("kept_back" if verdict == message_truth.DROP else "on_hold"), [why]
    if d["state"] == "sending":
        return "sending", []
    if d["state"] == "waiting":
        return "retrying", [d["tries"], d["last_error"]]
    return "waiting", []


def list_town_messages(hub: Store, station: str | None = None, limit: int = 200) -> list[dict]:
    """Messages left for the town's gateway, newest first, with what came of them."""
    where, params = "m.channel = 'town'", []
    if station:
        where += " AND m.station_code = ?"
        params.append(station.strip().upper())
    rows = hub.all(f"SELECT m.id, m.station_code, m.name, m.phone, m.purpose, m.text, m.status, m.created_at,"
                   f" m.concerns_id, m.event_key, m.last_error AS station_reason,"
                   f" o.status AS outcome, o.reason, o.provider_id, o.sent_at, s.state, s.tries, s.last_error"
                   f" FROM villager_messages m LEFT JOIN sms_outcomes o ON o.message_id = m.id"
                   f" LEFT JOIN hub_sms_sends s ON s.message_id = m.id WHERE {where}"
                   f" ORDER BY m.created_at DESC LIMIT ?", [*params, limit])
    found = []
    today = local_date(hub.now_iso())
    for r in rows:
        d = dict(r)
        code, details = _state(hub, d, today)
        words = [format_local(details[0])] if code == "sent" else details
        shown = STATES.get(code, d["status"]).format(*words)
        found.append({**d, "purpose_label": PURPOSES.get(d["purpose"], d["purpose"]), "shown_code": code,
                      "shown_details": details, "shown": shown})
    return found


def town_view(hub: Store, limit: int = 100) -> dict:
    """What the town window's SMS tab shows: the gateway (key masked) and the latest messages."""
    return {"gateway": shown_gateway(hub), "messages": list_town_messages(hub, limit=limit)}
