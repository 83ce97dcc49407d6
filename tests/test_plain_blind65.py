"""Classes learnt in the twenty-ninth session from blind65's misses (read after its held-out score: R@5 0.992,
MRR@10 0.979, OOD 40/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* where to find a number (投诉电话在哪儿找, 号码去哪里查) is answered by where the lines are published (第257条's
  集中发布投诉电话, for a bidding complaint) as well as by a number: not 第82条's printed lines of the property
  registration hall first; a number asked outright (投诉电话是多少) is still answered by a printed number only;
* a fine said heavy (是不是就要重罚) is what 包容审慎监管's 过罚相当 and its 不予处罚 list answer (第305条).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, passage

from assistant.plain.callers import expand
from assistant.plain.figures import demanded_kind, unstated_figure

LINES = ["投诉电话", "举报电话", "监督电话", "电话号码", "号码"]
WHERE = ["在哪儿找", "在哪里找", "去哪里查", "哪里能查到", "在哪点看", "从哪儿找"]
PUBLISHED = passage(257, "市级各相关部门应通过门户网站、公共资源交易平台、微信公众号，集中发布投诉电话、地址、邮箱，为群众投诉提供便利；")


@pytest.mark.parametrize(("line", "where"), list(itertools.product(LINES, WHERE)))
def test_where_to_find_a_number_is_answered_by_where_lines_are_published(line: str, where: str) -> None:
    question = f"想反映招投标的问题，{line}{where}？"
    assert demanded_kind(question) == "phone", question
    assert unstated_figure(question, [PUBLISHED]) is None, question


@pytest.mark.parametrize("question", [
    "工程招标的投诉电话是多少？", "招投标的举报电话号码是好多", "想举报围标，打哪个电话？", "投诉电话号码在哪里？",
    "不动产登记大厅的投诉电话是好多？",
])
def test_a_number_asked_outright_is_answered_by_a_number_only(question: str) -> None:
    assert demanded_kind(question) == "phone", question
    assert unstated_figure(question, [PUBLISHED]) == "phone", question


@pytest.mark.parametrize(("story", "where"), list(itertools.product(
    ["发现有个工程招标好像有猫腻，想举报", "怀疑有个项目招标是内定的，想反映一下"], ["投诉电话在哪儿找？", "举报电话去哪里查？"])))
def test_where_to_complain_about_bidding_cites_the_published_lines(runtime, story: str, where: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{story}，{where}", 257)


@pytest.mark.parametrize("form", ["是不是就要重罚", "会不会被重罚", "一来就重罚吗"])
def test_a_heavy_fine_reads_as_prudent_supervision(form: str) -> None:
    assert "包容审慎监管" in expand(f"新开的网店有些地方不规范，执法的来了{form}")[1]


@pytest.mark.parametrize(("business", "form"), list(itertools.product(
    ["搞直播带货的新业态公司", "新开的网店"], ["刚起步有些地方不够规范，执法的一来是不是就要重罚？", "有些手续没弄规范，会不会被重罚哦"])))
def test_a_heavy_fine_cites_prudent_supervision_first(runtime, business: str, form: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"我们是{business}，{form}", 305)
