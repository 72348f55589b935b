"""A user action is a small operation: one core call on the database worker, then a
success handler and a failure handler on the GUI thread (Anki's CollectionOp, in small)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from station_app.errors import DomainError
from station_app.logs import current_log
from station_app.store import Store

from .forms import Form
from .worker import Cancelled, Database, Job
from .i18n import context
from .messages import message


def write(db: Database, fn: Callable[[Store], Any], *, form: Form | None = None,
          on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None,
          on_error: Callable[[Exception], None] | None = None) -> Job:
    """Run a write; a refusal lands next to its field, anything else in a message box."""
    if form is not None:
        form.clear_errors()
    owner = parent if parent is not None else form

    def done(result: Any) -> None:
        if not _alive(owner):
            return  # the write is kept; the page that asked for it was closed meanwhile
        if form is not None:
            form.mark_saved()  # what was typed is kept now: closing need not ask about it
        if on_done:
            on_done(result)

    def failed(err: Exception) -> None:
        if not _alive(owner):
            return
        if on_error:
            on_error(err)
        elif isinstance(err, DomainError) and form is not None:
            form.show_error(err)
        else:
            show_failure(parent, err)

    return db.run(lambda store, job: fn(store), done, failed, writes=True)


def read(db: Database, fn: Callable[[Store], Any], on_done: Callable[[Any], None],
         parent: QWidget | None = None) -> Job:
    def done(result: Any) -> None:
        if _alive(parent):
            on_done(result)

    def failed(err: Exception) -> None:
        if _alive(parent):
            show_failure(parent, err)

    return db.run(lambda store, job: fn(store), done, failed)


def _alive(owner: QWidget | None) -> bool:
    """A reply to a widget deleted while its job ran (a page rebuilt in another language,
    a dialog closed) has no one to go to: it is dropped, not drawn on a dead widget."""
    return owner is None or isValid(owner)


OpsText = context("OpsText")  # lupdate context of this module's strings


def show_failure(parent: QWidget | None, err: Exception) -> None:
    if isinstance(err, Cancelled):
        return
    if isinstance(err, DomainError):
        QMessageBox.warning(parent, OpsText.tr("没有保存"), message(err))
    else:
        where = current_log()
        QMessageBox.critical(parent, OpsText.tr("出错了"),
                             OpsText.tr("操作没有完成，数据没有改动。\n\n详细信息：{0}").format(err)
                             + ("\n\n" + OpsText.tr("日志文件：{0}").format(where) if where else ""))
