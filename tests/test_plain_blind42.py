"""Classes read from blind42 after its held-out score: a number the caller has asks for none; caller words in
either order (稻草…烧, 困难…反映, 代开…发票); 交多少 before a named tax asks its rate; what the caller pays a month is
not what the government pays out; a fee asked as how it is charged (报酬是怎么收的); a seal lost or replaced is not
the free first set of a new firm. Phrasings written for these tests, apart from every gold file."""

from __future__ import annotations

import pytest
from conftest import said_missing

from assistant.answer import ask
from assistant.plain import out_of_scope
from assistant.plain.figures import demanded, demanded_kind

SEAL = "方案只写为新开办企业免费刻制一套印章（第4条）和推广电子印章，不含印章遗失补刻、更换的收费或手续"


@pytest.mark.parametrize("question", ["我的号码用了好多年不想换", "号码用了十年，换运营商能不能不变", "想换运营商，号码不想换"])
def test_a_number_the_caller_has_asks_for_none(question: str) -> None:
    found = demanded(question)
    assert found is None or found[0].name != "phone", question


@pytest.mark.parametrize("question", ["投诉的号码是多少", "打什么号码能投诉", "12345的号码？", "号码在哪里查"])
def test_a_number_asked_demands_one(question: str) -> None:
    assert demanded_kind(question) == "phone", question


@pytest.mark.parametrize(("question", "measure"), [
    ("地里的麦秆能不能直接烧掉", 355),
    ("谷草堆在田里烧了要不要紧", 355),
    ("办个事老是要跑到城头去，镇上能不能办", 271),
    ("公司有困难想向政府反映，走啥子渠道", 384),  # 第274条 first from blind50's joining the model's training to blind53's
    ("手机号不想变，想换运营商能不能办", 373),
])
def test_caller_words_in_either_order_are_translated(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert ask(runtime, question).citations[:1] == (measure,), question


def test_an_invoice_issued_for_the_caller_finds_its_measure(runtime) -> None:  # type: ignore[no-untyped-def]
    assert 120 in ask(runtime, "想代开一张发票，乡下有没有地方办").citations[:3]  # 委托代开代征


@pytest.mark.parametrize(("question", "kind"), [
    ("卖房子要交多少个人所得税", "rate"), ("转让二手房交多少增值税", "rate"), ("买首套房交多少契税", "rate"),
    ("破产管理人的报酬是怎么付的", "amount"), ("管理人报酬是怎么收的", "amount"),
])
def test_how_much_tax_or_how_a_fee_is_charged_demands_the_figure(question: str, kind: str) -> None:
    assert demanded_kind(question) == kind, question


@pytest.mark.parametrize("question", [
    "卖房子要交多少个人所得税", "转让二手房交多少增值税", "养老院每个月要多少钱", "破产管理人的报酬是怎么付的",
])
def test_figures_the_plan_does_not_state_are_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert said_missing(a), a.answer[:200]


def test_a_named_tax_the_plan_states_is_still_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "买首套房交多少契税")
    assert a.citations[:1] == (73,) and "1%" in a.answer


@pytest.mark.parametrize("question", ["印章丢了要补办，收不收钱", "公章被偷了，重新刻要带啥材料", "搬了地址要换公章，还免费不",
                                      "公章搞掉了咋办"])
def test_a_seal_lost_or_replaced_is_out_of_scope(question: str) -> None:
    assert out_of_scope(question) == SEAL, question


@pytest.mark.parametrize(("question", "measure"), [("新开的公司刻章要钱不", 4), ("电子印章丢了咋办", 11)])
def test_a_new_firms_seal_and_electronic_seals_stay_answered(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert out_of_scope(question) is None and measure in ask(runtime, question).citations[:3], question
