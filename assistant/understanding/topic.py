"""Whether the words a question leaves over select measures, decided from the corpus, not from a word list.

A topic is a phrase the question introduces as its subject ("关于不动产登记的", "与税费有关的", "的就业培训举措").
It may narrow a structured answer only through its words that occur in measure texts and discriminate (occur
in at most ``MAX_SHARE`` of all measures): "不动产" does, "企业" does not, "帮我列一下" never occurs at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.models import Corpus
from index.tokenize import keyword_tokenizer

MAX_SHARE = 0.25  # a word in more than a quarter of all measures does not select any of them
MENTIONS = r"提到了?|提及|写到了?|写了|含有|包含|出现了?"  # "提到了天府通办APP的": the text names what follows
TOPIC_PATTERNS = (
    # (not "有关的举措" in "跟不动产有关的举措": a subject does not start with 的)
    re.compile(r"(?:关于|有关|涉及|针对|围绕|聚焦)(?!的)([\u3400-\u9fffA-Za-z0-9+“”]{2,16}?)(?:的|方面|领域|相关|这块|工作|$)"),
    re.compile(r"(?:(?<!参)与|跟|和|同)(?!的)([\u3400-\u9fffA-Za-z0-9+“”]{2,16}?)(?:有关|相关|挂钩|沾边)"),
    # "不动产相关任务", "告知承诺制 相关举措", "电子证照相关的重点举措": a subject, 相关, a row word
    re.compile(r"([^\s的，,。？?、：:]{2,12}?)\s*(?:相关|有关)的?(?=(?:重点)?(?:举措|措施|任务|事项|条目|工作))"),
    # "提到了天府通办APP的", "原文含有“双随机”的": the text names it
    re.compile(rf"(?:{MENTIONS})(?!的)([\u3400-\u9fffA-Za-z0-9+“”]{{2,16}}?)(?:的|字样|这个词|$|[？?，,])"),
    re.compile(r"(?!的)([\u3400-\u9fffA-Za-z0-9+“”]{2,12}?)(?:方面|领域|相关|这块|这一块)(?:的|(?=(?:重点)?(?:举措|措施|任务|事项|条目|工作)))"),
    re.compile(r"的([\u3400-\u9fffA-Za-z0-9+]{2,8}?)(?:类|方面)?(?:的)?(?:重点)?(?:举措|措施)"),
)


def _measure_texts(corpus: Corpus) -> tuple[str, ...]:
    return tuple(m.text for m in corpus.measures)


@lru_cache(maxsize=4096)
def _share(corpus: Corpus, word: str) -> float:
    texts = _measure_texts(corpus)
    return sum(word in t for t in texts) / max(1, len(texts))


def written(corpus: Corpus, phrase: str) -> bool:
    """Whether some measure's text contains ``phrase``."""
    return _share(corpus, phrase) > 0


def content_words(phrase: str, corpus: Corpus) -> tuple[str, ...]:
    """The words of ``phrase`` that occur in measure texts and discriminate between measures; a quoted
    phrase the plan writes is taken whole (“双随机” is not 随机 in "随机抽查")."""
    quoted = re.fullmatch(r"“([^“”]{2,16})”", phrase.strip())
    if quoted and 0 < _share(corpus, quoted.group(1)) <= MAX_SHARE:
        return (quoted.group(1),)
    words = keyword_tokenizer(corpus).words(phrase.replace("“", "").replace("”", ""))
    out = [w for w in words if len(w) >= 2 and 0 < _share(corpus, w) <= MAX_SHARE]
    return tuple(dict.fromkeys(out))


EXPLICIT = 4  # the first patterns name the subject with a connector (关于…, 跟…有关, …相关举措, 提到…)


def find_topic(remainder: str, explicit: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The phrase a question names as its subject, with its span in ``remainder`` (``explicit``: only a
    subject introduced by a connector)."""
    for pattern in TOPIC_PATTERNS[:EXPLICIT] if explicit else TOPIC_PATTERNS:
        for m in pattern.finditer(remainder):
            phrase = m.group(1).strip()
            if phrase and " " not in phrase:
                return phrase, m.span()
    return None


def selects(words: tuple[str, ...], text: str) -> bool:
    return bool(words) and all(w in text for w in words)
