"""OpenAI-compatible chat completions over ``ask``: messages in, the cited answer as the assistant message."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from assistant.answer import Answer, ask
from assistant.runtime import Runtime
from corpus.errors import QuestionError

MAX_REPLAYED_TURNS = 5


def text_of(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if part.get("type") == "text")
    return ""


def answer_messages(runtime: Runtime, messages: list[tuple[str, str]]) -> Answer:
    """The last user message is the question; earlier user turns are replayed to rebuild the
    conversation state, so "其中哪些6月到期？" works through any chat client."""
    questions = [text for role, text in messages if role == "user" and text.strip()]
    if not questions:
        raise QuestionError("没有用户消息 / no user message")
    state: dict[str, Any] | None = None
    for earlier in questions[-1 - MAX_REPLAYED_TURNS : -1]:
        try:
            state = ask(runtime, earlier, state=state).state
        except QuestionError:
            state = None
    return ask(runtime, questions[-1], state=state)


def _meta(answer: Answer) -> dict[str, Any]:
    return {"citations": list(answer.citations), "count": answer.count, "understood": answer.understood}


def completion(answer: Answer, model: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": answer.answer}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "policyqa": _meta(answer),
    }


def sse_chunks(answer: Answer, model: str) -> Iterator[str]:
    """Server-sent events in the OpenAI streaming format: role, content line by line, stop, [DONE]."""
    ident, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        body = {
            "id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant"})
    for line in answer.answer.splitlines(keepends=True):
        yield chunk({"content": line})
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"
