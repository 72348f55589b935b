"""How every command line here runs a command (``station-app``, its sync commands, and
``station-hub``). Headless: nothing here loads Qt.

A command line is made of parts. Each part has a ``register(sub, common)`` that adds its
subcommands to the parser and returns their handlers by name; a handler takes the data
folder and the parsed arguments and returns what to say. ``run`` composes the parts,
parses, runs the chosen handler and says what happened: the result on stdout (JSON for a
dict or a list), a refusal in one line naming the field (exit 2: every service validates
before it opens its transaction, so nothing was written), anything unexpected in one line
and, with its traceback, in the log (exit 1). The core's own commands: ``commands.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

from .errors import DomainError
from .logs import log, report_unexpected, start_logging

EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 1

Handler = Callable[[Path, argparse.Namespace], Any]
Register = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], dict[str, Handler]]


class Outcome(NamedTuple):
    """A handler result with its own exit status (e.g. 3: hub unreachable)."""

    code: int
    text: str | None


@dataclass(frozen=True)
class Program:
    name: str  # as typed: station-app, station-hub
    description: str
    log_name: str  # logs/<log_name>.log in the data folder
    folder: Callable[[str | None], Path]  # the data folder from --data-dir (then env, then default)
    data_dir_help: str
    version: str | None = None
    # Commands that work on another folder (a hub's, for the town window) and log there.
    elsewhere: frozenset[str] = frozenset()
    # A station's refused init leaves no folder behind, not even a log; the hub's log makes it.
    log_needs_folder: bool = True

    def parser(self) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction, argparse.ArgumentParser]:
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--data-dir", help=self.data_dir_help)
        parser = argparse.ArgumentParser(prog=self.name, description=self.description)
        if self.version:
            parser.add_argument("--version", action="version", version=f"{self.name} {self.version}")
        return parser, parser.add_subparsers(dest="command"), common



def run(program: Program, parts: Sequence[Register], argv: list[str] | None = None,
        no_command: Callable[[argparse.Namespace], int] | None = None,
        before: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """``before`` may add options of the program's own (the window's --data-dir)."""
    parser, sub, common = program.parser()
    if before is not None:
        before(parser)
    handlers: dict[str, Handler] = {}
    for register in parts:
        handlers.update(register(sub, common))
    args = parser.parse_args(argv)
    if not args.command:
        if no_command is not None:
            return no_command(args)
        parser.print_help()
        return EXIT_BAD_INPUT
    folder = program.folder(getattr(args, "data_dir", None))
    logged = args.command not in program.elsewhere
    said = logged and (folder.is_dir() or not program.log_needs_folder) and _log_command(program, folder, args.command)
    try:
        result = handlers[args.command](folder, args)
        if logged and not said and folder.is_dir():  # init has just made the folder
            _log_command(program, folder, args.command)
    except DomainError as err:
        print(f"错误：{err.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:  # noqa: BLE001 - said in one line, kept whole in the log
        print(report_unexpected(err, f"{program.name} {args.command}"), file=sys.stderr)
        return EXIT_UNEXPECTED
    return say(result)


def _log_command(program: Program, folder: Path, command: str) -> bool:
    if start_logging(folder, program.log_name) is None:
        return False
    log.info("%s %s", program.name, command)  # never the arguments: they may carry PINs or passwords
    return True


def figures(stats: dict, as_json: bool) -> Any:
    """``stats`` as JSON (said by ``say``), or one ``key: value`` line each."""
    return stats if as_json else "\n".join(f"{key}: {value}" for key, value in stats.items())


def say(result: Any) -> int:
    code = 0
    if isinstance(result, Outcome):
        code, result = result
    if isinstance(result, (dict, list)):
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif result is not None:
        print(result, file=sys.stdout if code == 0 else sys.stderr)
    return code
