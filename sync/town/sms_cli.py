"""``station-hub sms …``: the town's SMS gateway and the messages stations left for it.

    station-hub sms gateway --data-dir H [--url U] [--key K|-] [--template "【某某镇便民服务】{text}"] [--on|--off]
    station-hub sms send    --data-dir H [--limit N]       (the town's scheduled task runs it every few minutes)
    station-hub sms list    --data-dir H [--station CODE] [--json]

``--key -`` reads the key from standard input (it then stays out of the shell's history).
The key is never printed back in full.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from station_app.cli import Outcome

from ..hub.store import open_hub


def register(sub, common) -> dict:
    p = sub.add_parser("sms", help="镇中心短信：设置短信网关、发送各站留给镇中心的短信")
    ss = p.add_subparsers(dest="sms_command", required=True)
    a = ss.add_parser("gateway", parents=[common], help="设置或查看短信网关（不带参数：查看）")
    a.add_argument("--url", help="短信网关地址，如 https://sms.example.cn/send")
    a.add_argument("--key", help="短信网关的密钥；写 - 则从标准输入读")
    a.add_argument("--template", help="短信模板，{text} 处放通知原文，如“【某某镇便民服务】{text}”")
    on = a.add_mutually_exclusive_group()
    on.add_argument("--on", dest="enabled", action="store_const", const=True, help="启用")
    on.add_argument("--off", dest="enabled", action="store_const", const=False, help="停用（不再发送）")
    a = ss.add_parser("send", parents=[common], help="把各站留给镇中心的短信通过网关发出（可由计划任务定时运行）")
    a.add_argument("--limit", type=int, default=100, help="这次最多发多少条（默认100）")
    a = ss.add_parser("list", parents=[common], help="列出留给镇中心发送的短信和结果")
    a.add_argument("--station")
    a.add_argument("--limit", type=int, default=200)
    a.add_argument("--json", action="store_true")
    return {"sms": cmd_sms}


def cmd_sms(folder: Path, args) -> Any:
    from . import sms

    with open_hub(folder) as hub:
        if args.sms_command == "gateway":
            return _gateway(hub, args)
        if args.sms_command == "send":
            if args.limit < 1:
                from station_app.errors import ValidationError

                raise ValidationError("bad_limit", "--limit 至少是1", "limit")
            done = sms.send(hub, limit=args.limit, progress=lambda line: print(line, flush=True))
            text = f"镇中心短信：发出 {done['sent']} 条，失败 {done['failed']} 条，等待重试 {done['waiting']} 条"
            if done["not_true"]:
                text += f"，已不属实（如包裹已取走）不发 {done['not_true']} 条"
            if done["held"]:
                text += f"，超过每站每天 {sms.DAILY_CAP} 条的上限暂缓 {done['held']} 条"
            if done["stopped"]:
                return Outcome(3, f"{text}\n已停止：{done['stopped']}")
            return text
        found = sms.list_town_messages(hub, args.station, args.limit)
    if args.json:
        return found
    return "\n".join(f"{m['station_code']} {m['created_at'][:16].replace('T', ' ')} {m['name']} {m['phone']}"
                     f" {m['purpose_label']}：{m['shown']}" for m in found) or "没有留给镇中心发送的短信"


def _gateway(hub, args) -> str:
    from . import sms

    key = args.key
    if key == "-":
        key = sys.stdin.readline().strip()
    if args.url is None and key is None and args.template is None and args.enabled is None:
        return sms.shown_gateway(hub)["text"]
    shown = sms.set_gateway(hub, args.url, key, args.template, args.enabled)
    lines = [f"已保存。{shown['text']}"]
    if shown["url"].startswith("http://"):
        lines.append("提示：用 http:// 时密钥和短信内容不加密，请尽量用 https://")
    return "\n".join(lines)
