"""The core's ``station-app`` subcommands: their arguments (``register``) and what each
does (``cmd_<name>``). How a command runs and what it says: ``cli.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from . import __version__
from .cli import Program, Register, figures, run
from .errors import NotFoundError, ValidationError
from .paths import data_dir

STATION_APP = Program("station-app", "村便民服务站", "station", data_dir,
                      "数据文件夹（默认：环境变量 STATION_APP_DATA_DIR 或用户数据目录）", __version__,
                      elsewhere=frozenset({"screenshots", "town"}))


def main(argv: list[str] | None = None, parts: Sequence[Register] = (), no_command=None) -> int:
    """``station-app`` with the core's commands and ``parts`` (sync's, the window's: the
    launcher composes them, so this core never imports a higher layer)."""
    from .desk_commands import register as desk_commands

    return run(STATION_APP, [register, desk_commands, *parts], argv, no_command=no_command, before=_window_option)


def _window_option(parser) -> None:
    # For the window (no subcommand). A different dest: a subparser's own --data-dir
    # default would otherwise overwrite it.
    parser.add_argument("--data-dir", dest="window_data_dir", help="打开窗口时使用的数据文件夹")


def register(sub, common) -> dict:
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
    return {"init": cmd_init, "demo": cmd_demo, "stats": cmd_stats, "backup": cmd_backup, "restore": cmd_restore,
            "export": cmd_export, "pay": cmd_pay, "case": cmd_case}


def agent_spec(text: str) -> tuple[str, str]:
    name, sep, pin = text.partition(":")
    if not sep or not name.strip():
        raise ValidationError("bad_agent_spec", "代办员应写成 姓名:密码，例如 王秀英:1234", "agent")
    return name.strip(), pin


def _open(folder: Path):
    from .station import open_station

    return open_station(folder)


def cmd_init(folder: Path, args) -> str:
    from .settings import STATION_NAME
    from .station import init_station

    agents = [agent_spec(a) for a in args.agent]
    store = init_station(folder, args.station_code, args.station_name, agents, phone=args.station_phone)
    try:
        return f"已建立 {store.station_code} {STATION_NAME.get(store)}：{folder}"
    finally:
        store.close()


def cmd_demo(folder: Path, args) -> str:
    from .demo import make_demo

    summary = make_demo(folder, days=args.days, seed=args.seed, coop=True, service_days=not args.no_service_days)
    return summary


def cmd_stats(folder: Path, args):
    from .stats import station_stats

    with _open(folder) as store:
        stats = station_stats(store)
    return figures(stats, args.json)


def cmd_backup(folder: Path, args) -> str:
    from .backup import make_backup

    return str(make_backup(folder))


def cmd_restore(folder: Path, args) -> str:
    from .backup import restore

    safety = restore(folder, Path(args.file))
    note = f"（恢复前的数据已另存为 {safety}）" if safety else ""
    return f"已从 {args.file} 恢复{note}；备份之后登记的记录在下次同步时从镇中心取回"


def cmd_export(folder: Path, args) -> str:
    from .export import export_csv

    with _open(folder) as store:
        files = export_csv(store, Path(args.out))
    return f"已导出 {len(files)} 个表格到 {args.out}"


def _agent(store, name: str) -> str:
    from .agents import find_agent

    return find_agent(store, name).id


def _villager(store, text: str) -> str:
    from .villagers import villager_meant

    return villager_meant(store, text)


def cmd_pay(folder: Path, args) -> str:
    from .money import format_yuan, parse_yuan
    from .payments import record_payment

    with _open(folder) as store:
        agent = _agent(store, args.agent)
        amount = parse_yuan(args.amount, "amount")
        villager = _villager(store, args.villager) if args.villager else None
        payment_id = record_payment(
            store, agent, payer_name=args.payer, bill_kind=args.kind, account_no=args.account,
            amount_fen=amount, method=args.method, villager_id=villager, voucher_no=args.voucher,
        )
        receipt_no = store.get("payments", payment_id)["receipt_no"]
    return f"已登记 {receipt_no} {format_yuan(amount)}"


def cmd_case(folder: Path, args) -> str:
    from .cases import change_status, open_case

    with _open(folder) as store:
        agent = _agent(store, args.agent)
        if args.case_command == "open":
            materials = [m.strip() for m in args.materials.split(",") if m.strip()]
            made = open_case(store, agent, _villager(store, args.villager), args.item, materials)
            missing = "、".join(made["missing"]) or "无"
            return f"已受理 {made['case_no']}  办结期限 {made['deadline']}  缺少材料：{missing}"
        row = store.one("SELECT id FROM cases WHERE case_no = ?", (args.case_no,))
        if row is None:
            raise NotFoundError("unknown_case", f"没有这个代办件：{args.case_no}", "case_no")
        change_status(store, agent, row["id"], args.status, note=args.note)
        return f"{args.case_no} 已改为 {args.status}"
