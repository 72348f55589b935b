"""``station-hub``: the town hub's command line (headless; no Qt).

    station-hub init    --data-dir H --town-name NAME
    station-hub station add --data-dir H --code CODE --name NAME [--enrol-file F] [--reissue]
    station-hub station list --data-dir H
    station-hub station revoke --data-dir H --code CODE
    station-hub serve   --data-dir H [--host 127.0.0.1] [--port 8750] [--tls]
    station-hub plain-http --data-dir H on|off      (the town allows plain HTTP off this machine)
    station-hub import  --data-dir H FILE --reply OUT
    station-hub stats   --data-dir H --station CODE --json
    station-hub case move --data-dir H CASE_NO STATUS [--note TEXT]
    station-hub notice  --data-dir H --title T --body B [--stations ZHUPO,SHIMEN]
    station-hub backup  --data-dir H          station-hub restore --data-dir H FILE
    station-hub staff add --data-dir H --name NAME     (password on stdin)
    station-hub report  --data-dir H --period 2026-11|2026-Q4 --out FILE.xlsx|FILE.csv [--station CODE]
    station-hub demo    --data-dir H [--stations 28] [--days 30]

The data folder is ``--data-dir``, else ``$STATION_HUB_DATA_DIR``, else the user data
folder. Bad input exits 2 with one line; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import platformdirs

from station_app.errors import DomainError
from station_app.logs import log, report_unexpected, start_logging

from .hub_store import HUB_DATA_DIR_ENV, open_hub

EXIT_BAD_INPUT = 2


def hub_dir(option: str | None) -> Path:
    if option:
        return Path(option)
    if os.environ.get(HUB_DATA_DIR_ENV):
        return Path(os.environ[HUB_DATA_DIR_ENV])
    return Path(platformdirs.user_data_dir("village-station-hub", appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help=f"集线器数据文件夹（默认：环境变量 {HUB_DATA_DIR_ENV} 或用户数据目录）")
    parser = argparse.ArgumentParser(prog="station-hub", description="镇便民服务中心 · 同步集线器")
    sub = parser.add_subparsers(dest="command")

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

    p = sub.add_parser("case", help="镇中心窗口办理代办件")
    cs = p.add_subparsers(dest="case_command", required=True)
    m = cs.add_parser("move", parents=[common])
    m.add_argument("case_no")
    m.add_argument("status")
    m.add_argument("--note")

    p = sub.add_parser("notice", parents=[common], help="发布通知（默认发给所有服务站）")
    p.add_argument("--title", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--stations", help="只发给这些服务站，编号用逗号隔开，如 ZHUPO,SHIMEN")

    p = sub.add_parser("staff", help="镇中心工作人员账号")
    sf = p.add_subparsers(dest="staff_command", required=True)
    a = sf.add_parser("add", parents=[common], help="新建工作人员账号（从标准输入读密码）")
    a.add_argument("--name", required=True)
    sf.add_parser("list", parents=[common], help="列出工作人员")

    p = sub.add_parser("report", parents=[common], help="月报或季报，导出 .xlsx 或 .csv")
    p.add_argument("--period", required=True, help="2026-11（月）或 2026-Q4（季度）")
    p.add_argument("--out", help="FILE.xlsx 或 FILE.csv；不写则打印 JSON")
    p.add_argument("--station", help="只出这个站的报表（站号）；不写则出全镇报表")
    p.add_argument("--today", help=argparse.SUPPRESS)

    p = sub.add_parser("demo", parents=[common], help="建一个有演示数据的镇中心")
    p.add_argument("--stations", type=int, default=28)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--quiet", action="store_true")

    sub.add_parser("backup", parents=[common], help="备份集线器数据")
    p = sub.add_parser("restore", parents=[common], help="从备份恢复（请先停止同步服务）")
    p.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_BAD_INPUT
    handler = globals()[f"cmd_{args.command.replace('-', '_')}"]
    folder = hub_dir(getattr(args, "data_dir", None))
    start_logging(folder, "hub")
    log.info("station-hub %s", args.command)  # never the arguments: staff add reads a password
    try:
        result = handler(folder, args)
    except DomainError as err:
        print(f"错误：{err.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:  # noqa: BLE001 - said in one line, kept whole in the log
        print(report_unexpected(err, f"station-hub {args.command}"), file=sys.stderr)
        return 1
    if isinstance(result, (dict, list)):
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif result is not None:
        print(result)
    return 0


def cmd_init(folder: Path, args) -> str:
    from .hub_store import init_hub

    with init_hub(folder, args.town_name) as hub:
        return f"已建立集线器 {hub.get_meta('town_name')}：{folder}"


def cmd_station(folder: Path, args) -> Any:
    from .hub_stations import add_station, list_stations, revoke_station

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

    from .hub_app import create_app
    from .hub_guard import SlowClientProtocol
    from .hub_tls import cert_path, ensure_certificate, is_loopback, key_path, plain_http_allowed

    with open_hub(folder) as hub:  # refuse a folder with no hub before opening a port
        plain_ok = plain_http_allowed(hub)
        town = hub.get_meta("town_name") or ""
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
    # Slow clients: headers within 10 s (SlowClientProtocol), a body within 60 s (hub_guard),
    # idle keep-alive 5 s; past 100 connections a 503.
    app = create_app(folder, body_timeout_s=6 * args.slow_client_timeout)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5, limit_concurrency=100,
                            http=SlowClientProtocol.with_timeout(args.slow_client_timeout), **tls)
    scheme = "https" if args.tls else "http"
    print(f"集线器已启动 {scheme}://{args.host}:{port} （接口说明 /docs）", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


def cmd_plain_http(folder: Path, args) -> str:
    from .hub_tls import plain_http_allowed, set_plain_http

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

    from .hub_stations import get_station

    with open_hub(folder) as hub:
        code = get_station(hub, args.station.upper())["code"]
        stats = station_stats(hub, station_code=code, pending_outbox=0)
    if args.json:
        return stats
    return "\n".join(f"{key}: {value}" for key, value in stats.items())


def cmd_case(folder: Path, args) -> str:
    from station_app.errors import NotFoundError

    from .hub_changes import set_case_status

    with open_hub(folder) as hub:
        row = hub.one("SELECT id FROM cases WHERE case_no = ?", (args.case_no,))
        if row is None:
            raise NotFoundError("unknown_case", f"没有这个代办件：{args.case_no}", "case_no")
        done = set_case_status(hub, row["id"], args.status, note=args.note)
    extra = f"；{done['conflict']['reason']}" if done["conflict"] else ""
    return f"{args.case_no} 现在是 {done['status']}{extra}"


def cmd_notice(folder: Path, args) -> str:
    from .hub_changes import publish_notice
    from .town_notices import list_notices

    # "--stations ''" is a mistake to refuse, not a notice to every station
    with open_hub(folder) as hub:
        notice_id = publish_notice(hub, args.title, args.body, audience=args.stations)
        label = list_notices(hub, notice_id=notice_id)[0]["audience_label"]
    return f"已发布通知：{args.title}（发给{label}）"


def cmd_backup(folder: Path, args) -> str:
    from .hub_backup import backup_hub

    return str(backup_hub(folder))


def cmd_restore(folder: Path, args) -> str:
    from .hub_backup import restore_hub

    epoch = restore_hub(folder, Path(args.file))
    return f"已从 {args.file} 恢复；新的纪元 {epoch}：服务站下次同步时会补传镇中心丢失的记录"


def _read_password() -> str:
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("密码：")
        if getpass.getpass("再输一次：") != first:
            from station_app.errors import ValidationError

            raise ValidationError("password_mismatch", "两次输入的密码不一样", "password")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_staff(folder: Path, args) -> Any:
    from .town_staff import add_staff, check_password, list_staff

    if args.staff_command == "list":
        with open_hub(folder) as hub:
            return list_staff(hub)
    password = _read_password()
    check_password(password)  # before opening anything: bad input writes nothing
    with open_hub(folder) as hub:
        add_staff(hub, args.name, password)
    return f"已建立工作人员账号：{args.name.strip()}"


def cmd_report(folder: Path, args) -> Any:
    from datetime import date

    from station_app.errors import ValidationError

    from .town_exports import write_csv, write_xlsx
    from .town_reports import parse_period, station_report, town_report

    period = parse_period(args.period)
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError("bad_out", "导出文件应以 .xlsx 或 .csv 结尾", "out")
    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise ValidationError("bad_today", "日期应写成 2026-11-27", "today") from None
    with open_hub(folder) as hub:
        if args.station:  # an unknown code is refused before anything is written
            report = station_report(hub, args.station.strip().upper(), period, today=today)
        else:
            report = town_report(hub, period, today=today)
    if out is None:
        return report
    if args.station:
        t = report["station"]
        head = f"{t['name']}（{t['station']}）{report['title']}：办理事项 {t['services_handled']} 件，"
    else:
        t = report["totals"]
        head = f"{report['town_name']} {report['title']}：{len(report['stations'])} 个站，办理事项 {t['services_handled']} 件，"
    head += f"经手金额 {t['money_handled_fen'] / 100:.2f} 元"
    if out.suffix.lower() == ".xlsx":
        write_xlsx(report, out)
        return f"{head}\n已导出 {out}"
    files = write_csv(report, out.parent, stem=out.stem)
    files[1].replace(out)  # the main table (stations, or the station's months) is the file asked for
    files[1] = out
    return head + "\n已导出 " + "、".join(str(f) for f in files)


def cmd_demo(folder: Path, args) -> str:
    from .town_demo import make_town_demo, summary_text

    show = None if args.quiet else (lambda line: print(line, flush=True))
    return summary_text(make_town_demo(folder, stations=args.stations, days=args.days, progress=show))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
