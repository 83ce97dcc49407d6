"""Shared fixtures: the real document, the real model and index (built once per session), and a tiny
deterministic fake embedder for plumbing tests."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.answer import ask  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from corpus.errors import DataFileError  # noqa: E402
from corpus.models import Corpus  # noqa: E402
from corpus.parse import DEFAULT_SOURCE, ParseReport, parse_corpus  # noqa: E402
from corpus.table import read_rows  # noqa: E402
from eval.server_process import start_server  # noqa: E402

SOURCE_LINES = DEFAULT_SOURCE.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def parsed() -> tuple[Corpus, ParseReport]:
    return parse_corpus(DEFAULT_SOURCE)


@pytest.fixture(scope="session")
def corpus(parsed: tuple[Corpus, ParseReport]) -> Corpus:
    return parsed[0]


def malformed_data_file_is_refused(folder: Path, monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str,
                                   content: str, load: Callable[[], object], forget: Callable[[], None]) -> None:
    """A data file of ``module`` (read from its ``DATA`` folder by ``load``, cached until ``forget``) written as
    ``content`` is refused with a clear data error naming it; the real file is read again afterwards."""
    (folder / name).write_text(content, encoding="utf-8")
    monkeypatch.setattr(module, "DATA", folder)
    forget()
    try:
        with pytest.raises(DataFileError, match=name):
            load()
    finally:
        monkeypatch.undo()
        forget()


def said_missing(a) -> bool:  # type: ignore[no-untyped-def]
    """An answer that cites nothing and says the plan does not answer (方案中没有…)."""
    return not a.citations and "方案中没有" in a.answer


def figure_kind_named(name: str):  # type: ignore[no-untyped-def]
    """The kind of figure ``name`` of figures.toml (amount, rate, phone …); imported here, not when tests start."""
    from assistant.plain.figures import figures

    return next(k for k in figures().kinds if k.name == name)


def with_known_misses(rows: list, misses: dict, key: Callable = lambda row: row,  # type: ignore[type-arg]
                       ids: Callable | None = None) -> list:  # type: ignore[type-arg]
    """``rows`` as parameters, each whose ``key`` ``misses`` names marked a strict expected failure with its reason (a
    retraining flip or a held-out miss left unmended; strict, so a fix shows)."""
    return [pytest.param(*row, id=ids(row) if ids else None,
                         marks=[pytest.mark.xfail(strict=True, reason=misses[key(row)])] if key(row) in misses else [])
            for row in rows]


def answered_first(runtime, said: str, first: int, figure: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """``said`` asked of the real runtime cites ``first`` first, and quotes ``figure`` when one is given."""
    answer = ask(runtime, said)
    assert answer.citations[:1] == (first,), (answer.citations, answer.answer[:300])
    assert figure is None or figure in answer.answer, answer.answer[:400]


def answered_first_among(runtime, said: str, firsts: tuple[int, ...] | set[int]) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """``said`` asked of the real runtime cites one of ``firsts`` first; its citations, for further checks."""
    cited = ask(runtime, said).citations
    assert cited[:1] and cited[0] in firsts, cited
    return cited


def passage(measure: int, text: str):  # type: ignore[no-untyped-def]
    """One retrieved passage of measure ``measure`` (a real sentence of it), for the figure checks."""
    from index.search import Hit
    return Hit(rank=1, chunk_id=f"m{measure}", measure=measure, label=f"第{measure}条", score=1.0,
               retrievers=("dense",), text=text)


def scope_refuses(question: str, says: str, named: bool = False) -> None:
    """A scope rule refuses ``question`` with a reason saying ``says`` (no runtime needed)."""
    from assistant.plain.callers import out_of_scope
    why = out_of_scope(question, named=named)
    assert why is not None and says in why, (question, why)


def refused_whole(runtime, question: str, says: str = "方案中没有") -> None:  # type: ignore[no-untyped-def]
    """``question`` asked of the real runtime cites nothing and says why (``says``)."""
    answer = ask(runtime, question)
    assert not answer.citations and says in answer.answer, answer.answer[:300]


def first_cited(answer: str) -> str:
    """The answer's first cited line (【第N条】「quote」…), or "" when it cites none."""
    return next((line for line in answer.splitlines() if line.startswith("【")), "")


def source_rows(first: int, last: int):  # type: ignore[no-untyped-def]
    """Rows of the real source between 1-based lines ``first`` and ``last`` (a small real snippet)."""
    return read_rows(SOURCE_LINES[first - 1 : last], first)


class HashEmbedder:
    """Deterministic stand-in for plumbing tests: character-bigram hashing into 64 dimensions."""

    name = "hash-64"
    dimension = 64
    path = Path("/fake/hash-64")

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for a, b in zip(text, text[1:], strict=False):
                h = int(hashlib.md5((a + b).encode()).hexdigest()[:8], 16)
                out[row, h % self.dimension] += 1.0
            norm = np.linalg.norm(out[row]) or 1.0
            out[row] /= norm
        return out


@pytest.fixture
def fake_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose index folder is private to this test session (real m3e-small, real document)."""
    return Settings(index_dir=tmp_path_factory.mktemp("real") / "index")


@pytest.fixture(scope="session")
def runtime(real_settings: Settings):  # type: ignore[no-untyped-def]
    from assistant.runtime import build, get_runtime

    build(real_settings, show_progress=False)
    rt = get_runtime(real_settings)
    assert rt.retriever.dense_available, "the real model must load for retrieval tests"
    return rt


@pytest.fixture(scope="session")
def server_url(runtime, real_settings: Settings):  # type: ignore[no-untyped-def]
    proc, base = start_server(real_settings.index_dir)
    yield base
    proc.terminate()
    proc.wait(timeout=30)
