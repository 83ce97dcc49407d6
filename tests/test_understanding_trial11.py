"""Classes an eleventh operator trial found (phrasings here are our own, generated from the records): which
indicator a leader leads asked in the singular; 截至N月底 as a bound; 行动3 in Arabic numerals; an action named
with 有哪些要求 (its text, not the list of ten); an amount asked with 一共 (no count); 它牵头的 after a unit; a
deadline year asked with 才 (要到2022年才完成)."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.understanding import understand
from assistant.understanding.numbers import action_names
from corpus.models import Corpus


@pytest.mark.parametrize("form", ["{who}牵头哪个一级指标", "{who}牵头的是哪个指标"])
def test_the_indicator_a_leader_leads_asked_in_the_singular(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for who in sorted({i.lead_leader for i in corpus.level1() if i.lead_leader}):
        a = ask(runtime, form.format(who=who))
        led = [i.name for i in corpus.level1() if i.lead_leader == who]
        assert f"{who}牵头的一级指标共{len(led)}个" in a.answer and all(f"“{n}”" in a.answer for n in led), a.answer[:120]


@pytest.mark.parametrize("month", range(1, 13))
def test_up_to_the_end_of_a_month_is_a_bound(runtime, month: int) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"截至{month}月底应完成的举措有多少条")
    due = [m for m in runtime.corpus.measures
           if m.deadline.year == 2021 and m.deadline.month is not None and m.deadline.month <= month]
    assert a.count is not None and abs(a.count - len(due)) <= 1, (month, a.count, len(due))  # 346 inferred 12月
    assert f"2021年{month}月及以前" in a.answer


def test_an_action_by_arabic_numeral_and_by_title_with_its_requirements(corpus: Corpus) -> None:
    for n in range(1, 11):
        q = understand(f"行动{n}的内容", corpus)
        assert q.action == n and q.intent in ("body", "fact")  # the whole action, as 行动三的内容
    for name, n in action_names(corpus):
        q = understand(f"{name}行动有哪些要求", corpus)
        assert q.action == n and "actions" not in q.facts, name


@pytest.mark.parametrize("question", ["办理建筑许可的费用一共要多少钱", "开办企业一共要花多少钱", "登记财产总共要交几千块"])
def test_an_amount_asked_with_yigong_is_no_count(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.count is None and "共 " not in a.answer.split("\n")[2 if "\n" in a.answer else 0], a.answer[:160]


@pytest.mark.parametrize("unit", ["市税务局", "市商务局", "市民政局"])
def test_it_after_a_unit_names_that_unit(runtime, unit: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"就是那个{unit}嘛，它牵头的都有哪些")
    assert a.count == sum(m.lead_unit == unit for m in runtime.corpus.measures), a.answer[:120]


def test_a_deadline_year_asked_with_cai(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "哪些举措要到2022年才完成")
    assert a.citations == (146,)


@pytest.mark.parametrize("form", ["{who}是哪些举措的责任领导", "责任领导是{who}的举措有几条"])
def test_the_rows_printed_leader_column_when_it_is_named(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for who in sorted({n for m in corpus.measures for n in m.leader})[::2]:
        a = ask(runtime, form.format(who=who))
        printed = {m.number for m in corpus.measures if who in m.leader}
        assert (set(a.citations) == printed) if a.citations else a.count == len(printed), (who, a.answer[:120])
        assert "空白（合并单元格）" in a.answer


def test_without_the_column_named_a_leader_is_either(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "吴勇牵头的举措有几条")
    assert a.count == sum(1 for m in runtime.corpus.measures if "吴勇" in m.leader or m.level1_leader == "吴勇")


@pytest.mark.parametrize("marker", ["▲", "☆", "⊙"])
def test_a_marker_within_a_leaders_indicators(runtime, marker: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    tops = {i.number for i in corpus.level1() if i.lead_leader == "张建红"}
    a = ask(runtime, f"张建红牵头的指标里带{marker}的举措")
    want = {m.number for m in corpus.measures if m.level1.number in tops and any(k.symbol == marker for k in m.markers)}
    assert set(a.citations) == want, a.answer[:160]


@pytest.mark.parametrize("question", ["第-5条是什么", "第－12条谁牵头", "第负3条"])
def test_a_negative_measure_number_is_no_measure(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "方案中没有第-" in a.answer, a.answer[:120]
