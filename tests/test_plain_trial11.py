"""Hotline and out-of-scope classes an eleventh operator trial found (phrasings here are our own): a named
leader's phone or post is refused (the plan lists names only), a hotline's number is not a person's; a year
dating the caller's own past (2019年买的房子) is no other year's plan; how long a business licence takes is 设立登记
(第3条)."""

from __future__ import annotations

import itertools

import pytest
from conftest import said_missing

from assistant.answer import ask
from corpus.table import leader_names


@pytest.mark.parametrize("form", ["{who}的电话号码是多少", "{who}是什么职务", "怎么联系{who}，有手机号吗", "{who}在哪里办公"])
def test_a_leaders_contact_or_post_is_refused(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    for who in [n for n in leader_names() if len(n) <= 3][::2]:  # names, not a title (常务副市长)
        a = ask(runtime, form.format(who=who))
        assert not a.citations and "个人信息" in a.answer, (who, a.answer[:120])


def test_a_hotlines_number_is_no_persons() -> None:
    from assistant.plain.callers import out_of_scope

    assert out_of_scope("12345热线电话是多少") is None
    assert out_of_scope("张建红的电话是多少", leader_named=True) is not None


@pytest.mark.parametrize(("year", "verb"), list(itertools.product([2016, 2019, 2020], ["买的", "登记的", "注册的", "以前买的"])))
def test_a_year_dating_the_callers_own_past_is_no_other_years_plan(runtime, year: int, verb: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"我{year}年{verb}房子，现在办二手房过户要几天")
    assert a.citations[:2] in ((70, 89), (89, 70)), a.answer[:160]


@pytest.mark.parametrize("question", ["资阳2020年开办企业要几天", "2023年的营商环境方案出台了吗"])
def test_another_years_figures_stay_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "2021年" in a.answer


@pytest.mark.parametrize("question", ["营业执照几天能办好", "办营业执照要多久", "营业执照多久能拿到手", "拿营业执照要几天"])
def test_how_long_a_business_licence_takes(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.citations[:1] == (3,) and "2个工作日" in a.answer, a.answer[:160]


@pytest.mark.parametrize("question", ["How long does it take to register a company?", "What does the triangle marker mean"])
def test_a_question_without_chinese_is_told_to_ask_in_chinese(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert said_missing(a)
    assert "请用中文提问" in a.answer


CONCERNS = [("二手房过户要几天", "契税怎么算"), ("开公司要几天", "刻章要不要钱"), ("低压小微企业接电要几天", "用水报装要几个环节"),
            ("特殊工时审批要几天", "公积金缴存比例是多少")]


@pytest.mark.parametrize("connector", ["，还有", "？另外", "，顺便问下", "。以及"])
def test_a_question_asking_two_things_cites_each_things_answer_first(runtime, connector: str) -> None:  # type: ignore[no-untyped-def]
    for first, second in CONCERNS:
        alone = [ask(runtime, part).citations[0] for part in (first, second)]
        both = ask(runtime, f"{first}{connector}{second}")
        assert set(alone) <= set(both.citations[:4]), (first, second, alone, both.citations)
