"""Classes learnt in the thirty-sixth session from blind88's misses (read after its held-out score at 2600b10:
R@5 0.992, MRR@10 0.992, OOD 38/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* a calendar day demanded (具体是哪天, 几月几号, 每年几号截止, 哪天、在哪里开) is answered only by a passage dating something
  to the day (figures.toml's ``day`` kind): the plan's three dated facts answer, an event's day and venue are refused
  instead of citing the measure that counts such events (第216条's 招聘会10场以上);
* a grant named by a noun the plan never writes (安家补贴, 高龄津贴: figures.toml's ``unplanned``), asked its sum, is
  refused rather than answered with another grant's figure (left from blind87: q16 was answered with 第346条's
  一次性建设补贴); the plan's own grants and a grant named by a pronoun (什么补贴) are answered;
* another place said to be like Ziyang or not (跟资阳一样不, 和资阳有啥区别) is the comparison scope.toml refuses, as
  跟资阳比 already was.

Not yet: 第90条's 水电气联办窗口 stays out of the first five for a project asking whether water, power and gas take three
trips (第31条 first), and 第7条 goes before 第1条 for the name of the one-window platform.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, passage, refused_whole, scope_refuses

from assistant.plain.figures import demanded_kind, unstated_figure

EVENTS = ["大型招聘会", "创业培训班", "政策宣讲会", "银企对接会", "招商推介会"]
DAY_ASKED = ["{e}具体是哪天、在哪个地方办？", "下个月的{e}几月几号举行？", "{e}哪天在什么地方开啊？", "今年的{e}具体几号开？"]


@pytest.mark.parametrize(("event", "form"), list(itertools.product(EVENTS, DAY_ASKED)))
def test_an_events_day_is_demanded(event: str, form: str) -> None:
    assert demanded_kind(form.format(e=event)) == "day"


@pytest.mark.parametrize("question", [
    "招聘会什么时候办？",  # when, answered by a deadline: not demanded
    "保税物流中心哪天能建成？",
    "到政务大厅几号窗口办营业执照？",  # a window's number, no day
    "资阳出台的17号文讲了啥子？",
])
def test_a_day_is_not_demanded_by_when_or_by_a_number(question: str) -> None:
    assert demanded_kind(question) != "day"


@pytest.mark.parametrize(("event", "form"), list(itertools.product(EVENTS[:3], DAY_ASKED[:2])))
def test_an_events_day_and_venue_are_refused(runtime, event: str, form: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, form.format(e=event), "具体日期")


@pytest.mark.parametrize("question", ["公司的年报每年几号截止？", "个体户年报最迟几月几号要报完？"])
def test_a_yearly_filings_last_day_is_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


@pytest.mark.parametrize(("question", "first", "day"), [
    ("企业设立登记压缩到2个工作日，是从几月几号开始的？", 3, "6月1日"),
    ("《契税法》具体是哪天开始施行？", 72, "9月1日"),
    ("政府采购的电子化交易系统具体是哪天全市统一上线运行的？", 231, "7月1日"),
    ("预算管理一体化系统几月几号开始全市统一上线使用？", 232, "6月1日"),
])
def test_a_day_the_plan_gives_is_quoted(runtime, question: str, first: int, day: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, question, first, day)


OTHERS = ["眉山", "成都那边", "德阳", "内江"]
SUBJECTS = ["的公积金缴存比例是多少", "开公司要几天", "的二手房过户要几个工作日"]
ALIKE = ["？跟资阳一样不？", "，和资阳有啥区别？", "，是不是跟资阳的一样？"]


@pytest.mark.parametrize(("place", "subject", "alike"), list(itertools.product(OTHERS, SUBJECTS, ALIKE)))
def test_another_place_said_like_ziyang_is_a_comparison(place: str, subject: str, alike: str) -> None:
    scope_refuses(f"{place}{subject}{alike}", "比较")


@pytest.mark.parametrize("question", [
    "资阳的契税跟成都的一样不？",
    "德阳那边的水价和资阳有什么区别？",
])
def test_ziyang_said_like_another_place_is_a_comparison(question: str) -> None:
    scope_refuses(question, "比较")


@pytest.mark.parametrize("question", [
    "成德眉资同城化以后，德阳的公积金跟资阳一样不？",  # the plan's joint work with them
    "资阳跟成都的社保关系是不是可以互转，手续一样不？",
])
def test_joint_work_with_another_place_is_no_comparison(question: str) -> None:
    from assistant.plain.callers import out_of_scope
    why = out_of_scope(question)
    assert why is None or "比较" not in why, why


GRANTS = ["安家补贴", "高龄津贴", "购车补贴", "生育津贴", "育儿补贴", "租房补贴"]
SUM_ASKED = ["听说资阳有{g}，一个月能领多少钱？", "{g}一次能拿多少钱？", "{g}的标准是每人多少钱？"]


@pytest.mark.parametrize(("grant", "form"), list(itertools.product(GRANTS, SUM_ASKED)))
def test_the_sum_of_a_grant_the_plan_never_names_is_refused(runtime, grant: str, form: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, form.format(g=grant))


@pytest.mark.parametrize(("question", "figure"), [
    ("社会力量办的养老院，运营补贴每人每月多少钱？", "50—200元/月/人"),
    ("民办养老院的一次性建设补贴，一张床位补多少钱？", "1.1万元/张"),
    ("想办个民办养老院，政府有什么补贴，一张床补多少钱？", "1.1万元/张"),  # a pronoun names no grant
])
def test_the_sum_of_a_grant_the_plan_names_is_quoted(runtime, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, question, 346, figure)


SENTENCE_346 = "社会力量举办养老机构给予标准为1.1万元/张的一次性建设补贴和50—200元/月/人的养老机构运营补贴"


@pytest.mark.parametrize(("grant", "form"), list(itertools.product(GRANTS, SUM_ASKED)))
def test_another_grants_sum_does_not_state_a_grant_the_plan_never_names(runtime, grant: str, form: str) -> None:  # type: ignore[no-untyped-def]
    """The mechanism itself, whatever the asked-question memory refuses on its own."""
    assert unstated_figure(form.format(g=grant), [passage(346, SENTENCE_346)], runtime.retriever) == "amount"


@pytest.mark.parametrize("question", ["运营补贴一个月多少钱？", "一次性建设补贴一张床多少钱？", "有什么补贴，一张床补多少钱？"])
def test_the_plans_grant_states_its_own_sum(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    assert unstated_figure(question, [passage(346, SENTENCE_346)], runtime.retriever) is None
