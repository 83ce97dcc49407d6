"""The reviewed vocabulary of question understanding, loaded once from ``assistant/data/understanding.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.errors import DataFileError

DATA = Path(__file__).parent / "data" / "understanding.toml"


@dataclass(frozen=True)
class Vocabulary:
    markers: dict[str, tuple[str, ...]]  # symbol -> phrases
    indicators: dict[str, tuple[int, int]]  # phrase -> (level, number)
    intent: dict[str, tuple[str, ...]]  # count | list | body -> cue words
    filler: tuple[str, ...]  # longest first


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    try:
        with DATA.open("rb") as fh:
            raw = tomllib.load(fh)
        return Vocabulary(
            markers={k: tuple(v) for k, v in raw["markers"].items()},
            indicators={k: (int(v[0]), int(v[1])) for k, v in raw["indicators"].items()},
            intent={k: tuple(v) for k, v in raw["intent"].items()},
            filler=tuple(sorted(raw["filler"]["words"], key=len, reverse=True)),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError, IndexError) as err:
        raise DataFileError(f"理解词表 {DATA} 有误：{err} / malformed understanding data") from err
