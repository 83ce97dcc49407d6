"""Classes learnt in the twenty-third session from blind53's misses (read after its held-out score). Phrasings are
our own, generated from forms × words:

* a foreigner (外国人, 老外) is 外籍 in the plan: a foreigner's 居留 question is answered with the dedicated office
  (第334条), and when it also asks how long, the answer says the plan states no duration;
* being checked too often (三天两头来查, 隔三差五…查, 能不能少查几次) is 第296条's 抽查比例和频次 set by credit risk;
* a utility meter still in the former owner's name (电表还是原房主的名字) is the utilities' 同步过户 (第52/90/92条);
* getting a new firm's invoices (领发票) is 首次申领发票 and 票种核定 (第118条);
* an economic aggregate asked (GDP总量, 产值) demands an amount the plan never states.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import refused_whole

from assistant.answer import ask
from assistant.plain import expand
from assistant.plain.figures import demanded, demanded_kind
from assistant.understanding.dialect import to_mandarin


@pytest.mark.parametrize(("who", "ask_"), list(itertools.product(
    ["我女婿是外国人，想来长住", "公司请了个老外", "我们厂来了个外国工程师"],
    ["办居留有没有专门的部门管？", "他的居留手续有没有专门的部门对接？"])))
def test_a_foreigners_residence_finds_the_dedicated_office(runtime, who: str, ask_: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, who + "，" + ask_)
    assert 334 in answer.citations[:2], answer.answer[:300]


@pytest.mark.parametrize("who", ["我女婿是外国人，想来长住", "公司请了个老外"])
def test_a_foreigners_residence_asked_how_long_says_the_duration_is_not_stated(runtime, who: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, who + "，办居留有没有专门的部门管？要等好久？")
    assert 334 in answer.citations[:2] and "没有写明" in answer.answer, answer.answer[:400]


@pytest.mark.parametrize(("often", "fewer"), list(itertools.product(
    ["执法的三天两头来查", "市场监管的隔三差五就来查一次", "检查的查得太勤了"],
    ["，我们守法经营的，能不能少查几次？", "，正规经营的可不可以少来查？"])))
def test_being_checked_too_often_finds_checks_set_by_credit_risk(runtime, often: str, fewer: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, often + fewer)
    assert 296 in answer.citations[:2], answer.answer[:300]


@pytest.mark.parametrize(("meter", "form"), list(itertools.product(
    ["电表", "水表", "燃气"],
    ["刚买了套二手房，{}还是原来房主的名字，要不要单独去改？", "买了二手房，{}上还是上家的名字，过户的时候能一起改不"])))
def test_a_meter_in_the_former_owners_name_finds_the_joint_transfer(runtime, meter: str, form: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, form.format(meter))
    assert {52, 90, 92} & set(answer.citations[:2]), answer.answer[:300]


@pytest.mark.parametrize("words", ["领发票", "领票", "领取发票"])
def test_getting_invoices_reads_as_the_plans_first_invoices(words: str) -> None:
    assert "票种核定" in expand(f"新开的公司第一次{words}要好久")[1]


@pytest.mark.parametrize(("aggregate", "form"), list(itertools.product(
    ["去年全市GDP", "全市生产总值", "工业总产值", "民营经济增加值"], ["是好多", "总量是多少", "有多少", "大概是好多"])))
def test_an_economic_aggregate_asked_demands_an_amount(aggregate: str, form: str) -> None:
    question = to_mandarin(aggregate + form)[0]
    assert demanded_kind(question) == "amount", question


@pytest.mark.parametrize("question", ["R&D占GDP比重的目标是多少", "民营经济增加值增速目标是多少"])
def test_a_share_or_growth_of_gdp_is_not_read_as_an_amount(question: str) -> None:
    found = demanded(question)
    assert found is None or found[0].name != "amount", question


@pytest.mark.parametrize("question", ["去年全市GDP总量是好多？", "全市工业总产值有好多？", "资阳的生产总值大概是多少"])
def test_an_aggregate_the_plan_does_not_give_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)
