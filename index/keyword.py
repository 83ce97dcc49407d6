"""BM25 over jieba tokens with bm25s (Lucene IDF, which stays positive for common terms).

A loaded index reads its files (and imports bm25s, which pulls in scipy) on its first search, so a
structured question, which never searches, does not pay for it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)

BM25_DIR = "bm25"


class KeywordIndex:
    def __init__(self, retriever: Any = None, folder: Path | None = None) -> None:
        self._retriever = retriever
        self._folder = folder
        self._vocab: set[str] = set(retriever.vocab_dict) if retriever is not None else set()
        self._lock = threading.Lock()

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> KeywordIndex:
        import bm25s

        # "lucene" IDF = log(1 + (N - n + .5) / (n + .5)) never reaches zero, unlike Robertson's,
        # which goes negative for terms in more than half of a small corpus.
        retriever = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
        retriever.index([tokens or ["∅"] for tokens in token_lists], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._bm25().save(str(folder / BM25_DIR), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        return cls(folder=folder)

    def _bm25(self) -> Any:
        with self._lock:
            if self._retriever is None:
                import bm25s

                assert self._folder is not None
                self._retriever = bm25s.BM25.load(str(self._folder / BM25_DIR), show_progress=False)
                self._vocab = set(self._retriever.vocab_dict)
            return self._retriever

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """One BM25 score per chunk (zeros when no query token is in the vocabulary)."""
        retriever = self._bm25()
        known = [t for t in query_tokens if t in self._vocab]
        size = int(retriever.scores["num_docs"])
        if not known:
            return np.zeros(size, dtype=np.float32)
        return np.asarray(retriever.get_scores(known), dtype=np.float32)
