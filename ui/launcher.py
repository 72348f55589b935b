"""The ``station-app`` entry point: composes the core commands with the sync commands,
and opens the desktop window when no subcommand is given.

It lives at the top of the import chain (ui → sync → station_app) so the core never has
to import a higher layer. Qt is imported only when the window is really opened.
"""

from __future__ import annotations

import importlib
import sys

from station_app.cli import Outcome, main as core_main


def _ui_commands(sub, common) -> dict:
    p = sub.add_parser("screenshots", parents=[common], help="把每个页面截图保存为PNG")
    p.add_argument("--out", required=True)
    p.add_argument("--language", choices=["zh_CN", "en"])

    def screenshots(folder, args) -> str:
        from pathlib import Path

        from ui.screenshots import take  # Qt is loaded only for this command

        files = take(folder, Path(args.out), args.language)
        return f"已保存 {len(files)} 张截图到 {args.out}"

    sub.add_parser("town", parents=[common], help="打开镇中心窗口（--data-dir 指向集线器数据文件夹）")

    def town(folder, args):
        from sync.hub_store import is_hub

        if not is_hub(folder):
            return Outcome(2, f"{folder} 不是镇中心（集线器）数据文件夹，请先运行 station-hub init 或 station-hub demo")
        from ui.town.window import run  # Qt is loaded only for this command

        code = run(folder)
        return Outcome(code, None)

    return {"screenshots": screenshots, "town": town}


def _extensions() -> list:
    extensions = [_ui_commands]
    try:
        station_cli = importlib.import_module("sync.station_cli")
    except ModuleNotFoundError as err:
        if err.name != "sync.station_cli":
            raise
    else:
        extensions.append(station_cli.register)
    return extensions


def _open_window(args) -> int:
    try:
        app = importlib.import_module("ui.app")
    except ModuleNotFoundError as err:
        if err.name != "ui.app":
            raise
        print("桌面窗口尚未包含在此版本中；请使用子命令，见 station-app --help", file=sys.stderr)
        return 2
    return app.run(args)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["hub"]:
        # ``station-app hub serve ...`` is ``station-hub serve ...``: the packaged program is
        # one executable, and the town PC runs the hub service through it.
        from sync.hub_cli import main as hub_main

        return hub_main(words[1:])
    return core_main(argv, extensions=_extensions(), no_command=_open_window)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
