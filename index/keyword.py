"""BM25 over jieba tokens with bm25s (Lucene IDF, which stays positive for common terms)."""

from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)

BM25_DIR = "bm25"


class KeywordIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self._retriever = retriever
        self._vocab = set(retriever.vocab_dict)

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> KeywordIndex:
        # "lucene" IDF = log(1 + (N - n + .5) / (n + .5)) never reaches zero, unlike Robertson's,
        # which goes negative for terms in more than half of a small corpus.
        retriever = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
        retriever.index([tokens or ["∅"] for tokens in token_lists], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder / BM25_DIR), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        return cls(bm25s.BM25.load(str(folder / BM25_DIR), show_progress=False))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """One BM25 score per chunk (zeros when no query token is in the vocabulary)."""
        known = [t for t in query_tokens if t in self._vocab]
        size = int(self._retriever.scores["num_docs"])
        if not known:
            return np.zeros(size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known), dtype=np.float32)
