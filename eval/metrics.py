"""Metrics. Ranked ones (Recall@k, MRR@10, nDCG@10) come from ir-measures (trec_eval underneath);
set metrics are the plain definitions below."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import mean

import ir_measures
from ir_measures import RR, R, nDCG

RANKED = {"recall@1": R @ 1, "recall@5": R @ 5, "recall@10": R @ 10, "mrr@10": RR @ 10, "ndcg@10": nDCG @ 10}


def ranked_metrics(relevant: dict[str, list[int]], ranked: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    """Per-query ranked metrics. Queries with an empty relevant set are left out (undefined for them);
    a query with no results scores 0. Scores are written as len-rank so trec_eval keeps our order."""
    qrels = [ir_measures.Qrel(q, str(d), 1) for q, docs in relevant.items() for d in docs]
    run = [
        ir_measures.ScoredDoc(q, str(d), float(len(docs) - i))
        for q, docs in ranked.items()
        if relevant.get(q)
        for i, d in enumerate(dict.fromkeys(docs))
    ]
    out: dict[str, dict[str, float]] = {q: dict.fromkeys(RANKED, 0.0) for q, docs in relevant.items() if docs}
    names = {measure: name for name, measure in RANKED.items()}
    for metric in ir_measures.iter_calc(list(RANKED.values()), qrels, run):
        out[metric.query_id][names[metric.measure]] = float(metric.value)
    return out


@dataclass(frozen=True)
class SetScore:
    precision: float
    recall: float
    f1: float
    exact: bool


def set_score(relevant: set[int], predicted: set[int]) -> SetScore:
    """Precision / recall / F1 of a predicted set; an empty gold set is matched only by an empty answer."""
    if not relevant and not predicted:
        return SetScore(1.0, 1.0, 1.0, True)
    hit = len(relevant & predicted)
    precision = hit / len(predicted) if predicted else 0.0
    recall = hit / len(relevant) if relevant else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SetScore(precision, recall, f1, relevant == predicted)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def average(values: list[float]) -> float | None:
    return mean(values) if values else None
