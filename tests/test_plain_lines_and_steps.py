"""What a demanded figure must be stated about, and which passage answers it, nineteenth session (phrasings our
own, generated from forms × subjects):

* the kind of line asked (投诉电话, 举报电话, 咨询电话) names the figure, not its subject: the lexicon's words for it
  (投诉 -> 12345) do not make 第82条's 不动产登记大厅 numbers answer another office's line;
* a demanded figure stated only by a passage among those the answer passed on (行动二's 报装流程由6个压缩为2个) is
  quoted first, not left out behind measures stating none.
"""

from __future__ import annotations

import itertools
import re

import pytest
from conftest import with_known_misses

from assistant.answer import ask
from assistant.plain.callers import expand
from assistant.plain.figures import about_query, demanded

# offices the plan's text names (an office it never writes, 医保局 or 派出所, leaves the question no subject a
# sentence must share: still answered with 第82条, README "left undone")
OFFICES = ["劳动监察大队", "公积金中心", "农民工讨薪", "住建局的质量监督站", "税务局"]
LINES = ["投诉电话", "举报电话", "咨询电话", "举报投诉电话", "服务电话"]
ASKS = ["是多少", "是好多", "号码是多少"]


@pytest.mark.parametrize(("line", "ask_"), list(itertools.product(LINES, ASKS)))
def test_the_kind_of_line_is_part_of_the_demand(line: str, ask_: str) -> None:
    found = demanded(f"劳动监察大队的{line}{ask_}")
    assert found is not None and found[0].name == "phone" and found[1].group(0).endswith(line)


def test_words_the_lexicon_adds_for_the_demand_alone_are_no_subject() -> None:
    about = about_query("劳动监察大队的投诉电话是多少", expand("劳动监察大队的投诉电话是多少")[1], expand)
    assert "12345" not in about and "劳动保障监察" in about
    assert "12345" in expand("劳动监察大队的投诉电话是多少")[0]  # the search still reads it


@pytest.mark.parametrize(("office", "line"), list(itertools.product(OFFICES, ["投诉电话", "举报电话", "咨询电话"])))
def test_another_offices_line_is_not_answered_with_the_registration_halls(runtime, office: str, line: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{office}的{line}是好多？")
    assert not a.citations and "电话号码" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "不动产登记大厅的投诉电话是多少", "不动产登记中心投诉电话号码是好多", "办不动产登记的投诉电话是多少"])
def test_the_registration_halls_line_is_quoted(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.citations[:1] == (82,) and "26111558" in a.answer


@pytest.mark.parametrize(("what", "ask_"), list(itertools.product(
    ["自来水报装", "用水报装", "装自来水", "用气报装"], ["要几个流程", "要几个环节", "一共几个流程"])))
def test_steps_stated_only_by_the_action_are_quoted(runtime, what: str, ask_: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{what}{ask_}")
    assert "【行动二】「精简用水用气环节，将报装流程由6个压缩为2个。」" in a.answer, a.answer


@pytest.mark.parametrize("what", ["自来水报装", "用水报装", "装自来水"])
def test_steps_left_out_of_the_measures_go_first(runtime, what: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, f"{what}要几个流程").answer.split("\n\n", 1)[1].split("\n", 1)[0]
    assert first.startswith("【行动二】"), first


@pytest.mark.parametrize("question", [
    "新公司要拉通信线路，最快几个工作日能通？", "公司装通信线路要几个工作日", "企业拉通信专线最快几天"])
def test_a_compound_the_plan_never_writes_counts_by_its_parts(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert a.citations[:1] == (371,) and "3个工作日" in a.answer, a.answer


@pytest.mark.parametrize(("what", "ask_"), list(itertools.product(
    ["施工许可证", "营业执照", "不动产权证书", "俊才卡"], ["有效期是多久", "的有效期是好久", "有效期有几天"])))
def test_how_long_a_paper_stays_valid_is_stated_by_no_sentence(runtime, what: str, ask_: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{what}{ask_}？")
    assert not a.citations, a.answer


# 施工许可多长时间能批 was a retraining flip of the join of blind88–blind90 (found by the clean-clone CI of 7d50fb2),
# answered again since the join of blind91–blind95
_PERMIT_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("question", with_known_misses([(q,) for q in [
    "办施工许可证要几天", "施工许可证要多久能办下来", "施工证办下来要几个工作日", "报建要多久", "我们厂要办施工许可证，大概要几天",
    "施工许可多长时间能批"]], _PERMIT_MISSES, key=lambda row: row[0], ids=lambda row: row[0]))
def test_how_long_a_construction_permit_takes_cites_the_approval_time(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    """The issue's own example: 第19条's 审批总用时 answers it (refused while 第19条 ranked below the gate's first
    three; the lexicon reads the permit's time as the approval time). Among the first five, not yet always first."""
    a = ask(runtime, question)
    assert 19 in a.citations[:5] and re.search(r"【第19条】「[^」]*\d+个工作日以内", a.answer), a.answer[:300]


def test_an_actions_figure_goes_first_only_when_it_alone_states_it_among_the_gates_first() -> None:
    from assistant.plain.ordering import stating_first
    from index.search import Hit

    def hit(cid: str, measure: int | None) -> Hit:
        return Hit(rank=1, chunk_id=cid, measure=measure, label=cid, score=1.0, text=cid, retrievers=("dense",))

    m57, m58, m30, act, m64 = hit("m57", 57), hit("m58", 58), hit("m30", 30), hit("action-2-1", None), hit("m64", 64)
    hits, gate = [m57, m58, m30, act, m64], [m57, m30, act]
    stated = {"action-2-1"}.__contains__
    assert stating_first(hits, gate, lambda h: stated(h.chunk_id))[0] is act
    # not among the gate's first, or asked besides the figure, or a measure stating it: left where it is
    assert stating_first(hits, [m57, m30, m58], lambda h: stated(h.chunk_id))[0] is m57
    assert stating_first(hits, gate, lambda h: stated(h.chunk_id), only_figure=False)[0] is m57
    assert stating_first(hits, [m57, m30, m64], lambda h: h.chunk_id == "m64")[0] is m57
    # two passages stating it: left where they are
    assert stating_first(hits, gate, lambda h: h.chunk_id in {"action-2-1", "m64"})[0] is m57
