"""``station-hub``'s hub commands (headless; no Qt); the town's commands are in
``sync/town/cli.py``, and ``ui/launcher.py`` composes the two into ``station-hub``.

    station-hub init    --data-dir H --town-name NAME
    station-hub station add --data-dir H --code CODE --name NAME [--enrol-file F] [--reissue]
    station-hub station list --data-dir H
    station-hub station revoke --data-dir H --code CODE
    station-hub serve   --data-dir H [--host 127.0.0.1] [--port 8750] [--tls]
    station-hub plain-http --data-dir H on|off      (the town allows plain HTTP off this machine)
    station-hub import  --data-dir H FILE --reply OUT
    station-hub stats   --data-dir H --station CODE --json
    station-hub backup  --data-dir H          station-hub restore --data-dir H FILE

The data folder is ``--data-dir``, else ``$STATION_HUB_DATA_DIR``, else the user data
folder. Bad input exits 2 with one line; nothing is written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import platformdirs

from station_app.cli import Program, figures
from station_app.settings import TOWN_NAME

from .store import HUB_DATA_DIR_ENV, open_hub


def hub_dir(option: str | None) -> Path:
    if option:
        return Path(option)
    if os.environ.get(HUB_DATA_DIR_ENV):
        return Path(os.environ[HUB_DATA_DIR_ENV])
    return Path(platformdirs.user_data_dir("village-station-hub", appauthor=False))


STATION_HUB = Program("station-hub", "镇便民服务中心 · 同步集线器", "hub", hub_dir,
                      f"集线器数据文件夹（默认：环境变量 {HUB_DATA_DIR_ENV} 或用户数据目录）", log_needs_folder=False)


def register(sub, common) -> dict:
    p = sub.add_parser("init", parents=[common], help="新建集线器数据")
    p.add_argument("--town-name", required=True)

    p = sub.add_parser("station", help="服务站登记")
    st = p.add_subparsers(dest="station_command", required=True)
    a = st.add_parser("add", parents=[common], help="登记服务站，打印一次性登记码")
    a.add_argument("--code", required=True)
    a.add_argument("--name", required=True)
    a.add_argument("--enrol-file", help="同时写一个离线登记文件（用U盘带到服务站）")
    a.add_argument("--reissue", action="store_true", help="给已登记的服务站重新发登记码（如换了电脑）")
    st.add_parser("list", parents=[common], help="列出服务站")
    a = st.add_parser("revoke", parents=[common], help="停用服务站（如电脑丢失）：密钥作废，记录保留")
    a.add_argument("--code", required=True)

    p = sub.add_parser("serve", parents=[common], help="启动同步服务")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--tls", action="store_true", help="用 https（init 时生成的证书）；本机以外的服务站应这样连")
    p.add_argument("--slow-client-timeout", type=float, default=10.0, metavar="SECONDS",
                   help="请求头须在这么多秒内传完，请求体在它的6倍内（默认10秒）")

    p = sub.add_parser("plain-http", parents=[common], help="是否允许本机以外的服务站用不加密的 http 同步")
    p.add_argument("state", choices=["on", "off"], nargs="?")

    p = sub.add_parser("import", parents=[common], help="导入服务站的U盘同步文件，写出回复文件")
    p.add_argument("file")
    p.add_argument("--reply", required=True)

    p = sub.add_parser("stats", parents=[common], help="某服务站的统计（与 station-app stats 相同）")
    p.add_argument("--station", required=True)
    p.add_argument("--json", action="store_true")

    sub.add_parser("backup", parents=[common], help="备份集线器数据")
    p = sub.add_parser("restore", parents=[common], help="从备份恢复（请先停止同步服务）")
    p.add_argument("file")
    return {"init": cmd_init, "station": cmd_station, "serve": cmd_serve, "plain-http": cmd_plain_http,
            "import": cmd_import, "stats": cmd_stats, "backup": cmd_backup, "restore": cmd_restore}


def cmd_init(folder: Path, args) -> str:
    from .store import init_hub

    with init_hub(folder, args.town_name) as hub:
        return f"已建立集线器 {TOWN_NAME.get(hub)}：{folder}"


def cmd_station(folder: Path, args) -> Any:
    from .stations import add_station, list_stations, revoke_station

    with open_hub(folder) as hub:
        if args.station_command == "list":
            return list_stations(hub)
        if args.station_command == "revoke":
            done = revoke_station(hub, args.code)
            return (f"已停用服务站 {done['code']} {done['name']}：它的同步和U盘文件不再接收，已有记录保留；"
                    f"要恢复，用 station add --reissue 重新发登记码")
        enrol_file = Path(args.enrol_file) if args.enrol_file else None
        code = add_station(hub, args.code, args.name, enrol_file=enrol_file, reissue=args.reissue)
    lines = [f"已登记服务站 {args.code.upper()} {args.name}"]
    if enrol_file:
        lines.append(f"离线登记文件：{enrol_file}（内含密钥，请妥善保管）")
    lines += ["一次性登记码（14天内有效）：", code]
    return "\n".join(lines)


def cmd_serve(folder: Path, args) -> None:
    import socket

    import uvicorn

    from station_app.errors import StateError

    from ..collector import for_bulk_work
    from ..keys import is_loopback
    from .app import create_app
    from .guard import SlowClientProtocol
    from .tls import cert_path, ensure_certificate, key_path, plain_http_allowed

    with open_hub(folder) as hub:  # refuse a folder with no hub before opening a port
        plain_ok = plain_http_allowed(hub)
        town = TOWN_NAME.get(hub) or ""
    if args.tls:
        ensure_certificate(folder, town)  # a hub made before TLS gets its certificate now
    elif not is_loopback(args.host) and not plain_ok:
        raise StateError("plain_http_refused", "不加密的 http 会让服务站密钥在网上明文传送：请加 --tls，"
                         "或确需时先运行 station-hub plain-http on", "tls")
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # replies go out at once, not after a delayed ACK
    sock.bind((args.host, args.port))
    sock.listen(2048)
    port = sock.getsockname()[1]
    tls = {"ssl_certfile": str(cert_path(folder)), "ssl_keyfile": str(key_path(folder))} if args.tls else {}
    # Slow clients: headers within 10 s (SlowClientProtocol), a body within 60 s (guard.py),
    # idle keep-alive 5 s; past 100 connections a 503.
    app = create_app(folder, body_timeout_s=6 * args.slow_client_timeout)
    for_bulk_work(freeze=True)
    # Threads wait at most 1 ms (not 5) for the interpreter: an idle station's short request
    # gets its turn between the slices of the pages being applied and decoded.
    sys.setswitchinterval(0.001)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5, limit_concurrency=100,
                            http=SlowClientProtocol.with_timeout(args.slow_client_timeout), **tls)
    scheme = "https" if args.tls else "http"
    print(f"集线器已启动 {scheme}://{args.host}:{port} （接口说明 /docs）", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


def cmd_plain_http(folder: Path, args) -> str:
    from .tls import plain_http_allowed, set_plain_http

    with open_hub(folder) as hub:
        if args.state:
            set_plain_http(hub, args.state == "on")
        allowed = plain_http_allowed(hub)
    if allowed:
        return "已允许本机以外的服务站用不加密的 http 同步（密钥会明文经过镇里的网络）；要关闭：station-hub plain-http off"
    return "只允许加密的 https（station-hub serve --tls）；本机（127.0.0.1）上仍可用 http"


def cmd_import(folder: Path, args) -> str:
    from .usb import import_at_hub

    with open_hub(folder) as hub:
        got = import_at_hub(hub, Path(args.file), Path(args.reply))
    if got["gap"]:
        return (f"{got['station']}：镇中心只有到第 {got['last_applied']} 条的记录，这个文件从更后面开始；"
                f"已写回复文件 {got['reply']}，请在服务站导入后重新导出")
    again = "（这个文件以前导入过，未重复入账）" if got["repeat"] else ""
    return (f"{got['station']}：收到 {got['ops']} 条，入账 {got['applied']}，跳过 {got['skipped']}，"
            f"拒收 {got['rejected']}，冲突 {got['conflicts']}{again}；回复文件 {got['reply']}（{got['changes']} 项更新）")


def cmd_stats(folder: Path, args) -> Any:
    from station_app.stats import station_stats

    from .stations import get_station

    with open_hub(folder) as hub:
        code = get_station(hub, args.station.upper())["code"]
        stats = station_stats(hub, station_code=code, pending_outbox=0)
    return figures(stats, args.json)


def cmd_backup(folder: Path, args) -> str:
    from .backup import backup_hub

    return str(backup_hub(folder))


def cmd_restore(folder: Path, args) -> str:
    from .backup import restore_hub

    epoch = restore_hub(folder, Path(args.file))
    return f"已从 {args.file} 恢复；新的纪元 {epoch}：服务站下次同步时会补传镇中心丢失的记录"
