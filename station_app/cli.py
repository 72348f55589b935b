"""``station-app`` command line. Headless: nothing here loads Qt.

Bad input exits 2 with one line naming the field, and writes nothing (every service
validates before it opens its transaction, and a transaction that fails rolls back).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

from . import __version__
from .errors import DomainError, ValidationError
from .logs import log, report_unexpected, start_logging
from .paths import data_dir

EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 1
# Commands that work on a station's data folder keep its log; ``screenshots`` and ``town``
# open other folders (a hub's) and log there themselves.
LOGGED_COMMANDS = {*("init", "demo", "stats", "backup", "restore", "export", "pay", "case"),
                   *("enroll", "takeover", "sync", "batch")}
CORE_COMMANDS = ("init", "demo", "stats", "backup", "restore", "export", "pay", "case")

Handler = Callable[[Path, argparse.Namespace], Any]
# An extension (the sync package, say) adds its subcommands to the parser and returns
# their handlers; the launcher composes them, so this core never imports a higher layer.
Extension = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], dict[str, Handler]]


class Outcome(NamedTuple):
    """A handler result with its own exit status (e.g. 3: hub unreachable)."""

    code: int
    text: str


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", help="数据文件夹（默认：环境变量 STATION_APP_DATA_DIR 或用户数据目录）")
    return parent


def _agent_spec(text: str) -> tuple[str, str]:
    name, sep, pin = text.partition(":")
    if not sep or not name.strip():
        raise ValidationError("bad_agent_spec", "代办员应写成 姓名:密码，例如 王秀英:1234", "agent")
    return name.strip(), pin


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction, argparse.ArgumentParser]:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(prog="station-app", description="村便民服务站")
    parser.add_argument("--version", action="version", version=f"station-app {__version__}")
    # For the window (no subcommand). A different dest: a subparser's own --data-dir
    # default would otherwise overwrite it.
    parser.add_argument("--data-dir", dest="window_data_dir", help="打开窗口时使用的数据文件夹")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", parents=[common], help="新建服务站数据")
    p.add_argument("--station-code", required=True)
    p.add_argument("--station-name", required=True)
    p.add_argument("--station-phone")
    p.add_argument("--agent", action="append", required=True, metavar="NAME:PIN")

    p = sub.add_parser("demo", parents=[common], help="生成演示数据")
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--seed", type=int, default=2021)
    p.add_argument("--no-service-days", action="store_true",
                   help="不生成镇里的进驻服务日（要与真实镇中心同步的演示站用：服务日由镇中心安排）")

    p = sub.add_parser("stats", parents=[common], help="各项统计")
    p.add_argument("--json", action="store_true")

    sub.add_parser("backup", parents=[common], help="立即备份")
    p = sub.add_parser("restore", parents=[common], help="从备份恢复")
    p.add_argument("file")
    p = sub.add_parser("export", parents=[common], help="导出CSV表格")
    p.add_argument("--out", required=True)

    p = sub.add_parser("pay", parents=[common], help="登记代缴费用")
    p.add_argument("--agent", required=True)
    p.add_argument("--payer", required=True)
    p.add_argument("--account", required=True)
    p.add_argument("--amount", required=True, help="金额（元），如 125.50")
    p.add_argument("--method", default="cash")
    p.add_argument("--kind", default="electricity")
    p.add_argument("--villager", help="村民姓名或手机号（站点垫付时必填）")
    p.add_argument("--voucher")

    p = sub.add_parser("case", parents=[common], help="全程代办件")
    case_sub = p.add_subparsers(dest="case_command", required=True)
    c = case_sub.add_parser("open", parents=[common])
    c.add_argument("--agent", required=True)
    c.add_argument("--villager", required=True)
    c.add_argument("--item", required=True)
    c.add_argument("--materials", default="", help="已收材料，用逗号分隔")
    c = case_sub.add_parser("move", parents=[common])
    c.add_argument("--agent", required=True)
    c.add_argument("case_no")
    c.add_argument("status")
    c.add_argument("--note")
    return parser, sub, common


def main(argv: list[str] | None = None, extensions: Sequence[Extension] = (),
         no_command: Callable[[argparse.Namespace], int] | None = None) -> int:
    from . import commands

    parser, sub, common = build_parser()
    handlers: dict[str, Handler] = {name: getattr(commands, f"cmd_{name}") for name in CORE_COMMANDS}
    for extend in extensions:
        handlers.update(extend(sub, common))
    args = parser.parse_args(argv)
    if not args.command:
        if no_command is not None:
            return no_command(args)
        parser.print_help()
        return EXIT_BAD_INPUT
    folder = data_dir(args.data_dir)
    logged = args.command in LOGGED_COMMANDS
    if logged and folder.is_dir():  # a refused init leaves no folder behind, not even a log
        start_logging(folder, "station")
    try:
        result = handlers[args.command](folder, args)
        if logged and folder.is_dir():
            start_logging(folder, "station")
            log.info("station-app %s", args.command)  # never the arguments: init carries PINs
    except DomainError as err:
        print(f"错误：{err.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:  # noqa: BLE001 - said in one line, kept whole in the log
        print(report_unexpected(err, f"station-app {args.command}"), file=sys.stderr)
        return EXIT_UNEXPECTED
    return _print(result)


def _print(result: Any) -> int:
    code = 0
    if isinstance(result, Outcome):
        code, result = result
    if isinstance(result, (dict, list)):
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif result is not None:
        print(result, file=sys.stdout if code == 0 else sys.stderr)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
