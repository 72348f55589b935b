"""The window's copy of the core's labels (ui.labels) says exactly what the core says, no
core label table is left out of it, the English translation has a word for every label,
and the pages show those words when the window speaks English."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QTranslator

import station_app
import sync
from gui_helpers import show_page
from station_app.paths import resource_path
from sync.town.exports import FIGURES, station_grid, summary_pairs
from ui import i18n
from ui.labels import KINDS, label, labels, money_line, translate
from ui.report_labels import REPORT_COLUMNS, REPORT_ITEMS

# Core tables of Chinese words the window never shows as such: they only go into the
# core's own sentences (error messages, the town's rule texts), which stay Chinese.
NOT_SHOWN = {
    "station_app.parcels.EVENT_LABELS": "a parcel's history is not shown by the window",
    "station_app.parcels.ACTION_NAMES": "only inside the core's refusal messages",
    "station_app.pickup_codes.LABELS": "only inside the core's validation messages",
    "station_app.sync_marks.LABELS": "the lists use ui.models.sync_label, translated there",
    "sync.hub.conflicts.FIELD_LABELS": "only inside the conflict sentences the hub writes",
    "station_app.sms.modem.REGISTERED": "only inside the modem's own messages",
    "station_app.sms.modem.CMS_WORDS": "only inside the modem's refusal messages",
    "station_app.message_truth.GONE": "only inside the reason a message was not sent",
    "station_app.message_truth.CASE_SHUT": "only inside the reason a message was not sent",
    "station_app.message_truth.APPOINTMENT_SHUT": "only inside the reason a message was not sent",
}


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def core_label_tables() -> dict[str, dict]:
    """Every module-level dict of the core whose values are all text and some of it Chinese."""
    found = {}
    for package in (station_app, sync):
        for module_info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if module_info.name.endswith(("demo", "demo_people", "town_demo", "__main__")):
                continue  # made-up people and places, not labels
            module = importlib.import_module(module_info.name)
            for name, value in vars(module).items():
                if (name.isupper() and isinstance(value, dict) and value
                        and all(isinstance(v, str) for v in value.values())
                        and any(has_chinese(v) for v in value.values())):
                    found.setdefault(id(value), (f"{module_info.name}.{name}", value))
    return dict(found.values())


def test_every_core_label_has_the_same_chinese_text_in_the_window():
    for kind, (ours, core) in KINDS.items():
        if core is None:
            continue
        for code, text in core.items():
            assert ours.get(code) == text, f"{kind}: {code!r} is {text!r} in the core, {ours.get(code)!r} here"
        assert set(ours) <= set(core), f"{kind}: codes the core no longer has: {set(ours) - set(core)}"


def test_no_core_label_table_is_left_out_of_the_window():
    covered = {id(core) for _ours, core in KINDS.values() if core is not None}
    missing = [name for name, table in core_label_tables().items()
               if id(table) not in covered and name not in NOT_SHOWN]
    assert not missing, f"core label tables without a window copy in ui.labels: {missing}"
    assert set(NOT_SHOWN) <= set(core_label_tables()), "NOT_SHOWN names a table the core no longer has"


def test_the_report_summary_items_are_all_in_the_table():
    figures = {key: 1 for key, _text, _kind in FIGURES}
    town = {"scope": "town", "town_name": "小浪底镇", "title": "2026年11月", "period": "2026-11",
            "as_of": "2026-11-30", "stations": [figures], "totals": figures, "services_rule": "…",
            "satisfaction_rule": "…", "stocks_note": "…"}
    station = {**town, "scope": "station", "station": {**figures, "name": "朱坡村", "station": "ZHUPO"},
               "rank": {"rank": 1, "star": "", "score": 90.0}, "station_count": 28}
    known = set(REPORT_ITEMS.values()) | set(REPORT_COLUMNS.values())
    for report in (town, station):
        names = [text for text, _value, _kind in summary_pairs(report)]
        assert set(names) <= known, set(names) - known
    assert [text for text, _kind, _values in station_grid({**station, "kind": "month", "months": []})[1]] \
        == [REPORT_COLUMNS[key] for key, _text, _kind in FIGURES]


def test_the_english_translation_has_a_word_for_every_label():
    translator = QTranslator()
    assert translator.load("station_en", str(resource_path("translations")))
    for kind, (ours, _core) in KINDS.items():
        for text in ours.values():
            english = translator.translate("Labels", text)
            assert english and not has_chinese(english), f"{kind}: {text!r} has no English"
            assert english.count("{0}") == text.count("{0}"), f"{kind}: {text!r} -> {english!r}"


@pytest.fixture
def english(gui):
    i18n.install(gui, "en")
    yield gui
    i18n.install(gui, "zh_CN")


def test_label_speaks_the_window_language_and_falls_back_to_the_core(english):
    assert label("case_status", "needs_correction") == "Needs correction"
    assert labels("payment_method") == {"cash": "Cash", "wechat": "WeChat", "alipay": "Alipay",
                                        "advance": "Station advance"}
    assert label("feedback_level", 1) == "Very dissatisfied"
    assert money_line({"kind": "payment", "detail": "electricity"}) == "Electricity bill"
    assert translate("办理事项数") == label("report_column", "services_handled") == "Services handled"
    assert label("case_status", "no_such_status") == "no_such_status"  # an unknown code shows as it is
    assert label("courier", None) == ""
    assert label("batch_via", "pigeon", "—") == "—"


def test_the_town_sms_list_says_where_a_message_stands_in_the_window_language(english):
    from ui.town.pages.town_sms import _shown

    def shown(code: str, *details) -> str:
        return _shown({"shown_code": code, "shown_details": list(details), "shown": "…"})

    assert shown("on_hold", "包裹标成了问题件，处理好再发") == "on hold: 包裹标成了问题件，处理好再发"
    assert shown("retrying", 2, "HTTP 503") == "to retry (2 tries so far): HTTP 503"
    assert shown("station_copied") == "the station copied it into WeChat"
    assert shown("closed") == "not sent"  # closed by an older station, no reason given
    assert shown("sent", "2026-11-27T02:00:00.000Z").startswith("sent ") and "10:00" in shown("sent", "2026-11-27T02:00:00.000Z")
    assert shown("a_later_state") == "…"  # a state this window does not know: the core's words


def test_label_is_the_core_word_in_chinese(gui):
    i18n.install(gui, "zh_CN")
    for kind, (ours, core) in KINDS.items():
        for code, text in (core or ours).items():
            assert label(kind, code) == text


def test_the_cases_page_shows_statuses_and_urgency_in_english(qtbot, english, ctx):
    from ui.pages.cases import CasesPage

    page = show_page(qtbot, ctx, CasesPage)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    headers = [column.header for column in model.columns]
    status, urgency = headers.index("Status"), headers.index("Urgency")
    shown = {(model.index(r, status).data(), model.index(r, urgency).data()) for r in range(model.rowCount())}
    assert shown and not any(has_chinese(s) or has_chinese(u) for s, u in shown), shown
    assert {s for s, _u in shown} <= set(labels("case_status").values())


def test_every_tr_call_is_where_lupdate_can_read_it():
    """lupdate skips what is inside an f-string: a tr() there is never translated."""
    import io
    import tokenize
    from pathlib import Path

    hidden = []
    for path in sorted(Path(i18n.__file__).parent.rglob("*.py")):
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            body = token.string.lstrip("rRbBuUfF")
            prefix = token.string[:len(token.string) - len(body)].lower()
            if token.type == tokenize.STRING and "f" in prefix and ".tr(" in token.string:
                hidden.append(f"{path.name}:{token.start[0]}")
    assert not hidden, f"tr() inside an f-string: {hidden}"


def test_every_kind_of_record_has_a_name_the_problem_lists_can_show():
    from station_app.store.schema import ENTITIES
    from ui.labels import KINDS

    assert set(KINDS["record"][0]) == set(ENTITIES)
