"""``ask --batch`` / ``search --batch``: many questions in one process, one JSON object per line, in order.

The file is JSON Lines with at least {"id", "question"} (``query`` is accepted too), or plain text with
one question per line (ids are line numbers). A bad line yields an error object for that id; the rest run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.serving.service import ask_json, search_json
from assistant.settings import Settings
from corpus.errors import PolicyQAError, QuestionError


def read_batch(path: Path) -> Iterator[tuple[str, str | None, str | None]]:
    """(id, question, error) per non-empty line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise QuestionError(f"无法读取批量文件 {path}：{err} / cannot read batch file") from None
    first = next((line.strip() for line in lines if line.strip()), "")
    as_json = first.startswith("{")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if not as_json:
            yield str(number), line.strip(), None
            continue
        try:
            raw = json.loads(line)
            question = raw.get("question", raw.get("query"))
            qid = str(raw.get("id", number))
        except (json.JSONDecodeError, AttributeError):
            yield str(number), None, f"第{number}行不是 JSON 对象 / line {number} is not a JSON object"
            continue
        if not isinstance(question, str):
            yield qid, None, f"第{number}行缺少 question / line {number} has no question"
            continue
        yield qid, question, None


def run_batch(settings: Settings, path: Path, kind: str, k: int = 10, mode: str = "hybrid") -> int:
    for qid, question, error in read_batch(path):
        out: dict[str, Any] = {"id": qid}
        if error is None and question is not None:
            try:
                out.update(ask_json(settings, question) if kind == "ask" else search_json(settings, question, k, mode))
            except PolicyQAError as err:
                error = err.message
        if error is not None:
            out["error"] = error
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
