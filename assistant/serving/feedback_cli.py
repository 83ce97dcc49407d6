"""``policyqa feedback list|export``: read the kept 👍/👎 and turn them into gold-format lines for review."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.serving.feedback import FeedbackStore, gold_line
from assistant.settings import Settings
from corpus.errors import QuestionError


def cmd_list(settings: Settings, args: argparse.Namespace) -> int:
    items = FeedbackStore(settings.feedback_db).list(args.verdict, args.limit)
    if args.json:
        for item in items:
            print(json.dumps(item.to_json(), ensure_ascii=False))
        return 0
    if not items:
        print("还没有反馈 / no feedback yet")
    for item in items:
        mark = "👍" if item.verdict == "up" else "👎"
        cited = "、".join(f"第{n}条" for n in item.citations[:8]) or "无引用"
        print(f"#{item.id} {item.created} {mark} {item.question}  → {cited}")
        if item.comment:
            print(f"    说明：{item.comment}")
    return 0


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    items = FeedbackStore(settings.feedback_db).list(args.verdict, args.limit)
    out = Path(args.out)
    try:
        out.write_text("".join(json.dumps(gold_line(i), ensure_ascii=False) + "\n" for i in reversed(items)),
                       encoding="utf-8")
    except OSError as err:
        raise QuestionError(f"无法写入 {out}：{err.strerror} / cannot write the export file") from err
    print(f"已导出 {len(items)} 条反馈到 {out}（relevant 留待审核填写）/ exported {len(items)} items")
    return 0


def register(sub: Any) -> None:
    feedback = sub.add_parser("feedback", help="the kept 👍/👎 feedback").add_subparsers(dest="feedback_command",
                                                                                        required=True)
    listing = feedback.add_parser("list", help="newest first")
    export = feedback.add_parser("export", help="gold-format JSON Lines for the evaluation set")
    export.add_argument("--out", required=True, help="file to write")
    for parser in (listing, export):
        parser.add_argument("--verdict", choices=["up", "down"])
        parser.add_argument("--limit", type=int, default=1000)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)
    export.set_defaults(func=cmd_export)
