"""Questions asked before: the tuning sets' hotline questions with the measures that answer them (none: the plan
does not answer), read as evidence for a new question by the words they share.

Callers ask about the same measures in their own words (公章, 二手房过户, 卖房子, 接天然气), which the plan does
not write. A new question's keyword match (BM25) against the earlier questions names the measures that answered
questions worded like it, and tells whether questions worded like it were answered at all. Words every caller
uses (要跑几个环节, 多少钱, 咋办) are in many earlier questions and weigh little; a subject word weighs much. Two uses:
* ranking (``ranker``): for each candidate passage's measure, the best-matching earlier question it answered (a
  match under ``NAMES`` names no measure) and how far it is behind the best match overall;
* the answerability gate (``retrieval.answerable``): how much better the question matches an answered earlier
  question than an unanswered one.
A match is scored as a share of both questions' matches with themselves (1: the same words; a word only one of
them has, like another city's name, lowers it).

The memory (``data/asked.json``) is written by ``python -m eval.train_ranker`` from the tuning sets
``eval.plain`` reads (never a held-out set, never validation.jsonl). Scoring a tuning set, ``eval.plain`` leaves
that set's own questions out (``leaving_out``), so its figures are not read off itself.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import math
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.plain.data_files import DATA
from corpus.errors import DataFileError
from index.search import Retriever

log = logging.getLogger(__name__)
ASKED = "asked.json"
CLOSE = 0.4  # an answered question's match at least this good counts at the gate (weaker ones share only
# common words: 公司 + 几天)
HELD = 0.5  # an unanswered one's counts when the new question holds at least this share of it (结婚登记需要准备什么
# 材料 is not held by 小微企业申请用电需要准备哪些材料: its reason, 结婚登记, is missing)
NAMES = 0.5  # a match at least this good names measures for ranking
K1, B = 1.2, 0.75  # BM25, as the passages' keyword index reads them
CHECKED = 50  # stored words checked against the tokenizer: about this many questions, spread over the file
_left_out: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("asked_left_out", default=frozenset())
_lock = threading.Lock()
_indexes: dict[tuple[int, frozenset[str]], MemoryIndex] = {}
_recalls: dict[tuple[int, frozenset[str], str], Recalled] = {}


@dataclass(frozen=True)
class Asked:
    questions: tuple[str, ...]
    sets: tuple[str, ...]  # the set each came from (blind9.jsonl, blind9_callers.jsonl, blind9_ood.jsonl: blind9)
    measures: tuple[frozenset[int], ...]  # empty: the plan does not answer it
    words: tuple[tuple[str, ...], ...] | None = None  # each question's words as training tokenized them (a fresh
    # process then need not tokenize 3,000 questions: ~0.5 s); checked against the tokenizer before use


@dataclass(frozen=True)
class MemoryIndex:
    """BM25 over the earlier questions kept (``rows``): each word's questions and weights (idf times the term
    weight), and each word's idf and the average length, to weigh the new question against itself."""

    rows: np.ndarray  # memory positions kept
    postings: dict[str, tuple[np.ndarray, np.ndarray]]  # word -> (index into rows, weight)
    itself: np.ndarray  # each kept question's match with itself
    answered: np.ndarray  # whether each kept question was answered
    idf: dict[str, float]
    average_length: float


@dataclass(frozen=True)
class Recalled:
    """What the earlier questions say about one question."""

    best: dict[int, float]  # measure -> the best match of an earlier question it answered (at least NAMES)
    top: float  # the best share matched by an answered question
    top_unanswered: float  # the best match of an unanswered question, at most the share of it this one holds
    closest: Earlier | None = None  # the best-matching earlier question, when it matches at least CLOSE


@dataclass(frozen=True)
class Earlier:
    """An earlier question as an answer shows it (``understood["asked_before"]``)."""

    question: str
    match: float
    measures: tuple[int, ...]  # empty: the plan did not answer it


NOTHING_RECALLED = Recalled({}, 0.0, 0.0)


@contextlib.contextmanager
def leaving_out(sets: set[str] | frozenset[str]) -> Iterator[None]:
    """Within the block, the named sets' questions are not in the memory (scoring a tuning set on itself)."""
    token = _left_out.set(frozenset(sets))
    try:
        yield
    finally:
        _left_out.reset(token)


def asked_from(doc: dict) -> Asked:
    rows = doc["questions"]
    words = tuple(tuple(str(w) for w in r["words"]) for r in rows) if all("words" in r for r in rows) else None
    return Asked(tuple(str(r["question"]) for r in rows), tuple(str(r["set"]) for r in rows),
                 tuple(frozenset(int(m) for m in r["measures"]) for r in rows), words)


