from station_app.sync_marks import sync_marks
from station_app.villagers import add_villager


def test_marks_follow_the_outbox_and_the_problems(station, agent):
    first = add_villager(station, agent, "甲")
    second = add_villager(station, agent, "乙")
    third = add_villager(station, agent, "丙")
    assert {m["state"] for m in sync_marks(station, [first, second, third]).values()} == {"pending"}
    with station.transaction():
        station.conn.execute("UPDATE outbox SET acked_at = '2026-11-27T03:00:00.000Z'")
        station.conn.execute(
            "INSERT INTO sync_problems (id, kind, entity, record_id, code, reason, created_at)"
            " VALUES ('p1', 'rejection', 'villagers', ?, 'bad', '手机号重复', '2026-11-27T03:00:00.000Z')", (third,))
    marks = sync_marks(station, [first, second, third])
    assert marks[first]["state"] == marks[second]["state"] == "sent"
    assert marks[third]["state"] == "rejection" and "手机号重复" in marks[third]["label"]
    plan = " ".join(str(r[3]) for r in station.all(
        "EXPLAIN QUERY PLAN SELECT DISTINCT record_id FROM outbox WHERE acked_at IS NULL AND record_id IN (?)", (first,)))
    assert "outbox_pending_record" in plan
