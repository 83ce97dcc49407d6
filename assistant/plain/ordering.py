"""The order of a plain answer's passages: the one stating the figure asked for first when nearly as good as the
best, the measure before an action passage, a demanded figure's only stating passage first, measures printed twice
cited together, and no more than the answer cites."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.plain.figures import first_within
from corpus.check import printed_twice
from corpus.models import Corpus
from index.search import Hit, Retriever

FIGURE_FIRST = 0.85  # a passage with the asked-for figure goes first when its score is within this share of the best


def figure_first(hits: list[Hit], figure: re.Pattern[str] | None, fused: list[Hit] | None = None) -> list[Hit]:
    """Put the best passage stating the asked-for figure first, when it is nearly as good as the best: by the
    hand-weighted fusion's scores (``fused``, its hits; the share was chosen on them: the model's probabilities
    spread further apart, 0.26 against 0.84 where the fusion gave 2.04 against 2.12), else by ``hits``' own."""
    if figure is None or not hits or figure.search(hits[0].text):
        return hits
    scores = {h.chunk_id: h.score for h in (fused if fused is not None else hits)}
    best = scores.get(hits[0].chunk_id, max(scores.values(), default=0.0))
    share = first_within(figure, FIGURE_FIRST)
    for i, h in enumerate(hits[1:], start=1):
        if figure.search(h.text) and scores.get(h.chunk_id, 0.0) >= share * best:
            return [h, *hits[:i], *hits[i + 1 :]]
    return hits


def with_twins(hits: list[Hit], corpus: Corpus, retriever: Retriever) -> list[Hit]:
    """A measure printed twice is cited together with its twin, the first printing first (70 before 89): the
    same answer under two indicators."""
    pairs = printed_twice(corpus)
    out: list[Hit] = []
    for h in hits:
        if h in out:
            continue
        twin = pairs.get(h.measure or 0)
        if twin is None or any(o.measure == twin for o in out):
            out.append(h)
            continue
        twin_hit = next((o for o in hits if o.measure == twin), None)
        if twin_hit is None:
            chunk = next(c for c in retriever.index.chunks if c.measure == twin)
            twin_hit = replace(h, chunk_id=chunk.id, measure=twin, label=chunk.label, text=chunk.text)
        out += [h, twin_hit] if (h.measure or 0) < twin else [twin_hit, h]
    return out


def measure_first(hits: list[Hit], figure: re.Pattern[str] | None = None,
                  stated: Callable[[Hit], bool] | None = None) -> list[Hit]:
    """The best measure goes before any body passage ranked above it: the operator reads the measure first
    (its units and deadline); the action's sentence follows it. Not when the passage states the figure asked
    for and the measure does not ("用水报装压缩成几个环节": 行动二's "由6个压缩为2个" stays first), nor, for a demanded
    figure (``stated``: whether a passage states it about the question's subject), when only the passage states it
    so ("总税收和缴费率要降到百分之多少": 行动四's 50%, not 第106条's 公积金 5%)."""
    first = next((i for i, h in enumerate(hits) if h.measure is not None), None)
    if not first:
        return hits
    if figure is not None and figure.search(hits[0].text) and (
            not figure.search(hits[first].text) or (stated is not None and stated(hits[0]) and not stated(hits[first]))):
        return hits
    return [hits[first], *hits[:first], *hits[first + 1 :]]


def stating_first(hits: list[Hit], gate: list[Hit], stated: Callable[[Hit], bool] | None,
                  only_figure: bool = True) -> list[Hit]:
    """A demanded figure stated only by a passage among the gate's first (the one that let the question through)
    and by none of ``hits``: that passage goes first ("自来水报装要几个流程": 行动二's 由6个压缩为2个, which the
    answer had passed for and then left out, citing 第57条 with no figure; the eighteenth operator trial). Not
    when a hit states it further down: put first then, 7 tuning questions lost their answering measure's place
    (eval.plain MRR@10 0.983 -> 0.980). But the second passage stating it goes before a first that does not, when
    the figure is all the question asks (``only_figure``; "特殊工时制度的审批时限现在是几个工作日": 第202条's 5个工作日,
    not 第201条's 下放到各县; "去哪一级审批，要多久" asks where too, and 第201条 answers that): tuning sets'
    answering measure first 0.992 -> 0.994, MRR@10 0.982 unchanged. And an action's sentence that alone states it,
    further down but among the gate's first, goes first (moving a measure so lost two tuning questions' quotes:
    几千块 and 好久能铺开 demand figures their callers do not ask)."""
    if only_figure and stated is not None and len(hits) > 1 and not stated(hits[0]):
        stating = [h for h in hits if stated(h)]
        if stating[:1] == hits[1:2]:
            return [hits[1], hits[0], *hits[2:]]
        # an action's sentence, the one passage stating it, lower down but among the gate's first: a figure the
        # measures leave to the action ("自来水报装要几个流程": 行动二 fourth since the retraining with blind49)
        gated = {h.chunk_id for h in gate}
        if len(stating) == 1 and stating[0].measure is None and stating[0].chunk_id in gated:
            return [stating[0], *(h for h in hits if h.chunk_id != stating[0].chunk_id)]
    if stated is None or any(stated(h) for h in hits):
        return hits
    found = next((h for h in gate if stated(h)), None)
    return hits if found is None else [found, *(h for h in hits if h.chunk_id != found.chunk_id)]


def first_measures(hits: list[Hit], limit: int) -> list[Hit]:
    """Hits up to the ``limit``-th measure: body passages do not take a measure's place."""
    out: list[Hit] = []
    for h in hits:
        out.append(h)
        if sum(o.measure is not None for o in out) >= limit:
            break
    return out
