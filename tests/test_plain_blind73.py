"""Classes learnt in the thirty-first session from blind73's misses (read after its held-out score: R@5 0.944,
MRR@10 0.925, OOD 36/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a tax's standard asked (契税按哪个标准收) asks its rate, not an amount; a fee's standard still asks an amount;
* a year dating the caller's own life (我是2015年毕业的) is the caller's story, not another year's plan;
* an application whose money has not come (申请的留抵退税还没到账，帮我查一下钱走到哪里了) is a case, refused;
* a way asked to pad invoices through someone (找人帮忙多开点进项发票，有没得门路) or to pass an inspection unseen
  (咋个做才查不出来) is refused;
* 好久 before a line brought to the caller (光纤好久拉得到村里头) asks when: 第373条's deadline answers it.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole, scope_refuses

from assistant.answer import ask
from assistant.plain.callers import out_of_scope
from assistant.plain.figures import demanded_kind
from assistant.understanding.dialect import to_mandarin


@pytest.mark.parametrize(("tax", "how"), list(itertools.product(
    ["契税", "增值税", "土地增值税"], ["按哪个标准收", "是按什么标准收", "按啥子标准交"])))
def test_a_taxs_standard_asks_its_rate(tax: str, how: str) -> None:
    assert demanded_kind(f"以后在资阳买房子{tax}{how}？") == "rate"


@pytest.mark.parametrize("fee", ["挖掘修复费", "施工图审查费用", "安装费"])
def test_a_fees_standard_still_asks_an_amount(fee: str) -> None:
    assert demanded_kind(f"{fee}按什么标准收？") == "amount"


def test_the_deed_tax_standard_cites_the_new_law(runtime) -> None:  # type: ignore[no-untyped-def]
    cited = ask(runtime, "契税法九月份实施了，以后买房子契税按哪个标准收？").citations
    assert cited[:1] in ((72,), (73,)), cited


@pytest.mark.parametrize(("year", "life"), list(itertools.product(
    ["2015年", "2012年", "2019年"], ["毕业的", "就参加工作了", "退伍回来"])))
def test_a_year_of_the_callers_own_life_is_their_story(year: str, life: str) -> None:
    assert out_of_scope(f"我是{year}{life}，档案一直放在人才中心，现在网上能不能查？") is None


@pytest.mark.parametrize("question", ["2020年开办企业要几天", "2022年的行动方案出来没有"])
def test_another_years_plan_is_still_refused(question: str) -> None:
    assert out_of_scope(question) is not None


@pytest.mark.parametrize(("what", "where"), list(itertools.product(
    ["我们公司4月份申请的留抵退税到现在还没到账", "我上个月提交的稳岗返还申请到现在还没到账"],
    ["，能不能帮我查一下钱走到哪里了", "，帮我查下走到哪一步了"])))
def test_money_not_come_on_ones_own_application_is_a_case(what: str, where: str) -> None:
    scope_refuses(f"{what}{where}？", "办件进度")


@pytest.mark.parametrize(("who", "cheat"), list(itertools.product(
    ["能不能找人帮忙", "有没得门路", "有没有办法"],
    ["多开点进项发票抵税", "虚开几张发票", "做两套账"])))
def test_padding_invoices_through_someone_is_refused(who: str, cheat: str) -> None:
    assert out_of_scope(f"公司这个月利润高了，{who}{cheat}？") is not None


@pytest.mark.parametrize(("how", "unseen"), list(itertools.product(
    ["咋个做", "怎么弄", "如何安排"], ["劳动监察才查不出来", "才查不到", "检查的时候才发现不了"])))
def test_passing_an_inspection_unseen_is_refused(how: str, unseen: str) -> None:
    assert out_of_scope(f"临时工不想给他们买社保，{how}{unseen}？") is not None


@pytest.mark.parametrize("question", ["发票开错了，能不能找人帮忙作废重开", "网上查不到我的社保记录咋办",
                                      "档案在哪里查不到怎么办"])
def test_lawful_help_is_no_wrongdoing(question: str) -> None:
    assert out_of_scope(question) is None


def test_an_invoice_racket_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "利润太高了，有没得门路找人多开点进项发票来抵税？")


@pytest.mark.parametrize(("line", "place"), list(itertools.product(
    ["光纤", "宽带", "天然气管道"], ["好久拉得到村里头", "好久牵得通我们镇上", "好久铺得到我们那"])))
def test_a_line_brought_to_the_caller_asks_when(line: str, place: str) -> None:
    assert "什么时候" in to_mandarin(f"{line}{place}？")[0]


def test_fibre_to_the_village_cites_its_deadline(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "我们村网速慢得很，光纤好久拉得到村里头？", 373)
