"""Classes learnt in the fortieth session from blind106's misses (read after its held-out score at aebf8da: R@5 0.969,
MRR@10 0.983, OOD 33/40, first 30/30, quoted 29/30). blind106 is written as professionals' formal letters and e-mails.
Phrasings are our own, generated from forms × words:

* scope: a file named by its number (受理号为ZY2021-03-1187…烦请查询进度) is the caller's case; two choices each called
  划算 (个体户划算还是有限公司划算, 哪种交税少) ask for advice; whether a case will be won (打劳动仲裁能赢吗) and a
  person's own bankruptcy (自然人能否申请破产) are no matter of the plan's;
* figures: a price asked (电价一度多少, 水价每吨多少) demands an amount that no waiver (零投资) or reward states; an
  exchange rate (结汇牌价是多少) demands a rate.

Not yet: the long letter from a 10千伏 user asking 到户电价 is answered with 第375条's rewards to 工业企业 (the amounts
separated by 、 are not read as a reward's); 外国人工作许可 多长时间、向哪个部门 is answered with 第202条's 5个工作日.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import refused_whole, scope_refuses


@pytest.mark.parametrize(("number", "asks"), list(itertools.product(
    ["受理号为ZY2021-03-1187", "工单号0815", "受理号：2021050012"], ["，烦请帮忙查询进度。", "，至今没有结果"])))
def test_a_file_named_by_its_number_is_a_case(number: str, asks: str) -> None:
    scope_refuses(f"我公司上月提交了一笔转移登记申请，{number}{asks}", "办件进度")


@pytest.mark.parametrize(("first", "second"), list(itertools.product(
    ["注册成个体户划算", "租门面划算", "自己记账省钱"], ["还是注册成有限公司划算？", "还是找代账公司省钱"])))
def test_two_choices_each_called_worth_it_ask_for_advice(first: str, second: str) -> None:
    scope_refuses(f"我准备开一家小餐馆，{first}{second}", "个人选择")


@pytest.mark.parametrize(("story", "asks"), list(itertools.product(
    ["我被公司无故辞退", "老板扣了我三个月工资", "合同纠纷打官司"], ["，打劳动仲裁能赢吗？", "，你帮我判断一下能不能赢", "，胜算大不大"])))
def test_whether_a_case_will_be_won_is_no_matter_of_the_plans(story: str, asks: str) -> None:
    scope_refuses(f"{story}{asks}", "胜负")


@pytest.mark.parametrize("asked", ["自然人能否申请破产？", "我个人欠了网贷还不起，能不能申请个人破产", "资阳有没有开展个人破产试点"])
def test_a_persons_own_bankruptcy_is_no_matter_of_the_plans(asked: str) -> None:
    scope_refuses(asked, "企业破产")


@pytest.mark.parametrize(("what", "price"), list(itertools.product(
    ["资阳的", "工业企业用电的", "居民用水的"], ["电价一度多少钱", "价格是多少", "水价每吨多少"])))
def test_a_price_is_stated_nowhere(runtime, what: str, price: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{what}{price}？")


@pytest.mark.parametrize("asked", ["本月美元结汇牌价是多少？", "人民币兑美元汇率现在是多少"])
def test_an_exchange_rate_is_stated_nowhere(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, asked)
