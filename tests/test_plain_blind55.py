"""Classes learnt in the twenty-fourth session from blind55's misses (read after its held-out score: R@5 0.992, every
goal of issue 10 met). Phrasings are our own, generated from forms × words:

* money a buyer holds back, named before it is withheld (验收都过了大半年，钱就是不付; 货款还没付) is the plan's
  拖欠民营企业中小企业账款: 第309条 (the measure auditing how 机关、事业单位 pay small firms) is among the first five.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import with_known_misses

from assistant.answer import ask
from assistant.plain.callers import expand

_SOLD = ["我给一个政府单位供了设备", "我们给区里的一个事业单位做了一批宣传册", "帮街道办装了一套监控"]
_WITHHELD = ["验收都过了大半年，钱就是不付，咋个办？", "东西交了好几个月，钱到现在都没付，找哪个？",
             "活干完了，尾款一直不付，有没有人管？"]


@pytest.mark.parametrize("withheld", [w.split("，", 1)[1] for w in _WITHHELD])
def test_money_withheld_reads_as_the_plans_unpaid_accounts(withheld: str) -> None:
    assert "拖欠民营企业中小企业账款" in expand(withheld)[1], withheld


@pytest.mark.parametrize("said", ["办这个要不要付钱", "不付钱能先办吗", "付款方式有哪些"])
def test_paying_asked_about_is_no_debt(said: str) -> None:
    assert "拖欠民营企业中小企业账款" not in expand(said)[1], said


# no known miss since the gate reads the model's best passage too (twenty-eighth session): 帮街道办装了一套监控，东西交了
# 好几个月 was refused while 监控 drew the fusion's first passages to supervision (第317、61条), none answerable
_REFUSED: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("sold", "withheld"), with_known_misses(list(itertools.product(_SOLD, _WITHHELD)), _REFUSED))
def test_a_public_buyer_withholding_payment_reaches_the_audit_of_its_payments(runtime, sold: str, withheld: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{sold}，{withheld}")
    assert 309 in answer.citations[:5], (answer.citations, answer.answer[:300])
