"""``station-hub handover …``: the stations' hand-over sheets at the town, and signing for one.

    station-hub handover list    --data-dir H [--waiting] [--station CODE] [--json]
    station-hub handover receive --data-dir H SHEET_NO --by NAME [--remarks TEXT]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..hub.store import open_hub


def register(sub, common) -> dict:
    p = sub.add_parser("handover", help="各站带来的交接单：查看、签收")
    hs = p.add_subparsers(dest="handover_command", required=True)
    a = hs.add_parser("list", parents=[common], help="列出交接单")
    a.add_argument("--waiting", action="store_true", help="只列还没签收的")
    a.add_argument("--station")
    a.add_argument("--json", action="store_true")
    a = hs.add_parser("receive", parents=[common], help="签收一张交接单（回执同步回该站）")
    a.add_argument("sheet", help="交接单号，如 ZHUPO-20261202-J01")
    a.add_argument("--by", required=True, help="签收的工作人员")
    a.add_argument("--remarks")
    return {"handover": cmd_handover}


def cmd_handover(folder: Path, args) -> Any:
    from . import handovers

    with open_hub(folder) as hub:
        if args.handover_command == "receive":
            handovers.receive(hub, args.sheet, args.by, args.remarks)
            return f"已签收交接单 {args.sheet.upper()}，回执在该站下次同步时送达"
        q = handovers.SheetQuery(search=(args.station or "").upper(), waiting=args.waiting)
        found = handovers.list_sheets(hub, q, 100_000)
    if args.json:
        return found
    return "\n".join(f"{s['sheet_no']} {s['station']} {s['carried_on']} {s['cases']} 件 {s['pieces']} 份 {s['carried_by']}"
                     f"：{s['received_text']}" for s in found) or "没有交接单"
