"""BM25 over jieba tokens with bm25s (Lucene IDF, which stays positive for common terms).

A loaded index reads its saved arrays on its first search (never importing bm25s, which pulls in scipy),
so a structured question, which never searches, does not pay for it.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)

BM25_DIR = "bm25"


class KeywordIndex:
    """Built and saved with bm25s; read back as its saved arrays, so answering never imports bm25s or scipy."""

    def __init__(self, retriever: Any = None, folder: Path | None = None) -> None:
        self._retriever = retriever  # a bm25s.BM25 while building
        self._folder = folder
        self._lock = threading.Lock()
        self._arrays: tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray, int] | None = None

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> KeywordIndex:
        import bm25s

        # "lucene" IDF = log(1 + (N - n + .5) / (n + .5)) never reaches zero, unlike Robertson's,
        # which goes negative for terms in more than half of a small corpus.
        retriever = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
        retriever.index([tokens or ["∅"] for tokens in token_lists], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        assert self._retriever is not None, "only a built index is saved"
        self._retriever.save(str(folder / BM25_DIR), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        return cls(folder=folder)

    def _load(self) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray, int]:
        """bm25s's eager index: per-term BM25 scores in CSC form (data, indices, indptr) and the vocabulary."""
        with self._lock:
            if self._arrays is None:
                if self._retriever is not None:
                    scores = self._retriever.scores
                    vocab = dict(self._retriever.vocab_dict)
                    self._arrays = (vocab, scores["data"], scores["indices"], scores["indptr"], int(scores["num_docs"]))
                else:
                    assert self._folder is not None
                    folder = self._folder / BM25_DIR
                    vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
                    params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
                    arrays = [np.load(folder / f"{name}.csc.index.npy") for name in ("data", "indices", "indptr")]
                    self._arrays = (vocab, *arrays, int(params["num_docs"]))  # type: ignore[assignment]
            return self._arrays  # type: ignore[return-value]

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """One BM25 score per chunk (zeros when no query token is in the vocabulary): each known query
        token adds its precomputed per-chunk scores, as bm25s's own scoring does."""
        vocab, data, indices, indptr, size = self._load()
        out = np.zeros(size, dtype=np.float32)
        for token in query_tokens:
            term = vocab.get(token)
            if term is not None:
                start, end = int(indptr[term]), int(indptr[term + 1])
                np.add.at(out, indices[start:end], data[start:end])
        return out
