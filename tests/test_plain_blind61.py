"""Classes learnt in the twenty-seventh session from blind61's misses (read after its held-out score: R@5 0.975,
MRR@10 0.975, OOD 38/40, first 29/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* 好久 told after 每回 / 每次 / 老是 / 总是 / 经常 in its clause says what happens each time (每回都要排好久的队):
  a complaint, no duration asked, so a question asking something else is not refused for a 时限;
* a number of steps is asked as 步骤 too (登记要走几个步骤), as it is as 环节 and 流程;
* who may buy a home (限购, 限不限购, 限售, 限贷, 购房资格) is outside the plan.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.plain.callers import out_of_scope
from assistant.plain.figures import demanded_kind, figure_kind
from assistant.understanding.dialect import to_mandarin

_EACH_TIME = ["每回都要", "每次去都要", "老是要", "总是要", "经常要", "回回都"]


@pytest.mark.parametrize(("often", "wait"), list(itertools.product(_EACH_TIME, ["排好久的队", "等好久"])))
def test_what_happens_each_time_asks_no_duration(often: str, wait: str) -> None:
    text, readings = to_mandarin(f"去医院挂号{often}{wait}，有没得手机上预约的办法？")
    assert "好久" in text and not any(r.startswith("好久") for r in readings), (text, readings)
    assert demanded_kind(text) is None, text


@pytest.mark.parametrize("question", ["挂号要排好久的队？", "营业执照要好久才办得下来？",
                                      "我每回都来问，营业执照到底要好久才办得下来？", "每次都是你们说的，过户要好久？"])
def test_a_duration_asked_is_still_read(question: str) -> None:
    text, readings = to_mandarin(question)
    assert "好久→多久" in readings and demanded_kind(text) == "duration", (text, readings)


@pytest.mark.parametrize(("subject", "ask_"), list(itertools.product(
    ["不动产登记", "公司的厂房过户", "非住宅转移登记", "办电报装"], ["要走几个步骤", "有几个步骤", "一共多少个步骤"])))
def test_steps_asked_as_buzhou(subject: str, ask_: str) -> None:
    question = f"{subject}{ask_}？"
    kind = figure_kind(question)
    assert kind is not None and kind.search("流程精简到3个以内") and kind.search("2个环节"), question
    if not ask_.startswith("一共多少"):
        assert demanded_kind(question) == "steps", question


@pytest.mark.parametrize("question", ["要跑好几个步骤哦？", "步骤多不多？"])
def test_several_steps_are_not_demanded(question: str) -> None:
    assert demanded_kind(question) != "steps", question


@pytest.mark.parametrize(("place", "what"), list(itertools.product(
    ["资阳", "我们这儿", ""], ["买商品房现在限不限购？", "还限购没有？", "二手房有没有限售？", "外地户口有没有购房资格？",
                              "买第二套房子限不限贷？", "买房资格咋个审？"])))
def test_who_may_buy_a_home_is_outside_the_plan(place: str, what: str) -> None:
    assert out_of_scope(f"{place}{what}") is not None, place + what


@pytest.mark.parametrize("question", ["二手房过户要几天？", "买新房子分户登记要好久？", "限时办结制度是啥子？",
                                      "企业办理抵押贷款的登记要几天？"])
def test_home_registration_stays_in_the_plan(question: str) -> None:
    assert out_of_scope(question) is None, question


@pytest.mark.parametrize(("said", "first", "figure"), [
    ("去医院看病每次都要排好久的队，资阳有没有手机上预约挂号的平台？", 348, None),
    ("医院挂号老是要等好久，有没得网上预约的APP嘛？", 348, None),
    ("我们公司要卖一层办公楼，不是住宅，过户登记要走几个步骤？", 67, "3个以内"),
    ("企业的厂房卖给别家，非住宅的过户手续有几个步骤？", 67, "3个以内"),
])
def test_the_answering_measure_is_first(runtime, said: str, first: int, figure: str | None) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, said, first, figure)


@pytest.mark.parametrize("question", ["资阳买房子现在限不限购？外地人能不能买？", "外地户口在资阳有没有购房资格？"])
def test_a_purchase_limit_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question, "方案")
