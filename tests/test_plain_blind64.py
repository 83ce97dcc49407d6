"""Classes learnt in the twenty-eighth session from blind64's misses (read after its held-out score: R@5 0.975,
MRR@10 0.967, OOD 36/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a year dating the caller's own papers or premises (2010年的老房产证) is the caller's story, not another year's plan;
* how many pieces a set holds (一套公章里有几颗章) is a figure the plan never states (it gives 一套印章): the question
  is refused for the number, not answered with 第4条;
* the plan's words the lexicon adds count whole when a demanded figure must be about the question's subject: 打官司's
  民商案件 is no 案件 of any kind, so 第147条's 破产案件 (6个月) does not answer how soon a contract case is heard.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, passage, refused_whole

from assistant.plain.callers import out_of_scope
from assistant.plain.figures import demanded_kind, unstated_figure

YEARS = ["2010年", "2015年", "1998年", "2019年"]
PAPERS = ["的老房产证", "的房产证", "的不动产证", "的老房子", "的营业执照", "的合同", "的登记档案"]


@pytest.mark.parametrize(("year", "paper"), list(itertools.product(YEARS, PAPERS)))
def test_a_year_dating_the_callers_papers_is_their_story(year: str, paper: str) -> None:
    question = f"我屋头那套房子是{year}{paper}，现在想查当年的资料，该找哪个部门？"
    assert out_of_scope(question) is None, (question, out_of_scope(question))


@pytest.mark.parametrize("question", [
    "资阳2020年开办企业要几天", "2019年的营商环境方案有哪些举措", "2023年开办企业是不是缩短到2小时了",
    "2018年的政策文件里工程审批要多久",
])
def test_another_years_plan_is_still_out_of_scope(question: str) -> None:
    assert out_of_scope(question), question


@pytest.mark.parametrize(("thing", "ask_"), list(itertools.product(
    ["那一套公章里头", "免费刻的印章", "发的章"], ["有几颗", "到底有几枚", "包括哪几枚", "一共多少颗"])))
def test_how_many_pieces_is_demanded(thing: str, ask_: str) -> None:
    assert demanded_kind(f"新开公司{thing}{ask_}章？") == "pieces"


@pytest.mark.parametrize("question", ["刻章要刻好几颗，麻烦得很", "新开公司免费刻章是不是真的"])
def test_pieces_are_not_demanded_unless_asked(question: str) -> None:
    assert demanded_kind(question) != "pieces"


def test_a_set_of_seals_states_no_number_of_pieces() -> None:
    seal = passage(4, "按照分级负责的原则，立即落实免费为属地新开办企业提供一套印章的支持措施。")
    assert unstated_figure("免费送的那套公章有几颗章？", [seal]) == "pieces"
    assert unstated_figure("免费送的章有几枚？", [seal.__class__(**{**seal.__dict__, "text": "提供一套3枚印章。"})]) is None


def test_the_old_registration_archive_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "我妈那套房子是2008年的老房产证，想查当年的房屋登记档案，现在归哪个单位管？", 76)


def test_the_number_of_seals_is_refused_for_the_number(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "开公司送的那套免费印章，里头到底有几颗章嘛？", "件数")


@pytest.mark.parametrize("question", ["在法院起诉了一个合同纠纷，立案以后好久开庭？", "打官司告一个欠款的，立案了要等多久才开庭？"])
def test_another_kind_of_case_does_not_state_the_time(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


def test_a_case_of_the_kind_named_still_states_it(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "简易程序的破产案件一般要办好久？", 147, "6个月以内")
