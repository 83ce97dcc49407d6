"""Quoted passages: the items a plain (hotline) answer and a body answer cite, each with the sentence quoted.

* ``plain_items``: the passages retrieval found, each measure's or body section's sentence that answers;
* ``body_items``: the body's sentences a question about the preamble or the ten actions asks for (a named
  action's sentence for each thing asked of it), then the measures stating the same target in detail.
"""

from __future__ import annotations

import re

from assistant.compose import (
    ResultItem,
    covering_sentences,
    measure_item,
    section_item,
    sentences_of,
    whole_sentence,
)
from assistant.facts import section_by_id
from assistant.plain import quote_for, retrieve_plain, unstated_figure
from assistant.plain.figures import figures
from assistant.plain.retrieval import PlainResult
from assistant.runtime import Runtime
from assistant.understanding import Query
from corpus.models import Section
from index.search import search

PLAIN_K = 10  # passages searched; at most plain.MEASURES measures are cited
BODY_NEAR = 0.6  # a body passage after the first is quoted when it scores at least this share of the first's
TARGETS_ASKED = re.compile(r"时间节点|节点|时限|指标|目标|任务|要求|量化|数字")
WHOLE_ACTION = re.compile(r"讲(?:了|的是)?什么|什么内容|主要内容|内容是什么|包括什么|有哪些内容"
                          r"|(?:具体|主要)?(?:要|需要|得)?(?:做|干|搞)(?:些|了)?(?:什么|啥|哪些)(?:事|工作)?|有哪些(?:工作|任务|举措|措施)")


def section_of(runtime: Runtime, chunk_id: str) -> Section | None:
    """The body section a passage chunk comes from (chunk ids are "<section id>-<passage number>")."""
    return section_by_id(runtime.corpus, chunk_id.rsplit("-", 1)[0])


def plain_items(runtime: Runtime, found: PlainResult) -> list[ResultItem]:
    items: list[ResultItem] = []
    for h in found.hits:
        sentence = quote_for(runtime.retriever, h.chunk_id, found.searched, found.query, found.prefer)
        m = runtime.corpus.measure(h.measure) if h.measure is not None else None
        if m is not None:
            items.append(measure_item(m, sentence, h.score))
        elif (section := section_of(runtime, h.chunk_id)) is not None:
            items.append(section_item(section, whole_sentence(section.text, sentence), h.score))
    return items


def asked_words(runtime: Runtime, text: str, title: str) -> list[str]:
    """The question's topic words other than its action's title and the words asking for a figure (多少, 时间)."""
    tokenizer, asking = runtime.retriever.tokenizer, figures().ask_words
    return [w for w in dict.fromkeys(tokenizer.words(text)) if len(w) >= 2 and tokenizer.is_topic_word(w)
            and w not in title and not asking.fullmatch(w)]


def body_items(runtime: Runtime, q: Query) -> tuple[list[ResultItem], str | None]:
    """The items quoted, or none and the kind of figure the question demands that neither the body's nearest
    passages nor the measures state ("全市经济增长率目标是百分之几": 总体目标 names rankings, no growth rate)."""
    which = re.search(r"哪(?:个|项|一项)(?:专项)?行动", q.text)  # "…是在哪个行动里提的": the actions only
    chunks = runtime.retriever.index.chunks
    section_chunks = {c.id for c in chunks if c.measure is None and (not which or c.id.startswith("action-"))}
    action = section_by_id(runtime.corpus, f"action-{q.action}") if q.action else None
    if action is not None:
        section_chunks = {c.id for c in chunks if c.label == action.label} or section_chunks
        if WHOLE_ACTION.search(q.text):  # "行动三讲的是什么内容": the whole action, not one sentence of it
            return [section_item(action, f"{action.title}：{action.text}")], None
    result = search(runtime.retriever, q.text, k=3, mode="hybrid", allowed_chunks=section_chunks)
    items: list[ResultItem] = []
    if action is not None:  # each thing asked of a named action, by its own sentence ("开办企业和项目审批…分别")
        items = [section_item(action, x) for x in covering_sentences(action.text, asked_words(runtime, q.text, action.title))]
        if not items and TARGETS_ASKED.search(q.text):  # "有什么时间节点和指标": its sentences stating a date or figure
            items = [section_item(action, x) for x in sentences_of(action.text) if re.search(r"\d", x)][:4]
    for h in result.hits[: 2 if not action else 3]:
        if h.score < BODY_NEAR * result.hits[0].score:  # a far weaker passage (often the same action's next part)
            break
        if (section := section_of(runtime, h.chunk_id)) is not None:
            piece = whole_sentence(section.text, runtime.retriever.sentence_for(h.chunk_id, q.text))
            if all(piece not in i.snippet for i in items):
                items.append(section_item(section, piece, h.score))
    # the measures that state the same target in detail ("普惠小微企业贷款全年投放目标" -> 第166条)
    found = retrieve_plain(runtime.retriever, q.text, PLAIN_K)
    if action is None and not found.hits and found.unstated and (
            unstated := unstated_figure(q.text, list(result.hits[:2]), runtime.retriever)) is not None:
        return [], unstated
    measures = [m for h in found.hits[:2] if (m := runtime.corpus.measure(h.measure or 0)) is not None]
    cited = [measure_item(m, runtime.retriever.sentence_for(m.id, found.searched, found.prefer, found.query))
             for m in measures]
    first = found.hits[0] if found.hits else None
    if action is None and first is not None and first.measure is not None and found.prefer is not None and (
            found.prefer.search(first.text)):
        # a target figure a measure states goes before any part of the body, searched together ("农村地区平均停电时间
        # 目标是多少": 第51条, not 行动三's 审批时长, the body's nearest sentence); the body's passages follow only where
        # they rank too. A target asked without a figure (工作目标是什么) is the body's.
        ranked = {lab for h in found.hits if h.measure is None and (lab := _label(runtime, h.chunk_id))}
        return cited + [i for i in items if i.label in ranked], None
    return items + cited, None


def _label(runtime: Runtime, chunk_id: str) -> str | None:
    section = section_of(runtime, chunk_id)
    return section.label if section is not None else None
