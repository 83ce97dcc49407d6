"""Classes from the twenty-third operator trial (thirty-third session; a helper ran only `policyqa ask`, 99
questions; phrasings here are our own, generated from forms × units × markers, answers computed from the records):
a second marker joined by 又 / 还 / 并且 is both; a role said alone in a follow-up is the last unit's; stems without
局 joined and followed by 一起搞的 are units; 其中第N条 is the last list's N-th row; leaders ranked by the indicators
they lead; a long outage told before the average asked; a complaint's reply asked after its month; a contrast
(高压的呢 after 低压的) swapped into the last question; a deadline's note said once."""

from __future__ import annotations

import itertools

import pytest
from conftest import refused_whole

from assistant.answer import ask
from assistant.plain.callers import out_of_scope
from corpus.models import Corpus

SYMBOLS = ("★", "☆", "⊙", "◎")


def _marked(corpus: Corpus, *symbols: str) -> list[int]:
    return [m.number for m in corpus.measures if set(symbols) <= {k.symbol for k in m.markers}]


@pytest.mark.parametrize(("pair", "form"), list(itertools.product(
    [p for p in itertools.combinations(SYMBOLS, 2)], ["带{a}又带{b}的举措", "标了{a}还带{b}的有哪些", "带{a}并且带{b}的举措"])))
def test_a_second_marker_joined_by_you_is_both(runtime, corpus: Corpus, pair: tuple[str, str], form: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, form.format(a=pair[0], b=pair[1]))
    assert sorted(a.citations) == _marked(corpus, *pair), a.answer[:200]



@pytest.mark.parametrize(("unit", "alone"), list(itertools.product(
    ["市税务局", "市人力资源社会保障局", "市商务局"], ["那其中只参与不牵头的有几条", "其中不牵头的有几条", "这些里面只配合的有几条"])))
def test_a_role_said_alone_in_a_follow_up_is_the_last_units(runtime, corpus: Corpus, unit: str, alone: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, f"{unit}参与的举措有哪些")
    a = ask(runtime, alone, first.state)
    support = [m.number for m in corpus.measures if unit in m.units and m.lead_unit != unit]
    assert a.count == len(support) and sorted(a.citations) == support, a.answer[:200]


@pytest.mark.parametrize("unit", ["市税务局", "市商务局"])
def test_a_role_swapped_alone_after_taking_part(runtime, corpus: Corpus, unit: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, f"{unit}参与的举措有哪些")
    a = ask(runtime, "那只参与不牵头的呢", first.state)
    assert sorted(a.citations) == [m.number for m in corpus.measures if unit in m.units and m.lead_unit != unit]


@pytest.mark.parametrize(("pair", "verb"), list(itertools.product(
    [("税务", "人社", "市税务局", "市人力资源社会保障局"), ("公安", "税务", "市公安局", "市税务局"),
     ("人社", "财政", "市人力资源社会保障局", "市财政局")], ["一起搞的", "一起做的", "共同负责的"])))
def test_stems_joined_before_a_colloquial_role_are_units(runtime, corpus: Corpus, pair: tuple[str, ...], verb: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"哪些举措是{pair[0]}跟{pair[1]}{verb}")
    both = [m.number for m in corpus.measures if pair[2] in m.units and pair[3] in m.units]
    assert sorted(a.citations) == both, a.answer[:200]


@pytest.mark.parametrize(("first", "nth"), list(itertools.product(
    ["四季度到期的人社局牵头的", "市税务局牵头的举措有哪些"], [("其中第一条的具体内容", 1), ("这些里面第二条是谁牵头的", 2),
                                                    ("上面列的第三条", 3)])))
def test_the_nth_of_the_last_list_is_its_row(runtime, first: str, nth: tuple[str, int]) -> None:  # type: ignore[no-untyped-def]
    listed = ask(runtime, first)
    a = ask(runtime, nth[0], listed.state)
    assert a.citations == (listed.citations[nth[1] - 1],), a.answer[:200]


def test_the_plans_nth_measure_stays_without_a_pointing_word(runtime) -> None:  # type: ignore[no-untyped-def]
    listed = ask(runtime, "市税务局牵头的举措有哪些")
    assert ask(runtime, "第二条的完成时限", listed.state).citations == (2,)


@pytest.mark.parametrize(("asked", "most"), [("哪个领导牵头的一级指标最多", True), ("哪位领导牵头的指标最少", False)])
def test_leaders_ranked_by_the_indicators_they_lead(runtime, corpus: Corpus, asked: str, most: bool) -> None:  # type: ignore[no-untyped-def]
    led: dict[str, int] = {}
    for i in corpus.level1():
        led[i.lead_leader or "未列明"] = led.get(i.lead_leader or "未列明", 0) + 1
    best = (max if most else min)(led.values())
    top = [name for name, n in led.items() if n == best]
    a = ask(runtime, asked)
    assert all(name in a.answer.split("各位")[0] for name in top) and f"{best}个" in a.answer, a.answer[:300]


@pytest.mark.parametrize(("story", "asked"), list(itertools.product(
    ["停电了好久才来电", "上周停水停了好久才来水"], ["平均停电时间有规定没得", "一年平均停电时间要压到多少"])))
def test_a_long_outage_told_before_the_average_asked_stays(story: str, asked: str) -> None:
    assert out_of_scope(f"{story}，{asked}") is None


def test_an_outage_now_is_still_refused() -> None:
    assert out_of_scope("我们片区现在停电了，到底好久能来电") is not None


@pytest.mark.parametrize(("when", "what"), list(itertools.product(
    ["上个月打12345", "前两个礼拜在网上"], ["投诉水费的事，咋个还没人回我", "投诉噪音，怎么还没有回复"])))
def test_a_complaints_reply_asked_after_its_time_is_a_case(runtime, when: str, what: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"我{when}{what}")


@pytest.mark.parametrize("follow", ["那高压的呢", "高压的呢"])
def test_a_contrast_said_alone_swaps_into_the_last_question(runtime, follow: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, "我们公司要接电，低压的，要几个环节")
    a = ask(runtime, follow, first.state)
    assert "高压的,要几个环节" in a.understood["normalized"] or "高压的，要几个环节" in a.answer.split("\n")[0], a.answer[:200]
    assert a.citations[:1] == (44,), a.answer[:200]


def test_a_deadlines_note_is_said_once(runtime, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    noted = [m for m in corpus.measures if m.deadline.note and m.deadline.note in m.deadline.label]
    assert noted
    for m in noted[:3]:
        a = ask(runtime, f"第{m.number}条的详细内容")
        assert a.answer.count(m.deadline.note) == 1 + m.text.count(m.deadline.note), a.answer[-200:]  # type: ignore[operator]


@pytest.mark.parametrize(("n", "asked"), list(itertools.product(
    [2, 6, 9], ["十大行动里第{cn}个行动是什么", "行动{cn}讲的是啥"])))
def test_an_action_asked_what_it_is_is_quoted_whole(runtime, corpus: Corpus, n: int, asked: str) -> None:  # type: ignore[no-untyped-def]
    action = next(s for s in corpus.sections if s.id == f"action-{n}")
    a = ask(runtime, asked.format(cn="一二三四五六七八九十"[n - 1]))
    assert action.text in a.answer, a.answer[:200]


def test_an_actions_name_asked_is_its_first_sentence(runtime, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    action = next(s for s in corpus.sections if s.id == "action-6")
    a = ask(runtime, "第六个行动叫什么")
    assert action.text.split("。")[0] in a.answer and action.text not in a.answer
