"""The entry points: ``station-app`` (the core's commands, the station's sync commands and
the window's) and ``station-hub`` (the hub's and the town's commands), each composed
here from its parts.

It lives at the top of the import chain (ui → sync → station_app) so no lower layer ever
has to import a higher one. Qt is imported only when a window is really opened.
"""

from __future__ import annotations

import sys

from station_app import commands
from station_app.cli import Outcome, run


def register(sub, common) -> dict:
    p = sub.add_parser("screenshots", parents=[common], help="把每个页面截图保存为PNG")
    p.add_argument("--out", required=True)
    p.add_argument("--language", choices=["zh_CN", "en"])
    p.add_argument("--size", default="1366x768", help="窗口大小，如 1366x768、1280x720、1024x768")
    sub.add_parser("town", parents=[common], help="打开镇中心窗口（--data-dir 指向集线器数据文件夹）")
    return {"screenshots": cmd_screenshots, "town": cmd_town}


def cmd_screenshots(folder, args) -> str:
    from pathlib import Path

    from ui.screenshots import take  # Qt is loaded only for this command

    try:
        size = tuple(int(n) for n in args.size.lower().split("x"))
        assert len(size) == 2 and min(size) >= 400
    except (ValueError, AssertionError):
        return Outcome(2, f"--size: 应为 宽x高，如 1366x768，而不是 {args.size}")
    files = take(folder, Path(args.out), args.language, size)
    return f"已保存 {len(files)} 张截图到 {args.out}"


def cmd_town(folder, args) -> Outcome:
    from sync.hub.store import is_hub

    if not is_hub(folder):
        return Outcome(2, f"{folder} 不是镇中心（集线器）数据文件夹，请先运行 station-hub init 或 station-hub demo")
    from ui.boot import display_problem, run_town  # Qt is loaded only for this command

    problem = display_problem()
    if problem:
        return Outcome(1, problem)
    return Outcome(run_town(folder), None)


def _open_window(args) -> int:
    from ui.boot import run_window

    return run_window(args)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["hub"]:
        # ``station-app hub serve ...`` is ``station-hub serve ...``: the packaged program is
        # one executable, and the town PC runs the hub service through it.
        return hub_main(words[1:])
    from sync.station.cli import register as sync_commands

    return commands.main(argv, parts=[sync_commands, register], no_command=_open_window)


def hub_main(argv: list[str] | None = None) -> int:
    from sync.hub.cli import STATION_HUB, register as hub_commands
    from sync.town.cli import register as town_commands
    from sync.town.desk_cli import register as town_desk_commands

    return run(STATION_HUB, [hub_commands, town_commands, town_desk_commands], argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
