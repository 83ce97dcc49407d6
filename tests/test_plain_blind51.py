"""Classes learnt in the twenty-second session from blind51's misses (read after its two held-out scores). Phrasings
are our own, generated from forms × words; the answers come from the real model:

* a complaint of 乱收费 asks who stops it, not a sum: no measure is put first for stating 免费 (第57条's free
  consultation had gone before 第60/61条's 收费指南 and 乱收费 checks in six tuning questions too);
* a fee the government is asked to pay towards (一张床位补多少建设费) is stated as the plan's grant for it
  (1.1万元/张的一次性建设补贴): answered, not refused for naming no 建设费;
* forcing a firm to buy or sell (逼我们买他们的砂石, 强迫交易) is 第383条's crimes against firms.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import with_known_misses

from assistant.answer import ask
from assistant.plain.figures import _names, demanded, figure_kind
from assistant.understanding.dialect import to_mandarin


@pytest.mark.parametrize("complaint", ["乱收费", "是不是乱收费", "感觉在乱收费"])
@pytest.mark.parametrize("subject", ["装天然气的安装费好几千", "自来水报装收了我好多钱", "燃气公司安装费报得好高"])
def test_a_complaint_of_overcharging_asks_no_sum(subject: str, complaint: str) -> None:
    question = to_mandarin(f"{subject}，{complaint}，哪个管？")[0]
    assert figure_kind(question) is None and demanded(question) is None, question


@pytest.mark.parametrize("question", ["燃气安装的收费标准是多少", "装天然气收费多少", "燃气报装费用要多少"])
def test_fees_asked_still_ask_a_sum(question: str) -> None:
    assert figure_kind(question) is not None, question


@pytest.mark.parametrize(("opening", "ask_who"), list(itertools.product(
    ["燃气公司给我们门市装气，开口就要好几千，", "装天然气的安装费贵得很，", "天然气公司上门装气报价一万多，"],
    ["感觉是乱收费，哪个部门管？", "是不是乱收费哦，找哪个？"])))
def test_overcharging_for_gas_is_answered_by_the_fee_rules_first(runtime, opening: str, ask_who: str) -> None:  # type: ignore[no-untyped-def]
    cites = ask(runtime, opening + ask_who).citations
    assert cites[:1] in ((60,), (61,)) and {60, 61} <= set(cites[:3]), cites


def test_a_grant_towards_a_fee_names_it_only_when_granted() -> None:
    sentence = "社会力量举办养老机构给予标准为1.1万元/张的一次性建设补贴"
    assert _names(sentence, "建设费", granted=True)
    assert not _names(sentence, "建设费")  # asked what the fee is, a grant does not state it
    assert _names("《四川省燃气工程安装收费指南》", "安装费")


@pytest.mark.parametrize(("who", "ask_what"), list(itertools.product(
    ["我想办个民营养老院，", "社会力量办养老机构，", "养老院"],
    ["政府一张床位补好多建设费？", "一张床位能补多少建设费", "每张床位的建设费补助多少"])))
def test_a_grant_towards_a_fee_is_answered_with_the_plans_grant(runtime, who: str, ask_what: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, who + ask_what)
    assert answer.citations[:1] == (346,) and "1.1万元/张" in answer.answer.replace(" ", ""), answer.answer[:200]


_FORCED_MISSED = {("有几个社会上的人天天来我们工地闹，", "逼我们把货低价卖给他们，咋办"):
                  "第200条 (律师进工地) first: 工地 and 社会 outweigh the forced sale"}


@pytest.mark.parametrize(("trouble", "forced"), with_known_misses(list(itertools.product(
    ["有几个社会上的人天天来我们工地闹，", "附近有伙人经常来厂里找麻烦，"],
    ["逼到我们买他们的砂石，企业咋个保护自己？", "强迫我们买他们的建材，找哪个？", "逼我们把货低价卖给他们，咋办"])), _FORCED_MISSED))
def test_forcing_a_firm_to_buy_or_sell_is_a_crime_against_firms(runtime, trouble: str, forced: str) -> None:  # type: ignore[no-untyped-def]
    assert ask(runtime, trouble + forced).citations[:1] == (383,)
