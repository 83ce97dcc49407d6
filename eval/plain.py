"""Plain (hotline) questions through ``ask``: ranking, refusals and quoted figures, side by side per set.

    python -m eval.plain [--gold FILE ...] [--ood FILE ...] [--callers FILE ...]

* topical questions of each gold file: Recall@5 and MRR@10 of the citations in order (as graders score);
* out-of-domain files (JSON Lines with ``question``): the share refused (no citation, "方案中没有…");
* caller files (``question``, ``measure``, ``figure``): the share whose answering measure is cited first,
  and whose answer quotes the figure.

Each file is scored with its own set left out of the memory of questions asked (``assistant.plain.asked``).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any

from assistant.answer import Answer, ask
from assistant.plain.asked import leaving_out
from assistant.runtime import Runtime, get_runtime
from assistant.settings import settings_from_env
from eval.gold import load_gold
from eval.metrics import average

GOLD = Path(__file__).parent / "gold"
# "" = the dev set's own files; blind105 and blind106 (unscored) are held out
# (scored with --gold/--ood/--callers, README); blind20, blind22, blind24, blind26, blind28, blind29, blind30, blind31,
# blind34, blind38, blind40, blind41, blind42, blind43, blind44, blind45, blind46, blind47, blind48, blind49, blind50, blind51, blind52, blind53,
# blind54, blind55, blind56, blind57, blind58, blind59, blind60, blind61, blind62, blind63, blind64, blind65,
# blind66, blind67, blind68, blind69, blind70, blind71, blind72, blind73, blind74, blind75, blind76, blind77, blind78,
# blind79, blind80, blind81, blind82, blind83, blind84, blind85, blind86, blind87, blind88, blind89, blind90, blind91,
# blind92, blind93, blind94, blind95, blind96, blind97, blind98, blind99, blind100, blind101, blind102, blind103 and blind104 were held out until each
# was read after its held-out score
SETS = ["", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind9", "blind11", "blind16", "blind17",
        "blind20", "blind22", "blind24", "blind26", "blind28", "blind29", "blind30", "blind31", "blind34", "blind38", "blind40",
        "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50",
        "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59",
        "blind60", "blind61", "blind62", "blind63", "blind64", "blind65",
        "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79", "blind80", "blind81",
        "blind82", "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90",
        "blind91", "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98", "blind99", "blind100", "blind101",
        "blind102", "blind103", "blind104"]
DEFAULT_GOLD = [GOLD / "dev.jsonl", *(GOLD / f"{n}.jsonl" for n in SETS if n)]
DEFAULT_OOD = [GOLD / ("ood.jsonl" if not n else f"{n}_ood.jsonl") for n in SETS]
DEFAULT_CALLERS = [GOLD / f"{n}_callers.jsonl" for n in SETS if n]


def set_name(stem: str) -> str:
    """The set a gold file belongs to: blind9.jsonl, blind9_callers.jsonl and blind9_ood.jsonl are one set."""
    for suffix in ("_callers", "_ood"):
        stem = stem.removesuffix(suffix)
    return "dev" if stem in ("", "ood") else stem


def json_lines(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file (out-of-domain and caller sets), blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _squash(text: str) -> str:
    """Spacing and character width folded: the gold copies the source ("1.1 万元/张", full-width brackets)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def refused(a: Answer) -> bool:
    return not a.citations and "没有" in a.answer


def topical_scores(rt: Runtime, path: Path) -> dict[str, float]:
    items = [i for i in load_gold(path) if i.type == "topical"]
    recall, mrr = [], []
    for item in items:
        cites = list(ask(rt, item.question).citations)
        rel = set(item.relevant)
        recall.append(len(set(cites[:5]) & rel) / max(1, len(rel)))
        mrr.append(next((1 / (i + 1) for i, c in enumerate(cites[:10]) if c in rel), 0.0))
    return {"n": len(items), "R@5": average(recall) or 0.0, "MRR@10": average(mrr) or 0.0}


def ood_scores(rt: Runtime, path: Path) -> dict[str, float]:
    rows = json_lines(path)
    return {"n": len(rows), "refused": average([1.0 if refused(ask(rt, r["question"])) else 0.0 for r in rows]) or 0.0}


def caller_scores(rt: Runtime, path: Path) -> dict[str, float]:
    rows = json_lines(path)
    first, quoted = [], []
    for r in rows:
        a = ask(rt, r["question"])
        first.append(1.0 if a.citations[:1] == (r["measure"],) else 0.0)
        quoted.append(1.0 if _squash(r["figure"]) in _squash(a.answer) else 0.0)
    return {"n": len(rows), "first": average(first) or 0.0, "figure quoted": average(quoted) or 0.0}


def report(rt: Runtime, gold: list[Path], ood: list[Path], callers: list[Path]) -> list[str]:
    """Each file's figures, read with its own set's questions left out of the memory of questions asked (a
    tuning set is not scored on itself; a held-out set is not in it)."""
    out = []
    for path, fn in [*((p, topical_scores) for p in gold), *((p, ood_scores) for p in ood),
                     *((p, caller_scores) for p in callers)]:
        if path.exists():
            with leaving_out({set_name(path.stem)}):
                values = fn(rt, path)
            out.append(f"{path.name:<22}" + "  ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="*", default=DEFAULT_GOLD)
    parser.add_argument("--ood", type=Path, nargs="*", default=DEFAULT_OOD)
    parser.add_argument("--callers", type=Path, nargs="*", default=DEFAULT_CALLERS)
    args = parser.parse_args()
    print("\n".join(report(get_runtime(settings_from_env()), args.gold, args.ood, args.callers)))


if __name__ == "__main__":
    main()
