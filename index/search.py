"""Search over a loaded index: ``bm25``, ``dense`` or ``hybrid`` (fused), optionally within a subset."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from index.coverage import BigramCoverage
from index.dense import dense_search
from index.embedder import Embedder
from index.fusion import reciprocal_rank_fusion, weighted_fusion
from index.second_view import SecondView
from index.sentences import best_sentence
from index.store import LoadedIndex
from index.tokenize import KeywordTokenizer

log = logging.getLogger(__name__)
MODES = ("hybrid", "dense", "bm25")
CANDIDATES = 50  # each retriever's depth before fusion
FUSION = "weighted"  # chosen on the dev set (README "Design measurements"); "rrf" kept for comparison
WEIGHTS = {"dense": 0.6, "bm25": 0.4}


@dataclass(frozen=True)
class Hit:
    rank: int
    chunk_id: str
    measure: int | None
    label: str
    score: float
    text: str
    retrievers: tuple[str, ...]
    dense_score: float | None = None  # cosine similarity, when the dense retriever saw it
    bm25_score: float | None = None


@dataclass(frozen=True)
class SearchResult:
    query: str
    mode: str  # the mode actually used
    degraded: bool  # True when dense retrieval was asked for but the model is unavailable
    hits: tuple[Hit, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass
class Retriever:
    """The loaded pieces search needs. ``embedder`` is None when the model could not be loaded."""

    index: LoadedIndex
    tokenizer: KeywordTokenizer
    embedder: Embedder | None
    _query_cache: OrderedDict[str, np.ndarray] = field(default_factory=OrderedDict)
    _positions: dict[str, int] = field(default_factory=dict)
    _by_chunk: dict[int, list[int]] = field(default_factory=dict)
    _warned: bool = False
    _model_lock: threading.Lock = field(default_factory=threading.Lock)
    _extra: dict[str, object] = field(default_factory=dict)  # coverage, second view: built on first use

    @property
    def dense_available(self) -> bool:
        return self.embedder is not None and self.index.dense is not None

    def embed_query(self, query: str) -> np.ndarray:
        cached = self._query_cache.get(query)
        if cached is None:
            assert self.embedder is not None
            encode_query = getattr(self.embedder, "encode_query", None)
            # one inference at a time: on 2 cores parallel forward passes only add memory and latency
            with self._model_lock:
                cached = encode_query(query) if encode_query else self.embedder.encode([query])[0]
            self._query_cache[query] = cached
            if len(self._query_cache) > 2048:
                self._query_cache.popitem(last=False)
        return cached

    def sentence_for(
        self, chunk_id: str, query: str, prefer: re.Pattern[str] | None = None, keyword_query: str | None = None,
        stating: bool = False,
    ) -> str:
        """The sentence of that chunk that best answers ``query`` (sentence-level scoring); ``prefer``
        favours sentences of the kind the question asks for (a figure, a duration), and with ``stating`` only those
        compete when the chunk has any; ``keyword_query`` (the query with synonyms added) replaces ``query`` for
        the word overlap, as in ``search``."""
        pos = self.positions[chunk_id]
        vector = self.embed_query(query) if self.dense_available else None
        tokens = self.tokenizer.tokens(keyword_query or query)
        return best_sentence(
            self.index.sentences, self.index.sentence_vectors, self.sentences_by_chunk, pos, vector, tokens, prefer,
            phrase_text=query, stating=stating,
        )[0]

    def chunk_vector(self, pos: int) -> np.ndarray:
        """A passage's m3e vector (all read back from the dense index once; flat and HNSW keep them)."""
        if "vectors" not in self._extra:
            assert self.index.dense is not None
            self._extra["vectors"] = self.index.dense.reconstruct_n(0, self.index.dense.ntotal)
        return self._extra["vectors"][pos]  # type: ignore[index]

    @property
    def positions(self) -> dict[str, int]:
        if not self._positions:
            self._positions.update({c.id: i for i, c in enumerate(self.index.chunks)})
        return self._positions

    @property
    def sentences_by_chunk(self) -> dict[int, list[int]]:
        if not self._by_chunk:
            for i, (pos, _text) in enumerate(self.index.sentences):
                self._by_chunk.setdefault(pos, []).append(i)
        return self._by_chunk

    @property
    def coverage(self) -> BigramCoverage:
        if "coverage" not in self._extra:
            self._extra["coverage"] = BigramCoverage.build([c.text for c in self.index.chunks])
        return self._extra["coverage"]  # type: ignore[return-value]

    @property
    def second_view(self) -> SecondView | None:
        vectors = self.index.e5_vectors
        if vectors is None or len(vectors) != len(self.index.chunks):
            return None
        if "second_view" not in self._extra:
            self._extra["second_view"] = SecondView(vectors)
        return self._extra["second_view"]  # type: ignore[return-value]

    def warn_degraded_once(self) -> None:
        if not self._warned:
            log.warning("dense retrieval unavailable: searching with BM25 only (degraded)")
            self._warned = True


