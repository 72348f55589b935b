"""The record tables of the seed's other systems and of following a service to its end,
schema versions 5 to 9: the cooperative's desk and the town's service days, the people
who serve, telling villagers, hand-over sheets and electricity money, the town's SMS
outcomes. (The steps are put together in ``schema.MIGRATIONS``.)
"""

from __future__ import annotations

from .core_tables import _record


# v5: the cooperative's desk (石门村's pomegranate cooperative hands out farm supplies to its
# member households, paid now or on account until the harvest, and runs its technical
# services), and the town's service days in the villages (planned by the town, signed up
# for and settled at the station).
V5 = [
    f"""CREATE TABLE coop_members ({_record('''
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        joined_on TEXT NOT NULL,
        holding INTEGER NOT NULL DEFAULT 0 CHECK (holding >= 0),
        holding_unit TEXT NOT NULL CHECK (holding_unit IN ('mu', 'trees')),
        left_on TEXT,
        note TEXT''')})""",
    "CREATE UNIQUE INDEX coop_members_villager ON coop_members(villager_id)",
    f"""CREATE TABLE coop_items ({_record('''
        name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('fertiliser', 'pesticide', 'film', 'seedling', 'other')),
        unit TEXT NOT NULL,
        price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))''')})""",
    # Every change of stock is a move: received (+), handed out (-), returned (+), counted (±
    # the difference). Append-only; a wrong move is voided.
    f"""CREATE TABLE coop_stock_moves ({_record('''
        item_id TEXT NOT NULL REFERENCES coop_items(id),
        kind TEXT NOT NULL CHECK (kind IN ('received', 'handed_out', 'returned', 'counted')),
        quantity INTEGER NOT NULL,
        member_id TEXT REFERENCES coop_members(id),
        of_move_id TEXT REFERENCES coop_stock_moves(id),
        unit_price_fen INTEGER CHECK (unit_price_fen >= 0),
        amount_fen INTEGER CHECK (amount_fen >= 0),
        paid_how TEXT CHECK (paid_how IN ('cash', 'wechat', 'alipay', 'account')),
        supplier TEXT,
        counted_quantity INTEGER CHECK (counted_quantity >= 0),
        reason TEXT,
        at TEXT NOT NULL''')})""",
    "CREATE INDEX coop_stock_moves_item ON coop_stock_moves(item_id, at)",
    "CREATE INDEX coop_stock_moves_member ON coop_stock_moves(member_id, at)",
    "CREATE INDEX coop_stock_moves_at ON coop_stock_moves(at)",
    f"""CREATE TABLE coop_settlements ({_record('''
        member_id TEXT NOT NULL REFERENCES coop_members(id),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        how TEXT NOT NULL CHECK (how IN ('cash', 'wechat', 'alipay', 'harvest')),
        note TEXT,
        settled_at TEXT NOT NULL''')})""",
    "CREATE INDEX coop_settlements_member ON coop_settlements(member_id, settled_at)",
    "CREATE INDEX coop_settlements_at ON coop_settlements(settled_at)",
    f"""CREATE TABLE coop_trainings ({_record('''
        held_on TEXT NOT NULL,
        topic TEXT NOT NULL,
        trainer TEXT NOT NULL,
        place TEXT NOT NULL,
        note TEXT''')})""",
    f"""CREATE TABLE coop_attendance ({_record('''
        training_id TEXT NOT NULL REFERENCES coop_trainings(id),
        member_id TEXT NOT NULL REFERENCES coop_members(id)''')})""",
    "CREATE UNIQUE INDEX coop_attendance_once ON coop_attendance(training_id, member_id)",
    f"""CREATE TABLE coop_field_requests ({_record('''
        member_id TEXT NOT NULL REFERENCES coop_members(id),
        problem TEXT NOT NULL,
        plot TEXT,
        asked_on TEXT NOT NULL,
        visited_on TEXT,
        advice TEXT''')})""",
    "CREATE INDEX coop_field_requests_open ON coop_field_requests(visited_on, asked_on)",
    # The town plans a day at some stations; each station signs its villagers up for it.
    f"""CREATE TABLE service_days ({_record('''
        day TEXT NOT NULL,
        starts TEXT NOT NULL,
        ends TEXT NOT NULL,
        stations TEXT NOT NULL DEFAULT '[]',
        items TEXT NOT NULL DEFAULT '[]',
        staff TEXT NOT NULL DEFAULT '[]',
        note TEXT,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled'))''', station_owned=False)})""",
    "CREATE INDEX service_days_day ON service_days(day)",
    f"""CREATE TABLE service_day_signups ({_record('''
        service_day_id TEXT NOT NULL REFERENCES service_days(id),
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        item_code TEXT NOT NULL,
        materials_have TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('signed_up', 'cancelled')),
        outcome TEXT CHECK (outcome IN ('done', 'materials_missing', 'referred', 'no_show')),
        outcome_note TEXT,
        served_by TEXT,
        outcome_at TEXT,
        case_id TEXT REFERENCES cases(id)''')})""",
    "CREATE INDEX service_day_signups_day ON service_day_signups(service_day_id, status)",
    # The hub gives a station back its records table by table (sync/hub_recovery.py): the
    # tables of this version carry their per-station index from the start.
    *(f"CREATE INDEX {table}_station ON {table}(station_code)" for table in (
        "coop_members", "coop_items", "coop_stock_moves", "coop_settlements", "coop_trainings", "coop_attendance",
        "coop_field_requests", "service_day_signups")),
]

