"""Classes found on blind36-structured after its first score (phrasings here are our own, generated from the
records): the level-2 indicators without measures under a named level-1 one; 下设了 / 设有 asks for the level-2
indicators; a marker 对应 / 涉及 a field asks its meaning; an action named by its name's first four characters
before 行动 (减税降费行动); 牵投, a slip of 牵头."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.understanding import understand
from assistant.understanding.numbers import action_names
from corpus.models import Corpus

EMPTY_FORMS = ["{name}里有没有哪个二级指标是没有安排具体举措的", "{name}下面有没有没安排举措的指标"]


@pytest.mark.parametrize("form", EMPTY_FORMS)
def test_the_level2_indicators_without_measures_under_a_level1_one(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for top in corpus.level1():
        a = ask(runtime, form.format(name=top.name))
        empty = [i.name for i in corpus.level2() if i.parent == top.number and not i.measures]
        others = [i.name for i in corpus.level2() if i.parent != top.number and not i.measures]
        assert all(f"“{n}”" in a.answer for n in empty) and not any(f"“{n}”" in a.answer for n in others), a.answer
        assert (f"共{len(empty)}个" in a.answer) if empty else ("都有具体举措" in a.answer)


@pytest.mark.parametrize("form", ["{name}下设了哪些二级指标", "{name}设有哪几个二级指标", "{name}下辖哪些二级指标"])
def test_the_level2_indicators_under_a_level1_one(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for top in corpus.level1()[::3]:
        a = ask(runtime, form.format(name=top.name))
        children = [i.name for i in corpus.level2() if i.parent == top.number]
        assert all(f"“{n}”" in a.answer for n in children) and not a.citations, (top.name, a.answer[:200])


@pytest.mark.parametrize("form", ["{m}标记对应的是哪方面的工作", "{m}涉及哪个领域", "{m}针对的是什么方面"])
def test_what_field_a_marker_covers_is_its_meaning(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    for symbol, meaning in runtime.corpus.legend.items():
        a = ask(runtime, form.format(m=symbol))
        assert meaning[:8] in a.answer and not a.citations, (symbol, a.answer[:120])


def test_an_action_named_by_its_first_four_characters(corpus: Corpus) -> None:
    for name, number in action_names(corpus):
        q = understand(f"{name[:4]}行动里提了哪些目标", corpus)
        assert q.action == number and q.intent == "body", name


@pytest.mark.parametrize("unit", ["市公安局", "市税务局", "市民政局"])
def test_a_slip_of_the_role_word(runtime, unit: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{unit[1:]}牵投的举措有几条")
    assert a.count == sum(m.lead_unit == unit for m in runtime.corpus.measures)
