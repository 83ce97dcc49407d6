"""Money in plain questions, found on blind20's out-of-domain questions after their held-out score: what the
caller pays is not answered by what the government pays out, and a fee named in the caller's own word (保教费,
资费) is stated only by a sentence naming it; working hours are a figure of any kind."""

from __future__ import annotations

import pytest
from conftest import figure_kind_named

from assistant.answer import ask
from assistant.plain.figures import demanded_kind, figures


def test_what_the_caller_pays_is_not_answered_by_a_subsidy(runtime) -> None:  # type: ignore[no-untyped-def]
    _, drop = next((w, d) for w, d in figures().exclude if w.search("住一个月要交多少钱"))
    sentence = "社会力量举办养老机构给予标准为1.1万元/张的一次性建设补贴和50—200元/月/人的养老机构运营补贴"
    amount = figure_kind_named("amount")
    assert amount.answers.search(sentence) and not amount.answers.search(drop.sub("", sentence))
    assert not any(w.search("能拿到多少补贴") for w, d in figures().exclude if d.search("补贴1万元"))  # asked: kept


def test_a_fee_named_in_the_callers_word_must_be_named_by_the_sentence(runtime) -> None:  # type: ignore[no-untyped-def]
    assert demanded_kind("企业拉一条宽带专线，一个月资费大概多少") == "amount"
    for question in ("企业拉一条100M宽带专线，一个月资费大概多少？", "普惠性民办幼儿园一学期保教费收好多？"):
        a = ask(runtime, question)
        assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:80]
    stated = ask(runtime, "城市道路挖掘修复费减免了没有")  # a named fee asked about, no amount demanded
    assert stated.citations


def test_working_hours_are_a_figure_of_any_kind(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "开办企业时间压到多少？从什么时候开始？")
    assert "4个工作小时" in a.answer and "6月起" in a.answer


def test_a_unit_price_of_a_named_fee_needs_both_named(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "城市道路挖掘修复费一平方好多钱？")  # 第32条 waives the fee (减免): no price per square metre
    assert not a.citations and "没有写明所问的金额" in a.answer


@pytest.mark.parametrize(("question", "case", "rate"), [
    ("首套房85平方，契税按好多交？", "家庭唯一住房", "1%"),
    ("买第二套房子120平，契税是好多？", "家庭第二套改善性住房", "2%"),
    ("第一套住房买了130平米，契税多少", "家庭唯一住房", "1.5%"),
])
def test_the_callers_first_or_second_home_and_area_pick_the_deed_tax_case(runtime, question: str, case: str,  # type: ignore[no-untyped-def]
                                                                          rate: str) -> None:
    a = ask(runtime, question)
    first = next(line for line in a.answer.splitlines() if line.startswith("【第"))
    assert first.startswith("【第73条】") and case in first and rate in first, first[:120]


@pytest.mark.parametrize("question", ["要是买第三套住房，契税交百分之几", "家里第三套房按多少交契税", "买第四套房子契税按多少的税率交"])
def test_a_third_homes_deed_tax_is_not_stated(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)  # 第73条 states a first and a second home's rates only
    assert not a.citations and "没有写明所问的" in a.answer, a.answer[:80]


@pytest.mark.parametrize("question", ["用专利做质押，一家企业最高能贷多少钱", "知识产权质押贷款每笔最多能贷好多"])
def test_what_a_fund_is_given_does_not_answer_one_firms_loan(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    """第293条's 成都出资5000万、配套资金（资阳500万） is a risk fund's money, not a firm's loan limit (operator trial)."""
    a = ask(runtime, question)
    assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:160]
    fund = ask(runtime, "知识产权质押融资风险基金池，资阳出资多少")  # the fund's own money asked: stated
    assert 293 in fund.citations[:2] and "500万" in fund.answer, fund.answer[:160]


@pytest.mark.parametrize("question", ["开个小店去银行贷款，利息大概多少", "创业贷款的利息一般是几个点", "企业贷款利息是多少"])
def test_a_loans_interest_asked_is_a_rate_the_plan_does_not_state(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    """利息是多少 asks the loan's rate; 第168条's 利率较去年保持稳定 and a fee's 1% do not state it (operator trial)."""
    a = ask(runtime, question)
    assert not a.citations and "没有写明所问的比例" in a.answer, a.answer[:160]
    assert ask(runtime, "创业担保贷款有没有贴息").citations  # asked whether, not how much: answered
