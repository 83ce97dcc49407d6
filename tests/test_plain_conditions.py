"""Who qualifies (要满足什么条件, 申请条件有哪些): a demand the plan answers only where it states a condition — a
threshold (工程投资额在100万元以下) or a rule in words (不受社保缴费地限制) — not with a measure that says only
符合条件的. Found on the tuning sets' out-of-domain questions after blind38 was read; phrasings here are our own,
generated from subjects × forms (figures.toml `conditions`)."""

from __future__ import annotations

import itertools

import pytest
from conftest import said_missing

from assistant.answer import ask
from assistant.plain.figures import demanded, demanded_kind

FORMS = ["要满足什么条件", "需要具备哪些条件", "要啥子条件", "申请条件是什么", "得有什么样的资格", "要符合些啥子条件"]


@pytest.mark.parametrize(("subject", "form"), list(itertools.product(
    ["申请公租房", "办俊才卡", "当评标专家", "走简易注销"], FORMS)))
def test_asking_who_qualifies_demands_conditions(subject: str, form: str) -> None:
    assert demanded_kind(f"{subject}{form}") == "conditions"


@pytest.mark.parametrize("question", [
    "小工程不办施工许可证，投资额的门槛分别是多少",  # an amount
    "符合条件的企业多久能拿到留抵退税",  # a duration; 符合条件 asks nothing
    "办施工许可证要几天，要满足什么条件",  # the duration is demanded first
])
def test_other_demands_come_before_or_instead(question: str) -> None:
    found = demanded(question)
    assert found is None or found[0].name != "conditions"


@pytest.mark.parametrize(("subject", "form"), list(itertools.product(
    ["我想申请公租房", "资阳俊才卡", "哪些公司可以走简易注销", "我想报名当评标专家"], FORMS[:3])))
def test_conditions_the_plan_does_not_state_are_refused(runtime, subject: str, form: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{subject}，{form}？")
    # said so, or refused by the gate where the question's subject is a word the plan never uses (公租房)
    assert said_missing(a), a.answer[:160]


@pytest.mark.parametrize(("question", "measure", "stated"), [
    ("小工程不办施工许可证要满足什么条件", 15, "100万元以下"),
    ("在民营企业上班，社保不在这边交，能在资阳评职称不，要什么条件", 220, "不受社保缴费地限制"),
])
def test_conditions_the_plan_states_are_quoted(runtime, question: str, measure: int, stated: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    first = next((line for line in a.answer.splitlines() if line.startswith("【")), "")
    assert a.citations[:1] == (measure,) and stated in first, a.answer[:200]
