"""Enrolling a station with the hub: with the town's one-time code over the network, or
with the offline enrolment file; or later, with a code typed while the hub could not be
reached (kept, and used by the next sync once the hub answers). Used by ``station-app
enroll``, the setup wizard and the window's settings."""

from __future__ import annotations

import json
from pathlib import Path

from station_app.errors import StateError, ValidationError
from station_app.settings import PENDING_ENROL_CODE, PENDING_HUB_URL
from station_app.station import check_station_code, init_station, is_initialised
from station_app.store import Store

from ..keys import ENROL_FILE_KIND
from .link import enrol_by_code, remember_link
from .state import save_enrolment, status


def enrol_with_code(store: Store, hub_url: str, code: str) -> dict:
    """Raises ``client.Unreachable`` (try later) or ``client.Refused`` (wrong/used code)."""
    if not hub_url or not code:
        raise ValidationError("enrol_needs_code", "请给出镇中心地址和登记码", "code")
    made, seen = enrol_by_code(store.station_code, hub_url.strip(), code.strip())
    save_enrolment(store, made, hub_url)
    # The hub answered over plain http from another machine: the town allows it.
    remember_link(store, seen or None, plain_ok=not seen)
    return made


def take_over(folder: Path, *, hub_url: str | None = None, station: str | None = None, code: str | None = None,
              enrol_file: Path | None = None) -> Store:
    """This PC takes over a station whose PC died or whose data was lost: enrol first
    (with the town's re-issued code over the network, or its enrolment file), then make
    the store from what the town says the station is, with no agents: they, and every
    record, come back with the first sync. Returns the open store (close it)."""
    if is_initialised(folder):  # before the one-time code is used up
        raise StateError("already_initialised", f"{folder} 里已经有一个服务站", "data_dir")
    if enrol_file:
        made = read_enrol_file(enrol_file, None)
        pin, plain_ok = made.get("hub_cert_sha256") or None, bool(made.get("plain_http_allowed"))
    else:
        if not hub_url or not code:
            raise ValidationError("enrol_needs_code", "请给出镇中心地址、站点编号和登记码，或选择登记文件", "code")
        made, seen = enrol_by_code(check_station_code(station or ""), hub_url.strip(), code.strip())
        pin, plain_ok = seen or None, not seen
    store = init_station(folder, made["station"], made["station_name"], [], takes_over=True)
    try:
        save_enrolment(store, made, hub_url)
        remember_link(store, pin, plain_ok)
    except BaseException:
        store.close()
        raise
    return store


def read_enrol_file(path: Path, station: str | None) -> dict:
    try:
        made = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ValidationError("bad_enrol_file", "读不了这个登记文件", "file") from None
    if not isinstance(made, dict) or made.get("kind") != ENROL_FILE_KIND or not made.get("secret"):
        raise ValidationError("bad_enrol_file", "这不是镇中心的登记文件", "file")
    if station is not None and made.get("station") != station:
        raise ValidationError("foreign_enrol_file", f"这是服务站 {made.get('station')} 的登记文件，本站是 {station}",
                              "file")
    return made


def enrol_with_file(store: Store, path: Path, hub_url: str | None = None) -> dict:
    made = read_enrol_file(path, store.station_code)
    save_enrolment(store, made, hub_url)
    remember_link(store, made.get("hub_cert_sha256") or None, plain_ok=bool(made.get("plain_http_allowed")))
    return made


# -- a code typed while the hub could not be reached ---------------------------------
def wait_for_hub(store: Store, hub_url: str, code: str) -> None:
    """Keep the hub's address and the code; ``enrol_if_waiting`` uses them once it answers."""
    with store.transaction():
        PENDING_HUB_URL.put(store, hub_url.strip())
        PENDING_ENROL_CODE.put(store, code.strip())


def enrol_if_waiting(store: Store) -> dict | None:
    """Enrol with a kept code (``client.Unreachable`` / ``Refused`` as ``enrol_with_code``),
    then forget it. None when no code waits or the station is enrolled already."""
    hub_url, code = PENDING_HUB_URL.get(store), PENDING_ENROL_CODE.get(store)
    if not (hub_url and code) or status(store)["enrolled"]:
        return None
    made = enrol_with_code(store, hub_url, code)
    with store.transaction():
        PENDING_HUB_URL.clear(store)
        PENDING_ENROL_CODE.clear(store)
    return made


def enrolment_state(store: Store) -> dict:
    """What the window says of the enrolment: the hub's address (or the one waiting), whether
    the station is enrolled and with which town, whether a code waits for the hub."""
    now = status(store)
    return {"hub_url": now["hub_url"] or PENDING_HUB_URL.get(store) or "", "enrolled": now["enrolled"],
            "town": now["town"] or "", "waiting": bool(PENDING_ENROL_CODE.get(store))}
