"""Train the plain questions' ranking model (``assistant/data/ranker.json``) on the tuning sets' hotline questions.

    python -m eval.train_ranker            # write the memory of questions asked, then train and write the model
    python -m eval.train_ranker --loso     # first: leave-one-set-out figures against the hand-weighted fusion

The memory (``assistant/data/asked.json``, read by ``assistant.plain.asked``) holds every tuning
set's hotline, caller and out-of-domain question with the measures answering it (none: out of domain). A
candidate is relevant when its measure is one of the question's gold measures; each question's features are read
with its own set left out of the memory (as a new question finds only others). Only the tuning sets ``eval.plain``
reads by default are used (its ``SETS``); a held-out set is never passed here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.plain.asked import ASKED, leaving_out, question_words, reload
from assistant.plain.data_files import DATA
from assistant.plain.ranker import FEATURES, FUSION_BLEND, RANKER, fused
from assistant.plain.retrieval import as_searched, plain_candidates
from assistant.runtime import Runtime, get_runtime
from assistant.settings import settings_from_env
from eval.gold import load_gold
from eval.plain import DEFAULT_CALLERS, DEFAULT_GOLD, DEFAULT_OOD, json_lines, set_name

VALIDATION = Path(__file__).resolve().parents[2] / "shared" / "eval" / "validation.jsonl"  # only left out, never read
PARAMS = {"max_iter": 100, "learning_rate": 0.05, "max_leaf_nodes": 7, "min_samples_leaf": 50,
          "early_stopping": False, "random_state": 0}  # chosen leave-one-set-out (README)


@dataclass(frozen=True)
class Question:
    set_name: str
    relevant: frozenset[int]
    measures: tuple[int | None, ...]
    features: np.ndarray


def memory_rows(gold: list[Path], callers: list[Path], ood: list[Path]) -> list[dict]:
    """Every question of these files with the measures answering it (none: out of domain), in file order."""
    rows = []
    for path in gold:
        for item in load_gold(path):
            relevant = sorted(x for x in item.relevant if isinstance(x, int))
            if item.type == "topical" and relevant:
                rows.append({"question": item.question, "set": set_name(path.stem), "measures": relevant})
    rows += [{"question": r["question"], "set": set_name(p.stem), "measures": [int(r["measure"])]}
             for p in callers for r in json_lines(p)]
    rows += [{"question": r["question"], "set": set_name(p.stem), "measures": []} for p in ood for r in json_lines(p)]
    return rows


def write_memory(runtime: Runtime) -> int:
    """The memory of the tuning sets' questions, but any validation.jsonl also asks (word for word): its figures
    must not be read off the memory (blind's 打官司的诉讼费能不能减免？). Each question's words are stored as the
    index's tokenizer reads them."""
    rows = memory_rows(DEFAULT_GOLD, DEFAULT_CALLERS, DEFAULT_OOD)
    theirs = {r["question"] for r in json_lines(VALIDATION)} if VALIDATION.exists() else set()
    left_out = sorted({r["question"] for r in rows} & theirs)
    rows = [{**r, "words": question_words(runtime.retriever, r["question"])} for r in rows if r["question"] not in theirs]
    doc = {"about": "questions asked before (tuning sets): python -m eval.train_ranker (README)",
           "sets": sorted({r["set"] for r in rows}), "left_out": left_out, "questions": rows}
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)  # one question a line: reviewable diffs
    head = json.dumps({k: v for k, v in doc.items() if k != "questions"}, ensure_ascii=False)[:-1]
    (DATA / ASKED).write_text(f'{head}, "questions": [\n{lines}\n]}}\n', encoding="utf-8")
    reload()
    return len(rows)


def questions(paths: list[Path], runtime: Runtime | None = None) -> list[Question]:
    r = (runtime or get_runtime(settings_from_env())).retriever
    out = []
    for path in paths:
        for item in load_gold(path):
            relevant = frozenset(x for x in item.relevant if isinstance(x, int))
            if item.type != "topical" or not relevant:
                continue
            with leaving_out({set_name(path.stem)}):
                found = plain_candidates(r, as_searched(r, item.question)[0])
            out.append(Question(path.stem, relevant, tuple(r.index.chunks[p].measure for p in found.positions),
                                found.features))
    return out


def fit(train: list[Question]):  # noqa: ANN201 - a scikit-learn model
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = np.vstack([q.features for q in train])
    y = np.concatenate([[m in q.relevant for m in q.measures] for q in train]).astype(int)
    return HistGradientBoostingClassifier(**PARAMS).fit(x, y)


def exported(model, sets: list[str], n_questions: int) -> dict:  # noqa: ANN001
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        trees.append({"feature": nodes["feature_idx"].tolist(), "threshold": nodes["num_threshold"].tolist(),
                      "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                      "leaf": nodes["is_leaf"].astype(bool).tolist(), "value": nodes["value"].tolist()})
    depth = 1 + max(int(p.nodes["depth"].max()) for (p,) in model._predictors)
    return {"about": "plain questions' ranking model: python -m eval.train_ranker (README)",
            "trained_on": sets, "questions": n_questions, "params": PARAMS, "features": list(FEATURES),
            "baseline": float(np.ravel(model._baseline_prediction)[0]), "depth": depth, "trees": trees}


def trained(data: list[Question]) -> dict:
    """The model file's content for a model fitted on ``data`` (what ``main`` writes)."""
    return exported(fit(data), sorted({q.set_name for q in data}), len(data))


def _scores(q: Question, order_by: np.ndarray) -> tuple[float, float]:
    order = [m for _, m in sorted(zip(-order_by, q.measures, strict=True), key=lambda t: t[0]) if m is not None]
    recall = len(set(order[:5]) & q.relevant) / len(q.relevant)
    return recall, next((1 / (i + 1) for i, m in enumerate(order[:10]) if m in q.relevant), 0.0)


def loso(data: list[Question]) -> None:
    """Each set ranked by a model trained on the others, beside the hand-weighted fusion: the model alone and
    blended with the fusion as ``ask`` ranks (``FUSION_BLEND``)."""
    pooled: dict[str, list[tuple[float, float]]] = {"fusion": [], "model": [], "blended": []}
    for name in sorted({q.set_name for q in data}):
        model = fit([q for q in data if q.set_name != name])
        held = [(q, model.decision_function(q.features), fused(q.features)) for q in data if q.set_name == name]
        rows = {"fusion": [_scores(q, f) for q, _, f in held], "model": [_scores(q, m) for q, m, _ in held],
                "blended": [_scores(q, m + FUSION_BLEND * f) for q, m, f in held]}
        print(f"{name:10} n={len(held):3}", *(f"{label} R@5 {np.mean([a for a, _ in got]):.3f} MRR "
                                              f"{np.mean([b for _, b in got]):.3f}" for label, got in rows.items()))
        for label, got in rows.items():
            pooled[label] += got
    for label, got in pooled.items():
        print(f"pooled {label}: R@5 {np.mean([a for a, _ in got]):.4f} MRR@10 {np.mean([b for _, b in got]):.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loso", action="store_true", help="print leave-one-set-out figures first")
    args = parser.parse_args(argv)
    runtime = get_runtime(settings_from_env())
    print(f"wrote {DATA / ASKED}: {write_memory(runtime)} questions", file=sys.stderr)
    data = questions(DEFAULT_GOLD, runtime)
    if args.loso:
        loso(data)
    model = trained(data)
    (DATA / RANKER).write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DATA / RANKER}: {len(data)} questions of {len(model['trained_on'])} sets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
