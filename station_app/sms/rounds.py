"""One round of telling villagers, as the window runs it every minute off its own thread:
queue what is due today, send the queue through the station's channels (its own modem
first, when one is attached), and take what the modem heard meanwhile — delivery reports,
and villagers rating a finished case by replying 1 to 5 to its result message.

The modem is opened for the round and closed after it: a dongle pulled out between
rounds costs one failed round, not a stuck port."""

from __future__ import annotations

from datetime import date

from .. import feedback, villager_messages
from ..errors import DomainError, ValidationError
from ..settings import MODEM_PORT, PARCEL_REMINDER_DAYS
from ..store import Store
from .modem import Modem, ModemError


def open_modem(port_name: str) -> tuple[Modem, object]:
    """The modem on ``port_name`` (COM3, /dev/ttyUSB0), set up; and its port, to close."""
    import serial  # pyserial: only a station with a modem attached needs it loaded

    try:
        port = serial.serial_for_url(port_name, baudrate=115200, timeout=0.05)
    except (serial.SerialException, OSError) as err:
        raise ModemError("no_port", f"打不开短信猫的端口 {port_name}：{err}") from None
    modem = Modem(port)
    try:
        modem.setup()
    except Exception:
        port.close()
        raise
    return modem, port


def check_modem(port_name: str) -> str:
    """The Settings page's test: the modem answers and is on a network (which one)."""
    modem, port = open_modem(port_name)
    try:
        return modem.network()
    finally:
        port.close()


def tell_round(store: Store, agent_id: str | None, modem: Modem | None, today: date | None = None) -> dict:
    """Returns what happened: queued, sent, town, failed, delivered, rated."""
    queued = villager_messages.due(store, today)
    send = (lambda phone, text: modem.send(phone, text).references) if modem else None
    done = villager_messages.dispatch(store, send)
    heard = {"delivered": 0, "rated": 0}
    if modem is not None:
        inbox = modem.collect(wait=0.5)
        for report in inbox.reports:
            if villager_messages.take_report(store, report.reference, report.delivered, report.final) and report.delivered:
                heard["delivered"] += 1
        for reply in inbox.replies:
            heard["rated"] += rate_by_reply(store, agent_id, reply.sender, reply.text)
    return {"queued": len(queued), **done, **heard}


def rate_by_reply(store: Store, agent_id: str | None, sender: str, text: str) -> int:
    """A reply "5" to a case's result message rates that case, as the villager's own rating
    (it counts toward the award; a poor one opens a call-back). Returns 1 if it rated."""
    level = feedback.rating_from_reply(text)
    if level is None or not agent_id:
        return 0
    tail = "".join(ch for ch in sender if ch.isdigit())[-11:]
    for m in store.all("SELECT concerns_id FROM villager_messages WHERE purpose = 'case_ready'"
                       " AND concerns_entity = 'cases' AND phone LIKE ? ORDER BY created_at DESC", (f"%{tail}",)):
        if feedback.rating_of(store, "cases", m["concerns_id"]) is None:
            try:
                feedback.give_feedback(store, agent_id, "cases", m["concerns_id"], level,
                                       comment=f"短信回复：{text.strip()[:100]}", source="sms")
            except DomainError:
                return 0
            return 1
    return 0


def messaging(store: Store) -> dict:
    """What the Settings page shows: the modem's port, the channels in order, and after how
    many days a parcel's second message goes."""
    return {"modem_port": MODEM_PORT.get(store), "channels": villager_messages.channels(store),
            "reminder_days": villager_messages.reminder_days(store)}


def set_messaging(store: Store, modem_port: str, channels: list[str], reminder_days: int) -> None:
    port = (modem_port or "").strip()
    if len(port) > 80 or any(ch.isspace() for ch in port):
        raise ValidationError("bad_port", "端口名不对，例如 COM3 或 /dev/ttyUSB0", "modem_port")
    if "modem" in channels and not port:
        raise ValidationError("port_required", "用本站短信猫发送时，请填短信猫的端口", "modem_port")
    if not isinstance(reminder_days, int) or not 1 <= reminder_days <= 30:
        raise ValidationError("bad_days", "催领天数应为1到30天", "reminder_days")
    with store.transaction():
        villager_messages.set_channels(store, channels)
        MODEM_PORT.put(store, port)
        PARCEL_REMINDER_DAYS.put(store, reminder_days)


def station_round(store: Store, agent_id: str | None) -> dict:
    """A round as the window runs it: the configured modem opened for the round (a modem
    that is missing or has no network is said in ``modem_problem``; the round goes on
    without it), and closed after it."""
    port_name = MODEM_PORT.get(store)
    modem = port = None
    problem = ""
    if port_name:
        try:
            modem, port = open_modem(port_name)
        except ModemError as err:
            problem = err.message
    try:
        return {**tell_round(store, agent_id, modem), "modem_problem": problem}
    finally:
        if port is not None:
            port.close()
