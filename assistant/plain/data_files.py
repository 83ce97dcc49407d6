"""The reviewed data files of ``assistant/data`` (lexicon, scope, figures), read with one clear error."""

from __future__ import annotations

import tomllib
from pathlib import Path

from corpus.errors import DataFileError

DATA = Path(__file__).parent.parent / "data"


def load(name: str) -> dict:
    try:
        with (DATA / name).open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DataFileError(f"数据文件 {name} 有误：{err} / malformed data file") from err
