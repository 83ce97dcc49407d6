"""``policyqa`` command line: a thin layer over the library calls; errors become exit codes, never tracebacks."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from assistant.serving import feedback_cli
from assistant.settings import Settings, settings_from_env
from corpus.errors import PolicyQAError, error_body, exit_code


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_corpus_check(settings: Settings, args: argparse.Namespace) -> int:
    from corpus.check import check_corpus, format_check
    from corpus.parse import parse_corpus

    corpus, report = parse_corpus(settings.source_path)
    result = check_corpus(corpus, report)
    print(format_check(result))
    return 0 if result.ok else 1


def cmd_corpus_dump(settings: Settings, args: argparse.Namespace) -> int:
    from corpus.parse import load_corpus
    from corpus.serialize import corpus_dict

    _print_json(corpus_dict(load_corpus(settings.source_path)))
    return 0


def cmd_build(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.runtime import build

    manifest = build(settings, show_progress=not args.quiet)
    dense = f"{manifest['model']} ({manifest['dimension']}维, {manifest['index_kind']})" if manifest["dense"] else "无（仅 BM25）"
    print(
        f"索引已写入 {settings.index_dir}：{manifest['chunk_count']} 个片段，向量模型 {dense}，"
        f"用时 {manifest['build_seconds']} 秒 / index built"
    )
    return 0


def cmd_search(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.serving.service import search_json
    from assistant.validate import validate_k

    validate_k(args.k)
    if args.batch:
        from assistant.batch import run_batch

        return run_batch(settings, Path(args.batch), "search", k=args.k, mode=args.mode)
    runtime_result = search_json(settings, args.query or "", args.k, args.mode)
    if args.json:
        _print_json(runtime_result["hits"])
    else:
        if runtime_result["degraded"]:
            print("（向量模型不可用，仅使用关键词检索 / degraded: BM25 only）")
        for hit in runtime_result["hits"]:
            text = hit["text"] if len(hit["text"]) <= 90 else hit["text"][:88] + "…"
            print(f"{hit['rank']:>2}. {hit['label']} {hit['score']:.4f} [{'+'.join(hit['retrievers'])}] {text}")
        if not runtime_result["hits"]:
            print("没有找到相关内容 / no match")
    return 0


def _read_context(raw: str | None) -> dict | None:
    """--context takes a previous `ask --json` output: a file path, '-' for stdin, or the JSON itself."""
    from corpus.errors import QuestionError

    if not raw:
        return None
    if raw != "-" and not Path(raw).is_file() and not raw.lstrip().startswith(("{", "[")):
        raise QuestionError(f"找不到 --context 文件：{raw} / no such --context file")
    try:
        text = sys.stdin.read() if raw == "-" else (Path(raw).read_text(encoding="utf-8") if Path(raw).is_file() else raw)
        data = json.loads(text)
    except (OSError, ValueError) as err:
        raise QuestionError(f"--context 不是有效的 JSON：{err} / --context is not valid JSON") from None
    state = data.get("state", data) if isinstance(data, dict) else None
    if not isinstance(state, dict) or not isinstance(state.get("question"), str):  # not a previous answer: said
        raise QuestionError("--context 不是上一次 `ask --json` 的输出（缺少 state） / --context is not a previous answer")
    return data


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.serving.service import ask_json

    if args.batch:
        from assistant.batch import run_batch

        return run_batch(settings, Path(args.batch), "ask")
    result = ask_json(settings, args.question or "", _read_context(args.context))
    if args.json:
        _print_json(result)
    else:
        print(result["answer"])
        if result["degraded"]:
            print("\n（向量模型不可用，本次仅使用关键词检索 / degraded: BM25 only）")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyqa", description="资阳营商环境政策问答助手 (offline)")
    parser.add_argument("--source", help="source text (default: the bundled plan)")
    parser.add_argument("--index-dir", help="index folder (env POLICYQA_INDEX_DIR)")
    parser.add_argument("--model", help="local sentence-transformers folder (env POLICYQA_MODEL)")
    parser.add_argument("--index-kind", choices=["flat", "hnsw"], help="FAISS index kind (env POLICYQA_INDEX_KIND)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    corpus = sub.add_parser("corpus", help="inspect the parsed plan").add_subparsers(dest="corpus_command", required=True)
    corpus.add_parser("check", help="counts and invariants").set_defaults(func=cmd_corpus_check)
    dump = corpus.add_parser("dump", help="every record as JSON")
    dump.add_argument("--json", action="store_true", required=True)
    dump.set_defaults(func=cmd_corpus_dump)

    build = sub.add_parser("build", help="parse the corpus and write the index")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.set_defaults(func=cmd_build)

    search = sub.add_parser("search", help="ranked passages for a query")
    search.add_argument("query", nargs="?")
    search.add_argument("-k", type=int, default=10)
    search.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    search.add_argument("--json", action="store_true")
    search.add_argument("--batch", help="JSON Lines or plain-text file of queries")
    search.set_defaults(func=cmd_search)

    ask = sub.add_parser("ask", help="answer a question with cited measures")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--context", help="a previous `ask --json` output (file, '-' or JSON) for follow-ups")
    ask.add_argument("--batch", help="JSON Lines or plain-text file of questions")
    ask.set_defaults(func=cmd_ask)

    feedback_cli.register(sub)

    # later stages add their commands (eval, serve) through the "policyqa.commands" entry points,
    # so this stage never imports them
    for entry in entry_points(group="policyqa.commands"):
        entry.load()(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    settings = settings_from_env().with_overrides(
        source_path=Path(args.source) if args.source else None,
        index_dir=Path(args.index_dir) if args.index_dir else None,
        model_path=Path(args.model) if args.model else None,
        index_kind=args.index_kind,
    )
    func: Callable[[Settings, argparse.Namespace], int] = args.func
    try:
        return func(settings, args)
    except PolicyQAError as err:
        print(f"错误 error: {err.message}", file=sys.stderr)
        if getattr(args, "json", False):  # a client reading --json output gets JSON on stdout too
            _print_json(error_body(err.message, type(err).__name__, exit_code(err)))
        return exit_code(err)
    except KeyboardInterrupt:
        print("已中断 / interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # an unexpected failure is still reported without a traceback
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        print(f"内部错误 internal error: {type(err).__name__}: {err}（用 -v 查看日志 / see -v）", file=sys.stderr)
        if getattr(args, "json", False):
            _print_json(error_body(f"内部错误 / internal error: {type(err).__name__}", "internal_error", 1))
        return 1


if __name__ == "__main__":
    sys.exit(main())
