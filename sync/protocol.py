"""The station ↔ hub protocol: versions, limits and message shapes. Shared by the HTTP
client, the hub service and the USB batch files, so all three speak exactly the same
language (see PROTOCOL.md; the op forms: ``packing``; bodies as bytes: ``bodies``;
secrets and signatures: ``keys``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter

from station_app.store.schema import SCHEMA_VERSION

# 2: a station says how far its outbox went (``outbox_seq``) and which numbers it used, the
# hub says when the station lacks records it holds, and a pull can bring them all back.
PROTOCOL_VERSION = 2
# The hub accepts the current and the previous version of each.
ACCEPTED_PROTOCOLS = frozenset({PROTOCOL_VERSION, PROTOCOL_VERSION - 1} - {0})
ACCEPTED_SCHEMAS = frozenset({SCHEMA_VERSION, SCHEMA_VERSION - 1} - {0})

# ≈1000 ops is ≈80 KB of gzip: well inside the 256 KB page budget, and half the round
# trips (and hub commits) of 500-op pages; bench/sync_bench.py measured both.
PAGE_OPS = 1000
PAGE_GZIP_BYTES = 256 * 1024
PULL_LIMIT = 500
# A station's recovery pages grow to this while round trips stay short: a quick link
# (4,000 records: 0.34 → 0.28 s, median of 15 recoveries, against 2,000; sync/RECOVERY.md).
RECOVER_QUICK = 8 * PULL_LIMIT
# A page is at most 256 KiB of gzip (≈1.2 MiB of JSON); the caps leave room and no more,
# since parsing JSON costs up to 20 bytes of memory per byte of text.
MAX_BODY_BYTES = 1024 * 1024  # compressed, as sent
MAX_RAW_BYTES = 8 * 1024 * 1024  # once decompressed
INT64 = (-(1 << 63), (1 << 63) - 1)
STATION_PATTERN = "^[A-Za-z][A-Za-z0-9]{1,11}$"

# One op on the wire: a positional array, so names are not repeated per op.
#   [seq, op_id, entity, record_id, kind, base_version, hlc, agent_id, created_at, fields]
# ``station_code`` is left out of ``fields`` when it is the sending station's own code.
SEQ, OP_ID, ENTITY, RECORD_ID, KIND, BASE, HLC, AGENT, CREATED, FIELDS = range(10)

WireOp = tuple[int, str, str, str, Literal["insert", "update"], int, str, Optional[str], str, dict[str, Any]]


class ProtocolError(Exception):
    """A message that cannot be accepted; ``status`` is the HTTP status that says so."""

    def __init__(self, status: int, code: str, reason: str, **extra: Any):
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.extra = extra

    def body(self) -> dict:
        return {"error": self.code, "reason": self.reason, **self.extra}


class Gap(ProtocolError):
    """The page starts after the hub's ``last_applied`` + 1: the station must resend."""

    def __init__(self, last_applied: int, from_seq: int, epoch: str):
        super().__init__(409, "gap", f"集线器只收到第 {last_applied} 条，这一页从第 {from_seq} 条开始，请从第 "
                         f"{last_applied + 1} 条重发", last_applied=last_applied, epoch=epoch)
        self.last_applied = last_applied


# -- messages -----------------------------------------------------------------------
class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Versioned(_Message):
    protocol_version: int = Field(ge=0, le=1_000_000, description="protocol version of the sender")
    schema_version: int = Field(ge=0, le=1_000_000, description="record schema version of the sender")


class PushPage(_Message):
    """A page of ops in canonical form, as a USB batch file carries them."""

    from_seq: int = Field(ge=1, le=INT64[1], description="the first outbox seq this page covers (acked seq + 1)")
    to_seq: int = Field(ge=1, le=INT64[1], description="the last outbox seq this page covers")
    schema_version: int = Field(ge=0, le=1_000_000, description="record schema version the ops were written with")
    ops: list[WireOp] = Field(description="[seq, op_id, entity, record_id, kind, "
                              "base_version, hlc, agent_id, created_at, fields]")


class IdColumn(_Message):
    ts: list[Optional[int]] = Field(description="millisecond deltas of UUIDv7 ids; null: see ``other``")
    tail: str = Field(description="the 19 hex digits after the timestamp and version of each UUIDv7 id")
    other: list[str] = Field(default_factory=list, description="ids of any other form, in order")


