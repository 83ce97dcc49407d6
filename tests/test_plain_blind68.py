"""Classes learnt in the thirtieth session from blind68's misses (read after its held-out score: R@5 0.967, MRR@10
0.947, OOD 32/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers from the
records:

* a street asked (在哪条街) is a place, not the list cue 哪条: no unit filter;
* a subsidy named after 多少 (有多少从业补贴) is demanded, and a price per unit said with 个 (一个平方) names it;
* the assistant asked to forge a paper or pull strings is refused; a caller telling of such an offer is not;
* 公基金 is a slip for 公积金;
* a job agency cheating callers (黑中介) is 非法人力资源服务 (第196条, 第215条); a job fair's date (好久有招聘会) asks
  when, and a job seeker's market is 第216条's.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, passage, refused_whole

from assistant.answer import ask
from assistant.plain.callers import expand, out_of_scope
from assistant.plain.figures import demanded_kind, unstated_figure
from assistant.understanding.dialect import to_mandarin
from assistant.understanding.parse import understand


@pytest.mark.parametrize(("unit", "where"), list(itertools.product(
    ["内江海关", "市税务局", "市公安局"], ["办公点在哪条街", "窗口在哪条路上", "服务大厅在哪一条街"])))
def test_a_street_asked_is_no_list_cue(corpus, unit: str, where: str) -> None:  # type: ignore[no-untyped-def]
    q = understand(f"{unit}的{where}？", corpus)
    assert q.intent == "topical" and not q.units, (q.intent, q.units)


@pytest.mark.parametrize("question", ["市税务局牵头的是哪条？", "内江海关参与的是哪一条", "移动微法院是哪条举措"])
def test_which_measure_is_still_asked(corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    assert understand(question, corpus).intent in ("list", "lookup", "topical")
    assert understand("市税务局牵头的是哪条？", corpus).intent == "list"


def test_a_customs_office_address_is_refused(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "内江海关在资阳的办公点在哪条街？")


ROADS = passage(32, "同时，积极探索出台分类减免部分建设项目施工期间城市道路占用费、挖掘修复费的相关政策。")


@pytest.mark.parametrize(("who", "how"), list(itertools.product(
    ["我在养老院当护理员", "我是社区养老中心的护工"], ["政府每个月有多少从业补贴", "一个月能有多少从业补贴"])))
def test_a_subsidy_named_after_how_much_is_demanded(who: str, how: str) -> None:
    assert demanded_kind(f"{who}，{how}？") == "amount"


def test_a_subsidy_the_plan_states_no_amount_of_is_refused(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "我是养老院的护理员，政府每个月有多少从业补贴？")


@pytest.mark.parametrize(("fee", "per"), list(itertools.product(
    ["挖掘修复费", "道路占用费"], ["一个平方收多少钱", "每个平方要交多少钱", "一平方收多少"])))
def test_a_price_per_unit_is_stated_only_by_a_sentence_naming_it(fee: str, per: str) -> None:
    assert unstated_figure(f"要挖路埋管子，{fee}{per}？", [ROADS]) is not None


@pytest.mark.parametrize(("ask_", "wrong"), list(itertools.product(
    ["能不能帮我", "你帮我", "可不可以帮我们", "麻烦你帮我"],
    ["弄个假的租房合同", "开张假发票", "找找关系打点一下评标专家", "走个后门把标拿下来"])))
def test_help_with_wrongdoing_is_refused(ask_: str, wrong: str) -> None:
    assert out_of_scope(f"我们想注册个公司，{ask_}{wrong}") is not None


@pytest.mark.parametrize("question", ["中介说能帮我们找关系拿标，这算不算违规？", "有人给评标专家送礼，在哪儿举报？",
                                      "帮我查一下开办企业要几天", "有人帮我们伪造了材料去投标，现在咋办"])
def test_wrongdoing_told_is_no_request(question: str) -> None:
    assert out_of_scope(question) is None


def test_a_forged_paper_request_is_refused(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "可不可以帮我弄个假的营业场所证明，拿去办执照？")


@pytest.mark.parametrize("slip", ["公基金", "公积经", "公机金"])
def test_a_housing_fund_slip_reads_as_the_fund(slip: str) -> None:
    assert "公积金" in to_mandarin(f"{slip}贷款最多能贷好多万")[0]


@pytest.mark.parametrize(("agency", "cheat"), list(itertools.product(
    ["黑中介", "职介所", "劳务中介"], ["收了介绍费工作是假的", "骗了我三百块"])))
def test_a_cheating_job_agency_reads_as_illegal_hr_services(agency: str, cheat: str) -> None:
    assert "非法人力资源服务" in expand(f"在一个{agency}{cheat}，有没有人管？")[1]


def test_a_cheating_job_agency_cites_the_crackdown(runtime) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, "找了个职介所交了介绍费，结果工作是假的，这种黑中介哪个管？")
    assert answer.citations[:1] in ((196,), (215,)), (answer.citations, answer.answer[:300])


@pytest.mark.parametrize("event", ["好久有招聘会", "好久办培训", "好久开讲座", "好久有双选会"])
def test_an_event_held_is_asked_when(event: str) -> None:
    assert "什么时候" in to_mandarin(f"人才市场{event}？")[0]


@pytest.mark.parametrize("wait", ["要好久才有结果", "好久能办好"])
def test_a_wait_is_still_how_long(wait: str) -> None:
    assert "多久" in to_mandarin(f"审批{wait}？")[0]


def test_a_job_fair_asked_cites_the_market(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "想找个工作，人才市场平时开门不，好久有招聘会？", 216)
