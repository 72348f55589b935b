"""The station's sync engine (no Qt): push the outbox after the last acknowledged seq in
pages, pull the hub's changes after the cursor, in one round trip per page.

- Ops are marked acknowledged only from the hub's reply, in the same transaction that
  applies the pulled page and saves the cursor (``state.absorb``).
- A 409 gap, or a hub that reports less than the station believes it acknowledged
  (restored from a backup, new epoch), makes the station resend from the hub's seq.
- Whatever stops a sync (no network, a kill, ``cancel``), the next one resumes from what
  was committed. ``sync_with_retries`` retries an unreachable hub with jittered backoff.
- ``progress(dict)`` is called after every round trip; ``cancel()`` is checked before each.
"""

from __future__ import annotations

import dataclasses
import random
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from station_app.logs import log
from station_app.settings import SYNC_RECOVER_AS, SYNC_SAVE_DATA
from station_app.store import Store

from ..collector import for_bulk_work
from ..crash import crash_point
from ..protocol import PAGE_GZIP_BYTES, PAGE_OPS, PULL_LIMIT, RECOVER_QUICK, Gap, flagged_form, records_in
from . import recovery, unread
from .client import Refused, Unreachable
from .state import Outgoing, Settings, absorb, build_request, ensure_station_tables, settings, unack_after

MAX_ROUND_TRIPS = 100_000
RECOVERY_FAST_S, RECOVERY_SLOW_S = 0.5, 5.0
# A round trip longer than this moving less than this many bytes a second: a 2G or poor
# 3G link, where each byte costs more than the hub's time to pack the replies harder.
SLOW_LINK_S, SLOW_LINK_BYTES_S = 1.0, 32 * 1024


@dataclass
class SyncReport:
    status: str = "ok"  # ok | unreachable | refused | cancelled
    pushed: int = 0  # ops the hub acknowledged during this sync
    pulled: int = 0  # hub changes applied
    rejected: int = 0
    conflicts: int = 0
    resent: int = 0  # ops the hub had lost and that were sent again
    held: int = 0  # ops the town holds for review: acknowledged once a person imports them
    recovered: int = 0  # own records brought back from the hub (a new PC, a restored backup)
    round_trips: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    pending: int = 0
    epoch_changed: bool = False
    message: str = ""
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        size = (self.bytes_sent + self.bytes_received) / 1024
        counts = (f"上传 {self.pushed} 条，下载 {self.pulled} 条，拒收 {self.rejected}，冲突 {self.conflicts}，"
                  f"待上传 {self.pending}（{self.round_trips} 次往返，{size:.1f} KB）")
        head = {"ok": "同步完成", "unreachable": "暂时连不上镇中心，数据都在本机，稍后再试",
                "refused": "镇中心拒绝了本站", "cancelled": "同步已取消"}[self.status]
        if self.held:
            counts += f"；{self.held} 条等镇中心审核后入账，下次同步时确认"
        if self.recovered:
            counts += f"；从镇中心取回本站记录 {self.recovered} 条"
        tail = "".join(f"；{w}" for w in dict.fromkeys(self.warnings))
        why = f"（{self.message}）" if self.message and self.status != "ok" else ""
        return f"{head}{why}：{counts}{tail}"