# v6: the people who serve. Agents hold post A or B; the station's phone and opening hours
# are a record the town sees; who was on duty when (logins, switches, locks, the end of
# the day); a PIN reset the town issues; letters between the station and the town, and
# which notices the station has read.
V6 = [
    "ALTER TABLE agents ADD COLUMN post TEXT CHECK (post IN ('A', 'B'))",
    f"""CREATE TABLE station_profiles ({_record('''
        phone TEXT,
        opening_hours TEXT NOT NULL,
        open_weekdays TEXT NOT NULL''')})""",
    "CREATE UNIQUE INDEX station_profiles_one ON station_profiles(station_code)",
    f"""CREATE TABLE duty_events ({_record('''
        agent_id TEXT NOT NULL REFERENCES agents(id),
        post TEXT CHECK (post IN ('A', 'B')),
        kind TEXT NOT NULL CHECK (kind IN ('on', 'off')),
        reason TEXT NOT NULL CHECK (reason IN ('login', 'switch', 'unlock', 'lock', 'logout', 'day_end')),
        at TEXT NOT NULL''')})""",
    "CREATE INDEX duty_events_at ON duty_events(at)",
    # A forgotten PIN: the town issues a one-time code (its hash) for one agent.
    f"""CREATE TABLE pin_resets ({_record('''
        to_station TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        expires_at TEXT NOT NULL''', station_owned=False)})""",
    f"""CREATE TABLE station_letters ({_record('''
        kind TEXT NOT NULL CHECK (kind IN ('question', 'problem', 'report')),
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        attachment_name TEXT,
        attachment TEXT,
        written_at TEXT NOT NULL''')})""",
    "CREATE INDEX station_letters_at ON station_letters(written_at)",
    f"""CREATE TABLE town_messages ({_record('''
        to_station TEXT NOT NULL,
        in_reply_to TEXT,
        body TEXT NOT NULL,
        staff_name TEXT NOT NULL,
        sent_at TEXT NOT NULL''', station_owned=False)})""",
    "CREATE INDEX town_messages_station ON town_messages(to_station, sent_at)",
    f"""CREATE TABLE notice_reads ({_record('''
        notice_id TEXT NOT NULL,
        read_at TEXT NOT NULL''')})""",
    "CREATE UNIQUE INDEX notice_reads_once ON notice_reads(station_code, notice_id)",
    # What this PC's agents have read of the town's messages (local: each PC its own).
    "CREATE TABLE message_reads (message_id TEXT PRIMARY KEY, read_at TEXT NOT NULL)",
    *(f"CREATE INDEX {table}_station ON {table}(station_code)" for table in (
        "duty_events", "station_letters", "notice_reads")),
]

