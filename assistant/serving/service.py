"""Library calls shared by the CLI, the API and the UI: each returns the documented JSON shapes."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from assistant.normalize import normalize_question
from assistant.runtime import get_runtime
from assistant.settings import Settings
from assistant.validate import validate_k, validate_query
from corpus.errors import QuestionError
from index.search import MODES, search


def search_json(settings: Settings, query: str, k: int = 10, mode: str = "hybrid") -> dict[str, Any]:
    """{"query", "mode", "degraded", "hits": [{"rank", "chunk_id", "measure", "label", "score", "text", "retrievers"}]}"""
    validate_k(k)
    if mode not in MODES:
        raise QuestionError(f"mode 必须是 {'/'.join(MODES)} 之一 / unknown mode")
    text = normalize_question(validate_query(query, settings))
    runtime = get_runtime(settings)
    result = search(runtime.retriever, text, k=k, mode=mode)
    hits = [{**asdict(h), "retrievers": list(h.retrievers), "degraded": result.degraded} for h in result.hits]
    return {"query": text, "mode": result.mode, "degraded": result.degraded, "hits": hits, "timings_ms": result.timings_ms}


def ask_json(settings: Settings, question: str, context: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``policyqa ask --json`` shape (see README), plus ``state`` for follow-up questions."""
    from assistant.answer import ask

    return ask(get_runtime(settings), question, state=state_from_context(context)).to_json()


def state_from_context(context: dict[str, Any] | None) -> dict[str, Any] | None:
    """A previous answer's JSON (or just its ``state``) -> the conversation state."""
    if not isinstance(context, dict):
        return None
    state = context.get("state", context)
    return state if isinstance(state, dict) else None
