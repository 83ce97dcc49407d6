"""Question text normalisation: traditional -> simplified, full-width -> half-width, stray whitespace and
control characters removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from corpus.text import to_half_width

_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\ufeff]")


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("t2s")


def normalize_question(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # also folds full-width letters and digits
    text = _CONTROL.sub(" ", text)
    text = to_half_width(text)
    text = _converter().convert(text)
    text = re.sub(r"\s+", " ", text).strip()
    return text
