"""``station-hub``'s town commands (headless; no Qt): the town's case work, notices,
staff accounts, reports and the demo town. ``ui/launcher.py`` composes them with the
hub's own commands (``sync/hub/cli.py``) into ``station-hub``.

    station-hub case move --data-dir H CASE_NO STATUS [--note TEXT] [--staff NAME]
    station-hub notice  --data-dir H --title T --body B [--stations ZHUPO,SHIMEN] [--category policy|政策]
    station-hub staff add --data-dir H --name NAME     (password on stdin)
    station-hub report  --data-dir H --period 2026-11|2026-Q4|2026 --out FILE.xlsx|FILE.csv [--station CODE]
    station-hub demo    --data-dir H [--stations 28] [--days 30]
    station-hub serviceday add --data-dir H --date D --stations A,B --items LB-01,MZ-01 [--staff 刘文静,赵强]
                               [--starts 09:00] [--ends 11:30] [--note T]
    station-hub serviceday list --data-dir H [--json]      station-hub serviceday cancel --data-dir H ID [--reason R]

The people who serve (agents, PIN reset codes, spot checks, duty logs, letters): ``people_cli.py``;
the town's SMS gateway (``station-hub sms gateway|send|list``): ``sms_cli.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..hub.store import open_hub


def register(sub, common) -> dict:
    p = sub.add_parser("case", help="镇中心窗口办理代办件")
    cs = p.add_subparsers(dest="case_command", required=True)
    m = cs.add_parser("move", parents=[common])
    m.add_argument("case_no")
    m.add_argument("status")
    m.add_argument("--note")
    m.add_argument("--staff", help="办理的工作人员姓名（记入考核）")

    p = sub.add_parser("notice", parents=[common], help="发布通知（默认发给所有服务站）")
    p.add_argument("--title", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--stations", help="只发给这些服务站，编号用逗号隔开，如 ZHUPO,SHIMEN")
    p.add_argument("--category", help="类别：village_affairs（村务公开）、policy（政策）、service（服务）、duty（值班）")

    p = sub.add_parser("staff", help="镇中心工作人员账号")
    sf = p.add_subparsers(dest="staff_command", required=True)
    a = sf.add_parser("add", parents=[common], help="新建工作人员账号（从标准输入读密码）")
    a.add_argument("--name", required=True)
    sf.add_parser("list", parents=[common], help="列出工作人员")

    p = sub.add_parser("report", parents=[common], help="月报、季报或年度考核，导出 .xlsx 或 .csv")
    p.add_argument("--period", required=True, help="2026-11（月）、2026-Q4（季度）或 2026（年度考核）")
    p.add_argument("--out", help="FILE.xlsx 或 FILE.csv；不写则打印 JSON")
    p.add_argument("--station", help="只出这个站的报表（站号）；不写则出全镇报表")
    p.add_argument("--today", help=argparse.SUPPRESS)

    p = sub.add_parser("serviceday", help="镇里到村服务站的进驻服务日")
    sd = p.add_subparsers(dest="serviceday_command", required=True)
    a = sd.add_parser("add", parents=[common], help="安排一个进驻服务日（同步后各站可以报名）")
    a.add_argument("--date", required=True, help="如 2026-12-10")
    a.add_argument("--stations", required=True, help="服务站编号，用逗号隔开，如 ZHUPO,SHIMEN")
    a.add_argument("--items", required=True, help="办理事项编号，用逗号隔开，如 LB-01,MZ-01")
    a.add_argument("--staff", default="镇便民服务中心", help="去服务的工作人员，用逗号隔开")
    a.add_argument("--starts", default="09:00")
    a.add_argument("--ends", default="11:30")
    a.add_argument("--note")
    a = sd.add_parser("list", parents=[common], help="列出进驻服务日，及各站报名和办理结果")
    a.add_argument("--json", action="store_true")
    a = sd.add_parser("cancel", parents=[common], help="取消一个进驻服务日")
    a.add_argument("id")
    a.add_argument("--reason")

    p = sub.add_parser("demo", parents=[common], help="建一个有演示数据的镇中心")
    p.add_argument("--stations", type=int, default=28)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--quiet", action="store_true")
    from .people_cli import register as people_commands
    from .sms_cli import register as sms_commands

    return {"case": cmd_case, "notice": cmd_notice, "staff": cmd_staff, "report": cmd_report, "demo": cmd_demo,
            "serviceday": cmd_serviceday, **people_commands(sub, common), **sms_commands(sub, common)}


def cmd_serviceday(folder: Path, args) -> Any:
    from datetime import date

    from station_app.errors import ValidationError

    from . import service_days

    with open_hub(folder) as hub:
        if args.serviceday_command == "add":
            try:
                day = date.fromisoformat(args.date)
            except ValueError:
                raise ValidationError("bad_day", "日期应写成 2026-12-10", "date") from None
            day_id = service_days.plan_day(hub, day, args.stations, args.items, args.staff, args.starts, args.ends,
                                           args.note)
            return f"已安排进驻服务日 {day.isoformat()} {args.starts}–{args.ends}：{args.stations}（编号 {day_id}）"
        if args.serviceday_command == "cancel":
            service_days.cancel_day(hub, args.id, args.reason)
            return f"已取消进驻服务日 {args.id}"
        planned = [{**d, "report": service_days.day_report(hub, d["id"])} for d in service_days.days(hub)]
    if args.json:
        return planned
    return "\n".join(f"{d['day']} {d['starts']}–{d['ends']} {'、'.join(d['stations'])} {'、'.join(d['items'])}"
                     f"：报名 {d['signed_up']} 人，办好 {d['done']} 人{'（已取消）' if d['status'] == 'cancelled' else ''}"
                     f"  {d['id']}" for d in planned) or "还没有安排进驻服务日"


def cmd_case(folder: Path, args) -> str:
    from station_app.errors import NotFoundError

    from .writes import set_case_status

    with open_hub(folder) as hub:
        row = hub.one("SELECT id FROM cases WHERE case_no = ?", (args.case_no,))
        if row is None:
            raise NotFoundError("unknown_case", f"没有这个代办件：{args.case_no}", "case_no")
        done = set_case_status(hub, row["id"], args.status, note=args.note, staff=args.staff)
    extra = f"；{done['conflict']['reason']}" if done["conflict"] else ""
    return f"{args.case_no} 现在是 {done['status']}{extra}"


def cmd_notice(folder: Path, args) -> str:
    from .notices import list_notices, publish_notice

    # "--stations ''" is a mistake to refuse, not a notice to every station
    with open_hub(folder) as hub:
        notice_id = publish_notice(hub, args.title, args.body, audience=args.stations, category=args.category)
        notice = list_notices(hub, notice_id=notice_id)[0]
    kind = f"【{notice['category_label']}】" if notice["category_label"] else ""
    return f"已发布通知：{kind}{args.title}（发给{notice['audience_label']}）"


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
    from .staff import add_staff, check_password, list_staff

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

    from .exports import write_csv, write_xlsx
    from .reports import parse_period, station_report, town_report

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
    if not args.station:  # the assessment's people
        head += f"；代办员 {len(report['agents'])} 人，工作人员 {len(report['staff'])} 人"
    if out.suffix.lower() == ".xlsx":
        write_xlsx(report, out)
        return f"{head}\n已导出 {out}"
    files = write_csv(report, out.parent, stem=out.stem)
    files[1].replace(out)  # the main table (stations, or the station's months) is the file asked for
    files[1] = out
    return head + "\n已导出 " + "、".join(str(f) for f in files)


def cmd_demo(folder: Path, args) -> str:
    from .demo import make_town_demo, summary_text

    show = None if args.quiet else (lambda line: print(line, flush=True))
    return summary_text(make_town_demo(folder, stations=args.stations, days=args.days, progress=show))
