"""What each ``station-app`` subcommand does; argument parsing lives in cli.py."""

from __future__ import annotations

from pathlib import Path

from .errors import NotFoundError


def _open(folder: Path):
    from .station import open_station

    return open_station(folder)


def cmd_init(folder: Path, args) -> str:
    from .cli import _agent_spec
    from .station import init_station

    agents = [_agent_spec(a) for a in args.agent]
    store = init_station(folder, args.station_code, args.station_name, agents, phone=args.station_phone)
    try:
        return f"已建立 {store.station_code} {store.get_meta('station_name')}：{folder}"
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
    if args.json:
        return stats
    return "\n".join(f"{key}: {value}" for key, value in stats.items())


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
    from .villagers import search_villagers

    found = [v for v in search_villagers(store, text, limit=3) if text in (v.name, v.phone)]
    if len(found) != 1:
        raise NotFoundError("unknown_villager", f"找不到唯一的村民：{text}", "villager")
    return found[0].id


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
