"""Classes learnt in the thirty-seventh session from blind95's misses (read after its held-out score at e582434:
R@5 0.983, MRR@10 0.967, OOD 34/40, first 29/30, quoted 30/30). blind95 is typed in a chat window. Phrasings are our
own, generated from forms × words:

* which provider or option is cheaper or better value for the caller (哪家宽带最划算, 个体户还是开公司哪个划算) is
  advice the plan does not give;
* a health code's colour or an appeal against it (健康码变黄了咋申诉) is the health authority's matter;
* 贴息 is a grant the plan names without a sum: asked how much, it is refused rather than answered with a fund's sums.

Not yet: 简单的合同纠纷打官司能快点判吗 puts 第190条's 减半交纳受理费 before 第188条's 简案速裁; 成都那边的事能在资阳办吗
misses 第269条; 政府部门欠我们小公司的钱 puts 第119条 before 第309条; 申请专利的费用能减免吗 and 办施工许可证要交哪些材料
are answered with look-alikes.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole


@pytest.mark.parametrize(("options", "asks"), list(itertools.product(
    ["电信移动联通", "办宽带找电信还是联通", "我该注册个体户还是开公司"], ["哪家最划算", "哪个更实惠", "哪个划算"])))
def test_which_is_cheaper_is_advice(runtime, options: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{options} {asks}")


@pytest.mark.parametrize("question", ["健康码变黄了咋申诉", "健康码红了怎么转绿", "被赋了黄码找哪个"])
def test_a_health_codes_colour_is_not_the_plans(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


def test_no_health_code_at_all_is_still_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "老人没有智能手机没有健康码，能进政务大厅办事吗", 272)


@pytest.mark.parametrize("question", ["知识产权质押贷款 贴息给多少", "专利质押贷款政府贴息能给多少钱", "贷款贴息一年给好多"])
def test_an_interest_subsidy_asked_its_sum(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


def test_an_interest_subsidy_asked_whether_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "专利质押贷款有没有贴息", 294)
