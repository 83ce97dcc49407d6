"""Keyword tokens for BM25: a private jieba Tokenizer with the plan's own vocabulary, stopwords removed."""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import jieba

from corpus.errors import DataFileError
from corpus.models import Corpus
from corpus.table import DATA, _load_toml
from corpus.text import to_half_width
from corpus.units import load_catalog
from index.word_freq import DiskFreq, dictionary_key, dictionary_tags, grammar_words, write_frequencies

log = logging.getLogger(__name__)
logging.getLogger("jieba").setLevel(logging.WARNING)
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9+]")


@dataclass(frozen=True)
class Program:
    name: str
    variants: tuple[str, ...]


@lru_cache(maxsize=1)
def programs() -> tuple[Program, ...]:
    return tuple(Program(p["name"], tuple(p.get("variants", ()))) for p in _load_toml("programs.toml")["program"])


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def fold_variants(text: str) -> str:
    """Printed variants of programme names become the one token form ("双随机、一公开" -> "双随机一公开")."""
    text = to_half_width(text).lower()
    for program in programs():
        for variant in sorted(program.variants, key=len, reverse=True):
            text = text.replace(variant.lower(), program.name.lower())
    return text


@dataclass(frozen=True)
class PlanWord:
    word: str
    contexts: tuple[str, ...]  # where jieba's suggested frequency still cuts it apart (代开发票)


@lru_cache(maxsize=1)
def plan_words() -> tuple[PlanWord, ...]:
    """Words of the plan jieba's dictionary lacks (data/words.toml), kept whole in a caller's sentence too."""
    try:
        return tuple(PlanWord(e["word"], tuple(e.get("contexts", ()))) for e in _load_toml("words.toml")["word"])
    except (KeyError, TypeError) as err:
        raise DataFileError(f"words.toml 条目缺少字段 {err} / entry lacks {err}") from err


def plan_vocabulary() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """``plan_words`` as the tokenizer takes them: the words, and (word, context) pairs."""
    words = plan_words()
    return tuple(w.word for w in words), tuple((w.word, c) for w in words for c in w.contexts)


NAME_FREQ = 20000  # a domain name's frequency: jieba keeps the whole name as one token wherever it stands


def _added(words: list[str], common: tuple[str, ...], contexts: tuple[tuple[str, str], ...]) -> list[str]:
    """The words added to jieba's dictionary, one line each, as its cache file and the index manifest key them."""
    return [*words, "|", *common, "|", *(f"{w}:{c}" for w, c in contexts)]


def vocabulary_key(corpus: Corpus | None = None) -> str:
    """What the keyword index's tokens depend on besides the text: the words added to jieba's dictionary (an
    index built with other words is stale: its tokens are not the ones a question is cut into)."""
    common, contexts = plan_vocabulary()
    words = "\n".join([*_added(domain_words(corpus), common, contexts), "|", version("jieba")])
    return hashlib.sha256(words.encode()).hexdigest()[:16]


def domain_words(corpus: Corpus | None = None) -> list[str]:
    catalog = load_catalog()
    words = {p.name for p in programs()}
    for unit in catalog.units:
        words |= {unit.name, *unit.printed, *unit.short}
    if corpus is not None:
        words |= {i.name for i in corpus.indicators}
    return sorted(w for w in words if len(w) > 1 and "、" not in w)


A_NOT_A = re.compile(r"(.)[不没]\1")  # a question's A-not-A form: 是不是, 有没有, 管不管, 可不(可以)


