"""Classes learnt in the fortieth session from blind105's misses (read after its held-out score at 81fee23: R@5 0.944,
MRR@10 0.939, OOD 38/40, first 27/30, quoted 29/30). blind105 is written as callers checking what they heard (听说…是不是
真的, 网上说…靠谱吗). Phrasings are our own, generated from forms × words:

* understanding: 办 after a modal or before a particle (能办不, 咋办, 办吗) is the verb, not an office — 携号转网能办不
  was read as a slip of 市委网信办 (网能办) and listed its 3 measures;
* scope: a down payment's share (首付要几成) is a housing credit policy the plan does not state;
* lexicon: an invoice's kinds fixed by the tax office (核发票种类, 核定票种) are 第118条's 票种核定; land said after its
  idleness (批了却一直空着没用的地) is 第368条's 闲置土地; a service's papers sent by post are 邮寄送达 (272).

Not yet: 我在外地上班，听说好些证件网上申请完可以直接寄给我 stays refused; 企业宽带这些通信费用，听说要降 puts 第47条 first;
a figure heard and asked as true (政府直接发3万块开办补贴，真的吗) is answered with 第5条; 留抵退税 几天能退 puts 第113条's
24小时 before 第114条's 3个工作日; 破产清算拖个三五年 puts 第156条 before 第147条.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, scope_refuses, with_known_misses

from assistant.understanding import understand


@pytest.mark.parametrize(("matter", "verb"), list(itertools.product(
    ["携号转网", "营业执照网上", "川渝通办的事", "不动产登记周末"], ["能办不？", "咋办？", "可以办吗", "好办不"])))
def test_the_verb_ban_is_no_office(corpus, matter: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    query = understand(f"{matter}{verb}", corpus)
    assert not query.units and query.intent == "topical", query


@pytest.mark.parametrize("asked", ["网信办牵头的举措", "网信办参与了几条", "人设局牵头的举措有几条"])
def test_an_office_or_its_slip_is_still_a_unit(corpus, asked: str) -> None:  # type: ignore[no-untyped-def]
    assert understand(asked, corpus).units


@pytest.mark.parametrize(("home", "asks"), list(itertools.product(
    ["买二套房", "首套房", "在资阳买新房"], ["首付要几成？", "首付比例最低多少", "首付得交百分之几"])))
def test_a_down_payments_share_is_no_matter_of_the_plans(home: str, asks: str) -> None:
    scope_refuses(f"{home}{asks}", "首付比例")


@pytest.mark.parametrize(("firm", "asks"), list(itertools.product(
    ["新公司去税务局核发票种类", "刚注册的公司核定票种", "新办企业税种认定"], ["，要等几天？", "要多久"])))
def test_the_kinds_of_invoice_fixed_are_the_票种核定(runtime, firm: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{firm}{asks}", 118, "1小时内")


@pytest.mark.parametrize(("land", "asks"), with_known_misses(list(itertools.product(
    ["那些批了却一直空着没用的地", "镇上有块批了好几年都不用的地", "园区里闲着没人动的地"], ["要清理了？", "，政府管不管"])),
    {("园区里闲着没人动的地", "，政府管不管"): "园区 puts 第19条's 园区 approvals first (第368条 second), as blind100's 工业园区…批下来"}))
def test_land_said_after_its_idleness_is_idle_land(runtime, land: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"听说{land}{asks}", 368)
