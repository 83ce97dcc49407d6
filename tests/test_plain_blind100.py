"""Classes learnt in the thirty-ninth session from blind100's misses (read after its held-out score at f6ef47a:
R@5 0.967, MRR@10 0.956, OOD 37/40, first 29/30, quoted 28/30). blind100 was written by a helper who read only the
plan. Phrasings are our own, generated from forms × words:

* figures: jieba cuts 一次性能补贴 into 一次 / 性能 / 补贴, which made a grant named 性能补贴 the plan never writes, so
  the amount of 第346条's 一次性建设补贴 was refused; a word the plan writes cut so is no grant's name;
* figures: where a named site stands, asked 具体…在什么地方 / 具体在哪里 at the end of a clause, is its address (the plan
  names none); where to download a form (在哪个网站下载) is answered only by a sentence naming a web place;
* scope: why the caller's own application came back (申请被退回来了…哪里填错了) is their case;
* lexicon: owning one home and buying another is the 第二套改善性住房 case of 第73条; 招工信息 sent to the jobless
  is 推送岗位信息, 待业 the plan's 登记失业人员; land 批下来 and 空着 is 闲置土地; a mortgage at a Chengdu bank on a
  home here is the 成都眉资 抵押登记 跨域通办, the home's district (雁江) naming the city as 资阳 does.

Not yet (strict known misses): land 批下来…没动 in an 工业园区 puts 第19条 first; the Chengdu-bank mortgage asked only
as 要回来办吗 puts 第70/89条 first.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, answered_first_among, refused_whole, with_known_misses

from assistant.answer import ask


@pytest.mark.parametrize(("who", "asks"), list(itertools.product(
    ["民间资本办养老院，", "社会力量开养老机构，", "我们几个朋友合伙办个养老院，"],
    ["每张床位一次性能补贴多少钱", "一张床一次性能补多少钱", "床位一次性能拿好多补贴"])))
def test_a_one_off_grant_cut_by_jieba_is_the_plans_grant(runtime, who: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{who}{asks}？", 346, "1.1万元/张")


@pytest.mark.parametrize(("grant", "asks"), list(itertools.product(
    ["安家补贴", "高龄津贴", "购车补贴"], ["一次能拿好多钱", "一个月有多少钱"])))
def test_a_grant_the_plan_never_names_is_still_refused(runtime, grant: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"听说资阳有{grant}，{asks}？")


# each refused: where a named site stands, asked specifically (its address); where to download a form (a web place
# the plan never names); why the caller's own application came back (their case)
_REFUSED = [
    *(("address", f"{site}{where}？") for site, where in itertools.product(
        ["那12个知识产权维权工作站", "新市民服务中心", "企业开办专区"], ["具体都在什么地方", "具体在哪里", "具体是在哪个地方"])),
    *(("download", f"{form}{where}？") for form, where in itertools.product(
        ["申请特殊工时的表格", "规上企业奖励的申报表", "稳岗返还的申请表"], ["在哪个网站下载", "在哪里下载", "去哪儿下载"])),
    *(("own file", f"{filed}{back}{asks}？") for filed, back, asks in itertools.product(
        ["我的营业执照申请", "我们公司的申报材料", "我交的资料"], ["被退回来了", "被驳回了", "没通过"],
        ["，能不能帮我看看具体是哪里填错了", "，为啥子嘛"])),
]


@pytest.mark.parametrize(("kind", "question"), _REFUSED, ids=[f"{k}-{q}" for k, q in _REFUSED])
def test_what_the_plan_never_states_is_refused(runtime, kind: str, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


def test_where_to_handle_a_matter_asked_specifically_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, "个体户注销具体在哪里办？").citations
    assert cited, cited


@pytest.mark.parametrize(("own", "again", "asks"), list(itertools.product(
    ["我家有一套房，", "我们名下有一套房子，", "屋头有套房，"],
    ["现在想换个大点的再买一套", "准备再买一套"], ["，一百二十平，契税按百分之几交", "，130平的，契税是好多"])))
def test_buying_again_while_owning_a_home_is_the_second_home_case(runtime, own: str, again: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{own}{again}{asks}？", 73, "减按2%的税率")


@pytest.mark.parametrize(("who", "asks"), list(itertools.product(
    ["我是残疾人，在家待业一年多了", "我下岗在家两年了", "我待业好久了"],
    ["人社部门会不会主动把招工信息发给我们", "有没有人给我们发招聘信息"])))
def test_job_offers_sent_to_the_jobless(runtime, who: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{who}，{asks}？", 217)


_IN_THE_PARK = "the ranker puts 第19条's 工业 审批 days first for 工业园区…批下来 (第368条 second)"


@pytest.mark.parametrize(("land", "asks"), with_known_misses(list(itertools.product(
    ["有些地批下来好多年了一直空着不用", "我们村旁边那块地批下来就空着", "工业园区有块地批下来三年了没动"],
    ["政府打算怎么处理", "有没有人管"])), {("工业园区有块地批下来三年了没动", "政府打算怎么处理"): _IN_THE_PARK}))
def test_land_approved_and_left_empty_is_idle_land(runtime, land: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{land}，{asks}？", 368)


@pytest.mark.parametrize(("bank", "asks"), with_known_misses(list(itertools.product(
    ["我在成都的银行申请贷款，抵押的是资阳的房子", "成都那边的银行给我放贷，抵押的是雁江的房子"],
    ["是不是非得请假回资阳办抵押登记", "抵押登记要回来办吗"])), {
        ("成都那边的银行给我放贷，抵押的是雁江的房子", "抵押登记要回来办吗"):
        "the ranker puts 第70/89条's 银行受理窗口 first when neither 资阳 nor 回资阳 is said (第78/88条 third and fourth)",
        ("我在成都的银行申请贷款，抵押的是资阳的房子", "抵押登记要回来办吗"):
        "第70/89条's 银行受理窗口 first: a retraining flip (blind102–blind104 joined, fortieth session)"}))
def test_a_mortgage_at_a_chengdu_bank_is_registered_across_cities(runtime, bank: str, asks: str) -> None:  # type: ignore[no-untyped-def]
    answered_first_among(runtime, f"{bank}，{asks}？", (78, 88))