class KeywordTokenizer:
    """Wraps one ``jieba.Tokenizer`` instance (never the global one) loaded with the domain words."""

    def __init__(self, words: list[str], cache_dir: Path | None = None, common: tuple[str, ...] = (),
                 contexts: tuple[tuple[str, str], ...] = ()) -> None:
        """``words``: names kept whole wherever they stand (a high frequency); ``common``: words jieba lacks,
        added with the frequency it suggests (kept whole unless a likelier cut exists: 法规|上, not 法|规上);
        ``contexts``: (word, text) pairs where a common word must be cut whole all the same (代开发票)."""
        self._jieba = jieba.Tokenizer()
        self._stop = stopwords()
        words = sorted({to_half_width(w).lower() for w in words})
        common = tuple(w for w in dict.fromkeys(to_half_width(w).lower() for w in common) if w not in words)
        contexts = tuple((w, c) for w, c in contexts if w in common)
        on_disk = cache_dir / f"jieba-{dictionary_key(_added(words, common, contexts))}.sqlite" if cache_dir is not None else None
        if on_disk is not None and self._open_on_disk(on_disk):
            return
        tags = dictionary_tags()
        self._tag: Callable[[str], str | None] = tags.get
        self._grammar = grammar_words(tags=tags) - set(words)
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            self._jieba.tmp_dir = str(cache_dir)
        for word in words:
            self._jieba.add_word(word, freq=NAME_FREQ)
        for word in common:
            self._jieba.add_word(word)  # jieba's suggest_freq: just enough to outweigh the word's own parts
        for word, context in contexts:  # raised (doubled) until the word is cut whole there too, up to a name's
            while word not in self._jieba.lcut(context, HMM=True) and self._jieba.FREQ[word] < NAME_FREQ:
                self._jieba.add_word(word, freq=min(2 * self._jieba.FREQ[word], NAME_FREQ))
        if on_disk is not None:
            try:  # the next process reads words from disk instead of loading the whole dictionary
                write_frequencies(on_disk, self._jieba.FREQ, self._jieba.total, self._grammar, tags)
            except (OSError, sqlite3.Error) as err:
                log.info("cannot cache jieba's dictionary at %s: %s", on_disk, err)

    def _open_on_disk(self, path: Path) -> bool:
        try:
            freq = DiskFreq(path) if path.exists() else None
        except sqlite3.Error as err:  # damaged or half-written: rebuilt from jieba's own dictionary
            log.warning("jieba dictionary cache %s unreadable (%s): rebuilding it", path, err)
            path.unlink(missing_ok=True)
            freq = None
        if freq is None:
            return False
        self._jieba.FREQ, self._jieba.total = freq, freq.total  # type: ignore[assignment]
        self._grammar = freq.grammar
        self._tag = freq.tag
        self._jieba.initialized = True
        return True

    def words(self, text: str) -> list[str]:
        """Precise-mode words (no sub-words), stopwords kept: for reading a question, not for BM25."""
        return [w for w in self._jieba.lcut(fold_variants(text), HMM=True) if w.strip()]

    def is_grammar_word(self, word: str) -> bool:
        """An adverb or locative by jieba's dictionary (一直, 到底, 里头: ``grammar_words``), or an A-not-A form."""
        return word in self._grammar or (A_NOT_A.match(word) is not None and len(word) <= 4)

    def is_topic_word(self, word: str) -> bool:
        """A word that can name a topic: not a function word ("多少", "怎么"), and not a fragment jieba's HMM
        made up from unknown Chinese text ("想代", "开个", but also 公租房: measured, counting unknown longer
        words refused more hotline questions than out-of-domain ones), nor a question's A-not-A form (是不是,
        有没有, 可不可以: grammar, whatever the verb; replayed on the tuning sets' hotline vs out-of-domain
        questions: 7 of 30 refused hotline questions answered, 2 of 473 refused out-of-domain ones not); Latin
        words (python) are topic words, numbers (88平) are not. Nor are the words jieba's dictionary tags as
        adverbs or locatives (一直, 到底, 以后, 里头: ``grammar_words``; on every tuning set, eval.plain: blind31
        R@5 0.871 -> 0.887, blind34 callers' measure first 28 -> 29 of 30, nothing lower, out-of-domain refusals
        unchanged; dropping pronouns too answered 6 more out-of-domain questions, replayed offline)."""
        if word in self._stop or self.is_grammar_word(word):
            return False
        return self.is_word(word) or re.fullmatch(r"[A-Za-z]{2,}", word) is not None

    def is_word(self, word: str) -> bool:
        """A word of jieba's dictionary (一次性), whatever its tag."""
        return bool(self._jieba.FREQ.get(word))

    def is_noun(self, word: str) -> bool:
        """A word jieba's dictionary tags as a noun (n, nz, ns …) or a verbal noun (vn): 高龄, 购车, 生育; not 什么
        (r), 两项 (m), 省里 (s), 没得 (v), nor a word it lacks."""
        tag = self._tag(word)
        return tag is not None and (tag.startswith("n") or tag == "vn")

    def words_exact(self, text: str) -> list[str]:
        """Precise-mode words of ``text`` as written (no folding, spaces kept), joining back to it."""
        return list(self._jieba.cut(text, HMM=True))

    def tokens(self, text: str) -> list[str]:
        folded = fold_variants(text)
        out = []
        for token in self._jieba.cut_for_search(folded, HMM=True):
            token = token.strip()
            if token and token not in self._stop and _KEEP.search(token):
                out.append(token)
        return out


_TOKENIZERS: dict[int, tuple[Corpus, KeywordTokenizer]] = {}


def keyword_tokenizer(corpus: Corpus, cache_dir: Path | None = None) -> KeywordTokenizer:
    """One tokenizer per corpus, built once (jieba's dictionary load takes most of a second): whoever asks
    first decides where jieba caches its dictionary; later callers share the same instance."""
    found = _TOKENIZERS.get(id(corpus))
    if found is None or found[0] is not corpus:
        if len(_TOKENIZERS) >= 4:
            _TOKENIZERS.clear()
        found = (corpus, KeywordTokenizer(domain_words(corpus), cache_dir, *plan_vocabulary()))
        _TOKENIZERS[id(corpus)] = found
    return found[1]
