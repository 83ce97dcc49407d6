"""Design measurements on the dev set, printed as tables (README "Design measurements"):

1. fusion: reciprocal-rank fusion vs weighted score fusion (several weights) in hybrid search;
2. embedded text: measure text alone vs prefixed with its indicator path;
3. relevance gates: how many dev hotline questions keep their answer, and how many out-of-domain
   questions are (wrongly) answered, for the gates used by `ask`.

    python -m eval.tune
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from assistant import answer
from assistant.normalize import normalize_question
from assistant.plain import retrieval as plain
from assistant.runtime import get_runtime, try_load_embedder
from assistant.settings import settings_from_env
from eval.gold import load_gold
from eval.metrics import average, ranked_metrics
from index import search as search_module
from index.search import Retriever, search
from index.store import build_index, load_index
from index.tokenize import keyword_tokenizer

GOLD = Path(__file__).parent / "gold" / "dev.jsonl"
OUT_OF_DOMAIN = [json.loads(line)["question"] for line in (GOLD.parent / "ood.jsonl").read_text(encoding="utf-8").splitlines()]


def scores(retriever: Retriever, items, fusion: str = "rrf") -> dict[str, float]:  # type: ignore[no-untyped-def]
    relevant = {i.id: list(i.relevant) for i in items if i.relevant}
    ranked = {}
    for item in items:
        if not item.relevant:
            continue
        hits = search(retriever, normalize_question(item.question), k=20, mode="hybrid", fusion=fusion).hits
        ranked[item.id] = [h.measure for h in hits if h.measure is not None]
    per_query = ranked_metrics(relevant, ranked)
    topical = [q for q in per_query if next(i for i in items if i.id == q).type == "topical"]
    return {
        "topical R@5": average([per_query[q]["recall@5"] for q in topical]) or 0.0,
        "topical MRR": average([per_query[q]["mrr@10"] for q in topical]) or 0.0,
        "all nDCG@10": average([v["ndcg@10"] for v in per_query.values()]) or 0.0,
    }


def row(label: str, values: dict[str, float]) -> str:
    return f"{label:<28}" + "".join(f"{k}={v:.3f}  " for k, v in values.items())


def main() -> None:
    settings = settings_from_env()
    rt = get_runtime(settings)
    items = load_gold(GOLD)
    print("1. fusion (hybrid, dev set)")
    print(row("rrf (k=60)", scores(rt.retriever, items, "rrf")))
    for dense_weight in (0.3, 0.5, 0.6, 0.7, 0.8):
        search_module.WEIGHTS.update({"dense": dense_weight, "bm25": 1 - dense_weight})
        print(row(f"weighted dense={dense_weight}", scores(rt.retriever, items, "weighted")))
    search_module.WEIGHTS.update({"dense": 0.6, "bm25": 0.4})

    print("\n2. embedded text (hybrid, rrf)")
    embedder = try_load_embedder(settings)
    with tempfile.TemporaryDirectory() as tmp:
        for label, with_path in (("indicator path + text", True), ("text only", False)):
            folder = Path(tmp) / label.replace(" ", "")
            build_index(rt.corpus, folder, embedder, show_progress=False, embed_path=with_path)
            loaded = load_index(rt.corpus, folder, getattr(embedder, "path", None))
            print(row(label, scores(Retriever(loaded, keyword_tokenizer(rt.corpus), embedder), items)))

    print("\n3. relevance gates of `ask` (plain questions)")
    topical = [i for i in items if i.type == "topical"]
    answered = sum(1 for i in topical if set(answer.ask(rt, i.question).citations) & set(i.relevant))
    wrongly = sum(1 for q in OUT_OF_DOMAIN if answer.ask(rt, q).citations)
    print(f"answerability >= {plain.ANSWERABLE_OTHER} / {plain.ANSWERABLE_FIGURE} when a figure is demanded (with e5): "
          f"dev hotline answered correctly {answered}/{len(topical)}, "
          f"out-of-domain answered {wrongly}/{len(OUT_OF_DOMAIN)}")


if __name__ == "__main__":
    main()