# v7: villagers are told (parcel here, reminders, result ready, what to bring, appointment
# tomorrow, the year-end statement), each message logged with its channel and outcome,
# once per event; a villager may say no to messages.
V7 = [
    "ALTER TABLE villagers ADD COLUMN messages_ok INTEGER NOT NULL DEFAULT 1 CHECK (messages_ok IN (0, 1))",
    f"""CREATE TABLE villager_messages ({_record('''
        event_key TEXT NOT NULL,
        purpose TEXT NOT NULL,
        villager_id TEXT REFERENCES villagers(id),
        name TEXT NOT NULL,
        phone TEXT,
        concerns_entity TEXT,
        concerns_id TEXT,
        text TEXT NOT NULL,
        channel TEXT,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        modem_refs TEXT NOT NULL DEFAULT '[]',
        sent_at TEXT,
        delivered_at TEXT''')})""",
    "CREATE UNIQUE INDEX villager_messages_event ON villager_messages(station_code, event_key)",
    "CREATE INDEX villager_messages_status ON villager_messages(status, created_at)",
    "CREATE INDEX villager_messages_concerns ON villager_messages(concerns_id)",
]

# v8: every service followed to its end. The villager rates the service (an agent's own
# rating is marked so); a poor rating's call-back has a deadline; a hand-over sheet lists
# the files carried to town in one trip and the town says it arrived; a household's power
# accounts are kept, a payment's voucher number is added afterwards, and money collected
# is paid over to the power company in recorded hand-overs.
V8 = [
    "ALTER TABLE feedback ADD COLUMN source TEXT NOT NULL DEFAULT 'agent' CHECK (source IN ('villager', 'agent', 'sms'))",
    "ALTER TABLE callbacks ADD COLUMN due_on TEXT",
    f"""CREATE TABLE handover_sheets ({_record('''
        sheet_no TEXT NOT NULL,
        carried_by TEXT NOT NULL,
        carried_on TEXT NOT NULL,
        note TEXT''')})""",
    "CREATE UNIQUE INDEX handover_sheets_no ON handover_sheets(sheet_no)",
    f"""CREATE TABLE handover_items ({_record('''
        sheet_id TEXT NOT NULL REFERENCES handover_sheets(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        materials TEXT NOT NULL DEFAULT '[]',
        pieces INTEGER NOT NULL CHECK (pieces >= 0)''')})""",
    "CREATE INDEX handover_items_sheet ON handover_items(sheet_id)",
    f"""CREATE TABLE handover_receipts ({_record('''
        sheet_id TEXT NOT NULL,
        to_station TEXT NOT NULL,
        received_by TEXT NOT NULL,
        received_at TEXT NOT NULL,
        remarks TEXT''', station_owned=False)})""",
    f"""CREATE TABLE villager_accounts ({_record('''
        villager_id TEXT NOT NULL REFERENCES villagers(id),
        bill_kind TEXT NOT NULL,
        account_no TEXT NOT NULL,
        label TEXT''')})""",
    "CREATE UNIQUE INDEX villager_accounts_once ON villager_accounts(villager_id, bill_kind, account_no)",
    "CREATE INDEX villager_accounts_no ON villager_accounts(account_no)",
    f"""CREATE TABLE payment_vouchers ({_record('''
        payment_id TEXT NOT NULL REFERENCES payments(id),
        voucher_no TEXT NOT NULL''')})""",
    "CREATE INDEX payment_vouchers_payment ON payment_vouchers(payment_id)",
    f"""CREATE TABLE payovers ({_record('''
        paid_to TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'transfer')),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        reference TEXT,
        paid_over_at TEXT NOT NULL''')})""",
    "CREATE INDEX payovers_at ON payovers(paid_over_at)",
    f"""CREATE TABLE payover_items ({_record('''
        payover_id TEXT NOT NULL REFERENCES payovers(id),
        payment_id TEXT NOT NULL REFERENCES payments(id)''')})""",
    "CREATE INDEX payover_items_payment ON payover_items(payment_id)",
    *(f"CREATE INDEX {table}_station ON {table}(station_code)" for table in (
        "handover_sheets", "handover_items", "villager_accounts", "payment_vouchers", "payovers")),
]

# v9: what came of a message the town's SMS gateway sent for a station (town-owned: the
# hub writes it and sends it to that station only; a station can neither write nor forge
# one). The message record stays as its station wrote it; lists show the outcome beside it.
V9 = [
    f"""CREATE TABLE sms_outcomes ({_record('''
        message_id TEXT NOT NULL,
        to_station TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
        provider_id TEXT,
        reason TEXT,
        sent_at TEXT NOT NULL''', station_owned=False)})""",
    "CREATE UNIQUE INDEX sms_outcomes_message ON sms_outcomes(message_id)",
    "CREATE INDEX sms_outcomes_station ON sms_outcomes(to_station, sent_at)",
]
