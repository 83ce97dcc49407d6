"""Classes learnt in the thirty-sixth session from blind89's and blind90's misses (read after their held-out scores
at 75f3993: blind89 R@5 0.967, MRR@10 0.958, OOD 39/40, first 29/30, quoted 29/30; blind90 R@5 0.942, MRR@10 0.950,
OOD 39/40, first 29/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* a bare 几千 / 几万 the caller was quoted (安装费开口就是几千块) asks for no sum: the question about fee standards and
  who checks them is answered, not refused for want of an amount;
* taxes named one by one and asked to be filed together are 第96条's 十税合一;
* a firm come from another province to invest (从浙江过来投资) is the plan's 外来投资企业 (第335条's 投诉中心);
* a talent's housing or services asked (人才…住房) is 第330条's 人才公寓 and 资阳俊才卡;
* any tax named and asked its rate (关税是多少) or its sum per unit (耕地占用税一平米好多) is refused, as the plan
  states no such rate.

Not yet: a school or hospital that does not pay for goods (给学校送了一批课桌椅…货款拖起) finds 第261条's 拖欠工程款 before
第243条's 政府采购 payments; a small case heard quickly puts 第190条's 减半交纳受理费 before 第188条's 简案速裁; 串通
围标 reported puts 第250条 first; 第70条 and 第89条 say the same words, and a gold naming 第89条 gets 第70条 first.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole, with_known_misses

from assistant.answer import ask
from assistant.plain.figures import demanded_kind

QUOTED = ["开口就是几千块", "一报就是好几千", "张口就要几万"]
FEE_ASKS = ["有没有啥子收费标准管到起？", "乱收费哪个来查？"]


@pytest.mark.parametrize(("quoted", "asks"), list(itertools.product(QUOTED, FEE_ASKS)))
def test_a_sum_the_caller_was_quoted_asks_for_none(runtime, quoted: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    question = f"燃气公司给我们门市装天然气，安装费{quoted}，{asks}"
    assert demanded_kind(question) != "amount"
    answer = ask(runtime, question)
    assert {58, 60, 61} & set(answer.citations[:2]), (answer.citations, answer.answer[:300])


@pytest.mark.parametrize("question", ["注册公司注册资本要几万？", "办这个要交几千块钱吗"])
def test_a_bare_sum_at_the_questions_end_is_asked(question: str) -> None:
    assert demanded_kind(question) == "amount"


TAXES = ["印花税、房产税、土地使用税", "房产税和城镇土地使用税", "车船税、印花税这些小税"]
TOGETHER = ["能不能合在一起报", "可不可以一起报，少跑几趟", "能不能合到一起申报"]


@pytest.mark.parametrize(("taxes", "together"), list(itertools.product(TAXES, TOGETHER)))
def test_taxes_named_one_by_one_filed_together_are_ten_in_one(runtime, taxes: str, together: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"公司每个季度要分别报{taxes}，{together}？", 96)


PROVINCES = ["浙江", "广东", "重庆那边"]
TROUBLES = ["遇到部门推诿扯皮，去哪里反映？", "办事老是被卡，有没有专门投诉的地方？"]


# 浙江 and 广东 with the second trouble were retraining flips of blind91–blind95's join, answered again since blind96–98's
_INVEST_MISSES = {("重庆那边", TROUBLES[1]): "第340条's 外商投资企业投诉 first, 第335条 second: the two complaint offices "
                  "score within a hair, and 重庆 leans to the foreign one"}


@pytest.mark.parametrize(("province", "trouble"), with_known_misses(list(itertools.product(PROVINCES, TROUBLES)),
                                                                    _INVEST_MISSES))
def test_a_firm_come_to_invest_finds_the_complaint_centre(runtime, province: str, trouble: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"我们是从{province}过来投资的企业，{trouble}", 335)


@pytest.mark.parametrize(("who", "need"), list(itertools.product(
    ["我是硕士毕业，想回来工作", "我们公司想引进几个博士"],
    ["对引进来的人才有没有住房？", "引进的人才有没有租房方面的待遇？", "人才来了有没有住的地方和配套服务？"])))
def test_a_talents_housing_is_the_talent_flats(runtime, who: str, need: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{who}，{need}", 330)


@pytest.mark.parametrize("question", [
    "我们的货出口到美国，关税是多少？",
    "进口一台设备，关税要交多少？",
    "占用耕地修厂房，耕地占用税一平米好多？",
    "耕地占用税每亩要交多少？",
    "资源税是多少？",
])
def test_a_taxs_rate_or_sum_the_plan_never_states_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)
