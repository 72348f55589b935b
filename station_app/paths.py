"""Where things live: the data folder and the bundled resources.

The data folder is declared once: command-line option, then ``STATION_APP_DATA_DIR``,
then the platformdirs user data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "village-station"
DATA_DIR_ENV = "STATION_APP_DATA_DIR"
STORE_FILE = "station.db"


def data_dir(option: str | os.PathLike | None = None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def store_path(folder: Path) -> Path:
    return Path(folder) / STORE_FILE


def resource_path(*parts: str) -> Path:
    """A bundled resource, in a source checkout or inside a PyInstaller build."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
