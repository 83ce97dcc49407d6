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


@dataclass(frozen=True)
class DialectWord:
    pattern: re.Pattern[str]
    mandarin: str
    reason: str


@lru_cache(maxsize=1)
def dialect_words() -> tuple[DialectWord, ...]:
    try:
        with DATA.open("rb") as fh:
            raw = tomllib.load(fh)
        return tuple(DialectWord(re.compile(w["pattern"]), w["mandarin"], w["reason"]) for w in raw["word"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as err:
        raise DataFileError(f"数据文件 dialect.toml 有误：{err} / malformed data file") from err


def to_mandarin(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with dialect words replaced, and each reading made ("好多→多少"), in order, once each."""
    readings: list[str] = []
    for word in dialect_words():
        found = [m.group(0) for m in word.pattern.finditer(text)]
        if found:
            text = word.pattern.sub(word.mandarin, text)
            readings += [f"{f}→{word.mandarin}" for f in dict.fromkeys(found)]
    return text, tuple(dict.fromkeys(readings))
