"""Chinese names in the order people expect: by pinyin (何 he, 冯 feng, 刘 liu → 冯, 何, 刘),
not by Unicode code point. The store's connections know the collation ``PINYIN``, so a
list sorts with ``ORDER BY name COLLATE PINYIN`` where the rows are read."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Surnames read otherwise than the character's everyday sound (曾 zeng, not ceng).
SURNAMES = {"曾": "zeng1", "单": "shan4", "仇": "qiu2", "解": "xie4", "区": "ou1", "查": "zha1", "朴": "piao2",
            "覃": "qin2", "尉": "yu4", "乐": "yue4", "缪": "miao4", "翟": "zhai2", "盖": "ge3", "种": "chong2",
            "秘": "bi4", "召": "shao4", "员": "yun4", "长": "chang2", "重": "chong2", "沈": "shen3"}
_TONE = re.compile(r"(\d)$")


@lru_cache(maxsize=20_000)
def pinyin_key(text: str) -> tuple:
    """Sort key: each character's pinyin without tone, then the tones, then the text itself
    (so two names that read alike still come in a fixed order)."""
    text = text or ""
    sounds = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: list(chars))
    if text and text[0] in SURNAMES and sounds:
        sounds[0] = SURNAMES[text[0]]
    letters = tuple(_TONE.sub("", s).lower() for s in sounds)
    tones = tuple(int(m.group(1)) if (m := _TONE.search(s)) else 0 for s in sounds)
    return letters, tones, text


def compare(a: str | None, b: str | None) -> int:
    ka, kb = pinyin_key(a or ""), pinyin_key(b or "")
    return (ka > kb) - (ka < kb)


def install(conn: sqlite3.Connection) -> None:
    """Teach a connection ``COLLATE PINYIN``."""
    conn.create_collation("PINYIN", compare)