class CompactPage(_Message):
    """A page of ops as a station sends it over HTTP (see packing.py and PROTOCOL.md)."""

    from_seq: int = Field(ge=1, le=INT64[1], description="the first outbox seq this page covers (acked seq + 1)")
    to_seq: int = Field(ge=1, le=INT64[1], description="the last outbox seq this page covers")
    schema_version: int = Field(ge=0, le=1_000_000, description="record schema version the ops were written with")
    node: str = Field(max_length=64, description="HLC node of the ops")
    shapes: list[tuple[str, Literal["insert", "update"], list[str]]] = Field(max_length=5000)
    op_ids: IdColumn
    record_ids: IdColumn
    ops: list[list[Any]] = Field(max_length=5000, description="[seq_delta, shape, record_id|null, base_version, "
                                 "hlc, agent, created, [values]]")


# The highest number of each receipt or case series ("ZHUPO-2026-" → 37).
Numbers = Annotated[dict[Annotated[str, StringConstraints(max_length=32)], Annotated[int, Field(ge=0, le=10**9)]],
                    Field(max_length=64)]
NUMBERS = TypeAdapter(Optional[Numbers])


class Position(_Message):
    """Where a station's recovery stands: records of ``entity`` after hub rowid ``after``."""

    entity: str = Field(max_length=32)
    after: int = Field(ge=0, le=INT64[1])


class PullRequest(_Message):
    cursor: int = Field(0, ge=0, le=INT64[1], description="the last hub change this station has applied")
    limit: int = Field(PULL_LIMIT, ge=0, le=5000)
    recover: Optional[Position] = Field(None, description="bring back this station's own records from here")
    tables: bool = Field(False, description="the recovered records as ``records`` tables (names once per table); "
                         "asked only of a hub whose ``recovery`` said ``tables``")
    columns: bool = Field(False, description="the same tables column by column (``values``); asked only of a hub "
                          "whose ``recovery`` said ``columns``")


class ExchangeRequest(Versioned):
    station: str = Field(min_length=2, max_length=12, pattern=STATION_PATTERN)
    epoch: Optional[str] = Field(None, max_length=64, description="the hub epoch the station last saw")
    push: Optional[CompactPage] = None
    pull: Optional[PullRequest] = Field(None, description="null: push only (the reply has no pull page)")
    # What the town's Stations page shows of each station.
    app_version: Optional[str] = Field(None, max_length=32, description="the station program's version")
    sent_at: Optional[AwareDatetime] = Field(None, description="the station's clock when it sent this (for its skew)")
    waiting: Optional[int] = Field(None, ge=0, le=INT64[1], description="ops still waiting after this page")
    outbox_seq: Optional[int] = Field(None, ge=0, le=INT64[1], description="the highest outbox seq this store "
                                      "ever handed out: below the hub's last_applied, the store went back in time")
    numbers: Optional[Numbers] = Field(None, description="the highest receipt and case number of each series "
                                       "this station used (prefix → number)")


class Change(_Message):
    cursor: int
    kind: Literal["record", "problem", "notice"]
    entity: Optional[str] = None
    id: str
    data: dict[str, Any]


class PushResult(_Message):
    applied: int = 0
    skipped: int = 0
    rejected: int = 0
    conflicts: int = 0
    held: int = Field(0, description="ops kept for the town to review; not applied, not acknowledged")
    held_to: int = Field(0, description="the last seq held: the station's next page may start after it")


class Recovery(_Message):
    next: Optional[Position] = Field(description="where the next page starts; null: nothing is missing any more")
    total: int = Field(description="records the hub holds for this station")
    tables: bool = Field(False, description="the hub can send the recovered records as tables: ask with "
                         "``pull.tables``")
    columns: bool = Field(False, description="the hub can send those tables column by column: ask with "
                          "``pull.columns``")


class RecordTable(_Message):
    """Recovered records of one table: the column names once, then the values record by
    record (``rows``) or, asked for ``columns``, column by column (``values``, one list per
    column: like values side by side, which zstd packs a tenth smaller in a fifth of the time)."""

    entity: str
    columns: list[str]
    rows: Optional[list[list[Any]]] = None
    values: Optional[list[list[Any]]] = None


