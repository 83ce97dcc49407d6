"""Indicators a question names (by their printed names or the reviewed nicknames of understanding.toml), asked for
or excluded."""

from __future__ import annotations

import re

from assistant.understanding.markers import negated_mention
from assistant.understanding.spans import Spans
from assistant.understanding.topic import MENTIONS
from assistant.understanding.vocabulary import vocabulary
from corpus.models import Corpus

_MENTIONED = re.compile(rf"(?:{MENTIONS})$")


def _starts(text: str, phrase: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(phrase), text)]


def read_indicators(spans: Spans, corpus: Corpus) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(indicators asked for, indicators excluded)."""
    phrases: dict[str, tuple[int, int]] = {i.name: (i.level, i.number) for i in corpus.indicators if len(i.name) >= 2}
    phrases.update({i.name.replace("“", "").replace("”", ""): (i.level, i.number) for i in corpus.indicators})
    phrases.update(vocabulary().indicators)
    out: list[tuple[int, int]] = []
    excluded: list[tuple[int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        # "正文提到知识产权的": the words of the text, not the indicator
        if any(_MENTIONED.search(spans.text[: i]) for i in _starts(spans.text, phrase)):
            continue
        found = spans.find_all(phrase, whole_words=True)
        if found and phrases[phrase] not in out + excluded:
            (excluded if negated_mention(spans, found) else out).append(phrases[phrase])
    # "获得电力里的电力价格": a level-2 named inside its own level-1 is the level-2 alone
    level2_parents = {getattr(corpus.indicator(2, n), "parent", None) for lv, n in out if lv == 2}
    return [(lv, n) for lv, n in out if not (lv == 1 and n in level2_parents)], excluded
