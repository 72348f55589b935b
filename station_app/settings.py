"""Every setting a store keeps in its ``meta`` table, declared once: the key, its type,
its default and what it is for. A station's and the hub's live in the same kind of file,
so both are here; nothing else names a meta key.

Settings are local: never synced, never in the outbox. Changing one a window shows
(``shown``) is a change of ``SETTINGS`` (see ``store.changes``), so that window reads it
again; the store's own bookkeeping and sync's positions change quietly.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
SETTINGS = "settings"  # the name a change to any setting goes by (see store.changes)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type  # str, int, bool, or dict / list (kept as JSON)
    default: T
    about: str
    shown: bool = False  # a window shows it: changing it is a change the window hears of

    def get(self, store) -> T:
        text = store.get_meta(self.key)
        if text is None:
            return copy.deepcopy(self.default)  # a dict default is the caller's to change
        if self.kind is int:
            return int(text)
        if self.kind is bool:
            return text == "1"
        if self.kind in (dict, list):
            return json.loads(text)
        return text

    def is_set(self, store) -> bool:
        return store.get_meta(self.key) is not None

    def put(self, store, value: T) -> None:
        if self.kind is bool:
            text = "1" if value else "0"
        elif self.kind in (dict, list):
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            text = str(value)
        store.set_meta(self.key, text)
        if self.shown:
            store.note_change(SETTINGS)

    def clear(self, store) -> None:
        store.delete_meta(self.key)
        if self.shown:
            store.note_change(SETTINGS)


def _setting(key: str, kind: type, default: Any, about: str, shown: bool = False) -> Setting:
    made = Setting(key, kind, default, about, shown)
    assert key not in ALL, f"meta key {key} declared twice"
    ALL[key] = made
    return made


ALL: dict[str, Setting] = {}

# -- the store itself -------------------------------------------------------------------
NODE_ID = _setting("node_id", str, None, "this store's node in the hybrid logical clock")
HLC_LAST = _setting("hlc_last", str, None, "the last hybrid logical clock reading written")

# -- the station ----------------------------------------------------------------------------
STATION_CODE = _setting("station_code", str, None, "the station's code, given by the town, never changed")
STATION_NAME = _setting("station_name", str, "", "the station's name on receipts and slips", shown=True)
STATION_PHONE = _setting("station_phone", str, "", "the station's phone on receipts and slips", shown=True)
RETENTION_DAYS = _setting("parcel_retention_days", int, 7,
                          "days a parcel waits before it counts as overdue", shown=True)
SHELF_LAYOUT = _setting("shelf_layout", dict, None, "shelves, layers per shelf, parcels per layer", shown=True)
PICKUP_SEQ = _setting("parcel_seq", int, 0, "the last pickup code's running number")
NUMBER_FLOORS = _setting("number_floors", dict, {}, "receipt and case numbers the town has seen, per series")
RESTORED_AT = _setting("store_restored_at", str, None, "when a backup was put back (the next sync recovers)")
COOP_ENABLED = _setting("coop_enabled", bool, False, "the cooperative's desk is switched on", shown=True)
MESSAGE_CHANNELS = _setting("message_channels", str, "modem,town", "SMS channels tried in order", shown=True)
MODEM_PORT = _setting("modem_port", str, "", "the station's SMS modem (COM3, /dev/ttyUSB0); empty: none", shown=True)
DEMO_STATION = _setting("demo_station", bool, False, "made with demo data: its login shows the demo's PINs")
PARCEL_REMINDER_DAYS = _setting("parcel_reminder_days", int, 3,
                                "days on the shelf before a parcel's second message", shown=True)

# -- the station's sync with its hub --------------------------------------------------------
SYNC_SCHEMA = _setting("sync_schema_version", int, 0, "version of sync's own tables on a station")
SYNC_HUB_URL = _setting("sync_hub_url", str, None, "the hub's address", shown=True)
SYNC_SECRET = _setting("sync_secret", str, None, "the station's secret (only ever sent to its hub)", shown=True)
SYNC_TOWN_NAME = _setting("sync_town_name", str, None, "the town the hub said it is", shown=True)
SYNC_ENROLLED_AT = _setting("sync_enrolled_at", str, None, "when the station enrolled")
SYNC_ACKED = _setting("sync_acked_seq", int, 0, "the last outbox seq the hub acknowledged")
SYNC_CURSOR = _setting("sync_cursor", int, 0, "how far the station has pulled the hub's changes")
SYNC_EPOCH = _setting("sync_epoch", str, None, "the hub's epoch the station last saw")
SYNC_LAST_REPLY_AT = _setting("sync_last_reply_at", str, None, "when the hub last answered")
SYNC_UNREAD = _setting("sync_unread", dict, None, "the first hub change this version could not read and the "
                       "schema version that skipped it: pulled again once the app is upgraded")
HUB_CERT_PIN = _setting("sync_hub_cert", str, None, "the hub certificate's SHA-256, pinned at enrolment")
HUB_PLAIN_HTTP = _setting("sync_plain_http", bool, False, "the town allows this station plain http")
RECOVER_AT = _setting("sync_recover", dict, None, "where getting the station's records back stands")
SYNC_SAVE_DATA = _setting("sync_save_data", bool, False, "the link was slow at the last sync: the next one's first "
                          "request already asks the hub to save data")
SYNC_RECOVER_AS = _setting("sync_recover_as", str, "changes", "the form the hub last said it sends a station's "
                           "records back in (protocol.RECOVERY_FORMS)")
RECOVER_GOT = _setting("sync_recover_got", int, 0, "records got back so far")
SYNC_REFILL = _setting("sync_refill", int, None, "the schema version that got the station's own records back "
                       "without columns it lacked: they are all got back again once the app is upgraded")
RECOVER_REFILL = _setting("sync_recover_refill", bool, False, "the recovery under way fills in columns an older "
                          "version left out: the hub's copy of an own record replaces one of the same version")
RECOVER_TOTAL = _setting("sync_recover_total", int, 0, "records the hub holds for the station")
RECOVERED_AT = _setting("sync_recovered_at", str, None, "when the last recovery finished")
PENDING_HUB_URL = _setting("pending_hub_url", str, None,
                           "a hub address typed while it could not be reached", shown=True)
PENDING_ENROL_CODE = _setting("pending_enrol_code", str, None,
                              "its one-time code, used once the hub answers", shown=True)

# -- the hub ------------------------------------------------------------------------------
HUB_SCHEMA = _setting("hub_schema_version", int, 0, "version of the hub's own tables")
TOWN_SCHEMA = _setting("town_schema_version", int, 0, "version of the town window's tables")
TOWN_NAME = _setting("town_name", str, None, "the town service centre's name", shown=True)
HUB_EPOCH = _setting("hub_epoch", str, None, "the hub's epoch: new after a restore from backup")
PLAIN_HTTP_ALLOWED = _setting("plain_http_allowed", bool, False,
                              "stations off this machine may use plain http", shown=True)
REVIEW_BATCHES = _setting("review_network_batches", bool, False,
                          "network batches wait for a person to import", shown=True)

# Carried over when a station's backup is put back: a backup from before a re-enrolment
# would otherwise bring back a secret the hub no longer accepts.
CARRIED_ON_RESTORE = (SYNC_SECRET, SYNC_HUB_URL, SYNC_TOWN_NAME, SYNC_ENROLLED_AT)
