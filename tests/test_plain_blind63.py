"""Classes learnt in the twenty-eighth session from blind63's misses (read after its held-out score: R@5 0.942,
MRR@10 0.950, OOD 37/40, first 28/30, quoted 28/30). Phrasings are our own, generated from forms × words, answers
from the records:

* 一共 summing a number of things held or served (几场, 多少次, 几批) asks a figure a measure states, not a count of
  the measures an indicator it names holds (知识产权方面的讲座一共要办几场: 第291条's 不少于5次);
* callers' words: a licence cancelled (把执照销掉: 注销), power brought to premises (装电, 安电, 牵电: 用电报装; not
  装电梯), firms pressing prices together with their words apart (联起手来压价) and buying a buyer (塞好处, 回扣:
  商业贿赂), a firm restructured with its creditors (重组, 跟债主谈: 预重整);
* the plan does not answer whether selling a home is tax-free (满五唯一), traffic offences and driving papers, or a
  worker's health certificate.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.plain.callers import expand, out_of_scope
from assistant.understanding import understand
from corpus.models import Corpus

SUBJECTS = ["知识产权方面", "获得电力这块", "政务服务那边", "市场监管局"]
HELD = ["讲座和培训一共要办几场", "宣讲活动总共搞几次", "一共要组织多少人参加", "培训总共开几期", "一共要帮好多家企业"]


@pytest.mark.parametrize(("subject", "held"), list(itertools.product(SUBJECTS, HELD)))
def test_a_sum_of_things_held_is_no_count_of_measures(corpus: Corpus, subject: str, held: str) -> None:
    q = understand(f"{subject}的{held}？", corpus)
    assert q.intent == "topical", (subject, held, q.intent)


@pytest.mark.parametrize(("subject", "count"), list(itertools.product(
    SUBJECTS, ["一共有几条举措", "总共多少项", "一共有多少条"])))
def test_a_sum_of_measures_is_still_a_count(corpus: Corpus, subject: str, count: str) -> None:
    q = understand(f"{subject}{count}？", corpus)
    assert q.intent == "count", (subject, count, q.intent)


@pytest.mark.parametrize(("said", "plan"), [
    *[(f"店子开不下去了，{w}", "简易注销") for w in ["想把执照销掉", "执照咋个销掉", "想去销执照", "把执照也一起销了",
                                                      "营业执照想注销"]],
    *[(f"{who}{w}，要走几道手续", "用电报装") for who, w in itertools.product(
        ["屋头新修的房子", "门市", "厂房"], ["要装电", "想安电", "要牵电"])],
    ("隔壁几家联起手来压价", "市场垄断"), ("几个老板联合起来抬价", "市场垄断"),
    ("给采购的人塞好处", "商业贿赂"), ("对手吃回扣抢生意", "商业贿赂"), ("拿好处费拉客户", "商业贿赂"),
    ("想跟几个大债主坐下来谈重组", "预重整"), ("公司要重组", "预重整"), ("跟债主商量缓一缓", "预重整"),
])
def test_callers_words_read_as_the_plans(said: str, plan: str) -> None:
    assert plan in expand(said)[1], (said, expand(said))


@pytest.mark.parametrize(("said", "plan"), [
    ("老旧小区加装电梯有没有补贴", "用电报装"), ("企业新装电话宽带", "用电报装"), ("店里要装电脑", "用电报装"),
    ("装电视要不要报备", "用电报装"), ("联系供电公司的人", "市场垄断"), ("执照办下来了", "注销"),
    ("营业执照上能不能加销售食品", "注销"),
])
def test_words_alike_are_not_read_so(said: str, plan: str) -> None:
    assert plan not in expand(said)[1], (said, expand(said))


@pytest.mark.parametrize("question", [
    *[f"{sell}{tax}" for sell, tax in itertools.product(
        ["卖房子满五年又是唯一住房，", "二手房卖了，满五唯一的", "卖套住了两年的房子，"],
        ["是不是就不用交个税了", "个人所得税免不免", "个税能减不"])],
    *[f"{what}{ask_}" for what, ask_ in itertools.product(
        ["车子乱停被贴了罚单，", "闯红灯被拍了，", "驾照快到期了，", "驾驶证丢了，"], ["在哪里处理", "要跑几趟"])],
    *[f"{who}{ask_}" for who, ask_ in itertools.product(
        ["开个小餐馆，服务员", "理发店的员工", "食堂的师傅"], ["要不要办健康证", "每年要体检不"])],
])
def test_questions_the_plan_does_not_answer_are_out_of_scope(question: str) -> None:
    assert out_of_scope(question), question


@pytest.mark.parametrize("question", [
    "首套房八十几平方，契税按百分之几交", "家里唯一一套房，契税能不能减", "违章建筑拆除要走哪些程序",
    "卖二手房要交哪些税", "二手房过户要几天",
])
def test_questions_alike_stay_in_scope(question: str) -> None:
    assert out_of_scope(question) is None, (question, out_of_scope(question))


@pytest.mark.parametrize(("said", "first", "figure"), [
    ("知识产权方面的宣讲和培训，今年总共搞几次？", 291, "不低于5次"),
    ("我这个店子不想开了，想把营业执照销掉，听说登报公告要等好久，现在快些没有？", 10, None),
    ("厂里欠了几个大债主的钱，还没到破产那一步，想坐下来谈重组，法院能不能提前介入帮忙？", 156, None),
    ("同行几家联起手来压价，还给人家采购塞好处，我们该找哪个部门反映？", 300, None),
])
def test_the_answering_measure_is_first(runtime, said: str, first: int, figure: str | None) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, said, first, figure)


@pytest.mark.parametrize("question", [
    "我屋头那套房子住满五年了，又是唯一的一套，卖的话个税是不是就免了？", "停车被贴了罚单，罚款咋个交？",
    "我们开火锅店，服务员的健康证在哪里办？",
])
def test_near_misses_are_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)
