"""Classes learnt in the fortieth session from blind104's misses (read after its held-out score at 4b3c094: R@5 0.975,
MRR@10 0.956, OOD 37/40, first 30/30, quoted 30/30). blind104 is written as business callers in their trade's jargon.
Phrasings are our own, generated from forms × words:

* lexicon: a mortgage released once the loan is repaid (解押, 注销抵押) is the 注销登记 made 即时办结 (69, 87), not the
  一般抵押登记's 2 days (70, 89);
* figures: a charge asked with whom it is taken from between (一个月能收老人多少钱) is not answered by what the
  government pays out (第346条's subsidies); goods a project buys (设备材料) are no papers;
* scope: who must pay a firm's debts (老板个人还要不要还, 股东要不要承担连带责任) is a law the plan does not state.

Not yet: 还完贷款，解除抵押能不能当场办好 puts 第183条 and 第95条 first (the whole word 抵押 beside 贷款).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first_among, refused_whole, with_known_misses

_LOAN_WORD = ("the word 抵押 said whole after 还完贷款 / 按揭还完了 matches 第95条's 按揭贷款抵押 and 第183条's bank window "
              "(第69/87条 fifth and sixth)")


@pytest.mark.parametrize(("repaid", "release"), with_known_misses(list(itertools.product(
    ["还完贷款", "房贷还清了", "按揭还完了"], ["解押，当天能办完不？", "注销抵押要几天", "解除抵押能不能当场办好"])),
    {(r, "解除抵押能不能当场办好"): _LOAN_WORD for r in ("还完贷款", "按揭还完了")}))
def test_a_mortgage_released_is_the_cancellation_registered_at_once(runtime, repaid: str, release: str) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, f"{repaid}，{release}", (69, 87))


@pytest.mark.parametrize(("place", "whom"), list(itertools.product(
    ["民办养老院一张床一个月", "养老院一个月", "普惠幼儿园一学期"], ["能收老人多少钱", "收家长多少钱", "收住户几千块"])))
def test_a_charge_taken_from_someone_is_not_a_subsidy(runtime, place: str, whom: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{place}{whom}？")


def test_a_subsidy_asked_is_still_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, "养老院运营补贴一个月多少钱", (346,))


@pytest.mark.parametrize(("story", "who"), list(itertools.product(
    ["公司要是破产了", "厂子欠了一屁股债关门了", "企业走破产程序"],
    ["我作为老板个人还要不要还那些欠款？", "股东要承担连带责任吗", "法人要不要背这些债"])))
def test_who_owes_a_firms_debts_is_no_law_of_the_plans(runtime, story: str, who: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{story}，{who}", "法律责任")


def test_a_bankrupt_firms_credit_is_still_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, "企业破产后信用能修复吗", (155,))
