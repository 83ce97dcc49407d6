"""Colloquial ways of demanding a figure, found on blind31's out-of-domain questions after its held-out score
(phrasings here are our own, generated from forms × subjects): 按几个点 asks a rate; a bound of a quantity
(基数的下限, 额度最高) an amount; 按什么标准收 / 赔 the amount charged or paid; 建在哪个位置 an address. A question
demanding one is answered only by a sentence stating it."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from assistant.plain.figures import demanded


def _kind(question: str) -> str | None:
    found = demanded(question)
    return found[0].name if found else None


@pytest.mark.parametrize(("subject", "form"), list(itertools.product(
    ["契税", "个税", "手续费"], ["按几个点收", "要交多少个点", "是几个点"])))
def test_points_ask_a_rate(subject: str, form: str) -> None:
    assert _kind(f"{subject}{form}") == "rate"


@pytest.mark.parametrize(("subject", "bound"), list(itertools.product(
    ["缴费基数", "贷款额度", "补贴", "工资"], ["的下限是多少", "的上限是多少", "最高是多少", "最低为多少", "封顶多少"])))
def test_a_bound_of_a_quantity_asks_an_amount(subject: str, bound: str) -> None:
    assert _kind(f"{subject}{bound}") == "amount"


@pytest.mark.parametrize(("who", "verb"), list(itertools.product(
    ["管理人的报酬", "供电公司", "物业"], ["按什么标准收", "按哪个标准赔", "以什么标准算"])))
def test_by_what_standard_it_is_paid_asks_an_amount(who: str, verb: str) -> None:
    assert _kind(f"{who}{verb}") == "amount"


@pytest.mark.parametrize("where", ["建在哪个位置", "设在什么位置", "位于哪个地段", "具体建在什么方位"])
def test_where_a_site_stands_asks_an_address(where: str) -> None:
    assert _kind(f"新的物流园区{where}") == "address"


@pytest.mark.parametrize("question", [
    "明天几点上班",  # a time of day, not a rate
    "高新技术企业按什么标准认定",  # a standard, not a payment
    "在什么位置签字",  # no site
    "这个点能不能办",
])
def test_look_alikes_demand_no_figure(question: str) -> None:
    assert _kind(question) is None


@pytest.mark.parametrize("question", [
    "破产案子里头，管理人的报酬按什么标准收",
    "公积金缴存基数的上限是多少",
    "保税物流中心最后建在哪个位置",
    "家里电器因为停电坏了，电力公司按什么标准赔",
])
def test_a_demanded_figure_the_plan_does_not_state_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "没有写明所问的" in a.answer, a.answer[:120]


@pytest.mark.parametrize(("question", "measure", "figure"), [
    ("社会力量办养老院，床位建设补贴按什么标准给", 346, "1.1万元/张"),
    ("家里唯一一套房，80平，契税按几个点交", 73, "1%"),
])
def test_a_demanded_figure_the_plan_states_is_quoted(runtime, question: str, measure: int, figure: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    first = next((line for line in a.answer.splitlines() if line.startswith("【")), "")
    assert a.citations[:1] == (measure,) and first.startswith(f"【第{measure}条】") and figure in first, a.answer[:160]


# An amount asked after its money word with 是 / 有 / 一般是 between (补贴有多少, 奖励一般是多少), a standard asked in
# the clause after the subsidy (有没有生活补贴？标准是多少), and what insurance pays back (每个月能报多少): found on the
# tuning sets' out-of-domain questions (blind3, blind11, blind28), phrased here as forms × money words.
@pytest.mark.parametrize(("money", "form"), list(itertools.product(
    ["补贴", "补助", "奖励", "奖金", "津贴", "安家费", "管理费"], ["是多少", "有多少", "一般是多少", "大概有多少", "一个月多少"])))
def test_an_amount_asked_after_its_money_word_is_demanded(money: str, form: str) -> None:
    assert _kind(f"这个{money}{form}") == "amount"


@pytest.mark.parametrize("question", ["有没有生活补贴？标准是多少", "听说有奖励，那标准是几千", "要交服务费吧，标准是多少",
                                      "医保每个月能报多少", "这个保险能报多少"])
def test_a_standard_in_the_next_clause_or_a_sum_paid_back_is_an_amount(question: str) -> None:
    assert _kind(question) == "amount"


@pytest.mark.parametrize("question", ["一年要报多少次税", "奖补资金有多少个项目", "评标标准是什么"])
def test_counts_and_standards_in_words_demand_no_amount(question: str) -> None:
    assert _kind(question) is None


@pytest.mark.parametrize("question", ["家里有残疾人，每个月有没有生活补贴？标准是多少", "研究生来资阳工作，安家费有多少",
                                      "我妈在家瘫痪了，长期照护险每个月能报多少"])
def test_such_an_amount_the_plan_does_not_state_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "方案中没有" in a.answer, a.answer[:120]


def test_such_an_amount_the_plan_states_is_quoted(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "社会力量开养老机构，床位建设补贴一般是多少")
    first = next((line for line in a.answer.splitlines() if line.startswith("【")), "")
    assert a.citations[:1] == (346,) and "1.1万元/张" in first, a.answer[:160]


@pytest.mark.parametrize("question", ["报装要几个流程", "报装流程压缩成几个了", "审批流程现在减到几个", "要走几个流程"])
def test_steps_asked_as_a_process_are_steps(question: str) -> None:
    assert _kind(question) == "steps"


def test_steps_of_water_and_gas_connection_quote_action_two(runtime) -> None:  # type: ignore[no-untyped-def]
    """The eighteenth operator trial: 用水用气报装流程压缩成几个了 put 第57条 (no figure) first; the figure is 行动二's."""
    a = ask(runtime, "用水用气报装流程压缩成几个了")
    first = next((line for line in a.answer.splitlines() if line.startswith("【")), "")
    assert first.startswith("【行动二】") and "由6个压缩为2个" in first, a.answer[:200]
