"""Classes learnt in the thirty-second session from blind76's misses (read after its held-out score: R@5 0.978,
MRR@10 0.960, OOD 37/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a supply cut off now and when it comes back (现在停电了，好久能来电) is one outage's repair, not 第51条's yearly
  average; the average asked, or a past outage's loss, still is the plan's;
* how soon a buyer pays (多少天之内必须把货款付给我们) is stated only by a sentence naming the payment: 第241条's
  2个工作日 for a contract's 公示 is none;
* one survey for all departments (规划测一遍、房产又测一遍) is 多测合一 / 联合测绘; goods taken first and papers made up
  after are 两步申报; a dispute kept out of court (不想闹上法院，有没有调解之类) is 纠纷解决多元化; bids handed in
  online (网上交标书) are 电子化交易.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import passage, refused_whole, scope_refuses

from assistant.answer import ask
from assistant.plain.callers import expand, out_of_scope
from assistant.plain.figures import unstated_figure


@pytest.mark.parametrize(("cut", "back"), list(itertools.product(
    ["我们片区现在停电了", "小区从早上就停水了", "今天突然停气了", "我们村刚刚停电了"],
    ["到底好久能来电", "好久才来", "什么时候能恢复", "几点能修好"])))
def test_a_supply_cut_now_is_one_outages_repair(cut: str, back: str) -> None:
    scope_refuses(f"{cut}，{back}？", "抢修")


@pytest.mark.parametrize("question", [
    "农村一年平均停电时间要压到好多", "上个月突然停电，损失找哪个", "村头三天两头停电，一停就是大半天，今年有没有停电时间的要求",
    "中心城区平均每户停电时间今年目标是好多个小时"])
def test_the_yearly_average_and_a_past_loss_are_the_plans(question: str) -> None:
    assert out_of_scope(question) is None


def test_an_outage_now_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "我们这片现在停电了，好久才能来电嘛？")


CONTRACT = passage(241, "督促采购人严格按照政府采购合同管理规范，在签订政府采购合同2个工作日内在“四川政府采购网”进行公示，"
                        "7个工作日内报同级财政部门备案。")


@pytest.mark.parametrize(("how_soon", "paid"), list(itertools.product(
    ["最迟多少天之内", "几天内", "多久"], ["必须把货款付给我们", "要付款", "要把钱结清"])))
def test_how_soon_a_buyer_pays_is_not_a_contracts_publication(how_soon: str, paid: str) -> None:
    assert unstated_figure(f"政府采购合同签了以后，采购单位{how_soon}{paid}？", [CONTRACT]) is not None


def test_the_contracts_publication_still_answers_its_own_days() -> None:
    assert unstated_figure("政府采购合同签了以后几天内要公示？", [CONTRACT]) is None


def test_how_soon_a_buyer_pays_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "政府采购合同签了，采购单位最迟多少天之内必须把货款付给我们？")


@pytest.mark.parametrize(("twice", "once"), list(itertools.product(
    ["规划要测一遍、房产又要测一遍", "测绘费出了好几道", "同一栋楼重复测了好几次"], ["能不能一次测完", "成果能不能共用"])))
def test_one_survey_for_all_is_multi_survey(twice: str, once: str) -> None:
    added = expand(f"厂房快完工了，{twice}，{once}？")[1]
    assert {"多测合一", "联合测绘"} <= set(added), added


def test_one_survey_for_all_cites_it(runtime) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, "工程快完了，规划测一遍房产又测一遍，测绘费交了好几道，能不能一次测完？").citations[:5]
    assert {80, 81, 266} <= set(cited), cited


@pytest.mark.parametrize("first", ["货到了能不能先提走，资料后面再补齐", "能不能先拉走，单子过后再补"])
def test_goods_first_papers_after_is_two_step_declaration(first: str) -> None:
    assert "两步申报" in expand(f"进口一批原料，{first}？")[1]


@pytest.mark.parametrize(("not_court", "other"), list(itertools.product(
    ["不想一下子就闹上法院", "暂时不想上法院"], ["有没得调解之类的路子", "有没有调解这些办法"])))
def test_a_dispute_kept_out_of_court_is_diverse_resolution(not_court: str, other: str) -> None:
    assert "纠纷解决多元化" in expand(f"和合作方扯货款的皮，{not_court}，{other}？")[1]


@pytest.mark.parametrize("online", ["网上下载文件、网上交标书", "网上交标书", "不用跑去递纸质的了"])
def test_bids_handed_in_online_are_electronic_trading(online: str) -> None:
    assert "电子化交易" in expand(f"参加政府采购投标，现在是不是可以{online}？")[1]


def test_bids_handed_in_online_cite_electronic_trading(runtime) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, "政府采购投标现在能不能网上下载文件、网上交标书，不用递纸质的？").citations[:3]
    assert 231 in cited, cited
