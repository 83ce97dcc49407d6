"""jieba's word frequencies read per word from disk instead of loaded whole.

jieba keeps its prefix dictionary (~580,000 words and prefixes) in one dict; loading it (``marshal.load`` of
its cache) costs ~0.6 s of every process, though a question looks up a few dozen of them. The dictionary as
the tokenizer uses it (jieba's words plus the plan's own vocabulary) is written once into an SQLite file
(``var/cache/jieba-<key>.sqlite``); ``DiskFreq`` answers jieba's lookups from it, remembering what it read.
Tokens are identical to the in-memory dictionary's (tests/test_tokenize.py compares every chunk). The file also
keeps the words jieba's dictionary tags as grammar (``grammar_words``), so that no process loads it whole for them,
and every word's tag (``dictionary_tags``), read per word as the frequencies are.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jieba

SCHEMA = 3  # 2: the grammar table; 3: the tags table
_MEMO_LIMIT = 200_000
GRAMMAR_TAGS = frozenset({"d", "f"})  # adverbs (一直, 到底, 大概) and locatives (以后, 里头, 背后)


def dictionary_file() -> Path:
    return Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)


def dictionary_tags(path: Path | None = None) -> dict[str, str]:
    """Each word's part-of-speech tag in jieba's dictionary (``word freq tag`` per line): 高龄 n, 什么 r, 两项 m."""
    out = {}
    with (path or dictionary_file()).open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = parts[2]
    return out


def grammar_words(path: Path | None = None, tags: Mapping[str, str] | None = None) -> frozenset[str]:
    """The words jieba's dictionary tags as an adverb or a locative: they say how, when or where, never what a
    question is about (read by ``KeywordTokenizer.is_topic_word``)."""
    return frozenset(w for w, tag in (tags if tags is not None else dictionary_tags(path)).items() if tag in GRAMMAR_TAGS)


def dictionary_key(words: list[str]) -> str:
    """What the frequencies depend on: jieba's version and dictionary file, and the added words."""
    digest = hashlib.sha256(f"{SCHEMA}|{version('jieba')}".encode())
    dict_file = dictionary_file()
    try:
        stat = dict_file.stat()
        digest.update(f"{dict_file}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    except OSError:
        digest.update(str(dict_file).encode())
    digest.update("\n".join(words).encode())
    return digest.hexdigest()[:20]


def write_frequencies(path: Path, freq: Mapping[str, int], total: int, grammar: Iterable[str] = (),
                      tags: Mapping[str, str] | None = None) -> None:
    """Write ``freq``, ``total``, the ``grammar`` words and the words' ``tags`` to ``path`` atomically (a temporary
    file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}")
    tmp.unlink(missing_ok=True)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")
            db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
            db.execute("INSERT INTO meta VALUES ('total', ?)", (int(total),))
            db.execute("CREATE TABLE grammar (word TEXT PRIMARY KEY) WITHOUT ROWID")
            db.executemany("INSERT INTO grammar VALUES (?)", ((w,) for w in sorted(set(grammar))))
            db.execute("CREATE TABLE tags (word TEXT PRIMARY KEY, tag TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO tags VALUES (?, ?)", (tags or {}).items())
        db.close()
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


class DiskFreq(Mapping[str, int]):
    """A read-mostly mapping over the SQLite file; words added later (``add_word``) stay in memory."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        row = self._db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        if row is None:
            raise sqlite3.DatabaseError(f"{path}: no total")
        self.total = int(row[0])
        self.grammar = frozenset(w for (w,) in self._db.execute("SELECT word FROM grammar"))
        self._db.execute("SELECT tag FROM tags LIMIT 1").fetchall()  # a file written without tags is rebuilt
        self._memo: dict[str, Any] = {}
        self._tags: dict[str, Any] = {}
        self._added: dict[str, int] = {}

    def tag(self, word: str) -> str | None:
        """``word``'s tag in jieba's dictionary, None for a word it lacks."""
        found = self._read("SELECT tag FROM tags WHERE word = ?", word, self._tags)
        return None if found is None else str(found)

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        found = self._added[key] if key in self._added else self._stored(key)
        return default if found is None else found

    def _stored(self, key: str) -> int | None:
        found = self._read("SELECT n FROM freq WHERE word = ?", key, self._memo)
        return None if found is None else int(found)

    def _read(self, query: str, key: str, memo: dict[str, Any]) -> Any:
        """The one column ``query`` reads for ``key`` (None: no row), remembered in ``memo``."""
        if key in memo:
            return memo[key]
        with self._lock:
            row = self._db.execute(query, (key,)).fetchone()
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        memo[key] = None if row is None else row[0]
        return memo[key]

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __setitem__(self, key: str, value: int) -> None:
        self._added[key] = value

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            words = {w for (w,) in self._db.execute("SELECT word FROM freq")}
        yield from words
        yield from (w for w in self._added if w not in words)

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._db.execute("SELECT COUNT(*) FROM freq").fetchone()
        return int(count) + sum(1 for w in self._added if self._stored(w) is None)
