"""Cases a measure lists by a bound ("面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%…"): the
figure the caller gives (120平方米) picks the case it falls in, and the words of the question (唯一住房 or 第二套)
pick among cases with the same bound. The quote is the case's heading sentence and the case itself."""

from __future__ import annotations

import re

from corpus.numerals import cn_to_int

# how callers write a quantity, and the plan's unit for it
_UNIT = {"平方米": "平方米", "平米": "平方米", "平方": "平方米", "㎡": "平方米", "万元": "万元", "万": "万元", "元": "元",
         "人": "人", "平": "平方米"}  # "120平": callers' square metres
_UNITS = "|".join(sorted(_UNIT, key=len, reverse=True))
_GIVEN = re.compile(rf"(\d+(?:\.\d+)?)\s*个?({_UNITS})(?!台|均|安|稳|等)")
# "一百二十平", "九十平方": a size in words (with 十 / 百 / 千, so "一个人", "两万" stay words)
_GIVEN_WORDS = re.compile(rf"([零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*)\s*个?({_UNITS})(?!台|均|安|稳|等)")
_BOUND = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})(及以下|以下|以内|不超过|及以上|以上|超过)")
_BELOW = ("及以下", "以下", "以内", "不超过")
_INCLUSIVE = ("及以下", "以内", "不超过", "及以上")


def _given(question: str) -> dict[str, float]:
    given = {_UNIT[u]: float(n) for n, u in _GIVEN.findall(question)}
    for words, u in _GIVEN_WORDS.findall(question):
        if (n := cn_to_int(words)) is not None:
            given.setdefault(_UNIT[u], float(n))
    return given


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


# "不涉及外线施工的" / "涉及外线工程施工的": two cases of one passage told apart by a negation the caller says or not
_NEGATION = r"(?:不|没有|没|无|非|未)"
_NEGATED = re.compile(rf"{_NEGATION}([\u4e00-\u9fff]{{2}})")


def _said(sentence: str, word: str) -> tuple[bool, bool]:
    """(``word`` said negated in ``sentence``, said without a negation)."""
    negated = re.search(rf"{_NEGATION}{word}", sentence) is not None
    plain = any(not re.search(rf"{_NEGATION}$", sentence[: m.start()]) for m in re.finditer(word, sentence))
    return negated, plain


def polarity_case(chosen: str, candidates: list[str], question: str, prefer: re.Pattern[str] | None) -> str:
    """The sentence of the case the caller's negation picks: asked "不涉及外线施工，多久能接上电", the chosen
    sentence about the case 涉及外线工程施工 gives way to the passage's sentence saying 不涉及 (one stating the
    figure asked for, when one does); ``chosen`` otherwise."""
    for m in _NEGATED.finditer(question):
        word = m.group(1)
        negated, plain = _said(chosen, word)
        if negated or not plain:
            continue  # the chosen sentence already says it negated, or does not say it at all
        others = [c for c in candidates if c != chosen and _said(c, word)[0]]
        if prefer is not None:
            others = [c for c in others if prefer.search(c)] or others
        if others:
            return others[0]
    return chosen
