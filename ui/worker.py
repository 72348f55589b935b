"""Database work off the GUI thread: one worker thread per database file.

SQLite connections belong to the thread that opened them, so the Store is opened *inside*
the worker thread and every read or write is a job sent to it. Jobs run in order; results,
errors and progress come back to the GUI thread as queued signals. After a job that wrote,
``changed`` fires once with what the write changed (``Changes``: the tables the store's
writer touched, and settings a window shows): views refresh from that one signal instead
of poking each other, and only those showing a changed table (``watch``).
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from station_app.errors import DomainError
from station_app.logs import log
from station_app.store import Store
from station_app.store.changes import EVERYTHING, NOTHING, Changes


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


@dataclass(eq=False)
class Job:
    fn: Callable[..., Any]
    writes: bool = False
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[Exception], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    id: int = 0
    exclusive: bool = False  # run with the store closed (restore), then reopen it
    result: Any = None
    error: Exception | None = None
    changes: Changes = NOTHING  # what the job's committed writes touched
    cancel_event: threading.Event = field(default_factory=threading.Event)

    # Called from the worker thread by long jobs.
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancel(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self.cancel_event.set()


class _Runner(QObject):
    # PySide6 6.12 corrupts None's refcount when None goes through a Signal(object), so
    # signals here carry a Job or a string, never None.
    finished = Signal(object)
    progressed = Signal(object, int, int)
    opened = Signal(str)  # "" when the store is open, else the reason it is not

    def __init__(self, open_store: Callable[[], Store]):
        super().__init__()
        self._open_store = open_store
        self.store: Store | None = None

    @Slot()
    def open(self) -> None:
        try:
            self.store = self._open_store()
            self.opened.emit("")
        except Exception as err:  # shown to the user by the GUI side
            self.open_error = err
            self.opened.emit(getattr(err, "message", None) or str(err) or type(err).__name__)

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            if job.cancelled():
                raise Cancelled()
            if job.exclusive:
                self.close()
                try:
                    job.result = job.fn(None, job)
                finally:
                    self.store = self._open_store()
                job.changes = EVERYTHING  # the store was replaced (a restore)
            else:
                job.result = job.fn(self.store, job)
        except Exception as err:  # every failure goes back to the GUI thread
            job.error = err
            if not isinstance(err, (DomainError, Cancelled)):
                log.exception("database job failed")
        if self.store is not None and not job.exclusive:
            job.changes = self.store.take_changes()
        self.finished.emit(job)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class _Watch(QObject):
    """One view's interest in the store: ``slot`` runs after a write that changed something
    it shows. A child of the view, so it ends with the view."""

    def __init__(self, owner: QObject, shows: Iterable[str] | None, slot: Callable[[], None]):
        super().__init__(owner)
        self.shows = None if shows is None else frozenset(shows)
        self.slot = slot

    @Slot(object)
    def changed(self, changes: Changes) -> None:
        if self.shows is None or changes.touches(self.shows):
            self.slot()


class Database(QObject):
    """GUI-side handle on one store. ``run`` queues a job; callbacks arrive on the GUI thread."""

    changed = Signal(object)  # Changes: what a job's writes changed
    opened = Signal(str)  # "" when ready, else why the store could not be opened
    busy = Signal(bool)
    _submit = Signal(object)
    _close = Signal()

    def __init__(self, open_store: Callable[[], Store], parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("database")
        self._runner = _Runner(open_store)
        self._runner.open_error = None
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.finished.connect(self._finish)
        self._runner.progressed.connect(self._progress)
        self._runner.opened.connect(self.opened)
        self._thread.started.connect(self._runner.open)
        self._thread.start()

    def run(self, fn: Callable[[Store, Job], Any], on_done=None, on_error=None, *,
            writes: bool = False, on_progress=None, exclusive: bool = False) -> Job:
        job = Job(fn, writes, on_done, on_error, on_progress, next(self._ids), exclusive)
        self._pending[job.id] = job
        self.busy.emit(True)
        self._submit.emit(job)
        return job

    def watch(self, owner: QObject, shows: Iterable[str] | None, slot: Callable[[], None]) -> None:
        """Call ``slot`` after every write that changed one of ``shows`` (tables, or
        ``settings``; None: whatever a write changed), for as long as ``owner`` lives."""
        self.changed.connect(_Watch(owner, shows, slot).changed)

    def report_progress(self, job: Job, done: int, total: int) -> None:
        """For jobs: call from the worker thread to move the progress bar."""
        self._runner.progressed.emit(job, done, total)

    @property
    def open_error(self) -> Exception | None:
        return self._runner.open_error

    def idle(self) -> bool:
        return not self._pending

    @Slot(object, int, int)
    def _progress(self, job: Job, done: int, total: int) -> None:
        if job.on_progress:
            job.on_progress(done, total)

    @Slot(object)
    def _finish(self, job: Job) -> None:
        self._pending.pop(job.id, None)
        if not self._pending:
            self.busy.emit(False)
        if job.error is None:
            if job.on_done:
                job.on_done(job.result)
            if job.writes:
                # A write that noted nothing (the hub's own tables) may have changed anything.
                self.changed.emit(job.changes or EVERYTHING)
        elif job.on_error:
            job.on_error(job.error)
        elif not isinstance(job.error, Cancelled):
            log.error("unhandled job error: %r", job.error)

    def close(self) -> None:
        self._close.emit()
        self._thread.quit()
        self._thread.wait(5000)
