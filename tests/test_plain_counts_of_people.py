"""A count of people or households asked (多少人参加, 给好多户做改造), found on the tuning sets' figure questions
(each set left out of the memory), twentieth session. Phrasings are our own, generated from forms × subjects:

* a role word after a count of people is who attends, not a unit's part: "商务局办的培训会每场多少人参加" asks
  第144条's 不少于60人, not for the 41 measures 市商务局 shares;
* a count after a verb of giving (给多少户, 补几名) is no amount of money: it is not refused for want of one;
* the quote is the sentence counting them (1000名困难老年人家庭), not the passage's other figures (15分钟).
"""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from assistant.plain.figures import demanded, figure_kind
from assistant.understanding import understand
from corpus.models import Corpus

UNITS = ["商务局", "市商务局", "人社局", "市场监管局", "内江海关"]
COUNTS = ["多少人参加", "几个人参加", "好多人参加", "多少名企业代表参加", "多少人参与", "几位专家参加"]


@pytest.mark.parametrize(("unit", "count"), list(itertools.product(UNITS, COUNTS)))
def test_a_role_word_after_a_count_of_people_is_who_attends(corpus: Corpus, unit: str, count: str) -> None:
    q = understand(f"{unit}办的专题培训会，每场安排{count}？", corpus)
    assert q.intent == "topical" and not q.units, (count, q.intent, q.units)


@pytest.mark.parametrize("form", ["{u}参加的", "{u}参与的举措有几条", "有多少条举措是{u}参与的", "{u}参加了多少条"])
def test_a_units_role_asked_with_a_count_of_measures_stays_a_condition(corpus: Corpus, form: str) -> None:
    q = understand(form.format(u="人社局"), corpus)
    assert q.intent in ("list", "count") and q.units, (form, q.intent)


@pytest.mark.parametrize(("verb", "noun"), list(itertools.product(["给", "补", "帮", "奖", "发"], ["户", "名", "位", "所", "场", "批"])))
def test_a_count_after_a_verb_of_giving_is_no_amount(verb: str, noun: str) -> None:
    found = demanded(f"今年要{verb}多少{noun}困难家庭做改造？")
    assert found is None or found[0].name != "amount", found
    assert demanded(f"今年要{verb}多少钱？")[0].name == "amount"  # type: ignore[index]


@pytest.mark.parametrize("noun", ["户", "名", "位", "人"])
def test_people_or_households_asked_are_answered_by_a_count_of_them(noun: str) -> None:
    figure = figure_kind(f"适老化改造搞多少{noun}？")
    assert figure is not None and figure.search("对1000名困难老年人家庭") and not figure.search("15分钟服务圈")


@pytest.mark.parametrize("question", [
    "今年要给好多户困难老年人家庭做适老化改造试点？", "适老化改造试点打算搞多少户？", "困难老人家庭适老化改造今年搞几户",
])
def test_households_asked_quote_the_sentence_counting_them(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.citations[:1] == (347,) and "1000名困难老年人家庭" in a.answer.split("\n【")[1], a.answer[:300]


@pytest.mark.parametrize("question", [
    "商务局办的外贸专题培训会每场至少安排多少人参加", "外贸培训会一场要来好多人参加？", "面向外贸企业的培训会每次多少人参加",
])
def test_attendance_asked_quotes_the_sentence_counting_people(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.citations[:1] == (144,) and "不少于60人" in a.answer, a.answer[:300]
