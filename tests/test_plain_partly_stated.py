"""A question demanding a figure and also asking who handles it, what to bring or how it goes is answered for that
and told the figure is not stated, not refused whole (blind9 t13, blind40 h18 were); asking where (an address) or
whether (有没有资助) beside the figure still needs the figure. Phrasings written for these tests."""

from __future__ import annotations

import itertools

import pytest
from conftest import said_missing

from assistant.answer import ask
from assistant.plain.figures import asks_besides

ASKS = ["找哪个部门", "要带什么材料", "要准备哪些资料", "流程是咋样的", "找谁办", "该咋办", "要准备啥", "要准备些什么",
        "有没有专门的部门对接", "有没有专门窗口", "有没有统一的办事指南"]
DEMANDS = ["要几天", "收多少钱", "要几个工作日"]


@pytest.mark.parametrize(("ask_", "demand"), list(itertools.product(ASKS, DEMANDS)))
def test_who_what_or_how_beside_a_figure_is_asked_besides(ask_: str, demand: str) -> None:
    assert asks_besides(f"公司变更登记{ask_}，{demand}")
    assert asks_besides(f"公司变更登记{demand}，{ask_}")


@pytest.mark.parametrize("question", [
    "公司变更登记要几天", "公司变更登记在哪里办，要几天", "有没有补贴，一个月给多少钱", "能不能免，按多少比例交",
    "公司变更登记找哪个部门",  # no figure demanded
])
def test_where_whether_or_nothing_else_is_not(question: str) -> None:
    assert not asks_besides(question)


def test_the_other_ask_is_answered_and_the_figure_said_missing(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "特殊工时审批找哪个部门，收多少钱")  # 第201条 says who approves; no measure states a fee
    assert a.citations[:1] == (201,) and "问到的金额" in a.answer and "没有写明" in a.answer, a.answer[-200:]


@pytest.mark.parametrize("question", [
    "拿了发明专利，市里有没有资助，一件奖好多钱",
    "租房能不能提取公积金，一年能取好多",
    "海关的办公地址在哪里，电话是好多",
    "办护照找哪个部门，要几天",
])
def test_near_misses_stay_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert said_missing(a), a.answer[:200]


@pytest.mark.parametrize(("question", "measures"), [
    ("外籍技术人员办停留居留，要几个工作日？有没有专门的部门对接服务？", {333, 334}),
    ("用水报装要准备啥，要几天", {58, 55}),
])
def test_whether_there_is_an_office_or_what_to_prepare_is_answered_beside_a_missing_figure(  # type: ignore[no-untyped-def]
        runtime, question: str, measures: set[int]) -> None:
    a = ask(runtime, question)  # answered for the office or the papers, the duration said missing: never refused whole
    assert set(a.citations[:2]) & measures and "没有写明" in a.answer, (a.citations, a.answer[-120:])

