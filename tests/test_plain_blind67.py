"""Classes learnt in the thirtieth session from blind67's misses (read after its held-out score: R@5 0.917, MRR@10
0.886, OOD 39/40, first 29/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers from the
records:

* a role word after a modal and where or how the caller would take part (能不能在网上参加) is the caller's act, not a
  unit's role: no filter on the court named in the story;
* a named city said to be the only place something is done (是不是只有去成都才办得了) asks whether it is done here;
* a call told of by what happens to it (电话就转来转去) asks for no phone number;
* 几十 / 几百 / 几千 / 几万 tell a rough size, not a figure asked; 不收钱 asks whether it is free, as 收费 does;
* a queue said long (要排好久) is a complaint (好久 stays), and a figure the caller wants spared (不要拖几个月) is told;
* forcing a firm to use someone's goods (逼…用他们的) reads as 涉黑涉恶 (第383条);
* a number of things built (建了好多个…) is a figure in the text, not a count of measures;
* a rule letting local firms alone take part (只准本地企业参加) reads as 公平竞争审查 (第304条).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first

from assistant.plain.callers import expand, out_of_scope
from assistant.plain.figures import demanded_kind, figure_kind
from assistant.understanding.dialect import to_mandarin
from assistant.understanding.parse import understand

STORIES = ["法院通知开债权人会议，我人在外地回不来", "中院喊我们去开会，我在外省跑车"]


@pytest.mark.parametrize(("story", "how"), list(itertools.product(
    STORIES, ["能不能在网上参加", "可以通过视频参加", "能不能线上参加", "能不能网上参加"])))
def test_a_callers_way_of_taking_part_is_no_units_role(corpus, story: str, how: str) -> None:  # type: ignore[no-untyped-def]
    q = understand(f"{story}，{how}？", corpus)
    assert q.intent == "topical" and not q.units, (q.intent, q.units)


@pytest.mark.parametrize("question", ["市中级人民法院参加的举措有哪些？", "中院参与了哪些举措", "法院有没有参加破产方面的举措"])
def test_a_units_role_stays_a_role(corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    q = understand(question, corpus)
    assert q.units and q.intent in ("list", "count"), (q.intent, q.units)


def test_a_creditors_meeting_online_cites_the_network_meeting(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "公司欠我钱破产了，法院通知开债权人会议，我人在外省回不来，能不能在网上参加？", 152)


@pytest.mark.parametrize(("thing", "only"), list(itertools.product(
    ["注册商标", "办商标", "商标注册"], ["是不是只有去成都才办得了", "只能跑到成都去办吗", "只能去成都办？"])))
def test_a_city_said_the_only_place_asks_whether_it_is_done_here(thing: str, only: str) -> None:
    assert out_of_scope(f"想{thing}，{only}") is None


@pytest.mark.parametrize("question", ["在成都注册公司要几天？", "成都的商标注册要多久", "去成都开个公司要好久"])
def test_another_citys_own_service_is_still_refused(question: str) -> None:
    assert out_of_scope(question) is not None


def test_a_trademark_said_done_only_elsewhere_cites_the_window(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "想申请个商标，是不是只有去成都才办得了哦？", 289)


@pytest.mark.parametrize(("told", "ask_"), list(itertools.product(
    ["电话就转来转去", "电话又没人管", "电话老是转来转去", "电话一直转"],
    ["到底有没有专门管我们这个片区的人", "有没有专人负责"])))
def test_a_call_told_of_asks_for_no_number(told: str, ask_: str) -> None:
    assert demanded_kind(f"我们这里用电一出问题{told}，{ask_}？") != "phone"


@pytest.mark.parametrize("question", ["供电抢修电话是多少？", "投诉电话就是12345吗，还有别的电话没有", "举报电话是好多"])
def test_a_number_asked_is_still_a_phone(question: str) -> None:
    assert demanded_kind(question) == "phone"


def test_a_power_area_manager_asked_after_a_call_story(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "我们村用电一出问题电话就转来转去，有没有专门管我们这个片区的供电师傅？", 54)


@pytest.mark.parametrize(("rough", "rest"), list(itertools.product(
    ["几十", "几百", "几千", "几万"], ["公里远，有没有就近办的地方", "块钱的货，有没有人管"])))
def test_a_rough_size_asks_for_no_figure(rough: str, rest: str) -> None:
    assert figure_kind(f"离城里{rough}{rest}？") is None


@pytest.mark.parametrize("question", ["开个公司要交几个材料？", "审批要几天", "刻章收不收钱？", "现在是不是不收钱了", "那要花钱不"])
def test_a_figure_asked_is_still_asked(question: str) -> None:
    assert figure_kind(question) is not None


@pytest.mark.parametrize(("far", "post"), list(itertools.product(
    ["离税务局几十公里", "住在乡镇上离城里几十公里"], ["邮局能不能帮到代开发票", "邮政网点可不可以代开发票"])))
def test_tax_invoices_issued_by_the_post_first(runtime, far: str, post: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{far}，{post}？", 120)


def test_a_guarantee_instead_of_cash_deposit_first(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "投标要交保证金，能不能用保函顶，不想压几十万现金？", 255)


@pytest.mark.parametrize("queue", ["挂个号要排好久", "每回都要排好久", "办事要排好久"])
def test_a_queue_said_long_is_a_complaint(queue: str) -> None:
    assert "好久" in to_mandarin(f"{queue}，有没有网上预约的？")[0]


@pytest.mark.parametrize("ask_", ["排队要等好久", "办下来要好久"])
def test_a_wait_asked_reads_how_long(ask_: str) -> None:
    assert "多久" in to_mandarin(f"{ask_}？")[0]


@pytest.mark.parametrize(("wish", "span"), list(itertools.product(
    ["不要拖", "不想等", "免得拖", "别又拖"], ["几个月", "好几天", "几个星期"])))
def test_a_figure_wanted_spared_is_told(wish: str, span: str) -> None:
    assert demanded_kind(f"简单案子能不能快点判，{wish}{span}。") is None


@pytest.mark.parametrize("question", ["起诉的话要拖几个月？", "判下来要等几天", "要几个月才判得下来"])
def test_a_duration_asked_is_still_asked(question: str) -> None:
    assert figure_kind(question) is not None


@pytest.mark.parametrize("question", ["判下来要等几天", "起诉的话要拖多久？", "不要拖，要几天能判？"])
def test_a_duration_asked_is_still_demanded(question: str) -> None:
    assert demanded_kind(question) == "duration"


def test_a_quick_judgement_wished_cites_the_fast_track(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "几万块钱的货款纠纷起诉到法院了，简单案子能不能快点判，不要拖几个月？", 188)


@pytest.mark.parametrize("goods", ["砂石", "水泥", "混凝土", "钢材"])
def test_forcing_a_firm_to_use_their_goods_reads_as_organised_crime(goods: str) -> None:
    assert "涉黑涉恶" in expand(f"有一伙人天天来工地闹，逼我们用他们的{goods}，哪个管？")[1]


@pytest.mark.parametrize(("built", "thing"), list(itertools.product(
    ["一共建了好多个", "一共建了几个", "总共设了多少个", "一共新建了几个"], ["知识产权维权工作站", "服务站点", "服务窗口"])))
def test_things_built_are_a_figure_not_a_count(corpus, built: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert understand(f"资阳{built}{thing}？", corpus).intent != "count"


@pytest.mark.parametrize("question", ["知识产权方面一共有多少个举措？", "市税务局牵头的一共有几条", "一共有多少个一级指标"])
def test_a_count_of_the_tables_things_stays_a_count(corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    assert understand(question, corpus).intent in ("count", "fact")


@pytest.mark.parametrize("local", ["只准本地企业参加", "只许本地企业投标", "只限本地企业报名"])
def test_local_firms_only_reads_as_fair_competition_review(local: str) -> None:
    assert "公平竞争审查" in expand(f"县上出个文件，搞工程{local}，这个算不算排斥外地企业？")[1]


def test_local_firms_only_cites_fair_competition_review(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "县上文件规定搞工程只准本地企业参加，这算不算排斥外地企业？", 304)
