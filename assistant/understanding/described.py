"""An indicator described instead of named: "跟银行贷款有关的那个一级指标", "办电那块", "水和气报装那个一级指标".

The description is the phrase before 那个/这个(一级)指标 or 那块/这块. It is matched against the level-1
indicators by the characters it shares with each one's head noun (the name's last two characters: 电力, 信贷,
用气, 破产, 合同 — not 执行, whose 行 is 银行's too) and by how many of the indicator's measures contain the
description's words. Only a clear winner (at least twice the next one) is taken, and the answer says how the
description was read.
"""

from __future__ import annotations

import re

from assistant.understanding.spans import Spans
from corpus.models import Corpus
from index.tokenize import keyword_tokenizer

_DESCRIBED = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)的?(?:那个|这个|那一个|这一个)(?:一级)?指标|([\u4e00-\u9fff]{2,10}?)的?(?:那块|这块|那一块|这一块)"
)
_AROUND = re.compile(r"^(?:跟|和|与|同|关于|有关|涉及|管|负责|那边|这边)+|(?:有关|相关|方面|的|那边|这边)+$")
NAME_WEIGHT = 10  # one shared character of the core name outweighs a few measures naming the words


def described_indicator(spans: Spans, corpus: Corpus) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """((1, number), the description, its span) for the level-1 indicator a phrase describes, or None."""
    for m in _DESCRIBED.finditer(spans.remainder()):
        phrase = _AROUND.sub("", (m.group(1) or m.group(2)).strip())
        if len(phrase) < 2 or " " in phrase:
            continue
        words = [w for w in keyword_tokenizer(corpus).tokens(phrase) if len(w) >= 2]  # 银行贷款 -> 银行, 贷款
        scores = []
        for ind in corpus.level1():
            shared = len(set(ind.name[-2:]) & set(phrase))
            named = sum(1 for x in corpus.measures if x.level1.number == ind.number and any(w in x.text for w in words))
            scores.append((NAME_WEIGHT * shared + named, ind.number))
        scores.sort(reverse=True)
        (best, number), second = scores[0], scores[1][0]
        if best >= NAME_WEIGHT and best >= 2 * second:
            return (1, number), phrase, m.span()
    return None


# A measure described by its own words instead of its number: "加快建设资阳市危险废物集中处置中心那条",
# "特殊工时制申请材料从3项压缩到1项那条举措". The phrase before 那条/这条 is matched by its character pairs against
# each measure's text; a measure is taken when nearly all the pairs are in it and no other measure (other than
# its twin printed under a second indicator, the same words) comes close.
_MEASURE_DESCRIBED = re.compile(r"([^，,。？?；;！!]{5,80}?)(?:的)?(?:那一条|这一条|那条|这条)(?:举措|措施|条目)?"
                                r"|([^，,。？?；;！!]{5,80}?)的(?:那个|那项|这项)?(?:举措|措施)(?=是|由|归|属于|在|挂|谁)")
_LEAD_IN = re.compile(r"^(?:关于|提到|说到|讲到|写着|写了|说的是|讲的是|就是|要求)+")
PAIRS_FOUND = 0.7  # share of the phrase's character pairs that the measure's text must hold
PAIRS_MARGIN = 0.25  # and how far ahead of any other measure


def _core(text: str) -> str:
    """The text's characters and digits, without punctuation or spaces."""
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)


def _pairs(text: str) -> set[str]:
    core = _core(text)
    return {core[i : i + 2] for i in range(len(core) - 1)}


_TEXTS: list[tuple[Corpus, dict[int, str]]] = []  # the last corpus read (held, so its id is not reused)


def _texts(corpus: Corpus) -> dict[int, str]:
    """Each measure's text without punctuation, computed once per loaded corpus."""
    if not _TEXTS or _TEXTS[0][0] is not corpus:
        _TEXTS[:] = [(corpus, {x.number: _core(x.text) for x in corpus.measures})]
    return _TEXTS[0][1]


def described_measures(spans: Spans, corpus: Corpus) -> tuple[tuple[int, ...], str, tuple[int, int]] | None:
    """(the measures a phrase describes — one, or a measure and its twin —, the phrase, its span), or None.
    Words addressing the assistant (请问, 帮我查一下) are already taken; the phrase's own lead-in (关于, 提到) is cut here."""
    for m in _MEASURE_DESCRIBED.finditer(spans.remainder()):
        phrase = _LEAD_IN.sub("", (m.group(1) or m.group(2)).strip())
        pairs = _pairs(phrase)
        if len(pairs) < 4:
            continue
        texts = _texts(corpus)
        shares = sorted(((sum(p in t for p in pairs) / len(pairs), n) for n, t in texts.items()), reverse=True)
        best, first = shares[0]
        same = [n for share, n in shares if share == best and texts[n] == texts[first]]
        rival = next((share for share, n in shares if n not in same), 0.0)
        if best >= PAIRS_FOUND and best - rival >= PAIRS_MARGIN:
            return tuple(sorted(same)), phrase, m.span()
    return None
