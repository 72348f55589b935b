"""The sync subcommands of ``station-app`` (composed by ui/launcher.py):

    station-app enroll --data-dir D --hub URL --code CODE     (or --file F, with no network)
    station-app sync   --data-dir D [--json]                   exit 0 done, 3 hub unreachable, 4 refused
    station-app batch export --data-dir D --out FILE
    station-app batch import --data-dir D FILE
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from station_app.cli import Outcome
from station_app.errors import ValidationError
from station_app.settings import STATION_NAME
from station_app.station import open_station

EXIT_UNREACHABLE = 3
EXIT_REFUSED = 4
ATTEMPTS_ENV = "STATION_SYNC_ATTEMPTS"
PULL_LIMIT_ENV = "STATION_SYNC_PULL_LIMIT"  # changes per pulled page (smaller over a poor link)


def register(sub, common) -> dict:
    p = sub.add_parser("enroll", parents=[common], help="在镇中心登记本站（登记码或离线登记文件）")
    p.add_argument("--hub", help="镇中心地址，如 http://192.168.1.10:8750")
    p.add_argument("--code", help="镇中心给的一次性登记码")
    p.add_argument("--file", help="镇中心给的离线登记文件")

    p = sub.add_parser("takeover", parents=[common], help="这台电脑接替原来的服务站：登记后从镇中心取回本站全部记录")
    p.add_argument("--hub", help="镇中心地址，如 http://192.168.1.10:8750")
    p.add_argument("--station", help="站点编号（用登记码时）")
    p.add_argument("--code", help="镇中心重新发的一次性登记码")
    p.add_argument("--file", help="镇中心给的离线登记文件")

    p = sub.add_parser("sync", parents=[common], help="与镇中心同步一次")
    p.add_argument("--json", action="store_true", help="输出同步报告（JSON）")

    p = sub.add_parser("batch", help="U盘同步文件")
    bs = p.add_subparsers(dest="batch_command", required=True)
    e = bs.add_parser("export", parents=[common], help="导出未上传的记录")
    e.add_argument("--out", required=True)
    i = bs.add_parser("import", parents=[common], help="导入镇中心的回复文件")
    i.add_argument("file")
    return {"enroll": cmd_enroll, "takeover": cmd_takeover, "sync": cmd_sync, "batch": cmd_batch}


def cmd_enroll(folder: Path, args):
    from .client import Refused, Unreachable
    from .enrolment import enrol_with_code, enrol_with_file

    with open_station(folder) as store:
        station = store.station_code
        if args.file:
            made = enrol_with_file(store, Path(args.file), args.hub)
        else:
            if not args.hub or not args.code:
                raise ValidationError("enrol_needs_code", "请给出 --hub 地址和 --code 登记码，或 --file 登记文件", "code")
            try:
                made = enrol_with_code(store, args.hub, args.code)
            except Unreachable as err:
                return Outcome(EXIT_UNREACHABLE, str(err))
            except Refused as err:
                return Outcome(EXIT_REFUSED, f"镇中心拒绝登记：{err.reason}")
    how = f"，同步地址 {args.hub}" if args.hub else "（只用U盘同步）"
    return f"已在{made.get('town_name') or '镇中心'}登记服务站 {station}{how}"


def cmd_takeover(folder: Path, args):
    from .client import Refused, Unreachable
    from .engine import run_sync
    from .enrolment import take_over

    try:
        store = take_over(folder, hub_url=args.hub, station=args.station, code=args.code,
                          enrol_file=Path(args.file) if args.file else None)
    except Unreachable as err:
        return Outcome(EXIT_UNREACHABLE, str(err))
    except Refused as err:
        return Outcome(EXIT_REFUSED, f"镇中心拒绝登记：{err.reason}")
    with store:
        head = f"已接替服务站 {store.station_code} {STATION_NAME.get(store)}"
        if not args.hub:
            return f"{head}；请用U盘同步（batch export → 镇中心导入 → batch import）取回本站记录"
        report = run_sync(store, attempts=int(os.environ.get(ATTEMPTS_ENV, "3")))
    code = {"ok": 0, "unreachable": EXIT_UNREACHABLE, "cancelled": EXIT_UNREACHABLE,
            "refused": EXIT_REFUSED}[report.status]
    return Outcome(code, f"{head}。{report.summary()}")


def cmd_sync(folder: Path, args):
    from .engine import run_sync

    with open_station(folder) as store:
        options = {"pull_limit": int(os.environ[PULL_LIMIT_ENV])} if os.environ.get(PULL_LIMIT_ENV) else {}
        report = run_sync(store, attempts=int(os.environ.get(ATTEMPTS_ENV, "3")), **options)
    code = {"ok": 0, "unreachable": EXIT_UNREACHABLE, "cancelled": EXIT_UNREACHABLE,
            "refused": EXIT_REFUSED}[report.status]
    text = json.dumps(dataclasses.asdict(report), ensure_ascii=False) if args.json else report.summary()
    if code:
        print(text)  # the one-line summary goes to stdout whatever the outcome
        return Outcome(code, None)
    return text


def cmd_batch(folder: Path, args):
    from .usb import export_batch, import_reply

    with open_station(folder) as store:
        if args.batch_command == "export":
            got = export_batch(store, Path(args.out))
            return f"已导出 {got['ops']} 条未上传记录到 {got['file']}"
        got = import_reply(store, Path(args.file))
    if got["gap"]:
        return f"镇中心只收到第 {got['last_applied']} 条以前的记录；请重新导出（待上传 {got['pending']} 条）"
    return (f"已导入回复：确认上传 {got['acked']} 条，更新 {got['pulled']} 项，拒收 {got['rejected']}，"
            f"待上传 {got['pending']} 条")