def dense_scores(r: Retriever, query: str, depth: int, allowed: set[int] | None) -> dict[int, float]:
    assert r.index.dense is not None
    vector = r.embed_query(query)
    total = r.index.dense.ntotal
    scores, positions = dense_search(r.index.dense, vector, total if allowed is not None else min(depth, total))
    out: dict[int, float] = {}
    for score, pos in zip(scores.tolist(), positions.tolist(), strict=True):
        if allowed is None or pos in allowed:
            out[pos] = float(score)
            if len(out) >= depth:
                break
    return out


def best_sentence_cosines(r: Retriever, vector: np.ndarray, allowed: set[int] | None = None) -> dict[int, float]:
    """Each chunk's best sentence cosine with the query ``vector`` (sentence vectors are computed at build time)."""
    sims = r.index.sentence_vectors @ vector
    best: dict[int, float] = {}
    for (pos, _text), sim in zip(r.index.sentences, sims.tolist(), strict=True):
        if (allowed is None or pos in allowed) and sim > best.get(pos, -1.0):
            best[pos] = float(sim)
    return best


def best_of(scores: dict[int, float], depth: int) -> dict[int, float]:
    """The ``depth`` best of ``scores``, best first (ties in their order)."""
    return {p: scores[p] for p in sorted(scores, key=lambda p: -scores[p])[:depth]}


def sentence_scores(r: Retriever, query: str, depth: int, allowed: set[int] | None) -> dict[int, float]:
    """Each chunk's best sentence cosine, the ``depth`` best."""
    return best_of(best_sentence_cosines(r, r.embed_query(query), allowed), depth)


def second_view_scores(r: Retriever, query: str, depth: int, allowed: set[int] | None) -> dict[int, float]:
    """Each chunk's e5 cosine (index.second_view); empty when that view is unavailable."""
    view = r.second_view
    sims = view.scores(query) if view is not None else None
    return {} if sims is None else top_scores(sims, depth, allowed)


def coverage_scores(r: Retriever, query: str, allowed: set[int] | None) -> dict[int, float]:
    found = r.coverage.scores(query)
    return found if allowed is None else {p: v for p, v in found.items() if p in allowed}


def keyword_scores(r: Retriever, query: str, depth: int, allowed: set[int] | None) -> dict[int, float]:
    return top_scores(r.index.keyword.scores(r.tokenizer.tokens(query)), depth, allowed, positive_only=True)


def top_scores(scores: np.ndarray, depth: int, allowed: set[int] | None, positive_only: bool = False) -> dict[int, float]:
    """The ``depth`` best positions (within ``allowed``) and their scores, best first, ties by position."""
    out: dict[int, float] = {}
    for pos in np.argsort(-scores, kind="stable").tolist():
        if positive_only and scores[pos] <= 0:
            break
        if allowed is None or pos in allowed:
            out[pos] = float(scores[pos])
            if len(out) >= depth:
                break
    return out


