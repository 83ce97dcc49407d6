"""Classes learnt in the thirty-eighth session from blind98's misses (read after its held-out score at c1f7e0c:
R@5 0.979, MRR@10 0.970, OOD 36/40, first 29/30, quoted 30/30). blind98 is written as messages from company staff,
lawyers and agents. Phrasings are our own, generated from forms × words:

* lexicon: a utility fee's 户名 moved with the property (电费户名能跟着房产证一起转过来吗) is 联动办理 / 同步过户;
  a judgment turned into a bankruptcy (转成破产) is 执转破;
* "A好还是B好" (注册个体户好还是开公司好) asks for advice the plan does not give;
* a floor (在新市民中心几楼) is a place, as a street number is: the plan names none;
* when the money of a thing the caller filed at a time they give will come (去年申报的…补助，钱什么时候能到账) is
  the caller's own case.

Not yet: 执行了两年…能不能转成破产 puts 第147条 before 第154/157条; 除了打官司，有没有投诉的渠道 puts 第187条 before
第186条; a firm's and a person's transfer compared (哪个快) misses 第89条 below the fifth; 前年交的土地出让金能不能退
is answered with 第370条; the twins 70 / 89.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first_among, refused_whole

from assistant.answer import ask


@pytest.mark.parametrize(("bought", "fee", "asks"), list(itertools.product(
    ["买了一处二手厂房", "买了套二手房", "买了个二手门面"], ["电费户名", "水费户名", "气费户名"],
    ["能跟着房产证一起转过来吗", "能不能跟房子过户一起改"])))
def test_a_fees_account_name_moves_with_the_property(runtime, bought: str, fee: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, f"{bought}，{fee}{asks}", (52, 90, 92))


@pytest.mark.parametrize(("story", "asks"), list(itertools.product(
    ["执行了两年，对方公司名下啥也找不到", "法院执行了一年多一分钱没拿到", "官司赢了，对方公司就剩个空壳子"],
    ["这种能不能转成破产", "能不能转破产处理", "可以转为破产程序吗"])))
def test_a_judgment_turned_into_a_bankruptcy(runtime, story: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, f"{story}，{asks}？").citations
    assert {154, 157} <= set(cited[:5]), cited


@pytest.mark.parametrize(("plan", "choice"), list(itertools.product(
    ["我想开个奶茶店，", "开饭馆的话，", ""], ["注册个体户好还是开公司好", "找银行贷款好还是找担保公司好呢"])))
def test_which_of_two_is_better_is_advice(runtime, plan: str, choice: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{plan}{choice}？")


def test_done_at_once_or_days_later_is_still_asked_how_long(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, "我要去不动产中心办个异议登记，是当场就能办好还是要等几天？", (69, 87))


@pytest.mark.parametrize(("office", "floor"), list(itertools.product(
    ["企业开办专区", "水电气联办窗口", "不动产登记大厅"], ["在几楼", "在哪一层", "在新市民中心几楼"])))
def test_a_floor_is_a_place_the_plan_never_names(runtime, office: str, floor: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{office}{floor}？")


@pytest.mark.parametrize(("when", "filed", "asks"), list(itertools.product(
    ["我们公司去年", "上个月", "3月份"], ["申报的科技项目补助", "申请的稳岗返还", "申请的留抵退税"],
    ["，钱什么时候能到账", "好久能到账"])))
def test_when_the_callers_own_money_comes_is_their_case(runtime, when: str, filed: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{when}{filed}{asks}？")


def test_when_a_refund_comes_asked_of_anyone_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, "增值税留抵退税申请了好久才能到账", (113, 114))


@pytest.mark.parametrize(("office", "asks"), list(itertools.product(
    ["知识产权维权工作站具体在哪", "企业开办专区在哪里", "不动产登记大厅"], ["有地址没", "有没有具体地址", "有详细地址吗"])))
def test_an_address_asked_as_had_or_not(runtime, office: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    # blind99 q15 (read after its held-out score): 有地址没 answered with 第287条, which names no address
    refused_whole(runtime, f"{office}，{asks}")


def test_an_address_in_a_story_demands_none(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, "公司之前地址没搞对被弄进经营异常名录了，现在贷款都贷不到，这个信用咋个修复嘛", (313, 315, 317))
