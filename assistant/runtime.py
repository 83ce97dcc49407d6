"""The one lazy accessor for heavy things: corpus, embedding model, index. Loaded once per Settings."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

from assistant.settings import Settings
from corpus.errors import IndexMissingError, ModelUnavailableError
from corpus.models import Corpus
from corpus.parse import load_corpus
from index.embedder import Embedder, default_model_path, load_embedder
from index.search import Retriever
from index.store import build_index, load_index
from index.tokenize import keyword_tokenizer

log = logging.getLogger(__name__)
_lock = threading.Lock()


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    corpus: Corpus
    retriever: Retriever

    @property
    def degraded(self) -> bool:
        return not self.retriever.dense_available


@lru_cache(maxsize=4)
def try_load_embedder(settings: Settings) -> Embedder | None:
    """The model, or None (logged) when it is missing or fails: search then runs on BM25 alone."""
    try:
        return load_embedder(settings.model_path, int8_queries=settings.query_precision == "int8")
    except ModelUnavailableError as err:
        log.warning("%s", err.message)
        return None


def resolved_model_path(settings: Settings) -> str | None:
    path = settings.model_path or default_model_path()
    return str(path) if path else None


def build(settings: Settings, show_progress: bool = True) -> dict:
    corpus = load_corpus(settings.source_path)
    embedder = try_load_embedder(settings)
    return build_index(corpus, settings.index_dir, embedder, settings.index_kind, show_progress)


def get_runtime(settings: Settings) -> Runtime:
    with _lock:  # the API may ask from several threads at start-up; load once
        return _runtime(settings)


@lru_cache(maxsize=4)
def _runtime(settings: Settings) -> Runtime:
    corpus = load_corpus(settings.source_path)
    embedder = try_load_embedder(settings)
    model_path = getattr(embedder, "path", None)
    try:
        index = load_index(corpus, settings.index_dir, model_path)
    except IndexMissingError:
        log.info("no index at %s: building it now", settings.index_dir)
        build_index(corpus, settings.index_dir, embedder, settings.index_kind, show_progress=False)
        index = load_index(corpus, settings.index_dir, model_path)
    if embedder is not None and index.dense is None:
        log.warning("the index was built without the embedding model; run `policyqa build` for dense search")
    tokenizer = keyword_tokenizer(corpus, settings.index_dir.parent / "cache")
    retriever = Retriever(index, tokenizer, embedder)
    # warm up once here, so the first question is not the one that pays for lazy initialisation
    tokenizer.words("预热")
    if retriever.dense_available:
        retriever.embed_query("预热")
    return Runtime(settings, corpus, retriever)
