"""Library calls shared by the CLI, the API and the UI: each returns the documented JSON shapes."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from assistant.runtime import get_runtime
from assistant.settings import Settings
from corpus.errors import QuestionError
from index.search import MODES, search

MAX_K = 100


def validate_k(k: int) -> None:
    if not 1 <= k <= MAX_K:
        raise QuestionError(f"k 必须在 1 到 {MAX_K} 之间 / k must be between 1 and {MAX_K}")


def validate_query(query: str, settings: Settings) -> str:
    text = (query or "").strip()
    if not text:
        raise QuestionError("问题不能为空 / the question is empty")
    if len(text) > settings.max_question_chars:
        raise QuestionError(
            f"问题过长（{len(text)} 字，上限 {settings.max_question_chars}）/ question too long"
        )
    return text


def search_json(settings: Settings, query: str, k: int = 10, mode: str = "hybrid") -> dict[str, Any]:
    """{"query", "mode", "degraded", "hits": [{"rank", "chunk_id", "measure", "label", "score", "text", "retrievers"}]}"""
    validate_k(k)
    if mode not in MODES:
        raise QuestionError(f"mode 必须是 {'/'.join(MODES)} 之一 / unknown mode")
    from assistant.normalize import normalize_question

    text = normalize_question(validate_query(query, settings))
    runtime = get_runtime(settings)
    result = search(runtime.retriever, text, k=k, mode=mode)
    hits = [{**asdict(h), "retrievers": list(h.retrievers)} for h in result.hits]
    return {"query": text, "mode": result.mode, "degraded": result.degraded, "hits": hits, "timings_ms": result.timings_ms}
