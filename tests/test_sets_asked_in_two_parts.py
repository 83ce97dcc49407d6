"""A set asked in two clauses, from the twenty-second operator trial's undone list (thirty-third session): a set's size
or members asked, then which of them (第三季度到期的有几条，哪些是市财政局牵头的) is answered for both, the 其中
unsaid; a count asked of each of two units or months in turn (A牵头的有几条，B牵头的有几条) counts each on its own,
not one set of either. Phrasings generated from forms × units × deadlines; answers from the records."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from assistant.check import whole_set
from corpus.models import Corpus

UNITS = (("市财政局", "市财政局"), ("税务局", "市税务局"), ("人社局", "市人力资源社会保障局"))
MONTHS = ((6, "6月"), (8, "8月"), (12, "12月"))


def _due(corpus: Corpus, month: int) -> list[int]:
    return [m.number for m in corpus.measures if m.deadline.year == 2021 and m.deadline.month == month]


@pytest.mark.parametrize(("month", "unit", "form"), list(itertools.product(MONTHS, UNITS, [
    "{due}到期的有几条，哪些是{unit}牵头的", "{due}到期的有多少条？这些里面{unit}牵头的有哪些", "{due}到期的有哪些，有几条是{unit}牵头的"])))
def test_a_set_then_which_of_it_answers_both(runtime, corpus: Corpus, month: tuple[int, str], unit: tuple[str, str],  # type: ignore[no-untyped-def]
                                             form: str) -> None:
    number, due = month
    said, name = unit
    whole = _due(corpus, number)
    part = [n for n in whole if corpus.measure(n).lead_unit == name]  # type: ignore[union-attr]
    a = ask(runtime, form.format(due=due, unit=said))
    assert sorted(a.citations) == part and a.count == len(part), a.answer[:300]
    assert f"共{len(whole)}条" in a.answer.split("其中")[0], a.answer[:300]
    assert not {"这些", "里面", "其中"} & set(a.understood["unused"])


@pytest.mark.parametrize("question", ["市税务局牵头、6月到期的有几条", "6月到期的市税务局牵头的有哪些",
                                      "市税务局牵头的有几条，分别是哪些"])
def test_one_set_asked_once_names_no_whole(question: str) -> None:
    assert whole_set(question) is None


@pytest.mark.parametrize(("first", "second", "form"), [
    *[(a, b, f) for (a, b), f in itertools.product(itertools.permutations(UNITS, 2), [
        "{a}牵头的有几条，{b}牵头的有几条", "{a}牵头的有多少条？{b}牵头的有多少条？"])]])
def test_a_count_asked_of_each_unit_counts_each(runtime, corpus: Corpus, first: tuple[str, str], second: tuple[str, str],  # type: ignore[no-untyped-def]
                                                form: str) -> None:
    a = ask(runtime, form.format(a=first[0], b=second[0]))
    counts = [sum(m.lead_unit == name for m in corpus.measures) for _, name in (first, second)]
    assert a.count == counts[0], a.answer[:200]
    assert f"牵头单位={first[1]}：{counts[0]}条；牵头单位={second[1]}：{counts[1]}条" in a.answer, a.answer[:200]


def test_a_count_asked_of_each_month_counts_each(runtime, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "9月到期的有多少条，10月到期的有多少条")
    assert f"9月：{len(_due(corpus, 9))}条" in a.answer and f"10月：{len(_due(corpus, 10))}条" in a.answer, a.answer[:200]
