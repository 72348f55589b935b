"""Folders and files that hold secrets: the data folder (0700) and the stores, their WAL
files, backups, enrolment files and keys (0600). A station PC sits in an open office and
may have other accounts; nothing in these files is for them.

POSIX permissions only: on Windows the data folder is in the user's own profile, which
Windows already keeps from other accounts, and ``chmod`` there only sets read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

POSIX = os.name == "posix"


def private_dir(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) and close it to other users."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        os.chmod(folder, 0o700)
    return folder


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, and make it readable by its owner only. SQLite
    gives a store's -wal and -shm files the mode of the store, so this covers them."""
    path = Path(path)
    if POSIX:
        if not path.exists():
            # Only when missing: closing a descriptor of a file this process has open
            # drops every POSIX lock the process holds on it, so a second connection
            # opened beside a first (the hub's reader beside its writer) would take the
            # first one's SQLite locks away, and another process could reset the WAL
            # under it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # SQLite would make it 0644
        os.chmod(path, 0o600)
        for extra in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + extra)
            if sidecar.exists():
                os.chmod(sidecar, 0o600)
    return path
