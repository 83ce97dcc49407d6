"""Fusing the dense and keyword rankings."""

from __future__ import annotations

RRF_K = 60


def reciprocal_rank_fusion(rankings: dict[str, list[int]], k: int = RRF_K) -> dict[int, float]:
    """score(doc) = sum over retrievers of 1 / (k + rank), rank starting at 1."""
    fused: dict[int, float] = {}
    for ranking in rankings.values():
        for rank, doc in enumerate(ranking, start=1):
            fused[doc] = fused.get(doc, 0.0) + 1.0 / (k + rank)
    return fused


def weighted_fusion(scores: dict[str, dict[int, float]], weights: dict[str, float]) -> dict[int, float]:
    """Min-max normalise each retriever's scores over its candidates, then a weighted sum."""
    fused: dict[int, float] = {}
    for name, by_doc in scores.items():
        if not by_doc:
            continue
        low, high = min(by_doc.values()), max(by_doc.values())
        span = (high - low) or 1.0
        for doc, score in by_doc.items():
            fused[doc] = fused.get(doc, 0.0) + weights.get(name, 0.0) * (score - low) / span
    return fused
