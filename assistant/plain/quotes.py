"""The sentence of a passage to quote for a plain question: the best-matching one, the case the caller's own
figure falls in (cases.py), the fastest duration when asked how fast at best, and a sentence for each other
figure or clause the question asks (特殊工时审批要交几样材料，要多少天; 抵押登记要几天，二手房过户又要几天)."""

from __future__ import annotations

import re

from assistant.plain.callers import expand
from assistant.plain.cases import (
    callers_subject_case,
    case_quote,
    every_case,
    negated_scopes,
    polarity_case,
    without_negated,
)
from assistant.plain.figures import figure_kind, figures, figures_asked
from assistant.plain.subject import passage_sentences
from index.search import Retriever

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(?:个)?(分钟|工作小时|小时|工作日|天|日|个月)")
_HOURS = {"分钟": 1 / 60, "工作小时": 1.0, "小时": 1.0, "工作日": 24.0, "天": 24.0, "日": 24.0, "个月": 720.0}


def _shortest(text: str) -> float:
    return min((float(n) * _HOURS[unit] for n, unit in _DURATION.findall(text)), default=float("inf"))


def quote_for(retriever: Retriever, chunk_id: str, question: str, query: str, prefer: re.Pattern[str] | None) -> str:
    """The sentence of a passage to quote: the best-matching one; the case the caller's own figure falls in
    (cases.py: "面积120平方米" -> the 90平方米以上 case); or, when the question asks how fast at best (最快多久),
    the one stating the shortest duration ("4小时办结" rather than "2个工作日内").
    The embedding reads the question as searched (``question``: one forward pass, already made by the search);
    the word overlap reads ``query``, the question with the plan's words added."""
    chosen = retriever.sentence_for(chunk_id, question, prefer, keyword_query=query, stating=True)
    words = {w for w in retriever.tokenizer.words(query) if len(w) >= 2 and retriever.tokenizer.is_topic_word(w)}
    candidates = passage_sentences(retriever, chunk_id)
    if case := case_quote(candidates, question, words):  # "唯一住房，面积120平方米": the case it falls in
        return case
    # "不涉及外线施工": not the 涉及外线 case; the lexicon's words for what the caller says plainly or negated
    affirmed, negated = expand(without_negated(question))[1], tuple(w for s in negated_scopes(question) for w in expand(s)[1])
    picked = polarity_case(chosen, candidates, question, prefer, affirmed, negated)
    said = {w for w in retriever.tokenizer.words(question) if len(w) >= 2 and retriever.tokenizer.is_topic_word(w)}
    # "买的二手房过户要几天": 存量房, not 新建商品房 (the case a negation picked stays)
    chosen = picked if picked != chosen else callers_subject_case(chosen, candidates, prefer, affirmed, said)
    chosen = _whole(chosen, candidates, question, prefer, words)  # "从头到尾要多久": 开办企业“4小时办结”
    chosen = every_case(chosen, candidates, question)  # "二套房契税多少": 90平方米及以下 1% and 以上 2%
    fastest_asked = figures().fastest
    if fastest_asked is None or not fastest_asked.search(question):
        return _each_part(retriever, chunk_id, _with_other_figures(chosen, candidates, question), candidates, question)
    # only sentences sharing at least as many of the question's words as the chosen one: "二手房过户最快几天"
    # must not quote the mortgage sentence of the same measure because it says 1小时
    fastest = min((c for c in candidates if _shared(c, words) >= _shared(chosen, words)), key=_shortest, default=chosen)
    return fastest if _shortest(fastest) < _shortest(chosen) else chosen


def _whole(chosen: str, candidates: list[str], question: str, prefer: re.Pattern[str] | None, words: set[str]) -> str:
    """Asked the whole of a process (从头到尾, 全部办完), the passage's sentence stating the whole's figure (figures.toml
    [whole]) when the chosen one states a step's and it names as many of the question's words; ``chosen`` otherwise."""
    whole = figures().whole
    if whole is None or prefer is None or not whole[0].search(question) or whole[1].search(chosen):
        return chosen
    return next((c for c in candidates
                 if whole[1].search(c) and prefer.search(c) and _shared(c, words) >= _shared(chosen, words)), chosen)


def _shared(sentence: str, words: set[str]) -> int:
    """How many of the question's words ``sentence`` holds."""
    return sum(w in sentence for w in words)


def _with_other_figures(chosen: str, candidates: list[str], question: str) -> str:
    """The chosen sentence, and for each other kind of figure the question asks for that it does not state, the
    passage's first sentence stating one, in the passage's order ("特殊工时审批要交几样材料，要多少天": 申请材料从3项
    压缩到1项 and 办理时限…压缩到5个工作日)."""
    picked = [chosen]
    kinds = figures_asked(question)
    for figure in kinds if len(kinds) > 1 else ():
        if not any(figure.search(p) for p in picked):
            picked += [c for c in candidates if figure.search(c)][:1]
    return _in_passage_order(picked, candidates) if len(picked) > 1 else chosen


def _in_passage_order(picked: list[str], candidates: list[str]) -> str:
    """The picked sentences in the passage's order; "……" marks the sentences left out between two of them, so the
    quote never reads as the passage's own words where it is not (第347条's 适老化改造 and 家庭照护 sentences, joined
    without the one between them: the twenty-first operator trial)."""
    order = {c: i for i, c in enumerate(candidates)}
    ranked = sorted(dict.fromkeys(picked), key=lambda c: order.get(c, -1))
    out = ranked[:1]
    for before, sentence in zip(ranked, ranked[1:], strict=False):
        gap = before not in order or sentence not in order or order[sentence] != order[before] + 1
        out += ["……", sentence] if gap else [sentence]
    return "".join(out)


_CLAUSES = re.compile(r"[^，,。？?；;！!]+")


def _each_part(retriever: Retriever, chunk_id: str, chosen: str, candidates: list[str], question: str) -> str:
    """The chosen quote, and for each other clause of the question asking its own figure, the passage's sentence
    stating it when that sentence names the clause's subject ("验收完了好久能装表接电？还有供电方案要等好久": 第45条's
    装表接电 and 供电方案答复 sentences; "一般抵押登记要几天，二手房过户又要几天": both of 第70条's), in the passage's order."""
    parts = [(p, kind) for p in _CLAUSES.findall(question) if (kind := figure_kind(p)) is not None]
    if len(parts) < 2:
        return chosen
    tokenizer, ask_words = retriever.tokenizer, figures().ask_words
    picked = [c for c in candidates if c in chosen] or [chosen]
    for part, kind in parts:
        query = expand(part)[0]
        words = [w for w in tokenizer.words(query) if len(w) >= 2 and tokenizer.is_topic_word(w) and not ask_words.search(w)]
        sentence = retriever.sentence_for(chunk_id, part, kind, keyword_query=query)
        if kind.search(sentence) and any(w in sentence for w in words) and sentence not in picked:
            picked.append(sentence)
    return _in_passage_order(picked, candidates) if len(picked) > 1 else chosen
