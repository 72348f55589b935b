"""What the money pages print: the payment receipt, the advance statement and reminder,
the year-end collection list and the day sheet. Plain HTML laid out by ``ui.printing``.

Every function takes the dict a core read returns (``payments.receipt``,
``advances.statement``, ``advances.collection_list``, ``daily_close.day_sheet``) and only
arranges it: amounts are already in fen, totals already computed by the core.
"""

from __future__ import annotations

from html import escape

from station_app.money import format_yuan, to_capitals

from .labels import label, money_line, translate
from .printing import document, table
from .i18n import context


MoneyPrintouts = context("MoneyPrintouts")  # lupdate context of this module's strings


def _e(value) -> str:
    return escape("" if value is None else str(value))


def _grid(headers: list[str], rows: list[list[str]], widths: list[int] | None = None,
          font_pt: int = 10, whole: frozenset[int] = frozenset(), right: frozenset[int] = frozenset()) -> str:
    """A ruled table; cells are already-escaped HTML. Columns in ``whole`` never break
    inside a cell (a phone number, an amount or a date split over two lines is misread);
    columns in ``right`` (counts, money) line up on the right."""
    head = "".join(f"<th style='border:1px solid #666;padding:3px;background:#eee'"
                   f"{f' width={widths[i]}%' if widths else ''}{' nowrap' if i in whole else ''}>{_e(h)}</th>"
                   for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f"<td style='border:1px solid #666;padding:3px'{' nowrap' if i in whole else ''}"
                                    f"{' align=right' if i in right else ''}>{cell}</td>" for i, cell in enumerate(row))
                   + "</tr>" for row in rows)
    return (f"<table cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse;"
            f"font-size:{font_pt}pt'><thead><tr>{head}</tr></thead>{body}</table>")


def _sized(body: str, points: int = 11) -> str:
    """Printouts set their own type size: the window's large 15 pt is not paper's."""
    return f"<div style='font-size:{points}pt'>{body}</div>"


def _money(fen: int) -> str:
    return f"<span style='white-space:nowrap'>{_e(format_yuan(fen))}</span>"


# -- payment receipt -------------------------------------------------------------------------
def receipt_html(r: dict, paper: str = "80mm") -> str:
    """A receipt: amount in figures and in capitals, the phone masked, station name and phone."""
    big = "14pt" if paper != "a4" else "20pt"
    rows = [
        (MoneyPrintouts.tr("收据号"), f"<b>{_e(r['receipt_no'])}</b>"),
        (MoneyPrintouts.tr("日期"), _e(f"{r['date']} {r['time']}")),
        (MoneyPrintouts.tr("缴费人"), _e(r["payer_name"])),
    ]
    if r.get("payer_phone_masked"):
        rows.append((MoneyPrintouts.tr("手机号"), _e(r["payer_phone_masked"])))
    rows += [
        (MoneyPrintouts.tr("缴费类型"), _e(label("bill_kind", r["bill_kind"]))),
        (MoneyPrintouts.tr("户号"), _e(r["account_no"])),
        (MoneyPrintouts.tr("金额"), f"<b style='font-size:{big}'>{_e(r['amount'])}</b>"),
        (MoneyPrintouts.tr("大写"), f"<b>{_e(r['amount_capitals'])}</b>"),
        (MoneyPrintouts.tr("付款方式"), _e(label("payment_method", r["method"]))),
    ]
    if r.get("voucher_no"):
        rows.append((MoneyPrintouts.tr("凭证号"), _e(r["voucher_no"])))
    if r.get("agent_name"):
        rows.append((MoneyPrintouts.tr("经办人"), _e(r["agent_name"])))
    body = ""
    if r.get("voided"):
        voided = MoneyPrintouts.tr("已作废")
        body += (f"<p style='font-size:12pt;font-weight:bold'>⚠ {_e(voided)}："
                 f"{_e(r.get('void_reason', ''))}</p>")
    body += table(rows)
    keep = MoneyPrintouts.tr("请妥善保管本收据。如有疑问请联系服务站。")
    body += f"<p style='font-size:9pt'>{_e(keep)}</p>"
    return document(MoneyPrintouts.tr("代缴费用收据"), _sized(body, 9 if paper != "a4" else 11),
                    r.get("station_name", ""), r.get("station_phone", ""))


