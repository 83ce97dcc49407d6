"""Input checks shared by every edge: a clear ``QuestionError`` instead of a crash."""

from __future__ import annotations

from assistant.settings import Settings
from corpus.errors import QuestionError

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
            f"问题过长（{len(text)} 字，上限 {settings.max_question_chars} 字）/ question too long "
            f"({len(text)} characters, at most {settings.max_question_chars})"
        )
    return text
