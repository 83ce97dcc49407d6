"""Keyword coverage that does not depend on word segmentation: the share of a question's character bigrams
(weighted by how rare they are in the plan) that a passage contains.

jieba cuts callers' phrases differently from the plan's ("商标咨询" vs "商标/咨询服务"); BM25 then misses a
passage that contains the very characters asked about. Bigrams of Chinese, digits and Latin letters only;
bigrams the plan never uses do not count (they cannot be matched by any passage).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_SPLIT = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


def bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for part in _SPLIT.split(text.lower()):
        out.update(part[i : i + 2] for i in range(len(part) - 1))
    return out


@dataclass(frozen=True)
class BigramCoverage:
    passages: tuple[frozenset[str], ...]
    idf: dict[str, float]

    @classmethod
    def build(cls, texts: list[str]) -> BigramCoverage:
        passages = tuple(frozenset(bigrams(t)) for t in texts)
        df: dict[str, int] = {}
        for grams in passages:
            for g in grams:
                df[g] = df.get(g, 0) + 1
        n = max(1, len(passages))
        return cls(passages, {g: math.log(n / d) for g, d in df.items()})

    def scores(self, query: str) -> dict[int, float]:
        """Passage position -> covered share of the question's known bigrams' weight (0..1); only passages
        covering something are listed."""
        # summed in a fixed order: a set's order follows the process's string hashing, and float sums in another
        # order differ in the last bit (the ranking model's training read them: it was not reproducible)
        known = {g: self.idf[g] for g in sorted(bigrams(query)) if g in self.idf}
        total = sum(known.values())
        if total <= 0:
            return {}
        out = {}
        for pos, grams in enumerate(self.passages):
            covered = sum(w for g, w in known.items() if g in grams)
            if covered > 0:
                out[pos] = covered / total
        return out
