"""The import direction ARCHITECTURE.md draws, read from the sources (every import, at
the top of a module or inside a function):

    ui → sync → station_app;  inside sync: town → hub → wire, station → wire

The core (``station_app``) imports neither ``sync`` nor ``ui`` nor Qt; ``sync`` imports
neither ``ui`` nor Qt; the wire (``sync``'s top-level modules) none of sync's parts; a
station's side nothing of the hub's or the town's; the hub nothing of a station's side or
the town's; the town nothing of a station's side, but for the demo, which plays the
stations of a USB round.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            if node.module is None:  # from . import x: each name may be a module
                found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, target))
    return found


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def part_of(module: str) -> str:
    """sync.station.engine → sync.station; sync.protocol → sync (the wire)."""
    parts = module.split(".")
    if parts[0] == "sync" and len(parts) > 1 and parts[1] in ("station", "hub", "town"):
        return f"sync.{parts[1]}"
    return parts[0]


# What each part may not import (a module's own part is always allowed).
FORBIDDEN = {
    "station_app": ("sync", "ui", *QT),
    "sync": ("sync.station", "sync.hub", "sync.town", "ui", *QT),
    "sync.station": ("sync.hub", "sync.town", "ui", *QT),
    "sync.hub": ("sync.station", "sync.town", "ui", *QT),
    "sync.town": ("sync.station", "ui", *QT),
}
ALLOWED = {("sync.town.demo", "sync.station")}  # the demo town plays its stations' side


def forbidden(importer: str, imported: str) -> bool:
    rules = FORBIDDEN[part_of(importer)]
    target = part_of(imported) if imported.startswith("sync.") else imported.split(".")[0]
    return target in rules and (importer, target) not in ALLOWED


@pytest.mark.parametrize("package", ["station_app", "sync"])
def test_imports_point_one_way(package):
    offenders = []
    for path in sources(package):
        importer = module_name(path)
        offenders += [f"{path.relative_to(ROOT)}:{line} imports {imported}"
                      for line, imported in imports(path) if forbidden(importer, imported)]
    assert offenders == []


def test_the_rules_catch_what_they_should():
    assert forbidden("sync.hub.changes", "sync.town.notices")
    assert forbidden("sync.station.client", "sync.hub.tls")
    assert forbidden("sync.protocol", "sync.station.state")
    assert forbidden("sync.town.queries", "sync.station.usb")
    assert not forbidden("sync.town.demo", "sync.station.usb")
    assert not forbidden("sync.town.writes", "sync.hub.changes")
    assert not forbidden("sync.station.engine", "sync.protocol")
    assert forbidden("station_app.cli", "ui.launcher")
    assert forbidden("sync.hub.app", "PySide6.QtCore")
    assert forbidden("sync.station.usb", "sync.hub")  # the package itself counts


def test_relative_imports_are_read_as_the_modules_they_name():
    found = {module for _line, module in imports(ROOT / "sync" / "town" / "writes.py")}
    assert {"sync.hub", "sync.hub.changes", "sync.hub.conflicts"} <= found  # from ..hub import conflicts, ...
    found = {module for _line, module in imports(ROOT / "sync" / "station" / "engine.py")}
    assert {"sync.protocol", "sync.station.recovery", "sync.station.state"} <= found
