"""Classes found on blind23-structured after its held-out score: a contrast said of the same unit, an indicator
set aside with 除开, markers said before the indicator level they are printed on, a measure described by its
words. Expected sets computed from the records."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.understanding import understand

HR, EIB = "市人力资源社会保障局", "市经济和信息化局"


@pytest.mark.parametrize("question", ["人社局参与了、但又不是牵头单位的举措，帮我列全一下",
                                      "人社局参与、但并不牵头的举措有哪些", "人社局参与了、但也不是牵头单位的有几条"])
def test_a_contrast_said_of_the_same_unit_is_its_role(runtime, corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    expected = [m.number for m in corpus.measures if HR in m.units and m.lead_unit != HR]
    assert list(ask(runtime, question).citations) == expected


@pytest.mark.parametrize("word", ["除开", "除掉", "撇开"])
def test_an_indicator_set_aside_is_excluded(runtime, corpus, word: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"经信局牵头的举措，{word}获得电力那一块，还有哪些？")
    assert list(a.citations) == [m.number for m in corpus.measures if m.lead_unit == EIB and m.level1.name != "获得电力"]


def test_markers_said_before_the_indicator_level_they_are_printed_on(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "打了★的那几个一级指标底下的举措全部列一下")
    on_header = [m.number for m in corpus.measures if any(k.symbol == "★" and k.source == "level1" for k in m.markers)]
    assert list(a.citations) == on_header and 146 not in on_header  # 146's ★ is its level-2 indicator's
    two = ask(runtime, "标了●的那几个二级指标下面有哪些举措")
    assert list(two.citations) == [m.number for m in corpus.measures
                                   if any(k.symbol == "●" and k.source == "level2" for k in m.markers)]
    assert understand("带★的举措有哪些，按一级指标分", corpus).marker_header is None  # the level groups, restricts nothing


def test_a_measure_described_by_its_words_answers_its_indicator(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "特殊工时制申请材料从3项压缩到1项那条举措，属于哪个一级指标？")
    assert list(a.citations) == [202] and "劳动力市场监管" in a.answer and "按第202条理解" in a.answer
    shared = ask(runtime, "关于12345热线的那条是谁负责")  # many measures name it: no one of them is picked
    assert shared.understood["intent"] != "lookup"


@pytest.mark.parametrize("question", ["市税务局和市商务局，谁牵头的举措更多？", "市税务局牵头的和市商务局牵头的分别有多少条？",
                                      "市税务局牵头的举措比市商务局多吗？"])
def test_two_units_lead_counts_compared_however_asked(runtime, corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    tax = len([m for m in corpus.measures if m.lead_unit == "市税务局"])
    trade = len([m for m in corpus.measures if m.lead_unit == "市商务局"])
    a = ask(runtime, question)
    assert f"牵头单位=市税务局：{tax}条" in a.answer and f"牵头单位=市商务局：{trade}条" in a.answer
    assert a.count == tax


@pytest.mark.parametrize(("question", "holds"), [
    ("第44条有没有标▲？", lambda m: "▲" in m.marker_symbols),
    ("第51条的完成时限是不是2021年12月？", lambda m: m.deadline.year == 2021 and m.deadline.month == 12),
    ("市税务局有没有参与第3条？", lambda m: "市税务局" in m.units),
    ("市税务局有没有参与第44条？", lambda m: "市税务局" in m.units),
])
def test_a_yes_no_asked_with_a_not_a_about_a_numbered_measure(runtime, corpus, question: str, holds) -> None:  # type: ignore[no-untyped-def]
    number = int(question.split("第")[1].split("条")[0])
    verdict = ask(runtime, question).answer.split("\n\n")[1]
    assert verdict.startswith("是。" if holds(corpus.measure(number)) else "不是。"), verdict[:60]


def test_a_measure_described_before_its_question_without_na_tiao(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "要建12个知识产权维权工作站的举措是哪个单位牵头？")
    assert list(a.citations) == [287] and a.understood["intent"] == "lookup" and "市市场监管局（牵头）" in a.answer


def test_a_deadline_set_says_which_deadlines_were_inferred_and_the_count_without_them(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    twelve = [m for m in corpus.measures if m.deadline.year == 2021 and m.deadline.month == 12]
    inferred = [m for m in twelve if m.deadline.inferred_from]
    assert inferred  # 第346条: a blank cell between two 2021年12月 rows
    a = ask(runtime, "12月到期的举措有多少条")
    assert a.count == len(twelve) and f"不计推定则{len(twelve) - len(inferred)}条" in a.answer
    assert "推定" not in ask(runtime, "税务局牵头的举措有哪些").answer.split("\n\n")[1].splitlines()[0]


@pytest.mark.parametrize(("first", "pair"), [("公安局", ("市中级人民法院", "市司法局")), ("税务局", ("市财政局", "市发展改革委")),
                                             ("人社局", ("市总工会", "市教育和体育局"))])
def test_one_unit_and_either_of_two_others(runtime, corpus, first: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    unit = {"公安局": "市公安局", "税务局": "市税务局", "人社局": HR}[first]
    a = ask(runtime, f"{first}参与，同时{pair[0]}或者{pair[1]}也在责任单位里的举措")
    expected = [m.number for m in corpus.measures if unit in m.units and (pair[0] in m.units or pair[1] in m.units)]
    assert list(a.citations) == expected and f"（{pair[0]}或{pair[1]}）" in a.answer


def test_about_a_month_is_that_month_not_a_bound(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "人社局牵头的，6月前后到期的有哪几条")
    assert list(a.citations) == [m.number for m in corpus.measures if m.lead_unit == HR and m.deadline.month == 6
                                 and m.deadline.year == 2021]


def test_the_level2_indicator_with_most_measures_under_each_level1(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    for top in corpus.level1():
        children = [i for i in corpus.level2() if corpus.level1_of(i) is top and i.measures]
        if len(children) < 2:
            continue
        most = max(len(i.measures) for i in children)
        winners = [i.name for i in children if len(i.measures) == most]
        answer = ask(runtime, f"{top.name}下面哪个二级指标的举措最多？").answer
        assert all(w in answer.split("前五位")[0] for w in winners) and f"{most}条" in answer, (top.name, answer[:120])
