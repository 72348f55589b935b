"""``station-app coop …`` and ``station-app serviceday …``: the cooperative's desk and the
town's service days from the command line, in the style of ``pay`` and ``case`` (a person
by name or phone, a supply by name, money in yuan, a day by its date)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .errors import ValidationError


def register(sub, common) -> dict:
    p = sub.add_parser("coop", parents=[common], help="合作社服务台：社员、农资、账户、技术服务")
    coop_sub = p.add_subparsers(dest="coop_command", required=True)
    coop_sub.add_parser("on", parents=[common], help="开启合作社服务台")
    coop_sub.add_parser("off", parents=[common], help="关闭合作社服务台")
    c = coop_sub.add_parser("join", parents=[common], help="村民入社")
    _agent_arg(c)
    c.add_argument("--villager", required=True)
    c.add_argument("--joined", required=True, help="入社日期，如 2026-03-01")
    c.add_argument("--holding", type=int, default=0, help="面积（亩）或株数")
    c.add_argument("--unit", default="mu", choices=["mu", "trees"])
    c = coop_sub.add_parser("members", parents=[common], help="社员和记账欠款")
    c.add_argument("--owing", action="store_true")
    c.add_argument("--json", action="store_true")
    c = coop_sub.add_parser("supply", parents=[common], help="新增一种农资")
    _agent_arg(c)
    c.add_argument("--name", required=True)
    c.add_argument("--category", required=True, choices=["fertiliser", "pesticide", "film", "seedling", "other"])
    c.add_argument("--unit", required=True, help="袋、瓶、卷、株")
    c.add_argument("--price", required=True, help="单价（元）")
    c = coop_sub.add_parser("in", parents=[common], help="农资入库")
    _agent_arg(c)
    c.add_argument("--supply", required=True)
    c.add_argument("--quantity", type=int, required=True)
    c.add_argument("--supplier", required=True)
    c.add_argument("--cost", help="进货总价（元）")
    c = coop_sub.add_parser("out", parents=[common], help="发放农资给社员")
    _agent_arg(c)
    c.add_argument("--supply", required=True)
    c.add_argument("--member", required=True)
    c.add_argument("--quantity", type=int, required=True)
    c.add_argument("--paid", default="account", help="account（记账）、cash、wechat、alipay")
    c = coop_sub.add_parser("count", parents=[common], help="盘点：架上实有数量")
    _agent_arg(c)
    c.add_argument("--supply", required=True)
    c.add_argument("--counted", type=int, required=True)
    c.add_argument("--reason")
    c = coop_sub.add_parser("stock", parents=[common], help="库存")
    c.add_argument("--json", action="store_true")
    c = coop_sub.add_parser("settle", parents=[common], help="结算社员的记账欠款")
    _agent_arg(c)
    c.add_argument("--member", required=True)
    c.add_argument("--amount", required=True, help="金额（元）")
    c.add_argument("--how", default="cash", help="cash、wechat、alipay，或 harvest（收购时抵扣）")
    c.add_argument("--note")
    c = coop_sub.add_parser("statement", parents=[common], help="社员的农资对账单")
    c.add_argument("--member", required=True)
    c.add_argument("--json", action="store_true")
    c = coop_sub.add_parser("training", parents=[common], help="记录一次技术培训")
    _agent_arg(c)
    c.add_argument("--date", required=True)
    c.add_argument("--topic", required=True)
    c.add_argument("--trainer", required=True)
    c.add_argument("--place", required=True)
    c.add_argument("--members", default="", help="参加的社员，用逗号分隔")
    c = coop_sub.add_parser("request", parents=[common], help="登记社员的田间求助")
    _agent_arg(c)
    c.add_argument("--member", required=True)
    c.add_argument("--problem", required=True)
    c.add_argument("--plot")
    c = coop_sub.add_parser("visit", parents=[common], help="记录到田指导")
    _agent_arg(c)
    c.add_argument("--request", required=True, help="求助编号（coop requests 列出）")
    c.add_argument("--advice", required=True)
    c.add_argument("--date", help="到田日期，默认今天")
    c = coop_sub.add_parser("requests", parents=[common], help="未到田的求助")
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("serviceday", parents=[common], help="镇里的进驻服务日：报名、告知、办理结果")
    day_sub = p.add_subparsers(dest="serviceday_command", required=True)
    c = day_sub.add_parser("list", parents=[common], help="本站的服务日")
    c.add_argument("--json", action="store_true")
    c = day_sub.add_parser("signup", parents=[common], help="给村民报名")
    _agent_arg(c)
    c.add_argument("--day", required=True, help="服务日的日期（如 2026-12-10）或编号")
    c.add_argument("--villager", required=True)
    c.add_argument("--item", required=True)
    c.add_argument("--materials", default="", help="已有材料，用逗号分隔")
    c = day_sub.add_parser("signups", parents=[common], help="一个服务日的报名名单")
    c.add_argument("--day", required=True)
    c.add_argument("--json", action="store_true")
    c = day_sub.add_parser("notice", parents=[common], help="一位村民的一次性告知（带什么材料）")
    c.add_argument("--signup", required=True)
    c = day_sub.add_parser("outcome", parents=[common], help="记录办理结果")
    _agent_arg(c)
    c.add_argument("--signup", required=True)
    c.add_argument("--outcome", required=True, choices=["done", "materials_missing", "referred", "no_show"])
    c.add_argument("--served-by")
    c.add_argument("--note")
    c.add_argument("--case", action="store_true", help="转为全程代办件")
    c = day_sub.add_parser("cancel", parents=[common], help="取消报名")
    _agent_arg(c)
    c.add_argument("--signup", required=True)
    return {"coop": cmd_coop, "serviceday": cmd_serviceday}


def _agent_arg(parser) -> None:
    parser.add_argument("--agent", required=True, help="当班代办员姓名")


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError("bad_day", "日期应写成 2026-12-10", field) from None


def _names(text: str) -> list[str]:
    return [n.strip() for n in (text or "").replace("，", ",").split(",") if n.strip()]


def cmd_coop(folder: Path, args):
    from . import coop, coop_accounts, coop_lists, coop_services, coop_stock
    from .agents import find_agent
    from .money import parse_yuan
    from .station import open_station
    from .villagers import villager_meant

    what = args.coop_command
    with open_station(folder) as store:
        agent = find_agent(store, args.agent).id if hasattr(args, "agent") else None
        if what in ("on", "off"):
            coop.set_enabled(store, what == "on")
            return "合作社服务台已开启" if what == "on" else "合作社服务台已关闭"
        if what == "join":
            villager = villager_meant(store, args.villager)
            coop.add_member(store, agent, villager, _day(args.joined, "joined_on"), args.holding, args.unit)
            return f"{args.villager} 已入社"
        if what == "members":
            rows = coop_lists.list_members(store, coop_lists.MemberQuery(owing=args.owing), 100_000)
            return rows if args.json else "\n".join(f"{r['name']} {r['holding_label']} 欠 {r['owed']}" for r in rows)
        if what == "supply":
            coop.add_item(store, agent, args.name, args.category, args.unit, parse_yuan(args.price, "price_fen"))
            return f"已新增农资 {args.name}"
        if what == "stock":
            rows = coop_lists.list_stock(store, coop_lists.StockQuery(), 100_000)
            return rows if args.json else "\n".join(f"{r['name']} {r['price']}/{r['unit']} 库存 {r['stock']}" for r in rows)
        if what == "statement":
            statement = coop_accounts.statement(store, coop.member_meant(store, args.member)["id"])
            return statement if args.json else "\n".join(
                [f"{l['when'][:10]} {l['what']} {l['amount']} 结余 {l['owed_after']}" for l in statement["lines"]]
                + [f"尚欠 {statement['owed']}"])
        if what == "requests":
            rows = coop_services.field_requests(store, open_only=True)
            return rows if args.json else "\n".join(f"{r['id']} {r['asked_on']} {r['member_name']}：{r['problem']}"
                                                    for r in rows) or "没有未到田的求助"
        if what in ("in", "out", "count"):
            item = coop.item_named(store, args.supply)
            if what == "in":
                cost = parse_yuan(args.cost, "cost_fen") if args.cost else 0
                coop_stock.receive(store, agent, item["id"], args.quantity, args.supplier, cost)
            elif what == "out":
                made = coop_stock.hand_out(store, agent, item["id"], coop.member_meant(store, args.member)["id"],
                                           args.quantity, args.paid)
                return f"已发放 {args.member} {item['name']} {args.quantity} {item['unit']}，{made['amount']}"
            else:
                coop_stock.count(store, agent, item["id"], args.counted, args.reason)
            return f"{item['name']} 库存 {coop_stock.stock_of(store, item['id'])} {item['unit']}"
        if what == "settle":
            member = coop.member_meant(store, args.member)
            coop_accounts.settle(store, agent, member["id"], parse_yuan(args.amount, "amount_fen"), args.how, args.note)
            return f"{args.member} 尚欠 {coop_accounts.balance(store, member['id'])['owed']}"
        if what == "training":
            members = [coop.member_meant(store, n)["id"] for n in _names(args.members)]
            coop_services.record_training(store, agent, _day(args.date, "held_on"), args.topic, args.trainer,
                                          args.place, members)
            return f"已记录培训：{args.topic}，{len(members)} 人参加"
        if what == "request":
            request_id = coop_services.ask_for_help(store, agent, coop.member_meant(store, args.member)["id"],
                                                    args.problem, args.plot)
            return f"已登记求助 {request_id}"
        visited = _day(args.date, "visited_on") if args.date else None
        coop_services.record_visit(store, agent, args.request, visited, args.advice)
        return "已记录到田指导"


def cmd_serviceday(folder: Path, args):
    from . import service_days
    from .agents import find_agent
    from .station import open_station
    from .villagers import villager_meant

    what = args.serviceday_command
    with open_station(folder) as store:
        agent = find_agent(store, args.agent).id if hasattr(args, "agent") else None
        if what == "list":
            days = service_days.days_for_station(store, include_cancelled=True)
            return days if args.json else "\n".join(
                f"{d['day']} {d['starts']}–{d['ends']} {'、'.join(d['items'])} 已报名 {d['signed_up']} 人"
                f"{'（已取消）' if d['status'] != 'planned' else ''}  {d['id']}" for d in days) or "还没有服务日"
        if what == "signup":
            day = service_days.day_meant(store, args.day)
            made = service_days.sign_up(store, agent, day["id"], villager_meant(store, args.villager),
                                        args.item.upper(), _names(args.materials))
            missing = "、".join(made["missing"]) or "无"
            return f"已报名（编号 {made['id']}），还缺：{missing}"
        if what == "signups":
            rows = service_days.signups(store, service_days.day_meant(store, args.day)["id"])
            return rows if args.json else "\n".join(
                f"{r['id']} {r['villager_name']} {r['item_name']} 缺：{'、'.join(r['missing']) or '无'}"
                f" {r['outcome_label']}" for r in rows) or "还没有人报名"
        if what == "notice":
            return service_days.bring_notice(store, args.signup)
        if what == "cancel":
            service_days.cancel(store, agent, args.signup)
            return "已取消报名"
        made = service_days.record_outcome(store, agent, args.signup, args.outcome, args.served_by, args.note,
                                           open_as_case=args.case)
        case = f"，已转为代办件 {made['case']['case_no']}" if made["case"] else ""
        return f"已记录：{service_days.OUTCOMES[made['outcome']]}{case}"
