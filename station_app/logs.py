"""A log a person can send: a rotating file in the data folder (``logs/station.log`` on a
station, ``logs/hub.log`` beside the hub's data, ``logs/town.log`` for the town window).

A packaged Windows program has no console, so an unexpected error must land somewhere
an agent can find and send to the town. The log says what happened (syncs, enrolment,
recoveries, restores, lock-outs, errors with their tracebacks) and never what opens a
door: no secrets, enrolment codes, tokens or PINs are ever passed to it.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"
MAX_BYTES = 1024 * 1024
KEEP = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("village")
_current: Path | None = None


def log_path(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / LOG_DIR / f"{name}.log"


def start_logging(data_dir: Path, name: str) -> Path | None:
    """Send the ``village`` loggers to ``data_dir/logs/<name>.log`` (1 MB × 5, rotated).
    Called again for another folder (tests, a second window), it moves there. Returns
    the file, or None when the folder cannot be written (logging never stops the work)."""
    global _current
    path = log_path(data_dir, name)
    if _current == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    for old in [h for h in log.handlers if getattr(h, "village_log", False)]:
        log.removeHandler(old)
        old.close()
    handler.village_log = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _current = path
    return path


def current_log() -> Path | None:
    """The file the log goes to now (for an error message that names it)."""
    return _current


def report_unexpected(err: BaseException, where: str) -> str:
    """Log an error nobody planned for, with its traceback; returns the sentence to show
    (in Chinese, naming the log file to send to the town)."""
    log.error("unexpected error in %s", where, exc_info=(type(err), err, err.__traceback__))
    path = current_log()
    tail = f"详细情况已记在日志文件 {path}，请把它发给镇便民服务中心" if path else "请把屏幕上的信息告诉镇便民服务中心"
    return f"程序出了意外的错误（{type(err).__name__}: {err}）。{tail}。"
