"""Classes learnt in the twenty-ninth session from blind66's misses (read after its held-out score: R@5 0.983,
MRR@10 0.967, OOD 39/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a bus route is asked when taken (坐几路公交能到); some lines said old (有几路公交车又老又旧) ask for no address, and
  whether old buses are replaced is 第367条's;
* a phone line named for a service the plan prints no number of (抢修电话, 报修, 客服) is stated only by a sentence
  naming it: 第59条's 12345 for 用水信访件 is no water company's repair line;
* a firm's bank account (对公账户, 基本户) is opened through 第9条's 银行开户预约;
* someone the power office has in charge of the caller's area (供电所有没有专门管我们这块的人) is 第54条's 台区客户经理.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, passage, refused_whole

from assistant.plain.callers import expand
from assistant.plain.figures import demanded_kind, unstated_figure


@pytest.mark.parametrize(("some", "said"), list(itertools.product(
    ["有几路公交车", "有几路车", "城区有几路公交"], ["又老又旧", "停运了", "线路不合理"])))
def test_some_bus_lines_said_ask_for_no_address(some: str, said: str) -> None:
    assert demanded_kind(f"市民反映{some}{said}，有没有调整的打算") != "address"


@pytest.mark.parametrize(("take", "where"), list(itertools.product(
    ["坐几路公交", "乘几路车", "搭几路公交车", "几路车"], ["能到政务服务中心", "可以到新市民服务中心", "去政务中心"])))
def test_a_bus_route_taken_is_an_address_asked(take: str, where: str) -> None:
    assert demanded_kind(f"{take}{where}？") == "address"


@pytest.mark.parametrize("question", [
    "市民反映城区有几路公交车又老又旧，线路也不合理，问有没有换车和调线路的打算。",
    "城里头有几路公交车烂得很了，站点也不合理，政府会不会换新车、调线路？",
])
def test_old_buses_cite_their_replacement(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, question, 367)


COMPLAINTS = passage(59, "高效办理12345网络理政平台等渠道受理的用水信访件，着力解决群众反映强烈的用水问题。")


@pytest.mark.parametrize(("utility", "line", "ask_"), list(itertools.product(
    ["自来水公司", "燃气公司", "供电公司"], ["抢修电话", "报修电话", "客服电话", "维修电话"], ["是好多", "是多少", "在哪儿找"])))
def test_a_service_line_is_stated_only_by_a_sentence_naming_it(utility: str, line: str, ask_: str) -> None:
    question = f"我们小区停水停气了，{utility}{line}{ask_}？"
    assert demanded_kind(question) == "phone"
    assert unstated_figure(question, [COMPLAINTS]) == "phone", question


@pytest.mark.parametrize("question", ["用水有问题，投诉电话是好多？", "自来水的问题打哪个电话反映？"])
def test_a_complaint_line_is_still_stated_by_12345(question: str) -> None:
    assert unstated_figure(question, [COMPLAINTS]) is None, question


@pytest.mark.parametrize("question", ["我们小区停水了，自来水公司抢修电话是好多？", "屋头燃气漏了，燃气公司报修电话是多少？"])
def test_a_repair_line_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


@pytest.mark.parametrize("account", ["对公账户", "对公户", "基本户", "公司账户"])
def test_a_firms_bank_account_reads_as_bank_account_opening(account: str) -> None:
    assert "银行开户" in expand(f"新公司要开{account}，能不能先预约")[1]


@pytest.mark.parametrize(("account", "form"), list(itertools.product(
    ["对公账户", "基本户"], ["能不能在手机上先跟银行约好时间，免得去了又排半天队？", "可不可以网上先约起再去银行？"])))
def test_a_firms_bank_account_cites_the_appointment(runtime, account: str, form: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"新公司要开{account}，{form}", 9)


@pytest.mark.parametrize(("office", "in_charge"), list(itertools.product(
    ["供电所", "供电公司", "供电局"], ["有没有专门管我们这块的人", "有没有专门负责我们村的人"])))
def test_the_power_offices_person_in_charge_reads_as_the_area_manager(office: str, in_charge: str) -> None:
    assert "台区客户经理" in expand(f"我们村用电有问题，{office}{in_charge}哦？")[1]


@pytest.mark.parametrize("office", ["供电所", "供电公司"])
def test_the_power_offices_person_in_charge_cites_the_area_manager(runtime, office: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"我们村这一片用电有啥子问题，{office}有没有专门管我们这块的人哦？", 54)
