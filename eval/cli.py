"""``policyqa eval``, registered through the "policyqa.commands" entry point."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.settings import Settings


def cmd_eval(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.runtime import get_runtime
    from eval.gold import load_gold
    from eval.runner import evaluate, format_table, write_trec

    items = load_gold(Path(args.gold))
    report, outcomes = evaluate(get_runtime(settings), items, args.mode)
    if args.run_out:
        qrels = write_trec(outcomes, Path(args.run_out), f"policyqa-{args.mode}")
        print(f"TREC run: {args.run_out}  qrels: {qrels}", file=sys.stderr)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
    return 0


def register(sub: Any) -> None:
    ev = sub.add_parser("eval", help="score the assistant on a gold file (JSON Lines)")
    ev.add_argument("--gold", required=True)
    ev.add_argument("--mode", choices=["full", "hybrid", "dense", "bm25"], default="full")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--run-out", help="write a TREC run file here (and its qrels beside it)")
    ev.set_defaults(func=cmd_eval)
