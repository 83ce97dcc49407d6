"""Question text normalisation: traditional -> simplified, full-width -> half-width, stray whitespace and
control characters removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from corpus.text import to_half_width

CLAUSE_END = re.compile(r"[，,。；;？?！!]")  # what ends a clause of a question (both widths)
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
    # the plan quotes with “ ”: a pair of straight quotes or corner brackets around a name is read the same way
    # ("\"双随机、一公开\"监管覆盖率" is the indicator “双随机、一公开”监管覆盖率)
    return re.sub(r'"([^"]{1,40})"|「([^」]{1,40})」|『([^』]{1,40})』', lambda m: f"“{m.group(m.lastindex or 1)}”", text)