@lru_cache(maxsize=1)
def asked() -> Asked:
    try:
        return asked_from(json.loads((DATA / ASKED).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise DataFileError(f"数据文件 {ASKED} 有误：{err} / malformed memory of questions") from err


def memory_index(retriever: Retriever, memory: Asked) -> MemoryIndex:
    """The index of the questions kept now (all but the sets ``leaving_out`` names), built once per choice."""
    key = (id(retriever), _left_out.get())
    with _lock:
        found = _indexes.get(key)
        if found is None:
            found = built_index(retriever, memory, key[1])
            _indexes[key] = found
        return found


def built_index(retriever: Retriever, memory: Asked, left_out: frozenset[str]) -> MemoryIndex:
    rows = np.array([i for i, s in enumerate(memory.sets) if s not in left_out], dtype=np.int64)
    stored = memory.words
    if stored is not None and any(list(stored[i]) != question_words(retriever, memory.questions[i])
                                  for i in range(0, len(stored), max(1, len(stored) // CHECKED))):
        log.warning("%s was tokenized by another tokenizer: tokenizing its questions again (retrain to store "
                    "them: python -m eval.train_ranker)", ASKED)
        stored = None
    counts = [Counter(stored[i]) if stored is not None else Counter(question_words(retriever, memory.questions[i]))
              for i in rows]
    lengths = np.array([sum(c.values()) for c in counts], dtype=np.float64)
    average = float(lengths.mean()) if len(lengths) else 1.0
    df = Counter(w for c in counts for w in c)
    idf = {w: math.log(1 + (len(rows) - n + 0.5) / (n + 0.5)) for w, n in df.items()}
    lists: dict[str, tuple[list[int], list[float]]] = {}
    for j, c in enumerate(counts):
        for w, tf in c.items():
            at, weight = lists.setdefault(w, ([], []))
            at.append(j)
            weight.append(_weight(idf[w], tf, lengths[j], average))
    postings = {w: (np.array(a, dtype=np.int64), np.array(v)) for w, (a, v) in lists.items()}
    itself = np.zeros(len(rows))
    for positions, weights in postings.values():
        itself[positions] += weights
    answered = np.array([bool(memory.measures[i]) for i in rows], dtype=bool)
    return MemoryIndex(rows, postings, np.maximum(itself, 1e-9), answered, idf, average)


def _weight(idf: float, tf: int, length: float, average: float) -> float:
    """A word's BM25 weight in a question of ``length`` words (``average`` over the memory)."""
    return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))


def question_words(retriever: Retriever, text: str) -> list[str]:
    """The keyword tokens a question is matched on, but grammar (里头, 到底, 是不是): padding says nothing of it."""
    tokenizer = retriever.tokenizer
    return [t for t in tokenizer.tokens(text) if not tokenizer.is_grammar_word(t)]


def recalled(retriever: Retriever, text: str) -> Recalled:
    """How well ``text`` (the plan's own city left out) matches the earlier questions; read once per question
    (the ranking model, the gate and the answer's ``asked_before`` all ask)."""
    key = (id(retriever), _left_out.get(), text)
    found = _recalls.get(key)
    if found is None:
        found = _matched(retriever, text)
        with _lock:
            if len(_recalls) > 2048:
                _recalls.clear()
            _recalls[key] = found
    return found


def _matched(retriever: Retriever, text: str) -> Recalled:
    memory = asked()
    index = memory_index(retriever, memory)
    words = Counter(question_words(retriever, text))
    length = sum(words.values())
    itself = sum(_weight(index.idf[w], tf, length, index.average_length) for w, tf in words.items() if w in index.idf)
    if not itself:
        return NOTHING_RECALLED
    raw = np.zeros(len(index.rows))
    for w in words:
        if w in index.postings:
            at, weight = index.postings[w]
            raw[at] += weight
    answered = index.answered
    scores = raw / np.sqrt(itself * index.itself)  # both questions' own matches: a word either has alone counts against
    # an unanswered question counts at most by how much of it this one holds: one holding all of 在成都开公司要几天
    # was refused for a reason this one shares; 开公司要几天, without 成都, is not
    held = np.minimum(raw / index.itself, scores)[~answered]
    top_unanswered = float(held.max()) if len(held) else 0.0
    top = float(scores[answered].max()) if answered.any() else 0.0
    hit = np.flatnonzero(answered & (scores >= NAMES))
    best: dict[int, float] = {}
    for j in hit:
        for m in memory.measures[index.rows[j]]:
            best[m] = max(best.get(m, 0.0), float(scores[j]))
    first = int(np.argmax(scores))
    row = int(index.rows[first])
    closest = Earlier(memory.questions[row], round(float(scores[first]), 3),
                      tuple(sorted(memory.measures[row]))) if scores[first] >= CLOSE else None
    return Recalled(best, top, top_unanswered, closest)


def features(found: Recalled, measure: int | None) -> list[float]:
    """A candidate's memory features: its measure's best match, and how far behind the best match it is."""
    if measure is None or measure not in found.best:
        return [0.0, found.top]
    return [found.best[measure], found.top - found.best[measure]]


def answered_nearer(retriever: Retriever, text: str) -> float:
    """How much better ``text`` matches an answered earlier question than an unanswered one (shares, -1 to 1;
    a match under ``CLOSE``, or an unanswered question held under ``HELD``, counts as none)."""
    found = recalled(retriever, text)
    return (found.top if found.top >= CLOSE else 0.0) - (found.top_unanswered if found.top_unanswered >= HELD else 0.0)


def reload() -> None:
    """Read ``asked.json`` afresh (after ``python -m eval.train_ranker`` rewrote it)."""
    with _lock:
        asked.cache_clear()
        _indexes.clear()
        _recalls.clear()
