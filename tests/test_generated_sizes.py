"""Property tests, generated like test_generated_phrasings.py, for how many units or markers a measure has, how
many of the named units take part, a measure described by its own words, and a remembered fact checked: each
expected answer computed here from the records' fields, never from the understanding code."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from test_generated_phrasings import _unit_names, draws

from assistant.answer import ask
from corpus.models import Measure

Pred = Callable[[Measure], bool]
NUMERALS = [("一", 1), ("两", 2), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("2", 2), ("3", 3), ("6", 6)]


def _at_least(n: int) -> Pred:
    return lambda m: len(m.units) >= n


def _size_phrases(rng: random.Random) -> tuple[str, Pred]:
    word, n = rng.choice(NUMERALS)
    units: list[tuple[str, Pred]] = [
        ("只有一个责任单位", lambda m: len(m.units) == 1),
        ("责任单位只有一家", lambda m: len(m.units) == 1),
        ("只由一家单位负责", lambda m: len(m.units) == 1),
        (f"{word}个及以上责任单位", _at_least(n)),
        (f"至少{word}家单位负责", _at_least(n)),
        (f"责任单位在{word}个以上", _at_least(n)),
        (f"超过{word}个责任单位", _at_least(n + 1)),
        (f"有{word}个责任单位", lambda m: len(m.units) == n),
        ("多个单位共同负责", _at_least(2)),
        ("责任单位不止一个", _at_least(2)),
    ]
    markers: list[tuple[str, Pred]] = [
        (f"带{word}个或以上标记", lambda m: len(set(m.marker_symbols)) >= n),
        ("标了多个符号", lambda m: len(set(m.marker_symbols)) >= 2),
        (f"举措本身打了{word}个或以上符号",
         lambda m: len({k.symbol for k in m.markers if k.source == "measure"}) >= n),
    ]
    return rng.choice(units + markers)


def _size_cases(seed: int, n: int) -> list[tuple[str, str, Pred]]:
    out = []
    for rng, names, pad, asking, intent in draws(seed, n):
        phrase, size = _size_phrases(rng)
        if rng.random() < 0.5:
            question, pred = f"{pad}{phrase}的举措{asking}", size
        else:
            typed, unit = rng.choice(names)
            question = f"{pad}{typed}牵头、{phrase}的举措{asking}"
            pred = lambda m, u=unit, s=size: m.lead_unit == u and s(m)  # noqa: E731
        out.append((question, intent, pred))
    return out


SIZES = _size_cases(seed=20261129, n=400)


@pytest.mark.parametrize("chunk", range(2))
def test_generated_sizes_get_the_exact_set(runtime, corpus, chunk: int) -> None:  # type: ignore[no-untyped-def]
    failures = []
    for question, intent, pred in SIZES[chunk::2]:
        expected = [m.number for m in corpus.measures if pred(m)]
        a = ask(runtime, question)
        if list(a.citations) != expected or a.count != len(expected) or a.understood["intent"] != intent:
            failures.append(f"{question} → {a.understood['conditions']} {a.count} vs {len(expected)}")
    assert not failures, f"{len(failures)} misread:\n" + "\n".join(failures[:15])


def test_at_least_k_of_the_named_units(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    names = [x for x in _unit_names() if x[0] == x[1]]  # full names: no name holds another's short form
    failures = []
    for _ in range(40):
        picked = rng.sample(names, 3)
        if len({u for _, u in picked}) < 3:
            continue
        k = rng.choice([("两", 2), ("2", 2)])
        said = "、".join(t for t, _ in picked)
        question = f"{said}三家里，至少有{k[0]}家{rng.choice(['同时参与', '同时出现在责任单位中', '参与'])}的举措有哪些"
        expected = [m.number for m in corpus.measures if sum(u in m.units for _, u in picked) >= k[1]]
        a = ask(runtime, question)
        if list(a.citations) != expected:
            failures.append(f"{question} → {a.understood['conditions']} {len(a.citations)} vs {len(expected)}")
    assert not failures, "\n".join(failures[:10])


def _twin_numbers(corpus, m: Measure) -> set[int]:  # type: ignore[no-untyped-def]
    return {x.number for x in corpus.measures if x.text == m.text}


def test_a_measure_described_by_its_words_is_looked_up_never_mistaken(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    """A clause of a measure's text, then 那条: that measure (with its twin, the same words) and its indicator; a
    clause many measures share may be left unread, but never read as another measure."""
    rng = random.Random(11)
    asks = ["，属于哪个一级指标？", "那条是谁牵头的", "，挂在哪个二级指标下面？", "，完成时限是什么时候"]
    taken = wrong = 0
    picked = rng.sample(corpus.measures, 80)
    for m in picked:
        clauses = [c for c in re.split(r"[，。；、：（）“”]", m.text) if 8 <= len(c) <= 30]
        if not clauses:
            continue
        ask_with = rng.choice(asks)
        question = f"{rng.choice(clauses)}{'' if ask_with.startswith('那条') else '那条'}{ask_with}"
        a = ask(runtime, question)
        if a.understood["intent"] != "lookup":
            continue
        taken += 1
        if set(a.citations) != _twin_numbers(corpus, m) or m.level1.name not in a.answer:
            wrong += 1
    assert wrong == 0
    assert taken >= 0.85 * len(picked)


def test_a_remembered_fact_about_a_numbered_measure_is_confirmed_or_denied(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    names = [x for x in _unit_names() if x[0] == x[1]]
    failures = []
    for m in rng.sample(corpus.measures, 40):
        typed, unit = (m.lead_unit, m.lead_unit) if rng.random() < 0.5 else rng.choice(names)
        question = f"第{m.number}条是{typed}牵头的{rng.choice(['吗', '，是不是', '，对吧'])}"
        a = ask(runtime, question)
        first = a.answer.split("\n\n")[1] if "\n\n" in a.answer else a.answer
        if not first.startswith("是。" if m.lead_unit == unit else "不是。") or m.number not in a.citations:
            failures.append(f"{question} → {first[:40]}")
    assert not failures, "\n".join(failures[:10])
