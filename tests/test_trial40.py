"""Classes from the operator's trial of the fortieth session (phrasings here are our own, generated from forms × words):

* figures: a compound of a topic and an asking word the plan writes (纳税时间, 通关时间) is the question's subject, not
  an asking word, and a span of time beside it (一年) is no part of a compound — 企业纳税时间一年压缩到多少小时 was
  refused although 行动三 states 全年纳税时间控制在100个小时以内;
* scope: a licence revoked and asked back (执照被吊销了，能帮我恢复吗), the caller's own gap in social insurance
  (社保断缴了三个月怎么补缴) and a record looked up for someone (帮我查下张三的社保缴费记录) are no matter of the plan's.

* pointing: a follow-up on a plain answer asking a row's own field with no subject (谁牵头？, 牵头单位是哪个？, 什么时候
  完成？) or pointing with 这个 (这个是哪个部门牵头的？) is about the answer's first citation — both were refused.

Not yet: a figure's earlier value asked as a follow-up (以前是多少天？ after 简易注销公告期是多少天？).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first_among, first_cited, refused_whole, scope_refuses

from assistant.answer import ask


@pytest.mark.parametrize(("who", "asks"), list(itertools.product(
    ["企业纳税时间一年", "企业一年的纳税时间", "全年纳税时间"], ["压缩到多少小时？", "要控制在几个小时以内", "现在是多少个小时"])))
def test_a_compound_with_an_asking_word_is_the_subject(runtime, who: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{who}{asks}")
    assert "100个小时以内" in first_cited(answer.answer), answer.answer[:300]


@pytest.mark.parametrize(("licence", "asks"), list(itertools.product(
    ["我的营业执照被吊销了", "公司的建筑资质被撤销了", "食品经营许可证吊销了"], ["，你能帮我恢复吗？", "，咋个才能要回来"])))
def test_a_revoked_licence_is_no_matter_of_the_plans(licence: str, asks: str) -> None:
    scope_refuses(f"{licence}{asks}", "吊销")


@pytest.mark.parametrize(("gap", "asks"), list(itertools.product(
    ["我社保断缴了三个月", "个人养老保险断了两年没交", "医保漏缴了半年"], ["怎么补缴？", "还能补交不"])))
def test_a_callers_own_contribution_gap_is_no_matter_of_the_plans(gap: str, asks: str) -> None:
    scope_refuses(f"{gap}，{asks}", "断缴")


@pytest.mark.parametrize("asked", ["企业经营困难，社保能不能缓缴", "公司的公积金断缴了，经营好转后能补缴吗"])
def test_a_firms_deferred_contributions_stay_in_the_plan(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, asked, (106, 209))


@pytest.mark.parametrize(("who", "record"), list(itertools.product(
    ["张三", "我们公司", "我妈"], ["的社保缴费记录", "的公积金余额", "的纳税明细"])))
def test_a_record_looked_up_is_a_case(runtime, who: str, record: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"帮我查下{who}{record}", "办件进度")


@pytest.mark.parametrize(("first", "then"), list(itertools.product(
    ["开办企业现在要几天能办完？", "二手房过户要几天", "出口退税要多长时间"],
    ["谁牵头？", "牵头单位是哪个？", "这个是哪个部门牵头的？", "什么时候完成？", "哪个部门负责"])))
def test_a_field_asked_after_a_plain_answer_is_its_first_measures(runtime, first: str, then: str) -> None:  # type: ignore[no-untyped-def]
    before = ask(runtime, first)
    assert before.citations, before.answer[:200]
    after = ask(runtime, then, before.state)
    assert after.citations == before.citations[:1] and "上一问答案的第一条" in after.answer, after.answer[:300]


@pytest.mark.parametrize("then", ["谁牵头？", "牵头单位是哪个？"])
def test_a_field_asked_with_nothing_before_is_no_pointer(runtime, then: str) -> None:  # type: ignore[no-untyped-def]
    assert "上一问" not in ask(runtime, then).answer


def test_a_field_asked_after_a_list_is_no_pointer(runtime) -> None:  # type: ignore[no-untyped-def]
    listed = ask(runtime, "市税务局牵头的举措有哪些")
    assert len(listed.citations) > 1
    assert "上一问答案的第一条" not in ask(runtime, "谁牵头？", listed.state).answer
