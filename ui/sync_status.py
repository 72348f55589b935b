"""The one-line sync state for the status bar (no sync imports: the window shows it at start-up)."""

from __future__ import annotations

from .i18n import context

SyncText = context("SyncText")  # lupdate context of these strings


def status_line(state: dict) -> str:
    """One line for the status bar: 离线 · 同步中 35% · 已同步 14:32 · 12 条待发送 · 2 个问题."""
    from station_app.timeutil import format_local

    parts = []
    phase = state.get("phase")
    if not state.get("enrolled"):
        parts.append(SyncText.tr("同步：未登记到镇中心（本机保存）"))
    elif phase == "syncing":
        parts.append(SyncText.tr("同步中 {0}%").format(state.get("percent", 0)))
    elif phase in ("offline", "refused"):
        parts.append(SyncText.tr("离线") if phase == "offline" else SyncText.tr("镇中心拒绝同步"))
    if state.get("enrolled") and state.get("last_reply_at") and phase != "syncing":
        parts.append(SyncText.tr("已同步 {0}").format(format_local(state["last_reply_at"])[-5:]))
    parts.append(SyncText.tr("{0} 条待发送").format(state.get("pending") or 0))
    if state.get("problems"):
        parts.append(SyncText.tr("⚠ {0} 个问题").format(state["problems"]))
    return " · ".join(parts)
