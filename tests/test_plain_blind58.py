"""Classes learnt in the twenty-fifth session from blind58's misses (read after its held-out score: R@5 0.967,
MRR@10 0.946, OOD 40/40, first 30/30, quoted 29/30) and blind57's c05. Phrasings are our own, generated from
forms × words, answers from the records:

* a caller's negation covers its clause (不用在外头牵线施工的话), and the lexicon's words for what the caller says
  (外头拉线 -> 外线工程) tell 第45条's two cases apart: without an outside line 2个工作日, with one 6个工作日;
* which procedures (要走哪些手续) is asked beside a fee: answered, the fee said missing, never refused whole;
* callers' words for the plan's: fees charged as one pleases (收费乱得很: 乱收费, 第61条), payment held back till it is
  not given (拖到不给: 第309条), duties declared and paid by the trader itself (自己报了自己交: 自报自缴, 第127条).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import with_known_misses

from assistant.answer import ask
from assistant.plain.callers import expand


def _quote(answer: str, number: int) -> str:
    return next((line for line in answer.splitlines() if line.startswith(f"【第{number}条】")), answer[:300])


@pytest.mark.parametrize(("negation", "line"), list(itertools.product(
    ["不用", "不需要", "没得"], ["在外头牵线施工", "从外面拉线过来", "拉外线"])))
def test_no_outside_line_quotes_the_two_days(runtime, negation: str, line: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"小门市接电，{negation}{line}的话，受理了好久能通上电？")
    quote = _quote(answer.answer, 45)
    assert answer.citations[:1] == (45,) and "2个工作日" in quote and "6个工作日" not in quote, quote


@pytest.mark.parametrize(("shop", "line"), list(itertools.product(
    ["门市要接电", "小作坊要通电"], ["但是要从外头拉线过来", "电要从外面牵线过来", "得从外头拉电线进来"])))
def test_an_outside_line_quotes_the_six_days(runtime, shop: str, line: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{shop}，{line}，供电公司好久能给我装表通电？")
    quote = _quote(answer.answer, 45)
    assert answer.citations[:1] == (45,) and "6个工作日" in quote and "不涉及外线" not in quote, quote


@pytest.mark.parametrize(("utility", "fee"), with_known_misses(list(itertools.product(
    ["接水接气", "装天然气", "自来水报装"], ["要走哪些手续、收好多钱？", "要办些啥子手续，要交好多钱？"])),
    {("装天然气", "要办些啥子手续，要交好多钱？"): "refused by the gate: " + "a retraining flip (blind102–blind104 joined, fortieth session)"}))
def test_which_procedures_beside_a_fee_is_answered(runtime, utility: str, fee: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, utility + fee)
    assert set(answer.citations[:5]) & {55, 56, 57, 58, 60}, (answer.citations, answer.answer[:300])


@pytest.mark.parametrize(("said", "plan"), [
    ("自来水公司报装收费乱得很", "乱收费"), ("燃气公司收钱乱得很", "乱收费"),
    ("钱一直拖到不给", "拖欠民营企业中小企业账款"), ("采购单位拖起不给", "拖欠民营企业中小企业账款"),
    ("关税能不能自己报了自己交", "自报自缴"), ("进口的税能不能自己算好", "自报自缴"),
    ("不用在外头牵线", "外线工程"),
])
def test_callers_words_read_as_the_plans(said: str, plan: str) -> None:
    assert plan in expand(said)[1], expand(said)


@pytest.mark.parametrize(("said", "plan"), [
    ("灵活就业自己交社保一个月好多钱", "自报自缴"), ("收费标准是多少", "乱收费"), ("银企牵线对接会", "外线工程"),
])
def test_words_alike_are_not_read_so(said: str, plan: str) -> None:
    assert plan not in expand(said)[1], expand(said)


@pytest.mark.parametrize(("said", "number"), [
    ("感觉自来水公司报装收费乱得很，有没有人管？", 61), ("燃气公司装管子收钱乱得很，哪个来查？", 61),
    ("我们小厂给政府单位供了货，钱一直拖到不给，咋个办？", 309), ("给区里供了设备，尾款拖起不给，找哪个？", 309),
    ("我们进口原料，关税能不能自己在网上报了自己交？", 127), ("做出口的，税能不能自己算好网上交了就放行？", 127),
])
def test_the_plans_measure_is_among_the_first(runtime, said: str, number: int) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, said)
    assert number in answer.citations[:3], (answer.citations, answer.answer[:300])
