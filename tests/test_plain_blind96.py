"""Classes learnt in the thirty-eighth session from blind96's misses (read after its held-out score at 8a1b751:
R@5 0.969, MRR@10 0.988, OOD 37/40, first 29/30, quoted 29/30). blind96 mixes callers, follow-ups on what another
office said and two asks at once. Phrasings are our own, generated from forms × words:

* a case the caller names by a negation (不用另外牵线的话) picks the passage's sentence naming it so (对于不涉及外线施工
  的…接电时间不超过2个工作日) even when the sentence nearest the rest of the question (装表通电) names no case;
* the province whose rule it is (四川定的) is no subject a rate's sentence must share: 第60条's 《四川省燃气工程安装收费
  指南》 and its 10% do not answer a deed tax's rate;
* lexicon: offices approving at once (几家同时审, 一个批完才能找下一个) is 并联审批; the counties doing it differently
  (安岳和雁江说法都不一样) is 第55条's 差异.

Not yet: 报关单无纸化…随附单据 misses 第132条's 全程无纸化 below the fifth; a list of papers asked (开公司要带哪些证件)
is answered with 第7条's 不得要求…重复提供相关资料; 个人出租房屋的税率 is answered with 第73条's 契税; the twins 70 / 89.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, answered_first_among, refused_whole

POWER = ["家里新房子要通电，", "店里要接电，", ""]
NO_LINE = ["不用另外牵线的话", "不需要另外拉线的话", "不用从外头拉线的话"]
ASKS = ["装表通电要等几天？", "装表接电要几天", "好久能通电"]


@pytest.mark.parametrize(("power", "no_line", "asks"), list(itertools.product(POWER, NO_LINE, ASKS)))
def test_a_case_named_by_a_negation_is_quoted(runtime, power: str, no_line: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{power}{no_line}，{asks}", 45, "接电时间不超过2个工作日")


@pytest.mark.parametrize(("decided", "premises"), list(itertools.product(
    ["定", "省规定", "省里定"], ["商铺写字楼", "门面", "厂房"])))
def test_the_province_is_no_subject_of_a_rate(runtime, decided: str, premises: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"四川{decided}的契税具体税率，买{premises}这种非住房是按百分之几交")


@pytest.mark.parametrize("question", ["四川省燃气工程安装收费指南定的施工利润最多是成本的百分之几",
                                      "按四川的收费指南，装燃气施工利润能收百分之几"])
def test_a_rate_the_provinces_guide_bounds_is_still_answered(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, question, 60, "10%")


PARALLEL = {18, 28, 266}


@pytest.mark.parametrize(("project", "complaint", "asks"), list(itertools.product(
    ["修厂房要找好几个部门", "盖仓库报建", "我们的工业项目审批"], ["一个部门批完才能找下一个", "一家批完才能去下一家", "跑了好几趟"],
    ["能不能几个部门同时审？", "就不能同时批吗", "能不能一起审批"])))
def test_offices_approving_at_once_is_parallel_approval(runtime, project: str, complaint: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    cited = answered_first_among(runtime, f"{project}{complaint}，{asks}", PARALLEL)
    assert len(PARALLEL & set(cited[:5])) >= 2, cited


@pytest.mark.parametrize(("counties", "differ", "asks"), list(itertools.product(
    ["安岳和雁江", "乐至跟安岳", "每个县"], ["接水要的材料说法都不一样", "装气的手续都不一样", "水气报装流程不同"],
    ["有没有全市统一的指南", "能不能出个统一的办事指南"])))
def test_counties_doing_it_differently_is_the_difference_to_sort_out(runtime, counties: str, differ: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    cited = answered_first_among(runtime, f"{counties}{differ}，{asks}", (55, 58))
    assert {55, 58} <= set(cited[:5]), cited
