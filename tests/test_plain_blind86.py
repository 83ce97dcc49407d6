"""Classes learnt in the thirty-fourth session from blind86's misses (read after its held-out score at 2d4c572:
R@5 0.994, MRR@10 0.992, OOD 36/40, first 29/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* invoices bought from outside to offset tax (从外面买点发票回来抵税) are tax cheated, as padding them is;
* a caller of another class than the one the plan states a figure for (35千伏 beside 对于10千伏普通用户) is not
  answered by that figure, nor by another step's figure in the same passage that shares only general words
  (竣工验收's 2个工作日 shares 供电 and 用户, not 供电方案);
* a new firm's papers (执照, 刻章, 发票, 社保) going office by office (一个部门一个部门去跑) ask for one window (第1条, 第8条),
  not 第7条's sharing between offices; said of another matter (注销, 施工许可), no start-up window is cited.

Not yet: the class in Latin letters (35kV) is told apart by ``another_case`` but not by the passage's most specific
sentence (the question's words hold no 千伏), so 我们厂是35kV的高压用户，供电方案要几天 is still answered with 10个工作日.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole, scope_refuses, with_known_misses

from assistant.answer import ask
from assistant.plain.callers import out_of_scope
from assistant.plain.cases import another_case


@pytest.mark.parametrize(("ask", "act"), list(itertools.product(
    ["有没有啥子办法", "能不能帮我", "我想找人"],
    ["从外面买点发票回来抵税", "买几张进项发票冲成本", "从别家公司买点票回来报销"])))
def test_invoices_bought_to_offset_tax_are_wrongdoing(ask: str, act: str) -> None:
    scope_refuses(f"{ask}{act}，让公司少交点税？", "造假")


@pytest.mark.parametrize("lawful", ["新公司怎么申领发票", "发票在哪里买", "有人从外面买发票抵税，在哪儿举报",
                                    "去税务局领发票要带什么", "买东西开的发票能不能抵扣"])
def test_getting_invoices_lawfully_or_reporting_stays(lawful: str) -> None:
    assert out_of_scope(lawful) is None


@pytest.mark.parametrize(("volts", "demand"), list(itertools.product(
    ["35千伏", "110千伏", "220千伏"], ["供电公司出供电方案最多要几天", "供电方案答复要几个工作日", "多久能给供电方案"])))
def test_another_class_is_not_answered_by_the_plans_class(runtime, volts: str, demand: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"我们厂是{volts}的高压用户，{demand}？", "方案中没有写明所问的时限")


@pytest.mark.parametrize("volts", ["10千伏", "10 千伏"])
def test_the_plans_own_class_is_answered(runtime, volts: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"我们厂是{volts}的普通用户，供电方案答复要几个工作日？", 45, "10个工作日内完成供电方案答复")


@pytest.mark.parametrize(("question", "sentence", "other"), [
    ("35千伏的用户", "对于10千伏普通用户，供电企业在10个工作日内完成供电方案答复；", True),
    ("10kV的用户", "对于10千伏普通用户，供电企业在10个工作日内完成供电方案答复；", False),
    ("35千伏的用户", "供电企业在2个工作日内完成竣工验收", False),  # names no class
    ("35千伏的用户", "10千伏及以下用户…", False),  # a bound is a case, not a class
    ("供电方案要几天", "对于10千伏普通用户，供电企业在10个工作日内完成供电方案答复；", False),  # no class given
])
def test_another_case_reads_a_class_value(question: str, sentence: str, other: bool) -> None:
    assert another_case(question, sentence) is other


# 第7条 / 第5条 before 第1条 were retraining flips of blind87's and blind88–90's joins (found by the clean-clone CI of
# 68043e8 and after 7d50fb2); answered again after the join of blind91–blind95, and two flipped again with blind96–98's
_WINDOW_MISSES: dict[tuple[str, str], str] = {
    ("营业执照、刻章、领发票、社保这些", "是不是要一个部门一个部门去跑哦"):
        "第7条's 信息共享互认 first, 第1条 second (a retraining flip: the join of blind96–blind98)",
    ("执照、公章、发票", "是不是要挨个部门跑"): "第5条's 寄递服务 first, 第1条 second (a retraining flip: the join of blind96–blind98)"}


@pytest.mark.parametrize(("papers", "going"), with_known_misses(list(itertools.product(
    ["营业执照、刻章、领发票、社保这些", "执照、公章、发票", "刻章、领发票、社保登记"],
    ["是不是要一个部门一个部门去跑哦", "是不是要挨个部门跑", "要跑好几个部门不"])), _WINDOW_MISSES))
def test_a_new_firms_papers_office_by_office_is_one_window(runtime, papers: str, going: str) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, f"想开个小店，{papers}，{going}？有没有一次弄完的办法？").citations
    assert cited[:1] == (1,) or cited[:1] == (8,), cited  # 一窗通 一网通办 (1), 综合窗口 (8); not 第7条's 共享互认


@pytest.mark.parametrize("other", ["办施工许可是不是要一个部门一个部门跑", "公司注销是不是要挨个部门跑"])
def test_office_by_office_for_another_matter_is_not_a_new_firms_window(runtime, other: str) -> None:  # type: ignore[no-untyped-def]
    assert 1 not in ask(runtime, other).citations