# -- advances ----------------------------------------------------------------------------------
def _payer_line(payer: dict | None) -> str:
    if not payer:
        return MoneyPrintouts.tr("还款人：未登记")
    return MoneyPrintouts.tr("还款人：{0}（{1}）电话 {2}").format(payer["name"], label("villager_relation", payer["relation"]),
                                              payer.get("phone_masked") or "—")


def statement_html(s: dict, station_name: str = "", station_phone: str = "") -> str:
    """A household's ledger: each advance and repayment with the running balance."""
    v = s["villager"]
    who = v["name"] + (f"（{v['village_group']}）" if v.get("village_group") else "")
    rows = [[f"<span style='white-space:nowrap'>{_e(line['date'])}</span>", _e(line["description"]),
             _money(line["advance_fen"]) if line["advance_fen"] else "",
             _money(line["repayment_fen"]) if line["repayment_fen"] else "",
             _money(line["balance_fen"])] for line in s["lines"]]
    t = s["totals"]
    villager, given, repaid = MoneyPrintouts.tr("村民"), MoneyPrintouts.tr("共垫付"), MoneyPrintouts.tr("已还")
    owing, capitals, printed = MoneyPrintouts.tr("尚欠"), MoneyPrintouts.tr("大写"), MoneyPrintouts.tr("打印时间")
    body = (f"<p><b>{_e(villager)}：{_e(who)}</b>　{_e(v.get('phone_masked') or '')}<br/>"
            f"{_e(_payer_line(s.get('payer')))}</p>")
    body += _grid([MoneyPrintouts.tr("日期"), MoneyPrintouts.tr("摘要"), MoneyPrintouts.tr("垫付"), MoneyPrintouts.tr("还款"), MoneyPrintouts.tr("余额")], rows, [17, 44, 13, 13, 13])
    body += (f"<p>{_e(given)} {_money(t['given_fen'])}　{_e(repaid)} {_money(t['repaid_fen'])}<br/>"
             f"<b style='font-size:14pt'>{_e(owing)} {_money(t['outstanding_fen'])}</b>　"
             f"（{_e(capitals)}：{_e(t['outstanding_capitals'])}）</p>")
    body += f"<p style='font-size:9pt'>{_e(printed)}：{_e(s.get('printed_at', ''))}</p>"
    return document(MoneyPrintouts.tr("垫付对账单"), _sized(body), station_name, station_phone)


def reminder_html(text: str, station_name: str = "", station_phone: str = "") -> str:
    body = f"<p style='font-size:13pt;line-height:150%'>{_e(text)}</p>"
    return document(MoneyPrintouts.tr("垫付还款提醒"), _sized(body), station_name, station_phone)


COLLECTION_PAPER = "a4-landscape"


def collection_html(rows: list[dict], year: int, station_name: str = "", station_phone: str = "") -> str:
    """The year-end list: who owes, from whom to collect, with a column to sign."""
    cells = []
    for r in rows:
        payer = r.get("payer_name") or "—"
        if r.get("payer_relation_label"):
            # The core gives this list the relation's word only, not its code.
            payer = MoneyPrintouts.tr("{0}（{1}）").format(payer, translate(r["payer_relation_label"]))
        cells.append([_e(r.get("village_group") or ""), _e(r["name"]), _e(payer), _e(r.get("payer_phone") or ""),
                      _e(r["open_advances"]), _money(r["this_year_fen"]), _money(r["earlier_fen"]),
                      f"<b>{_money(r['outstanding_fen'])}</b>", _e(r["oldest_advance_date"]), ""])
    total = sum(r["outstanding_fen"] for r in rows)
    heads = [MoneyPrintouts.tr("组"), MoneyPrintouts.tr("村民"), MoneyPrintouts.tr("还款人"), MoneyPrintouts.tr("电话"),
             MoneyPrintouts.tr("笔数"), MoneyPrintouts.tr("今年"), MoneyPrintouts.tr("往年"), MoneyPrintouts.tr("合计"),
             MoneyPrintouts.tr("最早欠款"), MoneyPrintouts.tr("签收")]
    # Printed on A4 turned sideways (COLLECTION_PAPER): ten columns and a wide column to sign.
    body = _grid(heads, cells, [6, 9, 14, 11, 5, 9, 9, 10, 10, 17], font_pt=9,
                 whole=frozenset({0, 3, 4, 5, 6, 7, 8}), right=frozenset({4, 5, 6, 7}))
    summary = MoneyPrintouts.tr("共 %n 户，合计 {0}", "", len(rows)).format(format_yuan(total))  # 1 household
    body += (f"<p><b>{_e(summary)}</b>"
             f"（{_e(to_capitals(total))}）</p>")
    return document(MoneyPrintouts.tr("{0}年垫付收款名单").format(year), _sized(body), station_name, station_phone)


