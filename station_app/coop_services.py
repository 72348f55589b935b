"""The cooperative's technical services: field-management training sessions (田间管理技术
培训) with the members who came, and help in the field a member asks for (a problem on a
plot, visited on a day, the advice given). Open requests are on the agent's Today page."""

from __future__ import annotations

from datetime import date

from .agents import require_agent
from .coop import check_day, get_member, require_active_member
from .errors import NotFoundError, StateError, ValidationError
from .store import Store
from .timeutil import local_date
from .validation import optional_text, required_text


def record_training(store: Store, agent_id: str, held_on: date, topic: str, trainer: str, place: str,
                    member_ids: list[str], note: str | None = None) -> str:
    """A session that took place, with the members who attended (at least one)."""
    require_agent(store, agent_id)
    fields = {"held_on": check_day(held_on, "held_on", "培训日期").isoformat(),
              "topic": required_text(topic, "topic", "培训内容", 100),
              "trainer": required_text(trainer, "trainer", "讲课人", 30),
              "place": required_text(place, "place", "地点", 60), "note": optional_text(note, "note", "备注")}
    attendees = list(dict.fromkeys(member_ids or ()))
    if not attendees:
        raise ValidationError("no_attendees", "请勾选参加培训的社员", "members")
    with store.write(agent_id) as w:
        for member_id in attendees:
            get_member(store, member_id)
        training_id = w.insert("coop_trainings", fields)
        for member_id in attendees:
            w.insert("coop_attendance", {"training_id": training_id, "member_id": member_id})
    return training_id


def add_attendee(store: Store, agent_id: str, training_id: str, member_id: str) -> str:
    """A member left off the list when the session was recorded."""
    require_agent(store, agent_id)
    with store.write(agent_id) as w:
        if store.get("coop_trainings", training_id) is None:
            raise NotFoundError("unknown_training", "没有这次培训", "training")
        get_member(store, member_id)
        if store.one("SELECT 1 FROM coop_attendance WHERE training_id = ? AND member_id = ?", (training_id, member_id)):
            raise StateError("already_attended", "这位社员已在名单上", "member")
        return w.insert("coop_attendance", {"training_id": training_id, "member_id": member_id})


def trainings(store: Store, limit: int = 100) -> list[dict]:
    """Sessions newest first, each with its attendees' names."""
    rows = [dict(r) for r in store.all("SELECT * FROM coop_trainings ORDER BY held_on DESC, created_at DESC LIMIT ?",
                                       (limit,))]
    names: dict[str, list[str]] = {}
    for training_id, name in store.all(
            "SELECT a.training_id, v.name FROM coop_attendance a JOIN coop_members m ON m.id = a.member_id"
            " JOIN villagers v ON v.id = m.villager_id ORDER BY v.name"):
        names.setdefault(training_id, []).append(name)
    for row in rows:
        row["attendees"] = names.get(row["id"], [])
    return rows


def ask_for_help(store: Store, agent_id: str, member_id: str, problem: str, plot: str | None = None,
                 asked_on: date | None = None) -> str:
    require_agent(store, agent_id)
    with store.write(agent_id) as w:
        require_active_member(store, member_id)  # the form's first field: its refusal comes first
        fields = {"member_id": member_id, "problem": required_text(problem, "problem", "遇到的问题", 300),
                  "plot": optional_text(plot, "plot", "地块", 60),
                  "asked_on": (check_day(asked_on, "asked_on", "提出日期") if asked_on is not None
                               else local_date(store.now_iso())).isoformat()}
        return w.insert("coop_field_requests", fields)


def record_visit(store: Store, agent_id: str, request_id: str, visited_on: date | None, advice: str) -> None:
    """The visit in the field and the advice given; ``visited_on`` None: today."""
    require_agent(store, agent_id)
    visited_on = check_day(visited_on, "visited_on", "到田日期") if visited_on is not None else local_date(store.now_iso())
    advice = required_text(advice, "advice", "给出的建议", 500)
    with store.write(agent_id) as w:
        request = store.get("coop_field_requests", request_id)
        if request is None:
            raise NotFoundError("unknown_request", "没有这条求助", "request")
        if request["visited_on"]:
            raise StateError("already_visited", "这条求助已经记录过到田指导", "request")
        if visited_on.isoformat() < request["asked_on"]:
            raise ValidationError("visit_before_asked", "到田日期不能早于提出日期", "visited_on")
        w.update("coop_field_requests", request_id, {"visited_on": visited_on.isoformat(), "advice": advice})


def field_requests(store: Store, open_only: bool = False) -> list[dict]:
    """Requests, the open ones first and oldest first among them."""
    where = " WHERE r.visited_on IS NULL" if open_only else ""
    rows = store.all(
        "SELECT r.*, v.name AS member_name, v.phone AS phone FROM coop_field_requests r"
        " JOIN coop_members m ON m.id = r.member_id JOIN villagers v ON v.id = m.villager_id"
        f"{where} ORDER BY r.visited_on IS NOT NULL, r.asked_on, r.created_at")
    return [{**dict(r), "open": r["visited_on"] is None} for r in rows]
