"""Classes learnt in the twenty-second session from blind52's misses (read after its held-out score). Phrasings are
our own, generated from forms × words:

* a hotline's or an office's hours asked with 24小时 (是不是24小时都有人) are still hours the plan never sets; only its
  own round-the-clock services (24小时自助办税, 7×24小时预约通关, 24小时内退库) keep such a question answered;
* a fee's standard asked as 收费是什么标准 / 是咋个标准 / 是按什么标准 demands the amount.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import refused_whole

from assistant.answer import ask
from assistant.plain import out_of_scope
from assistant.plain.figures import demanded_kind
from assistant.understanding.dialect import to_mandarin


@pytest.mark.parametrize(("office", "hours"), list(itertools.product(
    ["12345热线", "政务服务中心", "不动产登记大厅"],
    ["晚上有没有人接？是不是24小时都有人？", "半夜打得通不，24小时都有人吗", "周末有人接没得，是不是24小时服务"])))
def test_hours_asked_with_round_the_clock_words_are_out_of_scope(office: str, hours: str) -> None:
    assert out_of_scope(to_mandarin(office + hours)[0]) is not None, office + hours


@pytest.mark.parametrize("question", ["自助办税厅晚上有没有人接，是不是24小时都能办", "报关晚上有人接不，是不是24小时预约通关",
                                      "退库是不是24小时内就办完了"])
def test_the_plans_own_round_the_clock_services_stay_in_scope(question: str) -> None:
    assert out_of_scope(to_mandarin(question)[0]) is None, question


@pytest.mark.parametrize(("fee", "form"), list(itertools.product(
    ["停车收费", "城区停车收费", "污水处理收费", "物业收费"], ["是咋个标准", "是什么标准", "是按什么标准", "按哪个标准"])))
def test_a_fees_standard_asked_demands_the_amount(fee: str, form: str) -> None:
    question = to_mandarin(fee + form)[0]
    assert demanded_kind(question) == "amount", question


@pytest.mark.parametrize("question", ["城区停车收费是咋个标准？", "小区停车收费是按什么标准", "停车场收费是啥子标准哦"])
def test_a_fee_standard_the_plan_does_not_give_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


def test_the_plans_own_round_the_clock_service_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    assert 116 in ask(runtime, "办税厅是不是24小时都能办").citations[:2]
