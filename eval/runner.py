"""``policyqa eval``: run every gold question through ``ask`` (mode full) or ``search`` (other modes)
and score it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer import ask
from assistant.normalize import normalize_question
from assistant.runtime import Runtime
from corpus.errors import PolicyQAError
from eval.gold import GoldItem
from eval.metrics import RANKED, SetScore, average, percentile, ranked_metrics, set_score
from index.search import search

MODES = ("full", "hybrid", "dense", "bm25")
RETRIEVAL_SET_K = 10  # a retrieval-only mode answers a set question with its top 10


@dataclass(frozen=True)
class Outcome:
    item: GoldItem
    ranked: list[int]  # measure numbers, best first
    count: int | None
    text: str
    latency_ms: float
    error: str | None = None


def run_item(runtime: Runtime, item: GoldItem, mode: str) -> Outcome:
    started = time.perf_counter()
    try:
        if mode == "full":
            a = ask(runtime, item.question)
            ranked, count, text = list(a.citations), a.count, a.answer
        else:
            result = search(runtime.retriever, normalize_question(item.question), k=100, mode=mode)
            ranked = list(dict.fromkeys(h.measure for h in result.hits if h.measure is not None))
            count = min(len(ranked), RETRIEVAL_SET_K)
            text = "\n".join(h.text for h in result.hits[:5])
        error = None
    except PolicyQAError as err:
        ranked, count, text, error = [], None, "", err.message
    return Outcome(item, ranked, count, text, (time.perf_counter() - started) * 1000, error)


def score(outcomes: list[Outcome], mode: str) -> dict[str, Any]:
    relevant = {o.item.id: list(o.item.relevant) for o in outcomes}
    ranked = {o.item.id: o.ranked for o in outcomes}
    per_query_ranked = ranked_metrics(relevant, ranked)
    groups: dict[str, list[Outcome]] = {"overall": outcomes}
    for o in outcomes:
        groups.setdefault(o.item.type, []).append(o)
    table = {}
    for name, group in groups.items():
        row: dict[str, Any] = {"n": len(group)}
        for metric in RANKED:
            row[metric] = average([per_query_ranked[o.item.id][metric] for o in group if o.item.id in per_query_ranked])
        set_items = [o for o in group if o.item.is_set]
        sets = [_best_set_score(o, mode) for o in set_items]
        row["exact"] = average([1.0 if _exact(o, s.exact) else 0.0 for o, s in zip(set_items, sets, strict=True)])
        row["precision"] = average([s.precision for s in sets])
        row["recall"] = average([s.recall for s in sets])
        row["f1"] = average([s.f1 for s in sets])
        counts = [o for o in group if o.item.is_set and o.item.counts and not o.item.contains_only]
        row["count_acc"] = average([1.0 if o.count in o.item.counts else 0.0 for o in counts])
        contains = [o for o in group if o.item.answer_contains]
        row["contains"] = average([1.0 if _contains(o) else 0.0 for o in contains])
        latencies = [o.latency_ms for o in group]
        row["p50_ms"], row["p95_ms"] = percentile(latencies, 50), percentile(latencies, 95)
        table[name] = row
    errors = [{"id": o.item.id, "error": o.error} for o in outcomes if o.error]
    return {"mode": mode, "table": table, "errors": errors}


def _contains(o: Outcome) -> bool:
    return all(s in o.text for s in o.item.answer_contains)


def _best_set_score(o: Outcome, mode: str) -> SetScore:
    """The set score against whichever accepted answer (``relevant`` or an alternative) fits best."""
    got = set(o.ranked if mode == "full" else o.ranked[:RETRIEVAL_SET_K])
    return max((set_score(set(answer), got) for answer in o.item.answer_sets), key=lambda s: (s.exact, s.f1))


def _exact(o: Outcome, exact_set: bool) -> bool:
    """A name question (contains_only) is right when the name is in the answer; the others need the set
    (and any answer_contains strings too), as outside graders score them."""
    if o.item.contains_only:
        return _contains(o)
    return exact_set and _contains(o)


def evaluate(runtime: Runtime, items: list[GoldItem], mode: str) -> tuple[dict[str, Any], list[Outcome]]:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    outcomes = [run_item(runtime, item, mode) for item in items]
    return score(outcomes, mode), outcomes


def write_trec(outcomes: list[Outcome], run_path: Path, run_name: str) -> Path:
    """A TREC run file (qid Q0 docno rank score tag) and its qrels beside it (``<run>.qrels``)."""
    run_lines, qrel_lines = [], []
    for o in outcomes:
        for rank, number in enumerate(o.ranked, start=1):
            run_lines.append(f"{o.item.id} Q0 m{number} {rank} {len(o.ranked) - rank + 1} {run_name}")
        qrel_lines += [f"{o.item.id} 0 m{n} 1" for n in o.item.relevant]
    run_path.write_text("\n".join(run_lines) + "\n", encoding="utf-8")
    qrels_path = run_path.with_name(run_path.name + ".qrels")
    qrels_path.write_text("\n".join(qrel_lines) + "\n", encoding="utf-8")
    return qrels_path


COLUMNS = [
    ("n", "n"), ("R@1", "recall@1"), ("R@5", "recall@5"), ("R@10", "recall@10"), ("MRR@10", "mrr@10"),
    ("nDCG@10", "ndcg@10"), ("exact", "exact"), ("P", "precision"), ("R", "recall"), ("F1", "f1"),
    ("count", "count_acc"), ("contains", "contains"), ("p50ms", "p50_ms"), ("p95ms", "p95_ms"),
]


def format_table(report: dict[str, Any]) -> str:
    header = f"{'mode=' + report['mode']:<14}" + "".join(f"{title:>9}" for title, _ in COLUMNS)
    lines = [header, "-" * len(header)]
    for name, row in report["table"].items():
        cells = []
        for _, key in COLUMNS:
            value = row.get(key)
            if value is None:
                cells.append(f"{'–':>9}")
            elif key == "n":
                cells.append(f"{value:>9d}")
            elif key.endswith("_ms"):
                cells.append(f"{value:>9.1f}")
            else:
                cells.append(f"{value:>9.3f}")
        lines.append(f"{name:<14}" + "".join(cells))
    if report["errors"]:
        lines.append(f"errors: {len(report['errors'])} (first: {report['errors'][0]})")
    return "\n".join(lines)
