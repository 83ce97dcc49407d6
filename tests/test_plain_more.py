"""Plain-question classes found on blind20 after its held-out score and in the eighth operator trial: words that
ask for the figure or that the lexicon translates are not foreign to the plan; the plan's own 12345 hotline
linked with 成德眉 stays in scope; callers' words for a few measures the hotline sets ranked low."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.plain.callers import out_of_scope, translated


def test_a_translated_callers_word_is_found_in_the_question() -> None:
    assert translated("企业打官司能不能网上立案")  # 打官司 -> 诉讼 (lexicon.toml)
    assert not translated("今天天气怎么样")


@pytest.mark.parametrize("question", ["12345热线和成都那边的是不是通了？", "打12345，德阳眉山的事能不能一起反映",
                                      "资阳的12345和成都互通了没有"])
def test_the_plans_hotline_linked_with_other_cities_stays_in_scope(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    assert out_of_scope(question) is None
    assert 273 in ask(runtime, question).citations[:3]


@pytest.mark.parametrize("question", ["成都的社保卡在哪里补办", "德阳开个公司要几天"])
def test_other_cities_services_stay_out_of_scope(question: str) -> None:
    assert out_of_scope(question) is not None


@pytest.mark.parametrize(("question", "measure"), [
    ("房子卖了，水电气户头要一家家去改名字吗", 90),  # 水、电、气 联办窗口
    ("评估费担保费这些贷款的中间收费能不能降", 170),  # 减费让利, 涉企服务收费
    ("给政府供货验收完了钱一直不给咋办", 244),  # 支付采购资金
    ("卖房过户的时候顺便把抵押登记也办了行不行", 95),  # 转移登记与抵押登记合并办理
    ("办社保以后能不能在乡镇上办，不进城", 271),  # 便民服务中心, 就近办
    ("医院能在手机上预约挂号吗", 348),  # 智能导诊预约平台
])
def test_callers_words_for_utilities_loan_charges_payments_and_services(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert measure in ask(runtime, question).citations[:5]


def test_asking_words_do_not_make_an_in_domain_question_foreign(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "企业破产案子要审好久？")  # 多久 asks for the figure; it names no topic the plan lacks
    assert a.citations and a.citations[0] == 147
