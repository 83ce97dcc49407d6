"""FAISS inner-product index over normalised embeddings: exact by default, HNSW by setting."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

FAISS_FILE = "dense.faiss"
INDEX_KINDS = ("flat", "hnsw")


def build_dense(vectors: np.ndarray, kind: str = "flat") -> faiss.Index:
    if kind not in INDEX_KINDS:
        raise ValueError(f"index kind must be one of {INDEX_KINDS}")
    dim = vectors.shape[1]
    index: faiss.Index
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    else:
        # approximate search for corpora of 100k+ chunks; inner product on normalised vectors = cosine
        hnsw = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.hnsw.efSearch = 64
        index = hnsw
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def save_dense(index: faiss.Index, folder: Path) -> None:
    faiss.write_index(index, str(folder / FAISS_FILE))


def load_dense(folder: Path) -> faiss.Index:
    return faiss.read_index(str(folder / FAISS_FILE))


def dense_search(index: faiss.Index, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(scores, positions) of the k nearest chunks; positions of -1 are dropped."""
    scores, ids = index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