def _cosine(r: Retriever, query: str, pos: int) -> float | None:
    assert r.index.dense is not None
    try:
        return float(r.index.dense.reconstruct(pos) @ r.embed_query(query))
    except RuntimeError:  # an index kind that cannot give its vectors back
        return None


def search(
    r: Retriever,
    query: str,
    k: int = 10,
    mode: str = "hybrid",
    allowed_chunks: set[str] | None = None,
    fusion: str = FUSION,
    keyword_query: str | None = None,
    sentence_weight: float = 0.0,
    weights: dict[str, float] | None = None,
) -> SearchResult:
    """Ranked chunks for ``query``; ``allowed_chunks`` restricts ranking to those chunk ids;
    ``keyword_query`` (e.g. the query with synonyms added) replaces ``query`` for BM25 only;
    ``sentence_weight`` > 0 adds a third hybrid signal: each chunk's best sentence cosine;
    ``weights`` replaces the hybrid weights and may add ``sentence``, ``e5`` (the second embedding) and
    ``coverage`` (rare character bigrams) signals."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    started = time.perf_counter()
    allowed = None
    if allowed_chunks is not None:
        allowed = {i for i, c in enumerate(r.index.chunks) if c.id in allowed_chunks}
    degraded = mode != "bm25" and not r.dense_available
    used = "bm25" if degraded else mode
    if degraded:
        r.warn_degraded_once()
    depth = max(k, CANDIDATES)
    timings: dict[str, float] = {}
    per_retriever: dict[str, dict[int, float]] = {}
    if used in ("dense", "hybrid"):
        t = time.perf_counter()
        per_retriever["dense"] = dense_scores(r, query, depth, allowed)
        timings["dense_ms"] = (time.perf_counter() - t) * 1000
    if used in ("bm25", "hybrid"):
        t = time.perf_counter()
        per_retriever["bm25"] = keyword_scores(r, keyword_query or query, depth, allowed)
        timings["bm25_ms"] = (time.perf_counter() - t) * 1000
    weights = dict(weights or {**WEIGHTS, "sentence": sentence_weight})
    if used == "hybrid" and weights.get("sentence", 0) > 0 and r.index.sentence_vectors is not None:
        per_retriever["sentence"] = sentence_scores(r, query, depth, allowed)
    if used == "hybrid" and weights.get("e5", 0) > 0:
        t = time.perf_counter()
        per_retriever["e5"] = second_view_scores(r, query, depth, allowed)
        timings["e5_ms"] = (time.perf_counter() - t) * 1000
    if used == "hybrid" and weights.get("coverage", 0) > 0:
        per_retriever["coverage"] = coverage_scores(r, query, allowed)
    if used == "hybrid":
        if fusion == "weighted":
            fused = weighted_fusion(per_retriever, weights)
        else:
            rankings = {name: sorted(s, key=lambda d: -s[d]) for name, s in per_retriever.items()}
            fused = reciprocal_rank_fusion(rankings)
    else:
        fused = per_retriever[used]
    ordered = sorted(fused, key=lambda d: (-fused[d], d))[:k]
    hits = []
    for rank, pos in enumerate(ordered, start=1):
        chunk = r.index.chunks[pos]
        found_by = tuple(name for name, s in per_retriever.items() if pos in s)
        dense_score = per_retriever.get("dense", {}).get(pos)
        if dense_score is None and "dense" in per_retriever:  # ranked by the other signals: still report it
            dense_score = _cosine(r, query, pos)
        bm25_score = per_retriever.get("bm25", {}).get(pos)
        hits.append(
            Hit(
                rank, chunk.id, chunk.measure, chunk.label, round(fused[pos], 6), chunk.text, found_by,
                None if dense_score is None else round(dense_score, 4),
                None if bm25_score is None else round(bm25_score, 4),
            )
        )
    timings["total_ms"] = (time.perf_counter() - started) * 1000
    return SearchResult(query, used, degraded, tuple(hits), timings)
