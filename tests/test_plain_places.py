"""Plain-question classes found on blind30 after its held-out score (phrasings here are our own): where an office
or a site stands (哪条街, 具体地址, 坐几路公交) is never stated by the plan; "到哪一步了" is a case's status only after
the caller's own file is named (a project of the plan's own is answered by its measure); a bidder asking whether
the bid opening must be attended, what is made public where (公开 = the plan's 公示) and a firm's opinions
(反映意见 = 诉求) are read as the plan writes them (lexicon)."""

from __future__ import annotations

import pytest
from conftest import first_cited

from assistant.answer import ask


@pytest.mark.parametrize(("question", "said"), [
    ("知识产权维权工作站具体地址是哪里", "没有写明所问的地址或位置"),
    ("不动产登记大厅在哪条街", "没有写明所问的地址或位置"),
    ("政务服务中心门牌号多少，坐几路公交能到", "没有写明所问的地址或位置"),
    ("新市民服务中心具体在什么位置", "没有写明所问的地址或位置"),
    ("12345热线的办公地址是啥子", "没有写明所问的地址或位置"),
    ("我上个月交的营业执照申请，现在到哪一步了", "办件进度"),  # the caller's own file: a case
    ("帮我看下我们公司的注销申请到哪步了", "办件进度"),
])
def test_refused_with_its_reason(runtime, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and said in a.answer, a.answer[:80]


@pytest.mark.parametrize(("question", "measure"), [
    ("公司能不能用住宅地址注册", None),  # 住宅地址 asks no address: answered or refused on other grounds
    ("申请用电要带用电地址的产权证明吗", 45),
])
def test_an_address_named_in_passing_is_no_demand(runtime, question: str, measure: int | None) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert "所问的地址" not in a.answer
    if measure is not None:
        assert measure in a.citations[:3]


@pytest.mark.parametrize("question", [
    "保税物流中心现在进展到哪一步了",
    "听说要建保税物流中心(B型)，推进到哪一步了？",
])
def test_a_project_of_the_plans_own_is_not_a_case(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert first_cited(a.answer).startswith("【第146条】"), a.answer[:80]


@pytest.mark.parametrize(("question", "measure"), [
    ("投标开标的时候，我们公司还必须派人到现场吗", 247),
    ("现在开标还要跑到公共资源交易中心去不", 247),
    ("企业被抽查了，抽查结果在哪里公开", 301),
])
def test_caller_words_read_as_the_plan_writes_them(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert measure in ask(runtime, question).citations[:5], question


@pytest.mark.parametrize(("question", "measure"), [
    ("卖房子的时候水电气能不能跟着房子一起过户", 52),  # “房产+用电”联合过户
    ("政府那么多补贴奖励政策，能不能在一个地方查全", 275),  # 惠企政策集成平台
])
def test_a_second_measure_the_plan_words_otherwise_ranks_high(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert measure in ask(runtime, question).citations[:2], question
