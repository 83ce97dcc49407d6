"""Classes found on blind32-structured after its first score (phrasings here are our own and generated): a lead
unit ruled out when the city's 市 is typed (但牵头单位不是市人社局); a deadline outside the plan's year (不在2021年内)
and one ruled out by pointing back at it (大多是…，有哪几条不是这个时限); "有哪几条" asks for rows, not a count;
indicators by how many measures they hold (哪些一级指标的举措只有3条); the measures under the indicators a
leader leads or under one level-1 indicator, when asked beside them (这些指标合计多少条举措); what a marker was
based on (▲是根据什么归纳的). Expected answers computed from the records."""

from __future__ import annotations

import random

import pytest

from assistant.answer import ask
from corpus.units import load_catalog

CN = "一二三四五六七八九十"


def _pairs(n: int) -> list[tuple[str, str, str, str]]:
    """(typed with 市, canonical) twice: a unit taking part and another ruled out as the lead unit."""
    rng = random.Random(32)
    city = [(f"市{s}", u.name) for u in load_catalog().units if u.kind != "group" and u.name.startswith("市")
            for s in u.short if not s.startswith("市") and len(s) >= 2]
    out: list[tuple[str, str, str, str]] = []
    while len(out) < n:
        (a, ua), (b, ub) = rng.sample(city, 2)
        if ua != ub and a not in b and b not in a:
            out.append((a, ua, b, ub))
    return out


@pytest.mark.parametrize(("a", "unit_a", "b", "unit_b"), _pairs(24))
def test_a_lead_unit_ruled_out_with_the_city_typed(runtime, corpus, a: str, unit_a: str, b: str, unit_b: str) -> None:  # type: ignore[no-untyped-def]
    expected = [m.number for m in corpus.measures if unit_a in m.units and m.lead_unit != unit_b]
    for question in (f"{a}参与、但牵头单位不是{b}的举措有哪些？", f"{a}参与，但不是{b}牵头的举措有哪些"):
        got = ask(runtime, question)
        assert sorted(got.citations) == expected, question
        assert "不是" in got.answer.splitlines()[0]  # shown as ruled out, never as a second unit taking part


@pytest.mark.parametrize("question", ["有没有哪条举措的完成时限不在2021年内？", "完成时限不在2021年内的举措有哪些",
                                      "哪些举措不在今年年底前完成"])
def test_a_deadline_outside_the_plans_year(runtime, corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    expected = [m.number for m in corpus.measures if m.deadline.year is not None and m.deadline.year > 2021]
    got = ask(runtime, question)
    assert sorted(got.citations) == expected == [146]
    assert "晚于2021年12月" in got.answer


def _usual_deadlines(corpus) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(lead unit, the deadline printed most often on its measures) for units leading ten measures or more."""
    out = []
    for unit in sorted({m.lead_unit for m in corpus.measures}):
        raws = [m.deadline.raw for m in corpus.measures if m.lead_unit == unit and m.deadline.raw]
        if len(raws) >= 10:
            out.append((unit, max(set(raws), key=raws.count)))
    return out


def test_a_deadline_ruled_out_by_pointing_back_at_it(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    cases = _usual_deadlines(corpus)
    assert len(cases) >= 5
    for unit, raw in cases:
        usual = next(m.deadline for m in corpus.measures if m.deadline.raw == raw)
        # the same deadline as the gold sets' convention reads it: "12月底前" is 12月, "2021年12月" takes in
        # "2021年12月并持续推进", "持续推进(套餐式注销…)" is 持续推进 alone
        same = {m.number for m in corpus.measures if m.deadline.printed
                and (m.deadline.year, m.deadline.month) == (usual.year, usual.month) and (m.deadline.ongoing or not usual.ongoing)}
        expected = [m.number for m in corpus.measures if m.lead_unit == unit and m.number not in same]
        question = f"{unit}牵头的举措大多是“{raw}”，有哪几条不是这个时限？"
        got = ask(runtime, question)
        assert sorted(got.citations) == expected, question
        assert got.understood["intent"] == "list", question  # 有哪几条: the rows, not a count


SIZES = [("只有", lambda c, n: c == n), ("恰好", lambda c, n: c == n), ("不到", lambda c, n: c < n),
         ("超过", lambda c, n: c > n), ("少于", lambda c, n: c < n), ("不少于", lambda c, n: c >= n)]


@pytest.mark.parametrize(("level", "n", "said"), [(lv, n, s) for lv in (1, 2) for n in (1, 3, 5, 12) for s in range(len(SIZES))])
def test_indicators_by_how_many_measures_they_hold(runtime, corpus, level: int, n: int, said: int) -> None:  # type: ignore[no-untyped-def]
    word, test = SIZES[said]
    rows = [i for i in corpus.indicators if i.level == level]
    expected = [i.name for i in rows if test(len(i.measures), n)]
    number = str(n) if n % 2 else CN[n - 1] if n <= 10 else str(n)  # digits and characters both
    got = ask(runtime, f"哪些{'一' if level == 1 else '二'}级指标的举措{word}{number}条？")
    assert f"共{len(expected)}个" in got.answer
    assert all(f"“{name}”" in got.answer for name in expected)
    assert not [c for c in got.citations if c == n]  # no measure read from the number of measures


def test_the_measures_under_a_leaders_indicators_when_asked(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    leaders = sorted({i.lead_leader for i in corpus.level1() if i.lead_leader})
    assert len(leaders) >= 5
    for leader in leaders:
        led = [i for i in corpus.level1() if i.lead_leader == leader]
        under = sorted({n for i in led for n in i.measures})
        got = ask(runtime, f"{leader}牵头哪些一级指标？这些指标合计多少条举措？")
        assert sorted(got.citations) == under and f"共有举措{len(under)}条" in got.answer, leader
        assert not ask(runtime, f"{leader}牵头的一级指标有哪些").citations  # the names alone: nothing cited


def test_the_measures_under_one_indicator_beside_its_level2_count(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    for i in corpus.level1():
        got = ask(runtime, f"{i.name}下面设了几个二级指标，一共多少条举措？")
        children = [j for j in corpus.level2() if j.parent == i.number]
        assert f"二级指标{len(children)}个" in got.answer and f"共有举措{len(i.measures)}条" in got.answer, i.name


@pytest.mark.parametrize("symbol", ["▲", "☆", "⊙", "○"])
def test_what_a_marker_was_based_on(runtime, corpus, symbol: str) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, f"{symbol}标注是根据什么归纳的？")
    assert got.understood["intent"] == "fact" and corpus.legend[symbol][:6] in got.answer
