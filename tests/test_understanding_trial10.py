"""Classes found by the tenth operator trial (phrasings here are our own and generated): a bound's own month said
in or out (6月之前，不含6月; 8月以后（含8月）); the words asking for a breakdown are read (按完成时限统计各有几条, 每个一级指标
各有多少条); a leader's name as the table misprints it (刘廷安); two units compared shown as two sets; questions the
plan does not answer although they name a leader (哪一年出生), a world ranking or an hotline's hours by the clock; a
marker alone; the units of a set besides one (除了税务局，还有哪些单位参与); follow-ups that continue the last set
without 其中 (那标☆的有几条, 不要持续推进的, 它们的牵头领导是谁); a context naming measures the plan lacks. Expected answers
computed from the records."""

from __future__ import annotations

import json

import pytest

from assistant.answer import ask
from corpus.errors import QuestionError

_MONTHS = range(2, 12)


def _due(corpus, test) -> list[int]:  # type: ignore[no-untyped-def]
    return [m.number for m in corpus.measures if m.deadline.year is not None and m.deadline.month is not None
            and test((m.deadline.year, m.deadline.month))]


@pytest.mark.parametrize("month", _MONTHS)
def test_a_bounds_own_month_said_in_or_out(runtime, corpus, month: int) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (f"{month}月之前完成的举措，不含{month}月", lambda ym: ym <= (2021, month - 1)),
        (f"{month}月底前（含{month}月）到期的有哪些", lambda ym: ym <= (2021, month)),
        (f"{month}月以后（含{month}月）到期的有哪些", lambda ym: ym >= (2021, month)),
        (f"{month}月起到期的，不含{month}月", lambda ym: ym >= (2021, month + 1)),
    ]
    for question, test in cases:
        got = ask(runtime, question)
        assert sorted(got.citations) == [n for n in _due(corpus, test) if n not in (346, 356)] or sorted(
            got.citations) == _due(corpus, test), question  # 346's inferred deadline is said in the answer
        assert f"{month}月）" in got.answer.splitlines()[0], question


def test_breakdown_words_are_read(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, "市税务局牵头的举措，按完成时限统计各有几条")
    assert "未用作条件的词" not in got.answer and "按完成时限：" in got.answer
    whole = ask(runtime, "每个一级指标各有多少条举措")
    for i in corpus.level1():
        assert f"{i.name} {len(i.measures)}条" in whole.answer


def test_a_leaders_name_as_the_table_misprints_it(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, "刘廷安负责的举措有哪些")
    expected = ask(runtime, "刘延安负责的举措有哪些")
    assert got.citations == expected.citations and len(got.citations) > 10
    assert "“刘廷安”是原表的误印" in got.answer


def test_two_units_compared_are_shown_as_two_sets(runtime) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, "市税务局和市商务局，哪个牵头的举措多")
    assert got.answer.splitlines()[0] == "筛选条件：对比（牵头单位=市税务局）与（牵头单位=市商务局）"


@pytest.mark.parametrize("question", ["张建红是哪一年出生的", "刘延安今年多大年纪", "王琪的籍贯是哪里",
                                      "世界银行营商环境排名我国排第几", "12345热线人工坐席几点到几点"])
def test_questions_the_plan_does_not_answer_are_not_filters(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, question)
    assert not got.citations and "方案中没有回答这个问题的内容" in got.answer
    assert not got.answer.startswith("筛选条件")


@pytest.mark.parametrize("symbol", ["★", "▲", "◎"])
def test_a_marker_alone_lists_its_measures(runtime, corpus, symbol: str) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, symbol)
    assert sorted(got.citations) == [m.number for m in corpus.measures if symbol in m.marker_symbols]


def test_the_units_of_a_set_besides_one(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    for i in corpus.level1():
        lead = max({m.lead_unit for m in corpus.measures if m.level1.number == i.number},
                   key=lambda u: sum(m.lead_unit == u for m in corpus.measures if m.level1.number == i.number))
        got = ask(runtime, f"除了{lead}，还有哪些单位参与了{i.name}的举措")
        others = {u for m in corpus.measures if m.level1.number == i.number for u in m.units} - {lead}
        assert sorted(got.citations) == sorted(i.measures), i.name
        listed = got.answer.split("（括号内为所列条数）：")[1].splitlines()[0]
        assert f"共{len(others)}家" in got.answer and lead + "（" not in listed, i.name


def _state(runtime, question: str, state=None):  # type: ignore[no-untyped-def]
    return ask(runtime, question, state=state)


def test_follow_ups_continue_the_last_set_without_qizhong(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    first = _state(runtime, "市税务局牵头的举措有哪些")
    second = _state(runtime, "其中2021年8月完成的呢", first.state)
    tax_aug = [m for m in corpus.measures if m.lead_unit == "市税务局" and (m.deadline.year, m.deadline.month) == (2021, 8)]
    assert sorted(second.citations) == [m.number for m in tax_aug]
    starred = _state(runtime, "那标☆的有几条", second.state)
    assert starred.count == sum("☆" in m.marker_symbols for m in tax_aug)
    assert "未用作条件的词" not in starred.answer
    dropped = _state(runtime, "不要持续推进的", first.state)
    assert sorted(dropped.citations) == [m.number for m in corpus.measures if m.lead_unit == "市税务局" and not m.deadline.ongoing]
    leaders = _state(runtime, "它们的牵头领导是谁", second.state)
    assert "按一级指标牵头领导：" in leaders.answer and sorted(leaders.citations) == [m.number for m in tax_aug]
    december = _state(runtime, "那12月的有几条", second.state)  # the first question's unit is kept
    assert december.count == sum(1 for m in corpus.measures if m.lead_unit == "市税务局" and m.deadline.month == 12
                                 and m.deadline.year == 2021)


def test_a_context_naming_measures_the_plan_lacks_is_an_error(runtime) -> None:  # type: ignore[no-untyped-def]
    state = json.loads('{"question": "市税务局牵头的举措有哪些", "results": [99999]}')
    with pytest.raises(QuestionError, match="99999"):
        ask(runtime, "其中6月的", state=state)


@pytest.mark.parametrize(("question", "said"), [("第120条为啥定在8月完成", "没有写明各条举措的原因"),
                                                ("第7条的依据是什么", "没有写明各条举措的原因"),
                                                ("帮我把第200条翻译成英文", "不提供翻译")])
def test_what_a_lookup_asks_beyond_the_row_is_said(runtime, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, question)
    body = got.answer.split("\n\n", 1)[1]
    assert body.startswith("方案") and said in body.splitlines()[0]
    assert "没有写明" not in ask(runtime, "第120条是谁牵头").answer


def test_a_policy_named_by_its_articles_is_no_measure_number(runtime) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, "惠企政策里的民营经济25条，出自哪项行动")  # the body's 民营经济发展“25 条”
    assert 25 not in got.citations and "【行动五】" in got.answer.split("\n\n", 1)[1].splitlines()[0]
    assert ask(runtime, "第25条是谁牵头").citations == (25,)
