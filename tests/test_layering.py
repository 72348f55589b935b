"""The layering ARCHITECTURE.md draws, read from the sources.

The window holds no query and no rule: ``ui/`` has no SQL, touches no store's attributes
(it hands the store a worker passes it to one core call) and defines no function that
takes a store. And imports point one way (every import, at the top of a module or inside
a function):

    ui → sync → station_app;  inside sync: town → hub → wire, station → wire

The core (``station_app``) imports neither ``sync`` nor ``ui`` nor Qt; ``sync`` imports
neither ``ui`` nor Qt; the wire (``sync``'s top-level modules) none of sync's parts; a
station's side nothing of the hub's or the town's; the hub nothing of a station's side or
the town's; the town nothing of a station's side, but for the demo, which plays the
stations of a USB round.
"""

from __future__ import annotations

import ast
import re
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


# -- the window holds no query and no rule -------------------------------------------------
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.S)
STORES = {"store", "hub", "_store"}


def window_offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{node.lineno}: SQL {node.value[:40]!r}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in STORES:
            found.append(f"{node.lineno}: {node.value.id}.{node.attr}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = {a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]}
            if names & STORES:
                found.append(f"{node.lineno}: def {node.name}({', '.join(sorted(names & STORES))})")
    return found


def test_the_window_holds_no_sql_touches_no_store_and_takes_none():
    offences = [f"{path.relative_to(ROOT)}:{what}" for path in sources("ui") for what in window_offences(path)]
    assert offences == []


def test_the_window_rules_catch_what_they_should(tmp_path):
    sample = tmp_path / "page.py"
    sample.write_text("def fetch(store, q):\n    return store.all('SELECT id FROM villagers')\n"
                      "ok = lambda store, job: list_villagers(store, q)\n"
                      "shown = '请先选一位村民' + 'UPDATE your phone'\n", encoding="utf-8")
    assert [line.split(":")[1].split()[0] for line in window_offences(sample)] == ["def", "store.all", "SQL"]
