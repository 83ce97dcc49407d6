"""The memory of questions asked before (assistant/plain/asked.py): its file, what it holds, how it is read, and
that a tuning set is never scored on its own questions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import malformed_data_file_is_refused

from assistant.plain import asked as asked_module
from assistant.plain.asked import (
    answered_nearer,
    asked,
    built_index,
    features,
    leaving_out,
    question_words,
    recalled,
)
from eval.plain import DEFAULT_CALLERS, DEFAULT_GOLD, DEFAULT_OOD, set_name
from eval.train_ranker import VALIDATION, memory_rows


def test_a_gold_files_set_is_its_stem_without_the_kind() -> None:
    assert [set_name(s) for s in ("blind9", "blind9_callers", "blind9_ood", "dev", "ood")] == [
        "blind9", "blind9", "blind9", "dev", "dev"]


def test_the_committed_memory_is_the_tuning_sets_and_nothing_else() -> None:
    doc = json.loads((asked_module.DATA / asked_module.ASKED).read_text(encoding="utf-8"))
    rows = memory_rows(DEFAULT_GOLD, DEFAULT_CALLERS, DEFAULT_OOD)  # retrain when the sets change
    assert [{k: v for k, v in r.items() if k != "words"} for r in doc["questions"]] == [
        r for r in rows if r["question"] not in doc["left_out"]]
    tuning = {set_name(p.stem) for p in DEFAULT_GOLD}
    assert set(doc["sets"]) == tuning
    assert not tuning & {"blind105", "blind106", "validation"}  # held out (README); validation is never tuned on
    if VALIDATION.exists():  # a tuning question validation.jsonl also asks is left out of the memory
        theirs = {json.loads(line)["question"] for line in VALIDATION.read_text(encoding="utf-8").splitlines() if line}
        assert not theirs & set(asked().questions) and set(doc["left_out"]) <= theirs


def test_a_malformed_memory_is_a_clear_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    malformed_data_file_is_refused(tmp_path, monkeypatch, asked_module, "asked.json",
                                   '{"questions": [{"question": "x"}]}', asked, asked_module.reload)


def _one(kind: str) -> tuple[str, str, frozenset[int]]:
    memory = asked()
    i = next(i for i, m in enumerate(memory.measures) if bool(m) == (kind == "answered") and len(memory.questions[i]) > 12)
    return memory.questions[i], memory.sets[i], memory.measures[i]


def test_an_earlier_question_is_found_and_its_set_can_be_left_out(runtime) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    question, set_, measures = _one("answered")
    found = recalled(r, question)
    assert found.top == pytest.approx(1.0) and all(features(found, m)[0] == pytest.approx(1.0) for m in measures)
    with leaving_out({set_}):
        left = recalled(r, question)
        assert left.top < 1.0 - 1e-6  # scored as a new question: only other sets' questions are found
    assert recalled(r, question).top == pytest.approx(1.0)  # and the whole memory is back after the block


def test_the_gate_reads_whether_questions_like_it_were_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    answered, _, _ = _one("answered")
    unanswered, _, _ = _one("unanswered")
    assert answered_nearer(r, answered) > 0 > answered_nearer(r, unanswered)
    assert answered_nearer(r, "氪氙钋") == 0.0  # words no earlier question shares: no evidence either way


def test_a_passage_outside_the_measures_or_unmatched_gets_no_memory(runtime) -> None:  # type: ignore[no-untyped-def]
    found = recalled(runtime.retriever, _one("answered")[0])
    assert features(found, None) == [0.0, found.top] and features(found, 100_000) == [0.0, found.top]


def test_the_stored_words_are_the_tokenizers_and_stale_ones_are_not_used(runtime, caplog) -> None:  # type: ignore[no-untyped-def]
    r = runtime.retriever
    memory = asked()
    assert memory.words is not None
    assert all(list(w) == question_words(r, q) for q, w in zip(memory.questions, memory.words, strict=True))
    stale = replace(memory, words=tuple(("公章",) for _ in memory.words))  # another tokenizer's words
    with caplog.at_level("WARNING"):
        index = built_index(r, stale, frozenset())
    assert "tokenized by another tokenizer" in caplog.text
    fresh = built_index(r, memory, frozenset())
    assert index.postings.keys() == fresh.postings.keys()


def test_an_answer_shows_the_earlier_question_it_was_read_beside(runtime) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import ask

    question, _, measures = _one("answered")
    shown = ask(runtime, question).understood["asked_before"]
    assert shown == {"question": question, "match": 1.0, "measures": sorted(measures)}
    assert ask(runtime, "氪氙钋是什么").understood["asked_before"] is None  # nothing alike: nothing shown
