"""Classes the fifteenth operator trial found (phrasings here are our own; indicators and units generated from the
records): a duration asked with 总共 / 一共 is no count; a unit cue word negated in the caller's story (不涉及外线施工)
states no unit's part; the 12345 hotline's 互联互通 with 成德眉 is the plan's own joint work; a comparison with Ziyang
across a question mark is refused as one; a non-residential property's 契税 rate is not the homes' 1%; foreign words
the plan never writes are said, not silently dropped."""

from __future__ import annotations

import itertools

import pytest
from conftest import said_missing

from assistant.answer import ask
from assistant.plain import out_of_scope
from assistant.understanding import understand
from corpus.models import Corpus

DURATIONS = ["总共要多久能办完", "一共要几天", "总共要多少个工作日", "一共要多长时间"]
COMPARISON = "方案只写资阳市自己的目标，没有与其他地区的比较"


@pytest.mark.parametrize("form", DURATIONS)
def test_a_duration_asked_with_a_total_is_no_count(corpus: Corpus, form: str) -> None:
    for indicator in corpus.level1():
        q = understand(f"{indicator.name}{form}", corpus)
        assert q.intent == "topical", (indicator.name, form, q.intent)


@pytest.mark.parametrize("question", ["开办企业一共有多少条举措", "税务局总共牵头几条", "获得电力下面总共几项举措"])
def test_a_count_of_measures_is_still_a_count(corpus: Corpus, question: str) -> None:
    assert understand(question, corpus).intent == "count", question


@pytest.mark.parametrize(("unit", "cue"), list(itertools.product(["供电公司", "税务局", "人社局"], ["涉及", "参与", "负责"])))
def test_a_negated_cue_in_the_story_states_no_units_part(corpus: Corpus, unit: str, cue: str) -> None:
    q = understand(f"我们厂不{cue}外线施工，{unit}受理了以后要几天能办好", corpus)
    assert q.intent == "topical", (unit, cue, q.intent)
    assert understand(f"{unit}{cue}的举措有哪些", corpus).intent == "list"
    assert understand(f"不{cue}{unit}的举措有多少条", corpus).intent == "count"  # a unit excluded still is


def test_such_a_story_is_answered_with_its_figure(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "开了个小作坊，低压用电，不涉及外线施工，供电公司受理以后好久能通电？")
    assert a.citations[:1] == (45,) and "2个工作日" in a.answer, a.answer[:200]


@pytest.mark.parametrize("question", [
    "12345热线跟成都、德阳、眉山要搞互联互通，方案是咋个说的",
    "我们这边的12345和成都德阳眉山那边的政策打通了没有",
])
def test_the_hotlines_joint_work_with_its_neighbours_is_in_scope(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    assert out_of_scope(question) is None and 273 in ask(runtime, question).citations[:3], question


@pytest.mark.parametrize("question", ["在成都开办企业要几天？跟资阳比哪个快？", "眉山办施工许可快不快，比资阳快吗",
                                      "德阳那边接电要几天？和资阳相比呢"])
def test_a_comparison_across_a_question_mark_is_refused_as_one(question: str) -> None:
    assert out_of_scope(question) == COMPARISON, question


@pytest.mark.parametrize("question", ["买了个二手商铺，契税税率是百分之几", "厂房过户契税按多少比例交", "买门面要交多少契税"])
def test_a_non_residential_deed_tax_rate_is_not_stated(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    assert said_missing(ask(runtime, question)), question


def test_the_homes_rate_is_still_quoted(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "首套房契税税率是百分之几")
    assert a.citations[:1] == (73,) and "1%" in a.answer


def test_foreign_words_the_plan_never_writes_are_said(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "请问 business license 在这边要几个 working days")
    assert not a.citations and "business license" in a.answer and "working days" in a.answer, a.answer
    assert a.understood["unread"] == ["business license", "working days"]
    assert "外文" not in ask(runtime, "下载个APP办营业执照要几天").answer  # APP: the plan writes it
