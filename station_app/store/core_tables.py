"""The station's core record tables, schema versions 1 to 4: villagers, payments,
advances, parcels, cases, the reception log, feedback, the daily close, the catalogue,
and the sync marks, conflicts and audit trail beside them.

Every synced table shares the columns of ``_record``; station-owned tables also carry
``station_code`` so the hub, which holds the union of all stations, can always tell whose
record it is. (The steps are put together in ``schema.MIGRATIONS``.)
"""

from __future__ import annotations


def _record(body: str, *, station_owned: bool = True) -> str:
    owner = "station_code TEXT NOT NULL," if station_owned else ""
    return f"""
        id TEXT PRIMARY KEY,
        {owner}
        {body},
        created_at TEXT NOT NULL,
        created_by TEXT,
        updated_at TEXT,
        updated_by TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        hlc TEXT NOT NULL
    """


V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"""CREATE TABLE agents ({_record('''
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))''')})""",
    # Local only: a PIN hash never leaves the station.
    """CREATE TABLE agent_credentials (
        agent_id TEXT PRIMARY KEY REFERENCES agents(id),
        salt TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        iterations INTEGER NOT NULL
    )""",
    f"""CREATE TABLE villagers ({_record('''
        name TEXT NOT NULL,
        phone TEXT,
        id_number TEXT,
        village_group TEXT,
        address TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        note TEXT''')})""",
    "CREATE INDEX villagers_name ON villagers(name)",
    "CREATE INDEX villagers_phone ON villagers(phone)",
    f"""CREATE TABLE contacts ({_record('''
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        name TEXT NOT NULL,
        phone TEXT,
        relation TEXT NOT NULL,
        is_payer INTEGER NOT NULL DEFAULT 0 CHECK (is_payer IN (0, 1))''')})""",
    "CREATE INDEX contacts_villager ON contacts(villager_id)",
    f"""CREATE TABLE catalogue_items ({_record('''
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        window TEXT NOT NULL,
        serves TEXT,
        basis TEXT,
        procedure TEXT,
        time_limit_days INTEGER NOT NULL CHECK (time_limit_days > 0),
        materials TEXT NOT NULL DEFAULT '[]',
        fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
        fee_note TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        item_version INTEGER NOT NULL DEFAULT 1''', station_owned=False)})""",
    # The working-day calendar: only the exceptions to Monday-Friday are stored.
    f"""CREATE TABLE calendar_days ({_record('''
        day TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT''', station_owned=False)})""",
    f"""CREATE TABLE payments ({_record('''
        receipt_no TEXT NOT NULL UNIQUE,
        villager_id TEXT REFERENCES villagers(id),
        payer_name TEXT NOT NULL,
        payer_phone TEXT,
        bill_kind TEXT NOT NULL,
        account_no TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'advance')),
        voucher_no TEXT,
        paid_at TEXT NOT NULL''')})""",
    "CREATE INDEX payments_paid_at ON payments(paid_at)",
    "CREATE INDEX payments_villager ON payments(villager_id)",
    # Corrections to money and parcels are new records, never edits.
    f"""CREATE TABLE voids ({_record('''
        target_entity TEXT NOT NULL,
        target_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)''')})""",
    "CREATE UNIQUE INDEX voids_target ON voids(target_entity, target_id)",
    f"""CREATE TABLE advances ({_record('''
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        payer_contact_id TEXT REFERENCES contacts(id),
        payment_id TEXT REFERENCES payments(id),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        purpose TEXT NOT NULL,
        advanced_at TEXT NOT NULL''')})""",
    # Covering: the outstanding list walks every advance in villager order from the index alone.
    "CREATE INDEX advances_villager ON advances(villager_id, advanced_at, id, amount_fen)",
    f"""CREATE TABLE repayments ({_record('''
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay')),
        paid_by_name TEXT NOT NULL,
        received_at TEXT NOT NULL''')})""",
    "CREATE INDEX repayments_villager ON repayments(villager_id, received_at, amount_fen)",
    f"""CREATE TABLE parcels ({_record('''
        tracking_no TEXT NOT NULL,
        courier TEXT NOT NULL,
        villager_id TEXT REFERENCES villagers(id),
        recipient_name TEXT NOT NULL,
        recipient_phone TEXT,
        phone_tail TEXT,
        shelf INTEGER,
        layer INTEGER,
        seq INTEGER,
        pickup_code TEXT,
        status TEXT NOT NULL,
        checked_in_at TEXT NOT NULL,
        closed_at TEXT,
        collected_by TEXT,
        collected_relation TEXT,
        home_delivery INTEGER NOT NULL DEFAULT 0,
        return_reason TEXT,
        problem_kind TEXT,
        note TEXT''')})""",
    "CREATE INDEX parcels_tracking ON parcels(tracking_no)",
    "CREATE INDEX parcels_status ON parcels(status, checked_in_at)",
    # Daily "out" counts and the stock on any past evening (closed after it, checked in before).
    "CREATE INDEX parcels_closed ON parcels(closed_at, checked_in_at)",
    # Counter look-ups only ever want the few hundred parcels on the shelf: partial indexes
    # stay tiny (and cheap to write) however many years of parcels the table holds. Queries
    # must repeat this exact condition (pickup_codes.ON_SHELF_SQL) for SQLite to use them.
    "CREATE INDEX parcels_shelf_code ON parcels(pickup_code) WHERE status IN ('in_stock', 'problem')",
    "CREATE INDEX parcels_shelf_tail ON parcels(phone_tail) WHERE status IN ('in_stock', 'problem')",
    "CREATE INDEX parcels_shelf_slot ON parcels(shelf, layer, status) WHERE status IN ('in_stock', 'problem')",
    f"""CREATE TABLE parcel_events ({_record('''
        parcel_id TEXT NOT NULL REFERENCES parcels(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}' ''')})""",
    "CREATE INDEX parcel_events_parcel ON parcel_events(parcel_id, at)",
    f"""CREATE TABLE parcels_out ({_record('''
        villager_id TEXT REFERENCES villagers(id),
        sender_name TEXT NOT NULL,
        sender_phone TEXT,
        receiver_name TEXT NOT NULL,
        receiver_phone TEXT NOT NULL,
        receiver_address TEXT NOT NULL,
        courier TEXT NOT NULL,
        tracking_no TEXT,
        fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
        method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay')),
        sent_at TEXT NOT NULL''')})""",
    "CREATE INDEX parcels_out_sent ON parcels_out(sent_at)",
    f"""CREATE TABLE cases ({_record('''
        case_no TEXT NOT NULL UNIQUE,
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        item_code TEXT NOT NULL,
        status TEXT NOT NULL,
        received_at TEXT NOT NULL,
        deadline TEXT NOT NULL,
        materials_received TEXT NOT NULL DEFAULT '[]',
        note TEXT''')})""",
    "CREATE INDEX cases_status ON cases(status, deadline)",
    "CREATE INDEX cases_villager ON cases(villager_id)",
    f"""CREATE TABLE case_events ({_record('''
        case_id TEXT NOT NULL REFERENCES cases(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT,
        by_side TEXT NOT NULL CHECK (by_side IN ('station', 'town')),
        at TEXT NOT NULL''')})""",
    "CREATE INDEX case_events_case ON case_events(case_id, at)",
    f"""CREATE TABLE receptions ({_record('''
        visitor_name TEXT NOT NULL,
        villager_id TEXT REFERENCES villagers(id),
        village_group TEXT,
        phone TEXT,
        channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone')),
        matter TEXT NOT NULL,
        first_agent_id TEXT NOT NULL REFERENCES agents(id),
        outcome TEXT NOT NULL,
        linked_entity TEXT,
        linked_id TEXT,
        at TEXT NOT NULL''')})""",
    "CREATE INDEX receptions_at ON receptions(at)",
    f"""CREATE TABLE appointments ({_record('''
        villager_id TEXT REFERENCES villagers(id),
        name TEXT NOT NULL,
        phone TEXT,
        scheduled_at TEXT NOT NULL,
        purpose TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'done', 'no_show', 'cancelled')),
        note TEXT''')})""",
    "CREATE INDEX appointments_when ON appointments(status, scheduled_at)",
    f"""CREATE TABLE feedback ({_record('''
        target_entity TEXT NOT NULL,
        target_id TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        comment TEXT,
        at TEXT NOT NULL''')})""",
    f"""CREATE TABLE callbacks ({_record('''
        feedback_id TEXT NOT NULL REFERENCES feedback(id),
        status TEXT NOT NULL CHECK (status IN ('open', 'done')),
        fix_note TEXT,
        done_at TEXT''')})""",
    f"""CREATE TABLE daily_closes ({_record('''
        business_date TEXT NOT NULL,
        lines TEXT NOT NULL,
        carried_forward_fen INTEGER NOT NULL CHECK (carried_forward_fen >= 0),
        note TEXT,
        closed_at TEXT NOT NULL''')})""",
    "CREATE INDEX daily_closes_date ON daily_closes(business_date)",
    # The change log: one row per write, in commit order; sync pushes from here.
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('insert', 'update')),
        fields TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        agent_id TEXT,
        schema_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        acked_at TEXT
    )""",
    "CREATE INDEX outbox_unacked ON outbox(acked_at, seq)",
]

# v2: the hub shows rejections and conflicts on the records they concern; the station
# keeps them too so an agent sees why a record was refused.
V2 = [
    """CREATE TABLE sync_problems (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('rejection', 'conflict')),
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op_id TEXT,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        resolved_at TEXT
    )""",
    "CREATE INDEX sync_problems_record ON sync_problems(entity, record_id)",
]

# v3: lists show each record's sync state; this keeps "is it still waiting?" instant
# however long the outbox grows (acknowledged rows drop out of the index).
V3 = [
    "CREATE INDEX outbox_pending_record ON outbox(record_id) WHERE acked_at IS NULL",
]

# v4: the audit trail the town sees (a PIN locked out after repeated wrong tries), and
# the local count of wrong tries behind it (never synced, like the PINs themselves).
V4 = [
    f"""CREATE TABLE audit_events ({_record('''
        kind TEXT NOT NULL CHECK (kind IN ('pin_lockout', 'pin_changed', 'pin_reset')),
        agent_id TEXT REFERENCES agents(id),
        detail TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL''')})""",
    "CREATE INDEX audit_events_at ON audit_events(at)",
    """CREATE TABLE pin_failures (
        agent_id TEXT PRIMARY KEY REFERENCES agents(id),
        failures INTEGER NOT NULL,
        last_at TEXT NOT NULL,
        wait_until TEXT
    )""",
]