class PullPage(_Message):
    changes: list[Change]
    next_cursor: int
    has_more: bool
    recovery: Optional[Recovery] = None
    records: Optional[list[RecordTable]] = Field(None, description="recovered records, after ``changes``, "
                                                 "when the pull asked for ``tables``")


class ExchangeReply(Versioned):
    station: str
    epoch: str
    last_applied: int
    hub_hlc: str
    push: Optional[PushResult] = None
    pull: Optional[PullPage] = None
    epoch_reset: bool = False
    clock_warning: Optional[str] = None
    clock_skew_s: Optional[int] = Field(None, description="the station's clock minus the hub's, in seconds")
    lacks_records: bool = Field(False, description="the hub holds records this station's store lacks: "
                                "pull them with ``pull.recover``")
    numbers: Optional[Numbers] = Field(None, description="the highest number of each of the station's series "
                                       "the hub holds: the station's next ones follow them")


class EnrolRequest(Versioned):
    station: str = Field(min_length=2, max_length=12, pattern=STATION_PATTERN)
    proof: Optional[str] = Field(None, min_length=64, max_length=64, pattern="^[0-9a-f]{64}$",
                                 description="enrol_proof: the code itself never leaves the station")
    code: Optional[str] = Field(None, min_length=4, max_length=64,
                                description="protocol 1 stations send the code itself")


class EnrolReply(Versioned):
    station: str
    station_name: str
    town_name: str
    epoch: str
    secret: str
    hub_proof: Optional[str] = Field(None, description="hub_proof: the hub knew the code, on this connection")
    last_applied: int = Field(0, description="the last seq the hub holds from this station (a new PC continues after it)")
    numbers: Numbers = Field(default_factory=dict, description="the station's highest numbers at the hub")
    recovery: Optional[dict[str, bool]] = Field(None, description="the forms the hub sends recovered records in "
                                                "(``Recovery.tables``, ``Recovery.columns``): a new PC asks its "
                                                "first page so")


# How recovered records travel: one change per record (a reply file, a station that never
# asked), or tables row by row or column by column, asked by this ``pull`` flag of a hub
# whose ``recovery`` said it can.
RECOVERY_FORMS = ("changes", "rows", "columns")
ASKED_AS = {"rows": "tables", "columns": "columns"}
# What this hub says it can send, in every ``recovery`` and in enrolment (so a new PC's
# very first page of its records comes in the leanest form).
RECOVERY_OFFER = {"tables": True, "columns": True}


def flagged_form(flags: dict | None) -> str | None:
    """The leanest form the flags of ``ASKED_AS`` name: what a hub's ``recovery`` offers,
    or what a station's ``pull`` asks for (the same flags); None: none."""
    flags = flags or {}
    return next((form for form in ("columns", "rows") if flags.get(ASKED_AS[form])), None)


def records_in(page: dict | None) -> int:
    """How many changes and recovered records a pull page carries."""
    if page is None:
        return 0
    return len(page["changes"]) + sum(rows_in(table) for table in page.get("records") or ())


def rows_in(table: dict) -> int:
    """How many records one recovered table carries, row by row or column by column."""
    values = table.get("values")
    if values is not None:
        return len(values[0]) if isinstance(values, list) and values and isinstance(values[0], (list, tuple)) else 0
    rows = table.get("rows")
    return len(rows) if isinstance(rows, list) else 0


def check_versions(protocol_version: int, schema_version: int) -> None:
    if protocol_version not in ACCEPTED_PROTOCOLS:
        raise ProtocolError(400, "protocol_version", f"协议版本 {protocol_version} 不被支持（支持 "
                            f"{sorted(ACCEPTED_PROTOCOLS)}），请升级程序")
    if schema_version not in ACCEPTED_SCHEMAS:
        raise ProtocolError(400, "schema_version", f"数据版本 {schema_version} 不被支持（支持 "
                            f"{sorted(ACCEPTED_SCHEMAS)}），请升级程序")


# What a notice is about, as both sides name it (the station files and filters by it).
NOTICE_CATEGORIES = {"village_affairs": "村务公开", "policy": "政策", "service": "服务", "duty": "值班"}

# The notices the town publishes (村务公开, policy notices): kept the same way on the hub
# and on every station, so a pulled notice is a plain row copy.
TOWN_NOTICES = """CREATE TABLE IF NOT EXISTS town_notices (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TEXT NOT NULL,
    withdrawn_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    hlc TEXT NOT NULL
)"""
