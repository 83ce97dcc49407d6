"""Ranking plain (hotline) questions' passages with a learned model over the retrievers' evidence.

Each retriever (m3e passage and best-sentence cosine, BM25 on the question with the plan's words added, the e5
cosine, rare-bigram coverage) proposes its 50 best passages; each candidate is described by ``FEATURES``: every
retriever's score min-max normalised over its own 50 (as the hand-weighted fusion read them) and raw, whether
the passage states the kind of figure asked for, how many of the lexicon's added words and of the question's
rare words it contains, the best share of the question's words one of its sentences holds, and how well the
question matches earlier questions its measure answered (``asked``). A small gradient-boosted tree model (``data/ranker.json``,
trained by ``python -m eval.train_ranker`` on the tuning sets' hotline questions; README gives its
leave-one-set-out figures) scores them. The model reads evidence, not ids or lengths: a measure is favoured only
through earlier questions like this one that it answered, never for being a measure the tuning sets asked about.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.plain.asked import features, recalled
from assistant.plain.data_files import DATA
from assistant.plain.subject import passage_share
from corpus.errors import DataFileError
from index.search import (
    CANDIDATES,
    Hit,
    Retriever,
    best_of,
    best_sentence_cosines,
    coverage_scores,
    dense_scores,
    top_scores,
)

RANKER = "ranker.json"
FEATURES = (
    "n_dense", "n_bm25", "n_sentence", "n_e5", "n_coverage",  # min-max over each retriever's own candidates
    "dense", "sentence", "e5", "bm25", "coverage",  # raw scores
    "figure", "added", "rare", "rare_share", "sentence_overlap",
    "asked", "asked_behind",  # the best-matching earlier question the passage's measure answered (asked.py)
)
# The hand-weighted fusion of the retrievers' normalised scores (m3e passage and best-sentence cosine, BM25 on the
# expanded question, e5 cosine, rare-bigram coverage), chosen on dev + blind (README). The model's log-odds are
# added to it times FUSION_BLEND: leave-one-set-out over the tuning sets, 0 / 0.5 / 1 / 2 / 5 gave R@5 .957 / .959 /
# .959 / .959 / .956 and MRR@10 .961 / .962 / .962 / .961 / .959 (the fusion alone .946 / .951)
PLAIN_WEIGHTS = {"dense": 0.4, "sentence": 0.5, "bm25": 0.6, "coverage": 0.2, "e5": 0.9}
FUSION_BLEND = 1.0
RARE_SHARE = 0.05  # a word in at most this share of passages is rare (here and in the answerability gate)
COUNT_CAP = 3


@dataclass(frozen=True)
class Ranker:
    """Gradient-boosted trees as padded arrays (tree, node): a node splits on ``feature`` at ``threshold``
    (values at or below go ``left``), a leaf holds ``value``; the score is ``baseline`` plus each tree's leaf."""

    baseline: float
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    depth: int

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Log-odds of relevance for each row of ``x`` (candidates × ``FEATURES``)."""
        trees = np.arange(self.feature.shape[0])[:, None]
        rows = np.arange(x.shape[0])[None, :]
        node = np.zeros((self.feature.shape[0], x.shape[0]), dtype=np.int64)
        for _ in range(self.depth):
            go_left = x[rows, self.feature[trees, node]] <= self.threshold[trees, node]
            step = np.where(go_left, self.left[trees, node], self.right[trees, node])
            node = np.where(self.leaf[trees, node], node, step)
        return self.baseline + self.value[trees, node].sum(axis=0)


def ranker_from(raw: dict) -> Ranker:
    """The model of a ``ranker.json`` document; its features must be ``FEATURES``, in order."""
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"features {raw['features']} are not {list(FEATURES)}: retrain (python -m eval.train_ranker)")
    trees = raw["trees"]
    width = max(len(t["value"]) for t in trees)

    def padded(key: str, dtype: type) -> np.ndarray:
        return np.array([list(t[key]) + [t[key][0]] * (width - len(t[key])) for t in trees], dtype=dtype)

    feature, left, right = padded("feature", np.int64), padded("left", np.int64), padded("right", np.int64)
    if feature.min() < 0 or feature.max() >= len(FEATURES) or left.max() >= width or right.max() >= width:
        raise ValueError("a node points outside its tree or the features")
    return Ranker(float(raw["baseline"]), feature, padded("threshold", np.float64), left, right,
                  padded("leaf", np.bool_), padded("value", np.float64), int(raw["depth"]))


@lru_cache(maxsize=1)
def ranker() -> Ranker:
    try:
        return ranker_from(json.loads((DATA / RANKER).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as err:
        raise DataFileError(f"数据文件 {RANKER} 有误：{err} / malformed ranking model") from err


@dataclass(frozen=True)
class Candidates:
    positions: tuple[int, ...]  # chunk positions in the index
    features: np.ndarray  # one row per position, columns ``FEATURES``
    found_by: tuple[tuple[str, ...], ...]  # the retrievers that proposed each


def candidates(retriever: Retriever, text: str, query: str, added: tuple[str, ...],
               prefer: re.Pattern[str] | None) -> Candidates:
    """The candidates of ``text`` (``query``: with the plan's words ``added``) and their features: each retriever
    scores every passage once, its 50 best are proposed."""
    r, depth = retriever, CANDIDATES
    vector = r.embed_query(text)
    tokens = r.tokenizer.tokens(query)
    bm25 = r.index.keyword.scores(tokens)
    best = best_sentence_cosines(r, vector)
    view = r.second_view
    e5_found = view.scores(text) if view is not None else None
    e5 = e5_found if e5_found is not None else np.zeros(len(r.index.chunks))
    proposed = {"dense": dense_scores(r, text, depth, None), "bm25": top_scores(bm25, depth, None, positive_only=True),
                "sentence": best_of(best, depth), "e5": top_scores(e5_found, depth, None) if e5_found is not None else {}}
    coverage = coverage_scores(r, text, None)
    earlier = recalled(r, text)
    positions = tuple(sorted(set().union(*proposed.values())))
    rare = [w for w in dict.fromkeys(r.tokenizer.words(query)) if len(w) >= 2 and 0 < passage_share(r, w) <= RARE_SHARE]
    normalised = {name: _min_max(found) for name, found in [*proposed.items(), ("coverage", coverage)]}
    asked_tokens = set(tokens)
    rows = []
    for pos in positions:
        passage = r.index.chunks[pos].text
        lowered = passage.lower()
        held = sum(1 for w in rare if w in lowered)
        rows.append([
            *(normalised[name].get(pos, 0.0) for name in ("dense", "bm25", "sentence", "e5", "coverage")),
            float(r.chunk_vector(pos) @ vector), best.get(pos, 0.0), float(e5[pos]), float(bm25[pos]),
            coverage.get(pos, 0.0), float(bool(prefer and prefer.search(passage))),
            min(sum(1 for w in added if w in passage), COUNT_CAP), min(held, COUNT_CAP), held / max(1, len(rare)),
            _sentence_overlap(r, pos, asked_tokens),
            *features(earlier, r.index.chunks[pos].measure),
        ])
    found_by = tuple(tuple(n for n, found in [*proposed.items(), ("coverage", coverage)] if p in found) for p in positions)
    return Candidates(positions, np.array(rows, dtype=np.float64).reshape(len(positions), len(FEATURES)), found_by)


def _min_max(found: dict[int, float]) -> dict[int, float]:
    if not found:
        return {}
    low, high = min(found.values()), max(found.values())
    return {p: (s - low) / ((high - low) or 1.0) for p, s in found.items()}


def _sentence_overlap(r: Retriever, pos: int, tokens: set[str]) -> float:
    """The largest share of the question's keyword tokens one sentence of the passage holds."""
    sentences = [r.index.sentences[i][1] for i in r.sentences_by_chunk.get(pos, [])]
    return max((sum(1 for t in tokens if t in s) / max(1, len(tokens)) for s in sentences), default=0.0)


def fused(features: np.ndarray) -> np.ndarray:
    """The hand-weighted fusion's score of each candidate (``PLAIN_WEIGHTS`` over the normalised scores)."""
    columns = [FEATURES.index(f"n_{name}") for name in PLAIN_WEIGHTS]
    return features[:, columns] @ np.array(list(PLAIN_WEIGHTS.values()))


def usable(retriever: Retriever) -> bool:
    """The model needs every retriever it was trained on (m3e with sentence vectors, and e5)."""
    return (retriever.dense_available and retriever.index.sentence_vectors is not None
            and retriever.second_view is not None)


def ranked(retriever: Retriever, found: Candidates, k: int) -> list[Hit]:
    """The ``k`` best of the ``found`` candidates, as hits scored by the model blended with the fusion (a
    probability: the logistic of the model's log-odds plus ``FUSION_BLEND`` times the fused score)."""
    if not found.positions:
        return []
    scores = ranker().scores(found.features) + FUSION_BLEND * fused(found.features)
    dense, bm25 = found.features[:, FEATURES.index("dense")], found.features[:, FEATURES.index("bm25")]
    order = sorted(range(len(found.positions)), key=lambda i: (-scores[i], found.positions[i]))[:k]
    hits = []
    for rank, i in enumerate(order, start=1):
        chunk = retriever.index.chunks[found.positions[i]]
        hits.append(Hit(rank, chunk.id, chunk.measure, chunk.label, round(1 / (1 + math.exp(-scores[i])), 6),
                        chunk.text, found.found_by[i], round(float(dense[i]), 4),
                        round(float(bm25[i]), 4) if "bm25" in found.found_by[i] else None))
    return hits
