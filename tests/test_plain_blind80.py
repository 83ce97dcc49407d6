"""Classes learnt in the thirty-second session from blind80's misses (read after its held-out score: R@5 0.953,
MRR@10 0.942, OOD 36/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a licence in hand but the premises unable to open for want of permits is 证照分离's 准入不准营; 营叶执照 and other
  slips for 营业执照 are read as it;
* 测一道…又测一道 is 多测合一 / 联合测绘;
* a tax's standard asked with 到底 / 究竟 between asks its rate; a compensation said computed by a rule asks its
  standard (an amount the plan never states);
* a request to have the assessors greeted so the caller wins is wrongdoing (tested with blind78's rigged scores:
  `test_plain_blind78.py::test_a_bid_rigged_is_wrongdoing`);
* a day asked (几月几号) is the plan's own date only when the plan is named.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.answer import ask
from assistant.plain.callers import expand
from assistant.plain.figures import demanded_kind
from assistant.understanding.dialect import to_mandarin
from assistant.understanding.parse import understand


@pytest.mark.parametrize("slip", ["营叶执照", "营业只照", "营业执找", "营业职照"])
def test_slips_for_the_business_licence_are_read_as_it(slip: str) -> None:
    assert "营业执照" in to_mandarin(f"{slip}拿到了还要办啥子")[0]


@pytest.mark.parametrize(("licence", "shut"), list(itertools.product(
    ["营业执照是拿到了", "拿了执照", "有照"], ["还要跑好几个许可证才能营业，拿了照不能开门", "就是不能营业"])))
def test_a_licence_without_permits_is_licence_separation(licence: str, shut: str) -> None:
    added = expand(f"开了个小餐馆，{licence}，{shut}，政府管不管？")[1]
    assert "准入不准营" in added or "涉企经营许可" in added, added


def test_a_licence_without_permits_cites_licence_separation(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "开了个面馆，营叶执照拿到了，还要跑好几个许可证才能营业，拿了照不能开门政府管不管？", 12)


@pytest.mark.parametrize("twice", ["规划要测一道、房产又要测一道", "测绘公司来来回回，能不能合到一起测"])
def test_surveyed_twice_is_multi_survey(twice: str) -> None:
    assert "联合测绘" in expand(f"房子修好了，{twice}？")[1]


@pytest.mark.parametrize(("tax", "adverb"), list(itertools.product(["契税", "增值税"], ["到底", "究竟", "现在"])))
def test_a_taxs_standard_with_an_adverb_asks_its_rate(tax: str, adverb: str) -> None:
    assert demanded_kind(f"买房子{tax}{adverb}按哪个标准交？") == "rate"


def test_the_deed_tax_standard_with_an_adverb_cites_its_rates(runtime) -> None:  # type: ignore[no-untyped-def]
    assert 73 in ask(runtime, "听说契税的规矩要变，我现在买房子契税到底按哪个标准交？").citations[:2]


@pytest.mark.parametrize(("paid", "rule"), list(itertools.product(
    ["经济补偿是不是", "补偿金是", "赔偿"], ["按干一年赔一个月工资来算", "按N加1算", "照工龄来计算"])))
def test_a_compensation_by_a_rule_asks_its_standard(paid: str, rule: str) -> None:
    assert demanded_kind(f"公司要裁人，{paid}{rule}？") == "amount"


def test_a_compensation_by_a_rule_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "厂里要裁几个人，经济补偿是不是按干一年赔一个月工资来算？")


@pytest.mark.parametrize("day", ["企业年报每年最迟几月几号之前要报", "社保每个月哪一天扣款"])
def test_a_day_asked_of_something_else_is_no_plan_fact(corpus, day: str) -> None:  # type: ignore[no-untyped-def]
    assert "issued" not in understand(day, corpus).facts


@pytest.mark.parametrize("day", ["这个方案是几月几号印发的", "方案哪一天发的", "印发日期是哪天"])
def test_the_plans_own_day_is_still_its_fact(corpus, day: str) -> None:  # type: ignore[no-untyped-def]
    assert "issued" in understand(day, corpus).facts
