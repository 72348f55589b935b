"""The people across a real hub process on 127.0.0.1: the town's PIN reset code (from the
command line) reaches its station by sync and resets the PIN there, and no other station
gets it; a letter with a photo goes up, the town's answer comes down to that station only,
a notice's read receipt goes up; the stations' figures and records still equal the hub's."""

from __future__ import annotations

import base64

from station_app import agent_pins, agents, duty, letters
from station_app.station import open_station
from sync.hub.store import open_hub
from sync.town.letters import answer, thread
from sync.town.notices import publish_notice, receipts

from sync_support import cli_stats_pair, enrol_offline, record_counts, station_hub, sync_station


def test_the_towns_reset_code_letters_and_notice_reads_cross_a_real_hub(hub, hub_dir, make_station):
    folders = {code: make_station(code) for code in ("ZHUPO", "SHIMEN")}
    for code, folder in folders.items():
        enrol_offline(hub_dir, folder, code, hub.url)
        assert sync_station(folder).status == "ok"

    done = station_hub("agent", "reset-code", "--data-dir", hub_dir, "--station", "ZHUPO", "--agent", "王秀英")
    code = done.stdout.strip().splitlines()[-1]  # the last line is the code, shown this once
    assert "王秀英" in done.stdout and len(code) == 9
    with open_hub(hub_dir) as town:
        notice = publish_notice(town, "医保开始缴费", "即日起开始缴费", category="policy")

    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with open_station(folders["ZHUPO"]) as store:
        agent = agents.find_agent(store, "王秀英").id
        colleague = agents.find_agent(store, "李建国").id
        duty.record(store, colleague, "on", "login")
        letter = letters.write_letter(store, colleague, "problem", "屋顶漏水", "快递架受潮",
                                      ("漏水.png", base64.b64encode(photo).decode()))
    assert sync_station(folders["ZHUPO"]).status == "ok"
    with open_station(folders["ZHUPO"]) as store:
        agent_pins.reset_with_town_code(store, agent, code, "9753")  # alone at the station, on the phone to town
        assert agents.login(store, "王秀英", "9753").id == agent
        letters.notice_read(store, agent, notice)
    assert sync_station(folders["SHIMEN"]).status == "ok"
    with open_station(folders["SHIMEN"]) as store:
        assert store.scalar("SELECT COUNT(*) FROM pin_resets") == 0

    with open_hub(hub_dir) as town:
        talk = {i["id"]: i for i in thread(town, "ZHUPO")["items"]}  # with the demo station's own letters
        assert (talk[letter]["subject"], talk[letter]["author"], talk[letter]["attachment_name"]) == (
            "屋顶漏水", "李建国", "漏水.png")
        answer(town, "ZHUPO", "明天派人来修", "孙丽", in_reply_to=letter)
    for folder in folders.values():
        assert sync_station(folder).status == "ok"
    with open_station(folders["ZHUPO"]) as store:
        answered = [i for i in letters.thread(store) if i["from"] == "town"]
        assert [(i["in_reply_to"], i["body"]) for i in answered] == [(letter, "明天派人来修")]
        assert store.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'pin_reset'") == 1
    with open_station(folders["SHIMEN"]) as store:
        assert store.scalar("SELECT COUNT(*) FROM town_messages") == 0
    with open_hub(hub_dir) as town:
        read = {r["code"]: r["read_at"] for r in receipts(town, notice)}
        assert read["ZHUPO"] and read["SHIMEN"] is None
        assert town.scalar("SELECT attachment FROM station_letters WHERE id = ?", (letter,)) == \
            base64.b64encode(photo).decode()

    for code, folder in folders.items():
        mine, theirs = cli_stats_pair(folder, hub_dir, code)
        assert mine == theirs
        assert record_counts(folder / "station.db") == record_counts(hub_dir / "hub.db", code)
