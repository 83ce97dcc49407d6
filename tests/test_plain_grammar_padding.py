"""Words that say how, when or where (一直, 到底, 以后, 里头: adverbs and locatives by jieba's tags) do not count
as words the plan never uses: a question the plan answers stays answered however a caller pads it. Generated:
questions written for this test × paddings; on the previous code 8 of them were refused."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask

QUESTIONS = [
    "个体户注销要跑几次", "二手房过户要几天", "小微企业接电要几天", "老板拖欠工资去哪投诉", "开办企业要几个环节",
    "新建商品房转移登记要几天", "公司刻公章要收费吗", "不动产登记能不能网上办", "纳税人一年要报几次税",
    "招投标有问题找哪个投诉", "企业破产案件审理要多久", "用水报装要几个环节", "小微企业贷款难找哪个",
    "知识产权被侵权找哪个", "农民工工资被拖欠咋办", "镇上便民服务中心能不能多办点事", "个体户定额能不能按发票来定",
    "企业信用修复咋个办",
]
PADDINGS = ["到底{}", "{}，以后是不是一直这样", "我们一直想问，{}", "听说以后{}", "{}，里头到底咋个规定的", "其实就是想问{}",
            "{}，马上就要办了"]


@pytest.fixture(scope="module")
def answered(runtime) -> dict[str, tuple[int, ...]]:  # type: ignore[no-untyped-def]
    return {q: ask(runtime, q).citations for q in QUESTIONS}


@pytest.mark.parametrize(("question", "padding"), list(itertools.product(QUESTIONS, PADDINGS)))
def test_padding_with_grammar_words_refuses_nothing(runtime, answered, question: str, padding: str) -> None:  # type: ignore[no-untyped-def]
    assert answered[question], f"{question} is answered unpadded"
    padded = padding.format(question)
    assert ask(runtime, padded).citations, padded


def test_such_a_story_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    # 第271条: 镇村便民服务中心 (refused before: 以后, 到底, 老是 weighed as words the plan never uses)
    assert ask(runtime, "镇上便民服务中心以后到底能不能多办点事，老是跑城头").citations[:1] == (271,)
