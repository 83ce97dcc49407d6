"""Callers' dialect words read as Mandarin (``data/dialect.toml``: 好多钱 -> 多少钱, 好久 -> 多久, 咋个 -> 怎么),
so that the figure a question asks for, a count or a "how" is understood; what was read so is reported."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.errors import DataFileError

DATA = Path(__file__).parent.parent / "data" / "dialect.toml"
_CLAUSE_START = re.compile(r"[，,。；;？?！!]")  # where a clause starts (a word's `unless_before` reads its clause)


@dataclass(frozen=True)
class DialectWord:
    pattern: re.Pattern[str]
    mandarin: str
    reason: str
    unless_before: re.Pattern[str] | None = None  # left alone when its clause, up to the word, matches this
    slip: bool = False  # a typing slip (注消, 公基金), said as 错字, not as dialect


@lru_cache(maxsize=1)
def dialect_words() -> tuple[DialectWord, ...]:
    try:
        with DATA.open("rb") as fh:
            raw = tomllib.load(fh)
        return tuple(DialectWord(re.compile(w["pattern"]), w["mandarin"], w["reason"],
                                 re.compile(w["unless_before"]) if w.get("unless_before") else None,
                                 bool(w.get("slip", False))) for w in raw["word"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as err:
        raise DataFileError(f"数据文件 dialect.toml 有误：{err} / malformed data file") from err


def to_mandarin(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with dialect words replaced, and each reading made ("好多→多少"), in order, once each."""
    readings: list[str] = []
    for word in dialect_words():
        found: list[str] = []

        def read(m: re.Match[str], word: DialectWord = word, found: list[str] = found) -> str:
            clause = _CLAUSE_START.split(m.string[: m.start()])[-1]  # "欠了银行和供应商" before 好多钱
            if word.unless_before is not None and word.unless_before.search(clause):
                return m.group(0)
            found.append(m.group(0))
            return word.mandarin

        text = word.pattern.sub(read, text)
        readings += [f"{f}→{word.mandarin}" for f in dict.fromkeys(found)]
    return text, tuple(dict.fromkeys(readings))


def is_slip(reading: str) -> bool:
    """Whether a reading of ``to_mandarin`` ("注消→注销") mended a typing slip rather than read a dialect word (the
    twenty-second operator trial saw 注消→注销 shown as 方言)."""
    typed, _, read = reading.partition("→")
    return any(w.slip and w.mandarin == read and w.pattern.fullmatch(typed) for w in dialect_words())
