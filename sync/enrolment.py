"""Enrolling a station with the hub: with the town's one-time code over the network, or
with the offline enrolment file. Used by ``station-app enroll`` and the setup wizard."""

from __future__ import annotations

import json
from pathlib import Path

from station_app.errors import ValidationError
from station_app.store import Store

from .hub_link import enrol_by_code, remember_link
from .station_state import save_enrolment

ENROL_FILE_KIND = "village-station-enrolment"


def enrol_with_code(store: Store, hub_url: str, code: str) -> dict:
    """Raises ``client.Unreachable`` (try later) or ``client.Refused`` (wrong/used code)."""
    if not hub_url or not code:
        raise ValidationError("enrol_needs_code", "请给出镇中心地址和登记码", "code")
    made, seen = enrol_by_code(store, hub_url.strip(), code.strip())
    save_enrolment(store, made, hub_url)
    # The hub answered over plain http from another machine: the town allows it.
    remember_link(store, seen or None, plain_ok=not seen)
    return made


def read_enrol_file(path: Path, station: str) -> dict:
    try:
        made = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ValidationError("bad_enrol_file", "读不了这个登记文件", "file") from None
    if not isinstance(made, dict) or made.get("kind") != ENROL_FILE_KIND or not made.get("secret"):
        raise ValidationError("bad_enrol_file", "这不是镇中心的登记文件", "file")
    if made.get("station") != station:
        raise ValidationError("foreign_enrol_file", f"这是服务站 {made.get('station')} 的登记文件，本站是 {station}",
                              "file")
    return made


def enrol_with_file(store: Store, path: Path, hub_url: str | None = None) -> dict:
    made = read_enrol_file(path, store.station_code)
    save_enrolment(store, made, hub_url)
    remember_link(store, made.get("hub_cert_sha256") or None, plain_ok=bool(made.get("plain_http_allowed")))
    return made