# -- the day sheet ---------------------------------------------------------------------------
def _para(text: str, style: str = "") -> str:
    return f"<p style='{style}'>{_e(text)}</p>" if style else f"<p>{_e(text)}</p>"


def day_sheet_html(sheet: dict) -> str:
    """One day's money: every line (voided ones struck through), per-channel totals, the close."""
    lines = []
    for line in sheet["lines"]:
        cells = [_e(line["time"]), _e(money_line(line)), _e(line["person"]), _e(line["ref"]),
                 _money(line["amount_fen"]), _e(label("payment_method", line["method"])),
                 _e(MoneyPrintouts.tr("已作废：") + line["void_reason"]) if line["voided"] else ""]
        if line["voided"]:
            cells = [f"<s>{c}</s>" if i < 6 else c for i, c in enumerate(cells)]
        lines.append(cells)
    heads = [MoneyPrintouts.tr("时间"), MoneyPrintouts.tr("项目"), MoneyPrintouts.tr("姓名"), MoneyPrintouts.tr("单号"),
             MoneyPrintouts.tr("金额"), MoneyPrintouts.tr("方式"), MoneyPrintouts.tr("备注")]
    body = (_grid(heads, lines, [8, 16, 12, 20, 12, 12, 20], font_pt=9) if lines
            else _para(MoneyPrintouts.tr("当天没有收款记录。")))
    close = sheet.get("close")
    counted = {line["channel"]: line for line in close["lines"]} if close else {}
    totals = []
    for channel in sheet["channels"]:
        carried = sheet["carried_in_fen"] if channel == "cash" else 0
        line = counted.get(channel)
        totals.append([_e(label("channel", channel)), _money(sheet["income"][channel]),
                       _money(carried) if channel == "cash" else "", _money(sheet["expected"][channel]),
                       _money(line["counted_fen"]) if line else "", _money(line["variance_fen"]) if line else "",
                       _e(line["reason"] or "") if line else ""])
    body += _para(MoneyPrintouts.tr("各渠道合计"), "font-size:13pt;font-weight:bold;margin-top:10px")
    heads = [MoneyPrintouts.tr("渠道"), MoneyPrintouts.tr("当日收入"), MoneyPrintouts.tr("上日留存"),
             MoneyPrintouts.tr("应有"), MoneyPrintouts.tr("清点"), MoneyPrintouts.tr("差额"), MoneyPrintouts.tr("差额原因")]
    body += _grid(heads, totals, [12, 14, 14, 14, 13, 16, 17])
    # lupdate cannot read inside f-strings: the words are fetched first, then laid out.
    if close:
        closed, kept = MoneyPrintouts.tr("已日结"), MoneyPrintouts.tr("留存到次日现金")
        body += (f"<p>{_e(closed)}：{_e(close.get('agent_name') or '')} {_e(close['closed_at_local'])}　"
                 f"{_e(kept)} {_money(close['carried_forward_fen'])}</p>")
        if close.get("note"):
            body += _para(MoneyPrintouts.tr("备注") + "：" + close["note"])
        if not close.get("matches_current", True):
            changed = MoneyPrintouts.tr("日结后有记录被作废，应有数已变化，请核对后重新日结。")
            body += f"<p><b>⚠ {_e(changed)}</b></p>"
    else:
        not_closed = MoneyPrintouts.tr("这一天还没有日结。")
        body += f"<p><b>⚠ {_e(not_closed)}</b></p>"
    agent, checker, printed = MoneyPrintouts.tr("代办员签字"), MoneyPrintouts.tr("复核"), MoneyPrintouts.tr("打印时间")
    body += (f"<p style='margin-top:24px'>{_e(agent)}：＿＿＿＿＿＿＿＿　　{_e(checker)}：＿＿＿＿＿＿＿＿</p>"
             f"<p style='font-size:9pt'>{_e(printed)}：{_e(sheet.get('printed_at', ''))}</p>")
    station = sheet.get("station", {})
    return document(MoneyPrintouts.tr("日结单 {0}").format(sheet["date"]), _sized(body),
                    station.get("name", ""), station.get("phone", ""))
