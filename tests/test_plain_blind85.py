"""Classes learnt in the thirty-fourth session from blind85's misses (read after its held-out score at f5f80db:
R@5 0.975, MRR@10 0.950, OOD 38/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* where a duration starts (从申请到, 从提交申请到, 从交材料到) is no subject: searched, its 申请 drew 第202条's
  特殊工时制申请 and that measure's 工作日 answered a question about connecting tap water;
* spared a fine (可以不罚, 免罚) and a first or slight breach said 违规 are 第305条's 不予处罚 list (such questions
  were refused, sharing no word with it); 罚不罚 alone asks whether at all, and stays as it was;
* a document the plan only names, then a comma, then what it says inside (民营经济发展那个“25条”，里头有哪些条款) is
  no question about the 民营经济 indicator's measures.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.answer import ask
from assistant.plain.documents import contents_asked


@pytest.mark.parametrize(("start", "demand"), list(itertools.product(
    ["从申请到通水", "从提交申请到装好", "从交材料到用上水"], ["要几个工作日", "要好久", "要几天"])))
def test_where_a_duration_starts_is_no_subject(runtime, start: str, demand: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"屋头新房子接自来水，{start}{demand}？", "方案中没有写明所问的时限")


@pytest.mark.parametrize("start", ["从申请到", "从交材料到", "从提交资料到"])
def test_the_start_left_out_is_said_and_the_subject_answers(runtime, start: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"开个公司，{start}拿执照、刻章、领发票，一共要好久？")
    assert answer.citations[:1] == (3,), answer.citations
    assert f"检索时略去“{start}”" in answer.answer and "4小时" in answer.answer


def test_a_start_searched_draws_no_other_matters_days(runtime) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, "工程建设项目从申请到拿到施工许可要多少个工作日")
    assert 202 not in answer.citations, answer.citations  # 特殊工时制申请, a labour permit


@pytest.mark.parametrize(("shop", "breach"), list(itertools.product(
    ["新开的网店", "我的小饭馆", "刚办的小公司"],
    ["第一回不小心违规了，听说轻微的可以不罚，是真的不", "头一次违规，情节轻，能不能免罚", "第一次有点轻微违规，能不罚吗"])))
def test_spared_a_fine_for_a_first_slight_breach(runtime, shop: str, breach: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{shop}{breach}", 305)


@pytest.mark.parametrize(("name", "inside"), list(itertools.product(
    ["民营经济发展那个“25条”，", "民营经济“25条”，"], ["里头具体有哪些条款？", "具体讲了些什么？", "第十条咋个写的？"])))
def test_a_named_document_then_a_comma_then_its_contents(runtime, name: str, inside: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{name}{inside}", "没有写它的具体条款或内容")


@pytest.mark.parametrize("where", ["民营经济发展“25条”，是在哪个行动里提的？", "民营经济“25条”，出自哪个行动"])
def test_where_the_plan_names_it_stays_the_plans(corpus, where: str) -> None:  # type: ignore[no-untyped-def]
    assert contents_asked(where, corpus) is None
