"""Cases a measure lists by a bound ("面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%…"): the
figure the caller gives (120平方米) picks the case it falls in, and the words of the question (唯一住房 or 第二套)
pick among cases with the same bound. The quote is the case's heading sentence and the case itself."""

from __future__ import annotations

import re

# how callers write a quantity, and the plan's unit for it
_UNIT = {"平方米": "平方米", "平米": "平方米", "平方": "平方米", "㎡": "平方米", "万元": "万元", "万": "万元", "元": "元",
         "人": "人", "平": "平方米"}  # "120平": callers' square metres
_UNITS = "|".join(sorted(_UNIT, key=len, reverse=True))
_GIVEN = re.compile(rf"(\d+(?:\.\d+)?)\s*个?({_UNITS})(?!台|均|安|稳|等)")
_BOUND = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})(及以下|以下|以内|不超过|及以上|以上|超过)")
_BELOW = ("及以下", "以下", "以内", "不超过")
_INCLUSIVE = ("及以下", "以内", "不超过", "及以上")


def _given(question: str) -> dict[str, float]:
    return {_UNIT[u]: float(n) for n, u in _GIVEN.findall(question)}


def _holds(value: float, bound: float, side: str) -> bool:
    if side in _BELOW:
        return value < bound or (value == bound and side in _INCLUSIVE)
    return value > bound or (value == bound and side in _INCLUSIVE)


def case_quote(sentences: list[str], question: str, words: set[str]) -> str | None:
    """The case of ``sentences`` (one passage, in order) that the quantity in ``question`` falls in, with the
    sentence heading it when the case itself does not say what it is about; None when the question gives no
    quantity or no case is bounded in its unit. ``words``: the question's words (with the plan's added)."""
    given = _given(question)
    if not given:
        return None
    best: tuple[int, int, str] | None = None
    heading = ""
    for i, sentence in enumerate(sentences):
        bound = _BOUND.search(sentence)
        opens = bound is None or bound.start() > 5 or sentence.startswith(("（", "("))  # "面积为90…以上的" continues
        if opens:  # a sentence naming its subject before the bound heads the cases after it
            heading = sentence
        if bound is None or _UNIT[bound.group(2)] not in given:
            continue
        if not _holds(given[_UNIT[bound.group(2)]], float(bound.group(1)), bound.group(3)):
            continue
        context = sentence if opens else heading + sentence
        score = sum(w in context for w in words)
        if best is None or score > best[0]:
            best = (score, i, sentence if opens else f"{heading}{sentence}")
    return best[2] if best else None
