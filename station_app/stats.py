"""The station's figures as one JSON-ready document.

Built only from record fields that sync, so the hub computes the very same document for
a station from the records it received (pass ``station_code``); the one local figure,
the pending outbox, is reported by the station only.
"""

from __future__ import annotations

from datetime import date

from .settings import STATION_CODE
from .store import Store
from .money import sum_fen_sql as sum_fen
from .voids import not_voided_sql
from .timeutil import LOCAL_TZ, utc_now

PARCEL_STATUSES = ("in_stock", "problem", "released", "delivered", "returned")
CASE_STATUSES = ("received", "sent_to_town", "accepted", "needs_correction",
                 "completed_approved", "completed_rejected", "delivered", "withdrawn")
OPEN_CASE_STATUSES = ("received", "sent_to_town", "accepted", "needs_correction")
APPOINTMENT_STATUSES = ("scheduled", "done", "no_show", "cancelled")
SIGNUP_STATUSES = ("signed_up", "cancelled")
SIGNUP_OUTCOMES = ("done", "materials_missing", "referred", "no_show")


class _Scope:
    """SQL helpers restricted to one station's records (or all on a station PC)."""

    def __init__(self, store: Store, station_code: str | None):
        self.store = store
        self.code = station_code

    def where(self, alias: str = "") -> tuple[str, list]:
        if self.code is None:
            return "1 = 1", []
        return f"{alias}station_code = ?", [self.code]

    def row(self, sql: str, params: list | tuple = ()) -> tuple:
        clause, extra = self.where()
        return tuple(self.store.one(sql.replace("{scope}", clause), [*extra, *params]))

    def grouped(self, table: str, column: str, keys) -> dict:
        clause, extra = self.where()
        counts = {k: 0 for k in keys}
        for key, n in self.store.all(f"SELECT {column}, COUNT(*) FROM {table} WHERE {clause} GROUP BY {column}", extra):
            counts[str(key) if not isinstance(key, str) else key] = n
        return counts



def station_stats(store: Store, station_code: str | None = None, today: date | None = None,
                  pending_outbox: int | None = None) -> dict:
    scope = _Scope(store, station_code)
    today = today or utc_now().astimezone(LOCAL_TZ).date()
    code = station_code or STATION_CODE.get(store)
    pay_n, pay_fen = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM payments WHERE {{scope}} AND {not_voided_sql('payments', 'payments')}")
    void_n, void_fen = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM payments WHERE {{scope}} AND NOT {not_voided_sql('payments', 'payments')}")
    adv_n, given = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM advances WHERE {{scope}} AND {not_voided_sql('advances', 'advances')}")
    rep_n, repaid = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM repayments WHERE {{scope}} AND {not_voided_sql('repayments', 'repayments')}")
    out_n, out_fee = scope.row(f"SELECT COUNT(*), {sum_fen('fee_fen')} FROM parcels_out WHERE {{scope}} AND {not_voided_sql('parcels_out', 'parcels_out')}")
    marks = ",".join("?" * len(OPEN_CASE_STATUSES))
    (overdue,) = scope.row(f"SELECT COUNT(*) FROM cases WHERE {{scope}} AND status IN ({marks}) AND deadline < ?",
                           [*OPEN_CASE_STATUSES, today.isoformat()])
    (receptions,) = scope.row("SELECT COUNT(*) FROM receptions WHERE {scope}")
    (callbacks_open,) = scope.row("SELECT COUNT(*) FROM callbacks WHERE {scope} AND status = 'open'")
    closes_n, = scope.row(f"SELECT COUNT(*) FROM daily_closes WHERE {{scope}} AND {not_voided_sql('daily_closes', 'daily_closes')}")
    (villagers,) = scope.row("SELECT COUNT(*) FROM villagers WHERE {scope}")
    parcels = scope.grouped("parcels", "status", PARCEL_STATUSES)
    cases = scope.grouped("cases", "status", CASE_STATUSES)
    return {
        "station": code,
        "as_of": today.isoformat(),
        "villagers": villagers,
        "payments": {"count": pay_n, "amount_fen": pay_fen, "voided_count": void_n, "voided_amount_fen": void_fen},
        "advances": {"count": adv_n, "given_fen": given, "repayments": rep_n, "repaid_fen": repaid,
                     "outstanding_fen": given - repaid},
        "parcels": {"by_status": parcels, "total": sum(parcels.values()),
                    "outgoing_count": out_n, "outgoing_fee_fen": out_fee},
        "cases": {"by_status": cases, "total": sum(cases.values()), "overdue": overdue},
        "receptions": {"count": receptions,
                       "appointments": scope.grouped("appointments", "status", APPOINTMENT_STATUSES)},
        "feedback": {"by_level": scope.grouped("feedback", "level", ("1", "2", "3", "4", "5")),
                     "callbacks_open": callbacks_open},
        "daily_closes": {"count": closes_n},
        "coop": _coop(scope),
        "service_days": {"signups": scope.grouped("service_day_signups", "status", SIGNUP_STATUSES),
                         "outcomes": scope.grouped("service_day_signups", "COALESCE(outcome, 'pending')",
                                                   ("pending", *SIGNUP_OUTCOMES))},
        "messages": _messages(scope),
        "outbox": {"pending": store.pending_outbox() if pending_outbox is None else pending_outbox},
    }


def _messages(scope: _Scope) -> dict:
    """Villagers told, by what is shown (a town gateway's outcome included) and by channel."""
    from .villager_messages import CHANNELS, SHOWN_FROM, SHOWN_STATUS, STATUSES, TOWN_ANSWERED

    shown_channel = f"(CASE WHEN {TOWN_ANSWERED} THEN 'town' ELSE COALESCE(m.channel, 'none') END)"
    return {"by_status": scope.grouped(SHOWN_FROM, SHOWN_STATUS, STATUSES),
            "by_channel": scope.grouped(SHOWN_FROM, shown_channel, ("none", *CHANNELS))}


def _coop(scope: _Scope) -> dict:
    """The cooperative's desk: members, supplies handed out and how, what members owe."""
    live = not_voided_sql("coop_stock_moves", "coop_stock_moves")
    (members,) = scope.row("SELECT COUNT(*) FROM coop_members WHERE {scope} AND left_on IS NULL")
    out_n, out_fen = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM coop_stock_moves WHERE {{scope}}"
                               f" AND kind = 'handed_out' AND {live}")
    handed = sum_fen("CASE kind WHEN 'handed_out' THEN amount_fen END")
    back = sum_fen("CASE kind WHEN 'returned' THEN amount_fen END")
    on_account, returned = scope.row(f"SELECT {handed}, {back} FROM coop_stock_moves WHERE {{scope}}"
                                     f" AND paid_how = 'account' AND {live}")
    settled_n, settled = scope.row(f"SELECT COUNT(*), {sum_fen('amount_fen')} FROM coop_settlements WHERE {{scope}}"
                                   f" AND {not_voided_sql('coop_settlements', 'coop_settlements')}")
    (trainings,) = scope.row("SELECT COUNT(*) FROM coop_trainings WHERE {scope}")
    (open_requests,) = scope.row("SELECT COUNT(*) FROM coop_field_requests WHERE {scope} AND visited_on IS NULL")
    return {"members": members, "handed_out": out_n, "handed_out_fen": out_fen, "settlements": settled_n,
            "owed_fen": on_account - returned - settled, "trainings": trainings, "field_requests_open": open_requests}
