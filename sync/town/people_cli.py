"""``station-hub``'s commands for the people who serve (headless; no Qt), registered by
``cli.register``:

    station-hub agent list  --data-dir H [--station ZHUPO] [--json]
    station-hub agent reset-code --data-dir H --station ZHUPO --agent 王秀英     (last line: the code)
    station-hub check add   --data-dir H --station ZHUPO --staff 张丽 --found 王秀英|nobody
                            [--at "2026-11-27 10:30"] [--remarks TEXT]
    station-hub check list  --data-dir H [--station ZHUPO] [--json]
    station-hub duty        --data-dir H --station ZHUPO [--week 2026-11-23] [--json]
    station-hub letter list --data-dir H [--json]
    station-hub letter show --data-dir H --station ZHUPO [--json]
    station-hub letter answer --data-dir H --station ZHUPO --staff 张丽 --body TEXT [--reply-to LETTER_ID]
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ..hub.store import open_hub


def register(sub, common) -> dict:
    p = sub.add_parser("agent", help="各站代办员：名单、密码重置码")
    ag = p.add_subparsers(dest="agent_command", required=True)
    a = ag.add_parser("list", parents=[common], help="列出代办员、岗位和是否在岗")
    a.add_argument("--station")
    a.add_argument("--json", action="store_true")
    a = ag.add_parser("reset-code", parents=[common], help="给忘了密码的代办员发一次性重置码（只显示这一次）")
    a.add_argument("--station", required=True)
    a.add_argument("--agent", required=True, help="代办员姓名")

    p = sub.add_parser("check", help="抽查：记录谁在岗，对照值班记录")
    ck = p.add_subparsers(dest="check_command", required=True)
    a = ck.add_parser("add", parents=[common], help="记录一次抽查")
    a.add_argument("--station", required=True)
    a.add_argument("--staff", required=True, help="抽查人")
    a.add_argument("--found", required=True, help="在岗的代办员姓名；没有人在岗写 nobody 或 无人")
    a.add_argument("--at", help="抽查时间，如 \"2026-11-27 10:30\"（默认现在）")
    a.add_argument("--remarks")
    a = ck.add_parser("list", parents=[common], help="列出抽查及与值班记录是否一致")
    a.add_argument("--station")
    a.add_argument("--json", action="store_true")

    p = sub.add_parser("duty", parents=[common], help="某站一周的值班记录和抽查")
    p.add_argument("--station", required=True)
    p.add_argument("--week", help="这一周里的任何一天，如 2026-11-23（默认本周）")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("letter", help="服务站的来信和镇中心的回复")
    lt = p.add_subparsers(dest="letter_command", required=True)
    a = lt.add_parser("list", parents=[common], help="各站来信，未读的在前")
    a.add_argument("--json", action="store_true")
    a = lt.add_parser("show", parents=[common], help="一个站的来信和回复")
    a.add_argument("--station", required=True)
    a.add_argument("--json", action="store_true")
    a = lt.add_parser("answer", parents=[common], help="回复一个站（下次同步时送到）")
    a.add_argument("--station", required=True)
    a.add_argument("--staff", required=True)
    a.add_argument("--body", required=True)
    a.add_argument("--reply-to", help="回复的来信编号")
    return {"agent": cmd_agent, "check": cmd_check, "duty": cmd_duty, "letter": cmd_letter}


def cmd_agent(folder: Path, args) -> Any:
    from .people import agents_of
    from .pin_resets import RESET_VALID_HOURS, issue_pin_reset

    with open_hub(folder) as hub:
        if args.agent_command == "list":
            people = agents_of(hub, args.station.strip().upper() if args.station else None)
        else:
            made = issue_pin_reset(hub, args.station, args.agent)
    if args.agent_command == "list":
        if args.json:
            return people
        return "\n".join(f"{a['station_code']} {a['name']} {a['post_label'] or '—'}{'' if a['active'] else '（已离岗）'}"
                         for a in people) or "还没有代办员"
    from station_app.timeutil import format_local

    return (f"{made['agent']}（{made['station_name']}）的一次性密码重置码，{RESET_VALID_HOURS}小时内有效"
            f"（到 {format_local(made['expires_at'])}），该站同步后可用；只显示这一次：\n{made['code']}")


def cmd_check(folder: Path, args) -> Any:
    from station_app.timeutil import format_local

    from .spot_checks import CheckQuery, list_checks, record_check

    with open_hub(folder) as hub:
        if args.check_command == "add":
            at = args.at or hub.clock.now()
            check_id = record_check(hub, args.station, at, args.staff, args.found, args.remarks)
            shown = next(c for c in list_checks(hub, CheckQuery(station=args.station.strip().upper()))
                         if c["id"] == check_id)
        else:
            checks = list_checks(hub, CheckQuery(station=args.station.strip().upper() if args.station else None),
                                 limit=100_000)
    if args.check_command == "add":
        return f"已记录抽查 {format_local(shown['checked_at'])} {shown['station_name']}：{_check_words(shown)}"
    if args.json:
        return checks
    return "\n".join(f"{format_local(c['checked_at'])} {c['station_code']} {c['staff_name']}：{_check_words(c)}"
                     for c in checks) or "还没有抽查记录"


def _check_words(check: dict) -> str:
    found = check["found_name"] or "无人在岗"
    logged = check["log_agent_name"] or "无人"
    mark = "⚠ " if check["disagrees"] else ""
    return f"实际 {found}，值班记录 {logged}：{mark}{check['verdict_label']}"


def cmd_duty(folder: Path, args) -> Any:
    from station_app.errors import ValidationError
    from station_app.timeutil import LOCAL_TZ, format_local

    from .duty_log import week_log

    with open_hub(folder) as hub:
        try:
            day = date.fromisoformat(args.week) if args.week else hub.clock.now().astimezone(LOCAL_TZ).date()
        except ValueError:
            raise ValidationError("bad_week", "日期应写成 2026-11-23", "week") from None
        week = week_log(hub, args.station, day)
    if args.json:
        return week
    lines = [f"{week['name']}（{week['station']}）{week['monday']} 至 {week['sunday']}，营业时间 {week['hours_text']}"]
    for d in week["days"]:
        spans = "；".join(f"{s['from']}-{s['to']} {s['agent_name']}" for s in d["spans"]) or "无值班记录"
        gaps = "、".join(f"{g['from']}-{g['to']}" for g in d["gaps"])
        state = "休息" if not d["open"] else ("尚未同步" if not d["known"] else (f"⚠ 无人值班 {gaps}" if gaps else "有人值班"))
        lines.append(f"{d['day']} {d['weekday_label']} {state}：{spans}")
        lines += [f"    抽查 {format_local(c['checked_at'])[11:]} {_check_words(c)}" for c in d["checks"]]
    lines.append(f"本周无人值班 {week['days_uncovered']} 天，共 {week['minutes_uncovered']} 分钟；"
                 f"抽查 {len(week['checks'])} 次，不一致 {week['disagreements']} 次")
    return "\n".join(lines)


def cmd_letter(folder: Path, args) -> Any:
    from .letters import answer, list_threads, thread

    with open_hub(folder) as hub:
        if args.letter_command == "answer":
            answer(hub, args.station, args.body, args.staff, args.reply_to)
            return f"已回复 {args.station.strip().upper()}，该站下次同步时收到"
        if args.letter_command == "list":
            threads = list_threads(hub, limit=100_000)
        else:
            talk = thread(hub, args.station)
    if args.letter_command == "list":
        if args.json:
            return threads
        return "\n".join(f"{t['code']} {t['name']}：来信 {t['letters']} 封，未读 {t['unread']} 封"
                         + (f"，最近：{t['last_subject']}" if t["last_subject"] else "") for t in threads)
    if args.json:
        return talk
    return "\n".join(f"{i['when']} {'站里 ' + i['author'] if i['from'] == 'station' else '镇里 ' + i['author']}："
                     f"{('【' + i['kind_label'] + '】' + i['subject'] + ' ') if i['subject'] else ''}{i['body']}"
                     f"{'（附件：' + i['attachment_name'] + '）' if i['attachment_name'] else ''}"
                     for i in talk["items"]) or "这个站还没有来信"
