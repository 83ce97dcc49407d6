"""Classes learnt in the twenty-fourth session from blind56's misses (read after its held-out score: R@5 0.958,
MRR@10 0.942, OOD 40/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* a firm deep in debt whose owner would save it rather than close (欠了一屁股债…还想救一下) asks for 预重整 (第156条);
  it had been refused. Debts alone (个人欠了一屁股债) are no rescue, and not wanting the firm open is closing it;
* a simple case judged quickly (简单的案子能不能快点判) is 第188条's 简案速裁, not 第147条's bankruptcy cases;
* a firm's tax record offered as credit (按时纳税…能不能贷到款) is 第181条's 银税互动.
"""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from assistant.plain.callers import expand


@pytest.mark.parametrize(("said", "plan"), [
    ("老板还想救一下", "预重整"), ("不想直接清算关门", "预重整"), ("想起死回生", "预重整"), ("老板不想倒闭", "预重整"),
    ("简单的案子能不能快点判", "简案速裁"), ("起诉的话案子要拖好久", "简案速裁"),
    ("我们一直按时纳税", "银税互动"), ("纳税记录好能贷款不", "银税互动"),
])
def test_callers_words_read_as_the_plans(said: str, plan: str) -> None:
    assert plan in expand(said)[1], expand(said)


@pytest.mark.parametrize("said", ["救护车要多久到", "我个人欠了一屁股债，能不能申请个人破产", "公司不想开了想简易注销",
                                  "交税要几天", "案件受理费多少"])
def test_words_alike_are_not_read_so(said: str) -> None:
    added = expand(said)[1]
    assert not {"预重整", "简案速裁", "银税互动"} & set(added), added


_DEBT = ["公司欠了一屁股债", "厂里这两年亏惨了，欠了一屁股债"]
_SAVE = ["但老板还想救一下，不想直接清算关门，有没有啥子办法？", "老板不想就这么关门，有没有啥子路子能起死回生？"]


@pytest.mark.parametrize(("debt", "save"), list(itertools.product(_DEBT, _SAVE)))
def test_a_firm_to_be_saved_is_answered_with_pre_reorganisation(runtime, debt: str, save: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{debt}，{save}")
    assert 156 in answer.citations[:3], (answer.citations, answer.answer[:300])


@pytest.mark.parametrize(("owed", "quick"), list(itertools.product(
    ["对方欠我几万块货款，起诉的话要拖好久哦？", "跟供货商的合同扯皮，要是告到法院，"],
    ["简单的案子能不能快点判？", "这种小案子能不能判快点？"])))
def test_a_simple_case_judged_quickly_is_the_fast_track(runtime, owed: str, quick: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, owed + quick)
    assert 188 in answer.citations[:2], (answer.citations, answer.answer[:300])


@pytest.mark.parametrize(("record", "loan"), list(itertools.product(
    ["我们公司一直按时纳税，纳税记录好", "我们小企业每年都按时交税"],
    ["能不能凭这个在银行贷到款？", "银行能不能给我们贷点款？"])))
def test_a_tax_record_offered_as_credit_is_the_bank_tax_link(runtime, record: str, loan: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{record}，{loan}")
    assert 181 in answer.citations[:2], (answer.citations, answer.answer[:300])