class SyncEngine:
    def __init__(self, store: Store, transport, progress: Callable[[dict], None] | None = None,
                 cancel: Callable[[], bool] | None = None, page_ops: int = PAGE_OPS,
                 page_bytes: int = PAGE_GZIP_BYTES, pull_limit: int = PULL_LIMIT):
        self.store = store
        self.transport = transport
        self.progress = progress
        self.cancel = cancel
        self.page_ops = page_ops
        self.page_bytes = page_bytes
        self.pull_limit = pull_limit
        # A whole station coming back: pages of up to 8× the usual on a good link, unless
        # a smaller page was asked for (a poor link).
        self.recover_limit = pull_limit
        self.recover_most = RECOVER_QUICK if pull_limit >= PULL_LIMIT else pull_limit
        # Pushing a long outbox (a first sync), the same: fewer round trips and hub commits.
        self.push_limit = page_ops
        self.push_most = 4 * PAGE_OPS if page_ops >= PAGE_OPS else page_ops
        self.look_ahead = True
        # How the hub said it sends recovered records (an older hub never says; a newer
        # one, as tables row by row or column by column): read from the store in ``run``.
        self.recover_as = "changes"

    def run(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        report.status, report.message = "ok", ""
        self.held_to: int | None = None  # while the town holds pages for review: the last seq held
        ensure_station_tables(self.store)
        self.recover_as = SYNC_RECOVER_AS.get(self.store)
        recovery.begin_if_restored(self.store)
        unread.pull_again_if_upgraded(self.store)
        for_bulk_work()
        self._recall_the_link()
        try:
            self._loop(report)
        except Unreachable as err:
            report.status, report.message = "unreachable", str(err)
        except Refused as err:
            report.status, report.message = "refused", err.reason
        self._remember_the_link()
        report.pending = self.store.pending_outbox()
        log.info("sync %s: %s", report.status, report.summary())
        return report

    def _loop(self, report: SyncReport) -> None:
        # HTTP waits on a helper thread; SQLite stays on this one. While the hub applies a
        # full page, the next one is built (push only: its pull would use a stale cursor);
        # while a page of the station's own records coming back is written here, the hub
        # already serves the next one (``_ask_next_recovery``).
        http = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-http")
        asked: tuple[Settings, Outgoing, Future] | None = None
        try:
            ahead: Outgoing | None = None
            for _ in range(MAX_ROUND_TRIPS):
                if self.cancel and self.cancel():
                    report.status = "cancelled"
                    return
                s = settings(self.store)
                if self.held_to is not None:  # held for review: the next page follows the held ones
                    s = dataclasses.replace(s, acked=self.held_to)
                if asked is not None and asked[0] == s:  # absorb left what was guessed: it is asked already
                    _guess, out, sending = asked
                else:
                    if ahead is not None and ahead.from_seq == s.acked + 1:
                        out = ahead
                    else:
                        out = build_request(self.store, s, self.push_limit, self.page_bytes,
                                            self.recover_limit if s.recover is not None else self.pull_limit,
                                            after=self.held_to or 0, coding=self._coding(),
                                            recover_as=self.recover_as, save_data=self._save_data())
                    crash_point("before_request")
                    sending = http.submit(self._send, out.body)
                ahead, asked = None, None
                if out.count and self.look_ahead:
                    guess = dataclasses.replace(s, acked=out.last_seq)
                    ahead = build_request(self.store, guess, self.push_limit, self.page_bytes, None, after=out.last_seq,
                                          coding=self._coding(), save_data=self._save_data())
                    if not ahead.count:
                        ahead = None
                try:
                    (reply, sent, received), took = sending.result()
                except Gap as gap:
                    with self.store.transaction():
                        report.resent += unack_after(self.store, gap.last_applied)
                    report.round_trips += 1
                    ahead, self.held_to = None, None
                    continue
                crash_point("after_hub_commit")
                self._learn_form(reply)
                self._pace(out, reply, took)
                self._mind_the_link(took, sent + received)
                asked = self._ask_next_recovery(http, s, out, reply)
                if self._absorb(report, reply, sent, received, out):
                    return
        finally:
            # Stopping (cancelled, or an error), a page asked ahead is not waited for: its
            # answer would be left unread anyway, and cancel must not wait a round trip.
            http.shutdown(wait=asked is None, cancel_futures=True)
        raise Unreachable("同步往返次数过多，已停止")

    def _learn_form(self, reply: dict) -> None:
        """A reply about recovery says the forms the hub sends records back in: asked so
        from now on, and kept for the next recovery's first page (SYNC_RECOVER_AS)."""
        back = (reply.get("pull") or {}).get("recovery")
        offered = flagged_form(back) or "changes"
        if back is not None and offered != self.recover_as:
            self.recover_as = offered
            with self.store.transaction():
                SYNC_RECOVER_AS.put(self.store, offered)

    def _send(self, body: bytes) -> tuple[tuple, float]:
        """The transport's exchange, and how long the hub took to answer it."""
        started = time.monotonic()
        return self.transport.exchange(body), time.monotonic() - started

    def _ask_next_recovery(self, http: ThreadPoolExecutor, s: Settings, out: Outgoing,
                           reply: dict) -> tuple[Settings, Outgoing, Future] | None:
        """A page of the station's own records came back and more are to come: the next
        request is the one ``absorb`` will leave to ask (the cursor and the position this
        reply gives, nothing to push), so it goes now. It is used only if the settings
        after ``absorb`` are the ones guessed; else its answer is left unread, which costs
        the hub one page it served for nothing and changes nothing."""
        page = reply.get("pull") or {}
        back = page.get("recovery") or {}
        if (not self.look_ahead or out.count or not out.recovering or self.held_to is not None
                or back.get("next") is None or reply.get("lacks_records") or reply.get("epoch_reset")
                or reply.get("epoch") != s.epoch or reply["last_applied"] < s.acked
                or self.store.pending_outbox()):
            return None
        # A new PC's first page also tells it how far the hub holds its seqs.
        guess = dataclasses.replace(s, cursor=page["next_cursor"], recover=back["next"], acked=reply["last_applied"])
        nxt = build_request(self.store, guess, self.push_limit, self.page_bytes, self.recover_limit,
                            coding=self._coding(), recover_as=self.recover_as, save_data=self._save_data())
        crash_point("before_request")
        return guess, nxt, http.submit(self._send, nxt.body)

    def _pace(self, out: Outgoing, reply: dict, took: float) -> None:
        """Pushing a long outbox or getting a whole station back, pages grow while round
        trips stay short (a good link: fewer round trips, fewer commits) and shrink when
        one takes long (a poor link: none comes near a time-out). Never below the
        configured ``page_ops`` and ``pull_limit``."""
        if out.count >= self.push_limit and took < RECOVERY_FAST_S:
            self.push_limit = min(self.push_limit * 2, self.push_most)
        elif took > RECOVERY_SLOW_S:
            self.push_limit = max(self.push_limit // 2, self.page_ops)
        page = reply.get("pull") or {}
        if not out.recovering or page.get("recovery") is None:
            return
        if took < RECOVERY_FAST_S and records_in(page) >= self.recover_limit:
            self.recover_limit = min(self.recover_limit * 2, self.recover_most)
        elif took > RECOVERY_SLOW_S:
            self.recover_limit = max(self.recover_limit // 2, self.pull_limit)

    def _mind_the_link(self, took: float, moved: int) -> None:
        """After a round trip that was slow for the bytes it moved, the next requests say
        ``Save-Data: on`` (the hub packs its replies harder, codings.reply_level); after
        a quick one, no longer. A crowded hub's slow answers look the same, and cost it
        only a few ms a reply: its long replies keep their usual packing."""
        if hasattr(self.transport, "save_data"):
            self.transport.save_data = took > SLOW_LINK_S and moved / took < SLOW_LINK_BYTES_S

    def _recall_the_link(self) -> None:
        """A sync on a link the last one found slow says ``Save-Data`` from its first
        request: most syncs take one or two round trips, and the first reply is the one
        that brings the town's news."""
        if hasattr(self.transport, "save_data"):
            self.transport.save_data = SYNC_SAVE_DATA.get(self.store)

    def _remember_the_link(self) -> None:
        if hasattr(self.transport, "save_data") and self.transport.save_data != SYNC_SAVE_DATA.get(self.store):
            with self.store.transaction():
                SYNC_SAVE_DATA.put(self.store, self.transport.save_data)

    def _coding(self) -> str:
        """How the transport packs bodies: zstd once the hub said it takes it."""
        return getattr(self.transport, "coding", "gzip")

    def _save_data(self) -> bool:
        """The link is slow (``_mind_the_link``): pages are packed harder too."""
        return bool(getattr(self.transport, "save_data", False))

    def _absorb(self, report: SyncReport, reply: dict, sent: int, received: int, out: Outgoing) -> bool:
        """Take in one reply; True when the sync is complete."""
        report.round_trips += 1
        report.bytes_sent += sent
        report.bytes_received += received
        got = absorb(self.store, reply, live=True, upto=out.last_seq)
        push = reply.get("push") or {}
        report.pushed += got["acked"]
        report.resent += got["resend"]
        report.pulled += got["pulled"]
        report.recovered += got["recovered"]
        report.rejected += push.get("rejected", 0)
        report.conflicts += push.get("conflicts", 0)
        if push.get("held"):
            self.held_to = max(self.held_to or 0, push.get("held_to") or out.last_seq)
            report.held = self.store.scalar("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL AND seq <= ?",
                                            (self.held_to,))
        report.epoch_changed |= got["epoch_changed"]
        report.warnings += got["warnings"]
        pending = self.store.pending_outbox()
        if self.progress:
            back = recovery.progress(self.store)
            phase = "push" if pending else ("recover" if back["recovering"] else "pull")
            self.progress({"phase": phase, "pending": pending, "pushed": report.pushed, "pulled": report.pulled,
                           "round_trips": report.round_trips, "recovered": back["got"],
                           "recover_total": back["total"]})
        # A recovery that began with this reply asks for its first page on the next round trip.
        pulled_all = (reply.get("pull") is not None and not reply["pull"]["has_more"]
                      and not (got["recovering"] and not out.recovering))
        if self.held_to is not None:  # what is not held yet still goes this sync
            pending = self.store.scalar("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL AND seq > ?",
                                        (self.held_to,))
        if not pending and pulled_all and not got["resend"]:
            return True
        # Nothing moved (unsendable rows?): stop rather than spin.
        return out.count == 0 and pulled_all and not got["resend"] and not got["acked"]


def sync_with_retries(store: Store, transport, attempts: int = 3, base_delay: float = 0.5, max_delay: float = 30.0,
                      sleep: Callable[[float], None] = time.sleep, **engine_options) -> SyncReport:
    """One full sync; an unreachable hub is retried with full-jitter exponential backoff."""
    engine = SyncEngine(store, transport, **engine_options)
    report = SyncReport()
    for attempt in range(max(1, attempts)):
        engine.run(report)
        if report.status != "unreachable" or attempt == attempts - 1:
            break
        sleep(random.uniform(0, min(max_delay, base_delay * 2 ** attempt)))
    return report


def run_sync(store: Store, attempts: int = 1, progress: Callable[[dict], None] | None = None,
             cancel: Callable[[], bool] | None = None, **options) -> SyncReport:
    """One full sync with the hub this station enrolled with (for the CLI and the window).
    Raises ``StateError`` when the station is not enrolled or has no hub address."""
    from station_app.errors import StateError

    from .link import transport_for

    s = settings(store)
    if not s.secret:
        raise StateError("not_enrolled", "本站还没有在镇中心登记，请先运行 station-app enroll", "hub")
    if not s.hub_url:
        raise StateError("no_hub_url", "本站没有设置镇中心地址（只用U盘同步）；请用 enroll --hub 设置", "hub")
    transport = transport_for(store, s.hub_url, s.secret)
    try:
        return sync_with_retries(store, transport, attempts=attempts, progress=progress, cancel=cancel, **options)
    finally:
        transport.close()


def sync_round(store: Store, report_progress: Callable[[int, int], None],
               cancel: Callable[[], bool] | None = None) -> dict:
    """What the window's background sync does: enrol first if a code waits for the hub,
    then one full sync. ``report_progress(done, total)``: ops sent of those waiting, or
    records back of those the hub holds while a recovery runs. Returns the report as a
    dict with ``state``, the station's sync state as the sync left it (so the window never
    shows "synced" beside the waiting count from before)."""
    from .enrolment import enrol_if_waiting
    from .state import status

    try:
        enrol_if_waiting(store)
    except Unreachable as err:
        return {"status": "unreachable", "message": str(err)}
    except Refused as err:
        return {"status": "refused", "message": err.reason}
    state = status(store)
    if not state["enrolled"] or not state["hub_url"]:
        return {"status": "not_enrolled"}
    total = max(state["pending"], 1)

    def progress(info: dict) -> None:
        if info.get("phase") == "recover" and info.get("recover_total"):  # records coming back from the hub
            report_progress(min(info["recovered"], info["recover_total"]), info["recover_total"])
        else:
            report_progress(total - min(info.get("pending", 0), total), total)

    report = dataclasses.asdict(run_sync(store, progress=progress, cancel=cancel))
    report["state"] = status(store)
    return report
